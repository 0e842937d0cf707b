import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import MessageList from '$lib/components/MessageList.svelte';
import { decodeView } from '$lib/components/decode-view.ts';
import { analyze } from '$lib/workers/analysis.ts';
import { hexToBytes } from '$lib/protocol/input/index.ts';
import { decodeHex } from './helpers.ts';

const DEFLATED_HELLO = 'c107f248cdc9c90700';

describe('MessageList', () => {
	it('shows compressed and inflated bytes side by side, from a full decode or an analysis', async () => {
		const full = decodeView(
			decodeHex(DEFLATED_HELLO, { from: 'server', extensions: 'permessage-deflate' }).result
		);
		const analysis = analyze(hexToBytes(DEFLATED_HELLO), {
			from: 'server',
			extensions: 'permessage-deflate'
		});
		for (const messages of [full.messages, analysis.messages]) {
			const screen = await render(MessageList, { props: { messages } });
			await expect
				.element(screen.getByText(/On the wire, compressed \(RSV1\): 7 bytes/))
				.toBeVisible();
			await expect.element(screen.getByText('f2 48 cd c9 c9 07 00')).toBeVisible();
			await expect.element(screen.getByText('Hello', { exact: true })).toBeVisible();
			screen.unmount();
		}
	});

	it('renders pasted text only as text', async () => {
		const probe = '<img src=x onerror=alert(1)>';
		const hex = [0x81, probe.length, ...new TextEncoder().encode(probe)]
			.map((b) => b.toString(16).padStart(2, '0'))
			.join('');
		const { messages } = decodeView(decodeHex(hex, { from: 'server' }).result);
		const screen = await render(MessageList, { props: { messages } });
		expect(screen.container.querySelector('img')).toBeNull();
		await expect.element(screen.getByText(probe)).toBeVisible();
	});

	it('names frames as buttons that select them only when the page can', async () => {
		const { messages } = decodeView(decodeHex('010348656c80026c6f', { from: 'server' }).result);
		const plain = await render(MessageList, { props: { messages } });
		expect(plain.container.querySelector('button.link')).toBeNull();
		expect(plain.container.textContent).toContain('frame 1, frame 2');
		plain.unmount();
		const onframe = vi.fn();
		const linked = await render(MessageList, { props: { messages, onframe } });
		await linked.getByRole('button', { name: 'frame 2' }).click();
		expect(onframe).toHaveBeenCalledWith(1);
	});
});
