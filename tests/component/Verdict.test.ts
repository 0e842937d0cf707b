import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import Verdict from '$lib/components/Verdict.svelte';
import { decodeView } from '$lib/components/decode-view.ts';
import { analyze } from '$lib/workers/analysis.ts';
import { hexToBytes } from '$lib/protocol/input/index.ts';
import { decodeHex, MASKED_HELLO, RSV1_BROKEN, UNMASKED_HELLO } from './helpers.ts';

const view = (hex: string) => decodeView(decodeHex(hex).result);

describe('Verdict', () => {
	it('names close code 1002 and the rule, linked to the RFC, for RSV1 without an extension', async () => {
		const screen = await render(Verdict, { props: { view: view(RSV1_BROKEN) } });
		await expect
			.element(screen.getByText(/A strict server closes with 1002 \(Protocol Error\) because RSV1/))
			.toBeVisible();
		await expect.element(screen.getByText('1002', { exact: true })).toBeVisible();
		await expect
			.element(screen.getByRole('link', { name: 'RFC 6455 §5.2' }))
			.toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc6455#section-5.2');
	});

	it('says a strict server accepts a masked client frame', async () => {
		const screen = await render(Verdict, { props: { view: view(MASKED_HELLO) } });
		await expect.element(screen.getByText('A strict server accepts this.')).toBeVisible();
	});

	it('takes the receiver from the result: server frames are received by a client', async () => {
		const screen = await render(Verdict, { props: { view: view(UNMASKED_HELLO) } });
		await expect.element(screen.getByText('A strict client accepts this.')).toBeVisible();
	});

	it('says how many more bytes an incomplete capture needs, from verdict.needMoreBytes', async () => {
		const { result } = decodeHex('818537');
		expect(result.verdict.needMoreBytes).toBe(8);
		const screen = await render(Verdict, { props: { view: decodeView(result) } });
		await expect.element(screen.getByText('8 more bytes')).toBeVisible();
		expect(screen.container.querySelector('.verdict')!.getAttribute('data-state')).toBe(
			'incomplete'
		);
	});

	it('reads the worker’s analysis the same way as a full decode', async () => {
		const cut = analyze(hexToBytes('818537fa'), { from: 'client' });
		const screen = await render(Verdict, { props: { view: cut } });
		await expect.element(screen.getByText(/frame 1 needs 7 more bytes/)).toBeVisible();
		const broken = analyze(hexToBytes(RSV1_BROKEN), { from: 'client' });
		const again = await render(Verdict, { props: { view: broken } });
		await expect.element(again.getByText(/closes with 1002 \(Protocol Error\)/)).toBeVisible();
	});

	it('does not count missing bytes once an error decided the verdict', async () => {
		// An RSV1 frame, then a frame cut short: the receiver has failed the connection already.
		const screen = await render(Verdict, { props: { view: view(RSV1_BROKEN + '818537') } });
		expect(screen.container.querySelector('.missing')).toBeNull();
		expect(screen.container.querySelector('.verdict')!.getAttribute('data-state')).toBe('fails');
	});
});
