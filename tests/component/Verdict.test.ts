import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import Verdict from '$lib/components/Verdict.svelte';
import { decodeHex, MASKED_HELLO, RSV1_BROKEN, UNMASKED_HELLO } from './helpers.ts';

describe('Verdict', () => {
	it('names close code 1002 for a frame with RSV1 set and no extension', async () => {
		const { result } = decodeHex(RSV1_BROKEN);
		const screen = await render(Verdict, { props: { result } });
		await expect
			.element(screen.getByText(/A strict server fails the connection with close code/))
			.toBeVisible();
		await expect.element(screen.getByText('1002', { exact: true })).toBeVisible();
	});

	it('says a strict server accepts a masked client frame', async () => {
		const { result } = decodeHex(MASKED_HELLO);
		const screen = await render(Verdict, { props: { result } });
		await expect.element(screen.getByText('A strict server accepts this.')).toBeVisible();
	});

	it('takes the receiver from the result: server frames are received by a client', async () => {
		const { result } = decodeHex(UNMASKED_HELLO);
		const screen = await render(Verdict, { props: { result } });
		await expect.element(screen.getByText('A strict client accepts this.')).toBeVisible();
	});

	it('says how many more bytes an incomplete capture needs', async () => {
		const { result } = decodeHex('818537');
		expect(result.verdict.needMoreBytes).toBe(8);
		const screen = await render(Verdict, { props: { result } });
		await expect.element(screen.getByText('8 more bytes')).toBeVisible();
	});
});
