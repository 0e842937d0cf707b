// Shared by the unit and property tests of buildHandshake.
import { expect } from 'vitest';
import {
	buildHandshake,
	checkHandshake,
	type BuildOptions,
	type BuiltHandshake
} from '$lib/protocol/index.ts';

export function built(options: BuildOptions): BuiltHandshake {
	const result = buildHandshake(options);
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result;
}

/** Clean: no error and no warning on either side (infos teach; they are allowed). */
export function expectClean(b: BuiltHandshake): void {
	const r = checkHandshake(b.request, b.response);
	expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
	expect(r.verdict).toEqual({ ok: true, status: 101, clientAccepts: true });
	expect(r.accept?.matches).toBe(true);
}
