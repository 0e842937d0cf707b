import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import CopyPanel from '../../src/routes/build/CopyPanel.svelte';
import { hexToBytes } from '$lib/protocol/index.ts';

const bytes = hexToBytes('818537fa213d7f9f4d5158');

describe('copying the built frame', () => {
	afterEach(() => vi.restoreAllMocks());

	it('shows the frame in each format and says when it was copied', async () => {
		const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
		const screen = await render(CopyPanel, { props: { bytes, from: 'client' } });
		const box = screen.getByRole('textbox');
		await expect.element(box).toHaveValue('81 85 37 fa 21 3d 7f 9f 4d 51 58');
		await userEvent.click(screen.getByRole('radio', { name: 'base64' }));
		await expect.element(box).toHaveValue('gYU3+iE9f59NUVg=');
		await userEvent.click(screen.getByRole('button', { name: 'Copy as base64' }));
		expect(write).toHaveBeenCalledWith('gYU3+iE9f59NUVg=');
		await expect
			.element(screen.getByRole('status'))
			.toHaveTextContent('Copied 11 bytes as base64.');
		// a new format: the old status no longer applies
		await userEvent.click(screen.getByRole('radio', { name: 'hex', exact: true }));
		await expect.element(screen.getByRole('status')).toHaveTextContent('');
	});

	it('selects the text to copy by hand when the clipboard is refused', async () => {
		vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
		const screen = await render(CopyPanel, { props: { bytes, from: 'client' } });
		await userEvent.click(screen.getByRole('button', { name: 'Copy as spaced hex' }));
		await expect.element(screen.getByRole('status')).toHaveTextContent(/did not allow copying/);
		const box = screen.getByRole('textbox').element() as HTMLTextAreaElement;
		expect(document.activeElement).toBe(box);
		expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe(box.value);
	});

	it('links to the decoder only once the link is ready', async () => {
		const screen = await render(CopyPanel, { props: { bytes, from: 'server' } });
		expect(screen.container.querySelector('a')).toBeNull();
		await screen.rerender({ bytes, from: 'server', decoderHash: 'abc' });
		const link = screen.getByRole('link', { name: /Open in decoder \(as sent by the server\)/ });
		await expect.element(link).toHaveAttribute('href', '/en/decode#abc');
	});
});
