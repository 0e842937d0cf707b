// Capture files (issue 13): pcap and pcapng into TCP connections, and each connection into what it
// carried: a WebSocket conversation, TLS, plain HTTP or other TCP.
export { readCapture, captureFormatOf, type CaptureReading } from './read.ts';
export {
	analyzeConnection,
	type AnalyzeOptions,
	type CaptureConnection,
	type ConnectionKind
} from './analyze.ts';
export { captureToJson, connectionToJson, endpointText } from './json.ts';
export { CAPTURE_DIAGNOSTICS } from './diagnostics.ts';
export { LINK_TYPES } from './link.ts';
export type { TcpConnection } from './connections.ts';
export type { Gap, StreamRange, TcpStream } from './reassembly.ts';
export type { TlsReading, TlsRecord } from './tls.ts';
export type { HttpHead } from './http.ts';
export type { DirectionFrames, WebSocketReading } from './websocket.ts';
export type { CaptureFormat, Endpoint, Packet } from './types.ts';
export {
	connectionRow,
	connectionDetail,
	type ConnectionRow,
	type ConnectionDetail,
	type FrameMark,
	type MessageMark,
	type GapMark
} from './summary.ts';
