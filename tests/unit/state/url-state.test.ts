import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, linkFails, type StateReading } from '$lib/state/url-state.ts';

const anything = (json: unknown): StateReading<unknown> => ({ ok: true, value: json });

describe('state in the URL hash', () => {
	it('reads back what it wrote', async () => {
		const state = { hex: '818537fa213d7f9f4d5158', from: 'client', text: '안녕 <b>' };
		const hash = await encodeState(state);
		expect(hash).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(await decodeState(`#${hash}`, anything)).toEqual({ ok: true, value: state });
	});

	it('says what is wrong with a damaged link, and never throws', async () => {
		const hash = await encodeState({ a: 'x'.repeat(100) });
		for (const bad of ['#%%%', '#a', hash.slice(0, 5), `${hash}!`, 'AAAAAAAA']) {
			const reading = await decodeState(bad, anything);
			expect(reading.ok).toBe(false);
		}
	});

	it('refuses a small link that expands into a huge state', async () => {
		const bomb = await encodeState('0'.repeat(20 * 1024 * 1024));
		expect(bomb.length).toBeLessThan(50_000);
		const reading = await decodeState(bomb, anything);
		expect(reading).toMatchObject({ ok: false });
	});

	it('lets the page check the shape', async () => {
		const hash = await encodeState({ hex: 42 });
		const reading = await decodeState(hash, (json) =>
			typeof (json as { hex?: unknown }).hex === 'string'
				? { ok: true, value: json }
				: linkFails('field_not_text', { field: 'hex' })
		);
		expect(reading).toEqual({
			ok: false,
			error: { code: 'field_not_text', params: { field: 'hex' } }
		});
	});
});
