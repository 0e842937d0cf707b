// The opening handshake (RFC 6455 §4): parse, check and build requests and responses, and compute
// Sec-WebSocket-Accept step by step.
export {
	WEBSOCKET_GUID,
	RFC_EXAMPLE_KEY,
	computeAccept,
	acceptFor,
	keyProblem,
	keyCheck,
	keyBytes,
	randomKey,
	type AcceptSteps
} from './accept.ts';
export { diagnoseAcceptMismatch, type AcceptMistake } from './mistakes.ts';
export { sha1 } from './sha1.ts';
export { parseHttpMessage, isToken } from './http.ts';
export { listItems, type ListItem } from './lists.ts';
export { HEADER_INFO, headerMeaning } from './fields.ts';
export {
	checkHandshake,
	checkHandshakeInput,
	parseHandshake,
	type HandshakeOptions,
	type HandshakeResult,
	type HandshakeVerdict,
	type ParsedHandshake
} from './check.ts';
export type { AcceptCheck } from './response-rules.ts';
export type { CheckRun, Rule } from './rules.ts';
export {
	setHeaderValue,
	removeHeader,
	missingHeaderEffect,
	type MissingHeaderEffect
} from './edit.ts';
export { handshakePresets, presetById, type HandshakePreset } from './presets.ts';
export { HANDSHAKE_STATUS_TEXT, handshakeStatusText } from './status.ts';
export { REQUEST_RULES, REQUEST_ERROR_STATUS } from './request-rules.ts';
export { RESPONSE_RULES } from './response-rules.ts';
export { PEER_NOTES, peerNoteId, type PeerNote } from './peer-notes.ts';
export { handshakeResultToJson, httpMessageToJson } from './json.ts';
export { parseWsUrl, type WsUrl, type UrlReading } from './url.ts';
export {
	buildHandshake,
	type BuildOptions,
	type BuildProblem,
	type BuildResult,
	type BuiltHandshake
} from './build.ts';
export type {
	HandshakeDiagnostic,
	HandshakeSide,
	HttpHeader,
	HttpInput,
	HttpMessage,
	RestBytes,
	Span,
	StartLine
} from './types.ts';
