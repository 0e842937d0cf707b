// The live server's limits, in one table: what a classroom needs, and no more, so that one student's
// runaway tab (or a hostile client) cannot starve the others or the teacher's machine.
export const LIVE_LIMITS = {
	/** Open WebSocket and event-stream connections at once; the next one is refused (HTTP 503). */
	connections: 200,
	/** Largest message the echo accepts (ws closes with 1009, RFC 6455 §7.4.1). */
	messageBytes: 1024 * 1024,
	/** Messages a connection may send in one second; more and it is closed with 1008 (policy). */
	messagesPerSecond: 200,
	/** Connections the tap remembers: the oldest is dropped when a new one starts. */
	tapConnections: 64,
	/** Bytes the tap keeps per direction of one connection; later bytes are counted, not kept. */
	tapBytesPerDirection: 2 * 1024 * 1024,
	/** A handshake must be complete within this time, or the socket is dropped. */
	handshakeMs: 10_000,
	/** Raw bytes sent by "send raw bytes" at most, and how long it waits for an answer. */
	rawBytes: 64 * 1024,
	rawAnswerMs: 1500,
	/** Event sources: the interval between events (ms) and how many events a stream sends. */
	minIntervalMs: 20,
	maxIntervalMs: 10_000,
	maxEvents: 500
} as const;
