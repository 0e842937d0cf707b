// The payload layer's public face: what a WebSocket message carries above the frames.
export { PayloadConversation, decodePayloads } from './conversation.ts';
export {
	PAYLOAD_DIAGNOSTICS,
	payloadDiagnostic,
	type PayloadDiagnosticCode
} from './diagnostics.ts';
export { SUBPROTOCOLS, protocolOfSubprotocol } from './detect.ts';
export { MEANINGS, SUMMARIES, renderTemplate, summaryText, type MeaningCode } from './meanings.ts';
export { payloadToJson } from './json.ts';
export { FIELD_LABELS, type LabelCode } from './labels.ts';
export {
	PAYLOAD_PROTOCOLS,
	type Decoded,
	type DetectedBy,
	type PayloadChoice,
	type PayloadField,
	type PayloadInput,
	type PayloadOptions,
	type PayloadParams,
	type PayloadProtocol,
	type PayloadResult,
	type PayloadSummary
} from './types.ts';
