// The scenario: everything the simulation takes as input, as plain data with defaults. Each default
// says where its number comes from, so a teacher can defend it (or change it with a slider).
import { fill, type Coded, type TextParams } from '../text.ts';

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

interface Range {
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

/** The values a field that is a choice may take (a page reads them from its URL, unchecked). */
const CHOICES = {
	tls: [true, false],
	keepAlive: [true, false],
	tlsVersion: ['1.3', '1.2'],
	streamFormat: ['multipart', 'chunked']
} as const satisfies { [K in keyof Scenario]?: readonly Scenario[K][] };

/** Bounds that keep a run small enough for a page to draw: messages, polls, reconnections. */
export const MAX_ARRIVALS = 20_000;
export const MAX_PAYLOAD_TOTAL = 64 * 1024 * 1024;

/** What makes a scenario unusable, as codes: each completes "<the fields>: ...". */
export const SCENARIO_PROBLEMS = {
	out_of_range: 'must be a number from {min} to {max}, not {value}',
	whole_out_of_range: 'must be a whole number from {min} to {max}, not {value}',
	not_a_choice: 'must be one of {choices}, not {value}',
	arrivals_unreadable:
		'must be a Poisson rate (kind poisson, perSecond) or a schedule (kind schedule, atMs)',
	rate_out_of_range: 'needs a rate from {min} to {max} per second, not {value}',
	time_outside_run: 'every time must lie in [0, {duration}) ms, the duration; {time} does not',
	too_many_server_events: 'about {count} server events in one run; at most {limit}',
	too_many_client_messages: 'about {count} client messages in one run; at most {limit}',
	too_many_polls: 'about {count} polls in one run; at most {limit}',
	too_many_long_poll_timeouts: 'about {count} long-poll timeouts in one run; at most {limit}',
	too_many_stream_reconnections: 'about {count} stream reconnections in one run; at most {limit}',
	payload_too_large:
		'about {messages} messages of {bytes} bytes; at most {limit} bytes of payload in all'
} as const;

export type ScenarioProblemCode = keyof typeof SCENARIO_PROBLEMS;

export interface ScenarioProblem extends Coded<ScenarioProblemCode> {
	/** The scenario fields involved, e.g. ['serverEvents', 'durationMs']. */
	fields: string[];
	/** The English (the CLI's words); the site renders the code. */
	message: string;
}

function problem(fields: string[], code: ScenarioProblemCode, params: TextParams): ScenarioProblem {
	return { fields, code, params, message: fill(SCENARIO_PROBLEMS[code], params) };
}

export function resolveScenario(input: ScenarioInput = {}): Scenario {
	const defined = Object.entries(input).filter(([, v]) => v !== undefined);
	return { ...DEFAULT_SCENARIO, ...(Object.fromEntries(defined) as Partial<Scenario>) };
}

export function inRange(value: number, range: Range): boolean {
	if (!Number.isFinite(value) || value < range.min || value > range.max) return false;
	return !range.integer || Number.isInteger(value);
}

/** What makes a scenario unusable, in words; empty when it can be simulated. */
export function scenarioProblems(s: Scenario): ScenarioProblem[] {
	const problems: ScenarioProblem[] = [];
	for (const [field, range] of Object.entries(SCENARIO_LIMITS)) {
		if (field === 'perSecond') continue;
		const value = s[field as keyof Scenario] as number;
		if (!inRange(value, range)) problems.push(rangeProblem([field], value, range));
	}
	for (const [field, allowed] of Object.entries(CHOICES)) {
		const value: unknown = s[field as keyof Scenario];
		if (!(allowed as readonly unknown[]).includes(value)) {
			const choices = allowed.join(', ');
			problems.push(problem([field], 'not_a_choice', { choices, value: String(value) }));
		}
	}
	problems.push(...arrivalProblems(s, 'serverEvents'), ...arrivalProblems(s, 'clientMessages'));
	if (problems.length > 0) return problems;
	return problems.concat(sizeProblems(s));
}

function rangeProblem(fields: string[], value: number, r: Range): ScenarioProblem {
	const code = r.integer ? 'whole_out_of_range' : 'out_of_range';
	return problem(fields, code, { min: r.min, max: r.max, value: String(value) });
}

function arrivalProblems(s: Scenario, field: 'serverEvents' | 'clientMessages'): ScenarioProblem[] {
	const a = s[field];
	if (a.kind !== 'poisson' && !(a.kind === 'schedule' && Array.isArray(a.atMs))) {
		return [problem([field], 'arrivals_unreadable', {})];
	}
	if (a.kind === 'poisson') {
		const { min, max } = SCENARIO_LIMITS.perSecond;
		return inRange(a.perSecond, SCENARIO_LIMITS.perSecond)
			? []
			: [problem([field], 'rate_out_of_range', { min, max, value: String(a.perSecond) })];
	}
	const bad = a.atMs.find((t) => !(Number.isFinite(t) && t >= 0 && t < s.durationMs));
	if (bad === undefined) return [];
	const params = { duration: s.durationMs, time: String(bad) };
	return [problem([field, 'durationMs'], 'time_outside_run', params)];
}

/** Expected number of arrivals (a schedule's length, or rate × duration). */
export function expectedArrivals(a: Arrivals, durationMs: number): number {
	return a.kind === 'schedule' ? a.atMs.length : (a.perSecond * durationMs) / 1000;
}

function sizeProblems(s: Scenario): ScenarioProblem[] {
	const counts: [string[], ScenarioProblemCode, number][] = [
		[
			['serverEvents', 'durationMs'],
			'too_many_server_events',
			expectedArrivals(s.serverEvents, s.durationMs)
		],
		[
			['clientMessages', 'durationMs'],
			'too_many_client_messages',
			expectedArrivals(s.clientMessages, s.durationMs)
		],
		[['pollIntervalMs', 'durationMs'], 'too_many_polls', s.durationMs / s.pollIntervalMs],
		[
			['longPollHoldMs', 'durationMs'],
			'too_many_long_poll_timeouts',
			s.durationMs / s.longPollHoldMs
		]
	];
	if (s.streamLifetimeMs > 0) {
		counts.push([
			['streamLifetimeMs', 'durationMs'],
			'too_many_stream_reconnections',
			s.durationMs / s.streamLifetimeMs
		]);
	}
	const problems = counts
		.filter(([, , n]) => n > MAX_ARRIVALS)
		.map(([fields, code, n]) =>
			problem(fields, code, { count: Math.round(n), limit: MAX_ARRIVALS })
		);
	const messages = counts[0]![2] + counts[1]![2];
	if (messages * s.payloadBytes > MAX_PAYLOAD_TOTAL) {
		problems.push(
			problem(['payloadBytes', 'serverEvents', 'clientMessages'], 'payload_too_large', {
				messages: Math.round(messages),
				bytes: s.payloadBytes,
				limit: MAX_PAYLOAD_TOTAL
			})
		);
	}
	return problems;
}
