// `wsviz simulate`: one scenario under one transport (or all five, side by side), as a summary for
// people or as JSON; --timeline adds everything that went on the wire.
import {
	isTransportName,
	itemTotal,
	SCENARIO_LIMITS as LIMITS,
	resolveScenario,
	scenarioProblems,
	simulate,
	simulateAll,
	simulationToJson,
	TRANSPORT_NAMES,
	TRANSPORTS,
	type Arrivals,
	type SimulationMetrics as Metrics,
	type ScenarioInput,
	type SimulationResult,
	type WireItem
} from '../lib/protocol/index.ts';
import { parseArgs, UsageError, type ParsedOptions } from './args.ts';
import type { Io } from './io.ts';
import { padEnd, padStart, palette, plural, type Palette } from './text.ts';

const OPTIONS = {
	transport: 'value',
	rate: 'value',
	events: 'value',
	'client-rate': 'value',
	duration: 'value',
	interval: 'value',
	hold: 'value',
	latency: 'value',
	payload: 'value',
	cookie: 'value',
	tls: 'flag',
	'tls-version': 'value',
	'no-keep-alive': 'flag',
	lifetime: 'value',
	retry: 'value',
	'stream-format': 'value',
	seed: 'value',
	json: 'flag',
	timeline: 'flag',
	help: 'flag'
} as const;

type Options = ParsedOptions<typeof OPTIONS>;

interface NumberSpec {
	/** The scenario field it sets (a rate sets part of one). */
	field?: keyof ScenarioInput;
	unit: string;
	/** Scenario units per option unit: --duration is in seconds, the scenario in milliseconds. */
	scale: number;
	limit: { min: number; max: number; integer?: boolean };
}

const MS = 'milliseconds';
const RATE: NumberSpec = {
	unit: 'messages per second',
	scale: 1,
	limit: LIMITS.perSecond
};

function numeric(field: keyof typeof LIMITS & keyof ScenarioInput, unit = MS, scale = 1) {
	return { field, unit, scale, limit: LIMITS[field] };
}

const NUMBERS: Readonly<Record<string, NumberSpec>> = {
	duration: numeric('durationMs', 'seconds', 1000),
	interval: numeric('pollIntervalMs'),
	hold: numeric('longPollHoldMs'),
	latency: numeric('latencyMs'),
	payload: numeric('payloadBytes', 'bytes'),
	cookie: numeric('cookieBytes', 'bytes'),
	lifetime: numeric('streamLifetimeMs'),
	retry: numeric('sseRetryMs'),
	seed: numeric('seed', '')
};

/** Which option sets a scenario field, for messages about combinations. */
function optionOf(field: string, o: Options): string {
	if (field === 'serverEvents') return o.events === undefined ? '--rate' : '--events';
	if (field === 'clientMessages') return '--client-rate';
	return `--${Object.keys(NUMBERS).find((name) => NUMBERS[name]!.field === field) ?? field}`;
}

export function runSimulate(argv: readonly string[], io: Io): number {
	const { options, positionals } = parseArgs(argv, OPTIONS);
	if (options.help) {
		io.out(SIMULATE_HELP);
		return 0;
	}
	if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
	const transport = options.transport ?? 'all';
	if (transport !== 'all' && !isTransportName(transport)) {
		throw new UsageError(
			`--transport must be one of ${TRANSPORT_NAMES.join(', ')} or all, not '${transport}'`
		);
	}
	const input = scenarioInput(options);
	const results = transport === 'all' ? simulateAll(input) : [simulate(input, transport)];
	const timeline = options.timeline === true;
	if (options.json)
		io.out(`${JSON.stringify(toJson(results, transport === 'all', timeline), null, 2)}\n`);
	else io.out(render(results, timeline, palette(io.color)));
	return 0;
}

function scenarioInput(o: Options): ScenarioInput {
	const input: Record<string, unknown> = {};
	for (const [name, spec] of Object.entries(NUMBERS)) {
		const value = o[name as keyof Options];
		if (typeof value === 'string') input[spec.field!] = readNumber(name, value, spec) * spec.scale;
	}
	if (o.rate !== undefined && o.events !== undefined)
		throw new UsageError('give --rate or --events, not both');
	if (o.rate !== undefined) input.serverEvents = poisson('rate', o.rate);
	if (o.events !== undefined) input.serverEvents = schedule(o.events);
	if (o['client-rate'] !== undefined)
		input.clientMessages = poisson('client-rate', o['client-rate']);
	if (o.tls) input.tls = true;
	if (o['no-keep-alive']) input.keepAlive = false;
	input.tlsVersion = oneOf('tls-version', o['tls-version'], ['1.3', '1.2']);
	input.streamFormat = oneOf('stream-format', o['stream-format'], ['multipart', 'chunked']);
	const scenario = input as ScenarioInput;
	const problem = scenarioProblems(resolveScenario(scenario))[0];
	if (problem) {
		const names = [...new Set(problem.fields.map((f) => optionOf(f, o)))];
		throw new UsageError(`${names.join(' with ')}: ${problem.message}`);
	}
	return scenario;
}

