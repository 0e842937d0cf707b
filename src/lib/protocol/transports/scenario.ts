// The scenario: everything the simulation takes as input, as plain data with defaults. Each default
// says where its number comes from, so a teacher can defend it (or change it with a slider). What
// makes one unusable is checked in scenario-problems.ts (a page fetches those checks when needed).
/** When things happen: a Poisson process at a rate, or an explicit schedule (ms from the start). */
export type Arrivals =
	{ kind: 'poisson'; perSecond: number } | { kind: 'schedule'; atMs: readonly number[] };

export type TlsVersion = '1.2' | '1.3';
/** HTTP streaming's body: multipart/x-mixed-replace parts, or bare chunks ("forever XHR"). */
export type StreamFormat = 'multipart' | 'chunked';

export interface Scenario {
	durationMs: number;
	seed: number;
	/** Messages the server pushes to the client (the events whose latency is measured). */
	serverEvents: Arrivals;
	/** Chat messages the client sends: a POST each over HTTP, a frame over WebSocket. */
	clientMessages: Arrivals;
	/** Size of every message's payload (JSON text) in bytes, both ways. */
	payloadBytes: number;
	/** One-way delay; a round trip (RTT) is twice this. Bandwidth is taken as unlimited. */
	latencyMs: number;
	/** https / wss: a TLS handshake after TCP's, and a record header and tag on everything after. */
	tls: boolean;
	tlsVersion: TlsVersion;
	/** HTTP/1.1 persistent connections; false: the server answers `Connection: close` and closes. */
	keepAlive: boolean;
	/** How long the server keeps an idle persistent connection before closing it. */
	keepAliveTimeoutMs: number;
	/** The browser's limit of parallel HTTP/1.1 connections to one host. */
	maxConnectionsPerHost: number;
	pollIntervalMs: number;
	/** How long the server holds a long-poll request without news before answering empty. */
	longPollHoldMs: number;
	streamFormat: StreamFormat;
	/** The server (or a proxy) ends a streaming or SSE response after this long; 0: never. */
	streamLifetimeMs: number;
	/** The SSE `retry:` the server sends: how long EventSource waits before reconnecting. */
	sseRetryMs: number;
	/** Length of the Cookie header's value on every request; 0: no Cookie header. */
	cookieBytes: number;
}

export type ScenarioInput = { [K in keyof Scenario]?: Scenario[K] | undefined };

export const DEFAULT_SCENARIO: Readonly<Scenario> = {
	// A minute: long enough for about 60 events at the default rate, short enough to watch.
	durationMs: 60_000,
	seed: 1,
	// A busy chat room: a message a second on average, and the user writes one every ten seconds.
	serverEvents: { kind: 'poisson', perSecond: 1 },
	clientMessages: { kind: 'poisson', perSecond: 0.1 },
	// A short chat message as JSON: {"seq":1,"text":"..."} of 100 bytes.
	payloadBytes: 100,
	// 100 ms RTT: a path across a continent (HPBN ch. 1, "Speed of Light and Propagation Latency":
	// New York to London is 56 ms RTT in fibre at best; real routes are longer).
	latencyMs: 50,
	tls: false,
	// TLS 1.3 (RFC 8446 §2): one round trip for a full handshake, what browsers negotiate today.
	tlsVersion: '1.3',
	// Persistent connections are HTTP/1.1's default (RFC 9112 §9.3).
	keepAlive: true,
	// nginx's keepalive_timeout default (https://nginx.org/r/keepalive_timeout). Apache's is 5 s.
	keepAliveTimeoutMs: 75_000,
	// Chrome and Firefox open at most six HTTP/1.1 connections per host (HPBN ch. 11, "Using
	// Multiple TCP Connections").
	maxConnectionsPerHost: 6,
	// A poll every two seconds: a common choice for chat before push existed; a slider moves it.
	pollIntervalMs: 2_000,
	// CometD's default long-poll `timeout` is 30 s, under the 60 s idle timeouts of common proxies
	// (nginx proxy_read_timeout, AWS ALB idle timeout).
	longPollHoldMs: 30_000,
	streamFormat: 'multipart',
	// A teaching default, not a standard: long responses do get cut by proxies and platforms, and
	// 30 s shows a reconnection within the default minute. 0 turns it off.
	streamLifetimeMs: 30_000,
	// Chromium's and WebKit's EventSource start with a 3 s reconnection time (the WHATWG HTML spec,
	// §9.2 "Server-sent events", leaves it to the implementation; `retry:` overrides it).
	sseRetryMs: 3_000,
	// HPBN's ~800 bytes of headers per polling request and response (ch. 15, "Polling with XHR") are
	// "without HTTP cookies": off by default, so the default comparison is the kind one for polling.
	cookieBytes: 0
};

export interface Range {
	min: number;
	max: number;
	integer?: boolean;
}

export const SCENARIO_LIMITS = {
	durationMs: { min: 1, max: 3_600_000 },
	seed: { min: 0, max: 0xffff_ffff, integer: true },
	payloadBytes: { min: 0, max: 1_048_576, integer: true },
	latencyMs: { min: 0, max: 10_000 },
	keepAliveTimeoutMs: { min: 1, max: 3_600_000 },
	// Two at least: a long poll or a stream holds one, and a POST needs another. With one, a browser
	// queues the POST behind a response that never ends.
	maxConnectionsPerHost: { min: 2, max: 64, integer: true },
	pollIntervalMs: { min: 10, max: 3_600_000 },
	longPollHoldMs: { min: 10, max: 3_600_000 },
	streamLifetimeMs: { min: 0, max: 3_600_000 },
	sseRetryMs: { min: 0, max: 3_600_000 },
	cookieBytes: { min: 0, max: 16_384, integer: true },
	perSecond: { min: 0, max: 1_000 }
} as const satisfies Record<string, Range>;

export function resolveScenario(input: ScenarioInput = {}): Scenario {
	const defined = Object.entries(input).filter(([, v]) => v !== undefined);
	return { ...DEFAULT_SCENARIO, ...(Object.fromEntries(defined) as Partial<Scenario>) };
}

export function inRange(value: number, range: Range): boolean {
	if (!Number.isFinite(value) || value < range.min || value > range.max) return false;
	return !range.integer || Number.isInteger(value);
}
