// The /transports page's state in its URL hash (url-state.ts: compressed JSON, base64url): the
// scenario's fields that differ from the default, the time, the speed, the window and the arrow
// opened. A link is untrusted input: every field is checked, and the scenario goes through the
// engine's own scenarioProblems, so a bad link is a message and the default view, never a crash.
import {
	DEFAULT_SCENARIO,
	resolveScenario,
	type Scenario,
	type ScenarioInput
} from '$lib/protocol/transports/scenario.ts';
import { scenarioProblems } from '$lib/protocol/transports/scenario-problems.ts';
import { isTransportName } from '$lib/protocol/transports/transport-names.ts';
import { decodeState, encodeState, linkFails, type StateReading } from '$lib/state/url-state.ts';
import { SPEEDS, ZOOMS, type Selection, type TransportsView } from './view.ts';

interface Stored {
	v: 1;
	/** Scenario fields that differ from DEFAULT_SCENARIO. */
	s: Partial<Scenario>;
	t: number;
	x: number;
	z: number;
	sel?: [transport: string, item: number];
}

/** A schedule longer than the engine accepts is refused before any work. */
const MAX_SCHEDULE = 20_000;

export function scenarioChanges(s: Scenario): Partial<Scenario> {
	const entries = Object.entries(s).filter(
		([k, v]) => JSON.stringify(v) !== JSON.stringify(DEFAULT_SCENARIO[k as keyof Scenario])
	);
	return Object.fromEntries(entries) as Partial<Scenario>;
}

export function writeLink(view: TransportsView): Promise<string> {
	const stored: Stored = {
		v: 1,
		s: scenarioChanges(view.scenario),
		t: view.t,
		x: view.speed,
		z: view.zoom
	};
	if (view.selected) stored.sel = [view.selected.transport, view.selected.item];
	return encodeState(stored);
}

/** Reads a hash (with or without '#'); an empty hash is no state at all. */
export async function readLink(hash: string): Promise<StateReading<TransportsView> | null> {
	const text = hash.replace(/^#/, '');
	if (text === '') return null;
	return decodeState(text, checkView);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** The type each scenario field must have in JSON; the engine checks the values. */
const FIELD_TYPES: Record<keyof Scenario, 'number' | 'boolean' | 'string' | 'arrivals'> = {
	durationMs: 'number',
	seed: 'number',
	serverEvents: 'arrivals',
	clientMessages: 'arrivals',
	payloadBytes: 'number',
	latencyMs: 'number',
	tls: 'boolean',
	tlsVersion: 'string',
	keepAlive: 'boolean',
	keepAliveTimeoutMs: 'number',
	maxConnectionsPerHost: 'number',
	pollIntervalMs: 'number',
	longPollHoldMs: 'number',
	streamFormat: 'string',
	streamLifetimeMs: 'number',
	sseRetryMs: 'number',
	cookieBytes: 'number'
};

function isArrivals(v: unknown): boolean {
	if (!isRecord(v)) return false;
	if (v.kind === 'poisson') return typeof v.perSecond === 'number';
	return (
		v.kind === 'schedule' &&
		Array.isArray(v.atMs) &&
		v.atMs.length <= MAX_SCHEDULE &&
		v.atMs.every((t) => typeof t === 'number')
	);
}

function checkScenario(json: unknown): StateReading<Scenario> {
	if (!isRecord(json)) return linkFails('scenario_unreadable');
	for (const [key, value] of Object.entries(json)) {
		const type = FIELD_TYPES[key as keyof Scenario];
		if (!Object.hasOwn(FIELD_TYPES, key))
			return linkFails('unknown_scenario_field', { field: key });
		const fits = type === 'arrivals' ? isArrivals(value) : typeof value === type;
		if (!fits) return linkFails('scenario_field_unreadable', { field: key });
	}
	const scenario = resolveScenario(json as ScenarioInput);
	const problems = scenarioProblems(scenario);
	if (problems.length > 0) {
		return linkFails('scenario_invalid', { fields: problems.flatMap((p) => p.fields).join(', ') });
	}
	return { ok: true, value: scenario };
}

function checkSelection(v: unknown): Selection | null | undefined {
	if (v === undefined) return null;
	if (!Array.isArray(v) || v.length !== 2) return undefined;
	const [transport, item] = v as unknown[];
	if (typeof transport !== 'string' || !isTransportName(transport)) return undefined;
	if (typeof item !== 'number' || !Number.isInteger(item) || item < 1) return undefined;
	return { transport, item };
}

export function checkView(json: unknown): StateReading<TransportsView> {
	if (!isRecord(json)) return linkFails('no_state', { page: '/transports' });
	if (json.v !== 1) return linkFails('other_version');
	const scenario = checkScenario(json.s);
	if (!scenario.ok) return scenario;
	const { t, x, z } = json;
	if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) return linkFails('bad_time');
	if (!SPEEDS.includes(x as (typeof SPEEDS)[number])) return linkFails('bad_speed');
	if (!ZOOMS.includes(z as (typeof ZOOMS)[number])) return linkFails('bad_window');
	const selected = checkSelection(json.sel);
	if (selected === undefined) return linkFails('bad_selection');
	return {
		ok: true,
		value: { scenario: scenario.value, t, speed: x as number, zoom: z as number, selected }
	};
}