function readNumber(name: string, value: string, spec: NumberSpec): number {
	const min = spec.limit.min / spec.scale;
	const max = spec.limit.max / spec.scale;
	const pattern = spec.limit.integer ? /^\d+$/ : /^(\d+(\.\d*)?|\.\d+)$/;
	const n = Number(value);
	if (pattern.test(value) && n >= min && n <= max) return n;
	const kind = spec.limit.integer ? 'a whole number' : 'a number';
	const unit = spec.unit ? ` of ${spec.unit}` : '';
	throw new UsageError(`--${name} must be ${kind}${unit} from ${min} to ${max}, not '${value}'`);
}

function poisson(name: string, value: string): Arrivals {
	return { kind: 'poisson', perSecond: readNumber(name, value, RATE) };
}

function schedule(value: string): Arrivals {
	const parts = value.split(/[\s,]+/).filter((p) => p !== '');
	const bad = parts.find((p) => !/^\d+(\.\d*)?$/.test(p));
	if (bad !== undefined || parts.length === 0) {
		throw new UsageError(
			`--events takes times in milliseconds like 500,1200,4000; '${bad ?? value}' is not one`
		);
	}
	return { kind: 'schedule', atMs: parts.map(Number) };
}

function oneOf<T extends string>(
	name: string,
	value: string | undefined,
	allowed: readonly T[]
): T | undefined {
	if (value === undefined || (allowed as readonly string[]).includes(value))
		return value as T | undefined;
	throw new UsageError(`--${name} must be ${allowed.join(' or ')}, not '${value}'`);
}

function toJson(results: SimulationResult[], all: boolean, timeline: boolean): object {
	const scenario = results[0]!.scenario;
	if (!all) return { ...simulationToJson(results[0]!, { timeline }), scenario };
	return { scenario, transports: results.map((r) => simulationToJson(r, { timeline })) };
}

const ms = (n: number): string => n.toFixed(1);
const count = (n: number): string => n.toLocaleString('en-US');

/** A latency, or '-' when nothing was delivered to have one. */
function late(delivered: number, value: number): string {
	return delivered > 0 ? ms(value) : '-';
}

/** The summary's rows, shared by one transport's report and the side-by-side table. */
const ROWS: readonly (readonly [string, (m: Metrics) => string])[] = [
	['events delivered', (m) => count(m.messagesDelivered)],
	...(['mean', 'p95', 'max'] as const).map(
		(k) => [`latency ${k} (ms)`, (m: Metrics) => late(m.messagesDelivered, m.latencyMs[k])] as const
	),
	['client messages', (m) => count(m.clientMessages.delivered)],
	[
		'  their latency (ms)',
		(m) => late(m.clientMessages.delivered, m.clientMessages.latencyMs.mean)
	],
	['HTTP requests', (m) => count(m.requests)],
	['TCP connections', (m) => count(m.connections)],
	['  open/close segments', (m) => count(m.tcpSegments)],
	['empty responses', (m) => count(m.emptyResponses)],
	['header bytes', (m) => count(m.headerBytes)],
	['framing bytes', (m) => count(m.framingBytes)],
	['payload bytes', (m) => count(m.payloadBytes)],
	['TCP bytes', (m) => count(m.tcpBytes)],
	['TLS bytes', (m) => count(m.tlsBytes)],
	['total bytes', (m) => count(m.totalBytes)],
	['bytes per message', (m) => (m.bytesPerMessage === null ? '-' : ms(m.bytesPerMessage))]
];

