// The engine's public face (DESIGN.md): pure TypeScript that runs unchanged in the browser, in a Web
// Worker and in Node. Pages, the CLI, tests and benchmarks import from here.
export { decode, assemble, type DecodeResult, type Verdict } from './decode.ts';
export { encode, encodeFrame, payloadOf } from './frame/encoder.ts';
export type { EncodeOptions, EncodeResult, FrameSpec } from './frame/encoder.ts';
export { FrameDecoder, type FrameDecoderOptions } from './frame/decoder.ts';
export { flipHeaderBit, readHeaderStart, type HeaderStart } from './frame/header-start.ts';
export type { DecodeOptions, Frame, FrameType } from './frame/types.ts';
export {
	OPCODES,
	OPCODE_BY_NAME,
	opcodeSpec,
	isControl,
	type OpcodeName
} from './frame/opcodes.ts';
export { applyMask, maskInPlace, maskTrace, type MaskStep } from './frame/mask.ts';
export { MessageAssembler } from './message/assembler.ts';
export { encodeMessage, type MessageSpec, type EncodedMessage } from './message/encode.ts';
export type { Message, MessageType } from './message/types.ts';
export {
	CLOSE_CODES,
	CLOSE_CODE_RANGES,
	closeCodeInfo,
	type CloseCodeInfo,
	type CloseCodeSpec
} from './message/close-codes.ts';
export { Utf8Validator, firstInvalidUtf8, utf8Characters, type Utf8Char } from './message/utf8.ts';
export {
	parseExtensionsHeader,
	type ExtensionItem,
	type ExtensionParam
} from './extensions/header.ts';
export {
	DEFLATE_PARAMS,
	readDeflateParams,
	directionOf,
	negotiatedDeflate,
	type DeflateConfig,
	type DeflateDirection,
	type DeflateProblem
} from './extensions/permessage-deflate.ts';
export { MessageDeflater, MessageInflater } from './extensions/deflate-codec.ts';
export {
	answerDeflateOffer,
	answerDeflateOffers,
	checkDeflateResponse,
	formatDeflateConfig,
	type OfferAnswer,
	type ResponseProblem
} from './extensions/negotiate.ts';
export { DIAGNOSTICS, diagnostic, type DiagnosticCode } from './diagnostics.ts';
export * from './payload/index.ts';
export { rsvAllowedBy, extensionNames } from './extensions/rsv.ts';
export { bytesToHex, concatBytes } from './bytes.ts';
export {
	parseInput,
	formatBytes,
	hexToBytes,
	parseHar,
	looksLikeHar,
	type HarMessage,
	type HarReading,
	type HarSocket,
	type CopyFormat,
	type InputError,
	type InputFormat,
	type InputNote,
	type InputReading,
	type ParsedInput
} from './input/index.ts';
export {
	decodeResultToJson,
	frameToJson,
	messageToJson,
	fieldToJson,
	diagnosticToJson,
	type InputInfo
} from './json.ts';
export type { Diagnostic, DiagnosticSpec, Field, Role, Severity } from './types.ts';
export {
	WEBSOCKET_GUID,
	RFC_EXAMPLE_KEY,
	computeAccept,
	acceptFor,
	keyProblem,
	keyCheck,
	keyBytes,
	randomKey,
	diagnoseAcceptMismatch,
	sha1,
	parseHttpMessage,
	isToken,
	listItems,
	HEADER_INFO,
	headerMeaning,
	checkHandshake,
	checkHandshakeInput,
	parseHandshake,
	REQUEST_RULES,
	REQUEST_ERROR_STATUS,
	RESPONSE_RULES,
	PEER_NOTES,
	peerNoteId,
	handshakeResultToJson,
	httpMessageToJson,
	parseWsUrl,
	buildHandshake,
	setHeaderValue,
	removeHeader,
	missingHeaderEffect,
	handshakePresets,
	presetById,
	HANDSHAKE_STATUS_TEXT,
	handshakeStatusText,
	type MissingHeaderEffect,
	type HandshakePreset,
	type CheckRun,
	type Rule as HandshakeRule,
	type AcceptSteps,
	type AcceptMistake,
	type AcceptCheck,
	type ListItem,
	type HandshakeOptions,
	type HandshakeResult,
	type HandshakeVerdict,
	type ParsedHandshake,
	type PeerNote,
	type WsUrl,
	type UrlReading,
	type BuildOptions,
	type BuildProblem,
	type BuildResult,
	type BuiltHandshake,
	type HandshakeDiagnostic,
	type HandshakeSide,
	type HttpHeader,
	type HttpInput,
	type HttpMessage,
	type RestBytes,
	type Span,
	type StartLine
} from './handshake/index.ts';
export {
	simulate,
	simulateAll,
	simulationToJson,
	metricsToJson,
	isTransportName,
	itemTotal,
	latencyStats,
	resolveScenario,
	scenarioProblems,
	DEFAULT_SCENARIO,
	SCENARIO_LIMITS,
	SCENARIO_PROBLEMS,
	TRANSPORTS,
	TRANSPORT_NAMES,
	WIRE_TEXT_LIMIT,
	SCENARIO_PRESETS,
	presetOf,
	presetScenario,
	clockStops,
	countUpTo,
	nextStop,
	previousStop,
	progressOf,
	sweep,
	SWEEP_VALUES,
	type Progress,
	type ProgressAt,
	type ScenarioPreset,
	type ScenarioPresetId,
	type SweepAxis,
	type SweepMeasure,
	type SweepPoint,
	type Arrivals,
	type ConnectionSpan,
	type Delivery,
	type LatencyStats,
	type Metrics as SimulationMetrics,
	type Scenario,
	type ScenarioInput,
	type ScenarioProblem,
	type ScenarioProblemCode,
	type SimMessage,
	type SimulationResult,
	type StreamFormat,
	type TlsVersion,
	type TransportName,
	type WireBytes,
	type WireDirection,
	type WireItem,
	type WireKind
} from './transports/index.ts';
export {
	readCapture,
	captureFormatOf,
	analyzeConnection,
	captureToJson,
	connectionToJson,
	endpointText,
	type CaptureReading,
	type AnalyzeOptions,
	type CaptureConnection,
	type ConnectionKind,
	type TcpConnection,
	type TcpStream,
	type Gap,
	type StreamRange,
	type TlsReading,
	type TlsRecord,
	type HttpHead,
	type DirectionFrames,
	type WebSocketReading,
	type CaptureFormat,
	type Endpoint
} from './capture/index.ts';
