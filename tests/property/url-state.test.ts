import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, type StateReading } from '$lib/state/url-state.ts';

const anything = (json: unknown): StateReading<unknown> => ({ ok: true, value: json });

describe('state in the URL hash', () => {
	it('round-trips any JSON value', async () => {
		await fc.assert(
			fc.asyncProperty(fc.jsonValue(), async (value) => {
				const back = await decodeState(await encodeState(value), anything);
				expect(back).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) });
			}),
			{ numRuns: 50 }
		);
	});
});
