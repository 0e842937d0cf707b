// Scenarios small enough to work out by hand.
import type { Arrivals, ScenarioInput, WireItem } from '$lib/protocol/index.ts';

export const NONE: Arrivals = { kind: 'schedule', atMs: [] };

export function at(...atMs: number[]): Arrivals {
	return { kind: 'schedule', atMs };
}

/** 50 ms one way, plain http, no chat messages unless a test adds them. */
export const QUIET: ScenarioInput = { latencyMs: 50, clientMessages: NONE, tls: false };

export const labels = (items: readonly WireItem[]): string[] => items.map((i) => i.label);

export function itemsOf(items: readonly WireItem[], connection: number): WireItem[] {
	return items.filter((i) => i.connection === connection);
}
