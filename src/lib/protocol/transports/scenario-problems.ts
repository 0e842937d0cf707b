// What makes a scenario unusable (scenario.ts), as codes with parameters: values out of range, a
// choice not offered, arrivals unreadable, or a run too large for a page to draw. Its own module so
// that a page holding only the default scenario does not load the checks and their English.
import { fill, type Coded, type TextParams } from '../text.ts';
import { inRange, SCENARIO_LIMITS, type Arrivals, type Range, type Scenario } from './scenario.ts';

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