function render(results: SimulationResult[], timeline: boolean, pal: Palette): string {
	const name = (r: SimulationResult): string =>
		results.length > 1 ? r.transport : TRANSPORTS[r.transport].label;
	const table = [
		['', ...results.map(name)],
		...ROWS.map(([label, f]) => [label, ...results.map((r) => f(r.metrics))])
	];
	const widths = results.map((_, i) => Math.max(...table.map((row) => row[i + 1]!.length)));
	const lines = table.map((row) =>
		row.map((cell, i) => (i === 0 ? padEnd(cell, 22) : padStart(cell, widths[i - 1]! + 2))).join('')
	);
	lines.unshift(pal.bold(scenarioLine(results[0]!)), '');
	lines[2] = pal.bold(lines[2]!);
	for (const r of timeline ? results : []) {
		lines.push('', pal.bold(`${TRANSPORTS[r.transport].label}: the wire`));
		lines.push(...r.timeline.map(timelineLine));
	}
	return `${lines.join('\n')}\n`;
}

function scenarioLine(r: SimulationResult): string {
	const s = r.scenario;
	const rate = (a: Arrivals): string =>
		a.kind === 'poisson' ? `${a.perSecond}/s` : 'as scheduled';
	return [
		`${s.durationMs / 1000} s`,
		`${plural(r.events.length, 'server event')}, ${rate(s.serverEvents)} (seed ${s.seed})`,
		`${plural(r.messages.length, 'client message')}, ${rate(s.clientMessages)}`,
		`${s.payloadBytes}-byte payloads`,
		`${s.latencyMs} ms one way`,
		`${s.tls ? `https, TLS ${s.tlsVersion}` : 'http'}${s.keepAlive ? '' : ', no keep-alive'}`
	].join(' · ');
}

function timelineLine(i: WireItem): string {
	const when = `${padStart(ms(i.sentAt), 9)} → ${padStart(ms(i.arrivesAt), 9)}`;
	const arrow = i.direction === 'up' ? 'C→S' : 'S→C';
	const size = padStart(count(itemTotal(i)), 7);
	return `${when}  #${padEnd(String(i.connection), 3)} ${arrow}  ${padEnd(i.label, 34)} ${size} B`;
}

export const SIMULATE_HELP = `Usage: wsviz simulate
         [--transport polling|long-polling|streaming|sse|websocket|all]
         [--rate N | --events T,T,...] [--client-rate N] [--duration S] [--interval MS]
         [--hold MS] [--latency MS] [--payload BYTES] [--cookie BYTES] [--tls]
         [--tls-version 1.3|1.2] [--no-keep-alive] [--lifetime MS] [--retry MS]
         [--stream-format multipart|chunked] [--seed N] [--json] [--timeline]

Simulate one scenario, the same server events, under HTTP polling, long polling, HTTP
streaming, server-sent events and WebSocket: every TCP segment, TLS flight, HTTP request
and response, chunk and frame on the wire, and what it cost. Deterministic: the same
options and seed give the same result.

Options:
  --transport NAME     one transport, or all (the default) side by side
  --rate N             server events per second, at random times (Poisson) [1]
  --events T,T,...     server events at these times in ms instead of --rate
  --client-rate N      chat messages the client sends per second (a POST each over
                       HTTP, a frame over WebSocket) [0.1]
  --duration S         seconds of events [60]; the run ends once all have arrived
  --interval MS        polling: time between polls [2000]
  --hold MS            long polling: how long the server holds a request [30000]
  --latency MS         one-way network latency; a round trip is twice it [50]
  --payload BYTES      size of each message's JSON [100]
  --cookie BYTES       a Cookie header of this size on every request [0]
  --tls                https/wss: TLS handshakes and record overhead
  --tls-version V      1.3 (one round trip, the default) or 1.2 (two)
  --no-keep-alive      the server closes the connection after each response
  --lifetime MS        streaming and SSE: the server ends the response after this
                       long and the client reconnects; 0 = never [30000]
  --retry MS           SSE: the retry: time EventSource waits to reconnect [3000]
  --stream-format F    streaming: multipart (x-mixed-replace, the default) or chunked
  --seed N             seed of the random times and masking keys [1]
  --json               print {"transport", "metrics", "scenario"} (all: {"scenario",
                       "transports": [...]}) as JSON
  --timeline           add everything on the wire (with --json: timeline, deliveries,
                       sends and connections)
  -h, --help           show this help

Latency runs from an event's moment at the server to its arrival at the client.
Header, framing, payload, TCP (segments opening and closing connections) and TLS
bytes add up to the total; bytes per message divides it by messages sent both ways.

Exit status: 0 on success; 2 on bad usage.

Examples:
  wsviz simulate
  wsviz simulate --transport polling --interval 5000 --json
  wsviz simulate --transport websocket --events 1000,2500,4000 --duration 5 --timeline
`;
