// The scenario's sliders as a table: which field each moves, the values it stops at (spread for
// what a lesson wants to show, many of them round), and how a value reads. A value from a link
// that is no stop still shows; the slider sits on the nearest stop.
import { m } from '$lib/paraglide/messages.js';
import type { Scenario } from '$lib/protocol/index.ts';

export interface SliderSpec {
	id: string;
	label: () => string;
	stops: readonly number[];
	/** The field's value, or null when the field is not a number now (a schedule of events). */
	get(s: Scenario): number | null;
	set(s: Scenario, value: number): Scenario;
}

function field<K extends keyof Scenario>(
	key: K,
	label: () => string,
	stops: readonly number[]
): SliderSpec {
	return {
		id: key,
		label,
		stops,
		get: (s) => s[key] as number,
		set: (s, value) => ({ ...s, [key]: value })
	};
}

function rate(key: 'serverEvents' | 'clientMessages', label: () => string, stops: number[]) {
	return {
		id: key,
		label,
		stops,
		get: (s: Scenario) => (s[key].kind === 'poisson' ? s[key].perSecond : null),
		set: (s: Scenario, perSecond: number) => ({ ...s, [key]: { kind: 'poisson', perSecond } })
	} satisfies SliderSpec;
}

export const SLIDERS: readonly SliderSpec[] = [
	rate(
		'serverEvents',
		m.transports_field_rate,
		[0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20]
	),
	rate('clientMessages', m.transports_field_client_rate, [0, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2]),
	field(
		'payloadBytes',
		m.transports_field_payload,
		[0, 10, 40, 60, 100, 125, 126, 200, 500, 1000, 4000, 65536]
	),
	field('latencyMs', m.transports_field_latency, [0, 5, 10, 20, 50, 100, 150, 200, 300, 500, 1000]),
	field(
		'durationMs',
		m.transports_field_duration,
		[5000, 10000, 20000, 30000, 60000, 120000, 300000, 600000]
	),
	field(
		'pollIntervalMs',
		m.transports_field_interval,
		[100, 250, 500, 1000, 2000, 5000, 10000, 30000, 60000]
	),
	field('longPollHoldMs', m.transports_field_hold, [1000, 2000, 5000, 10000, 20000, 30000, 60000]),
	field(
		'streamLifetimeMs',
		m.transports_field_lifetime,
		[0, 5000, 10000, 20000, 30000, 60000, 120000]
	),
	field('sseRetryMs', m.transports_field_retry, [0, 500, 1000, 3000, 5000, 10000]),
	field('cookieBytes', m.transports_field_cookie, [0, 50, 100, 300, 500, 1000, 2000, 4000])
];

/** The stop nearest `value` (stops ascending). */
export function nearestStop(stops: readonly number[], value: number): number {
	let best = 0;
	for (let i = 1; i < stops.length; i++) {
		if (Math.abs(stops[i]! - value) < Math.abs(stops[best]! - value)) best = i;
	}
	return best;
}

/** Durations read in seconds, everything else as it is stored. */
export function sliderText(spec: SliderSpec, value: number): string {
	if (spec.id === 'durationMs') return String(value / 1000);
	return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(3)));
}

export const TOGGLES = [
	{ id: 'tls', label: m.transports_field_tls },
	{ id: 'keepAlive', label: m.transports_field_keepalive }
] as const satisfies readonly { id: keyof Scenario; label: () => string }[];
