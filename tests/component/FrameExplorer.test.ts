import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import FrameExplorer from '$lib/components/FrameExplorer.svelte';
import { Explorer, EXPLORER } from '$lib/state/explorer.svelte.ts';

/** The explorer as the home page mounts it: an Explorer in context, optionally with a text. */
function renderExplorer(text?: string) {
	return render(FrameExplorer, { context: new Map([[EXPLORER, new Explorer(text)]]) });
}

describe('the frame explorer', () => {
	it('opens with the masked "Hello" of RFC 6455 §5.7, decoded', async () => {
		const screen = await renderExplorer();
		await expect.element(screen.getByText('Read as hex: 11 bytes.')).toBeVisible();
		await expect.element(screen.getByText('A strict server accepts this.')).toBeVisible();
		await expect.element(screen.getByText('Hello', { exact: true })).toBeVisible();
		await expect.element(screen.getByRole('heading', { name: /Frame 1/ })).toBeVisible();
	});

	it('shows a parse error with its line and column for text that is not bytes', async () => {
		// `zz` on its own is valid (if sloppy) base64; after a hex byte it can only be bad hex.
		const screen = await renderExplorer('81 zz');
		await expect.element(screen.getByText(/Could not read this as hex/)).toBeVisible();
		await expect.element(screen.getByText('Line 1, column 4:')).toBeVisible();
		expect(screen.container.querySelector('mark')?.textContent).toBe('zz');
		expect(screen.container.querySelector('.frame')).toBeNull();
	});

	it('reports the line and column of an error on a later line', async () => {
		const screen = await renderExplorer('81 05 48\n65 6c zz 6f');
		await expect.element(screen.getByText('Line 2, column 7:')).toBeVisible();
	});

	it('renders pasted markup as text, never as elements', async () => {
		const hostile = '<img src=x onerror=alert(1)>';
		const screen = await renderExplorer(hostile);
		await expect.element(screen.getByText(/Could not read this as/)).toBeVisible();
		expect(document.querySelector('img')).toBeNull();
		expect(screen.container.querySelector('.status')?.textContent).toContain('<img');
	});

	it('shows pasted text inside a text message as text', async () => {
		// "<b>hi</b>" as a text frame from a server.
		const hex = '8109' + [...'<b>hi</b>'].map((c) => c.charCodeAt(0).toString(16)).join('');
		const screen = await renderExplorer(hex);
		await expect.element(screen.getByText('<b>hi</b>')).toBeVisible();
		expect(screen.container.querySelector('b')).toBeNull();
	});

	it('highlights the field row of the byte under the pointer', async () => {
		const screen = await renderExplorer();
		const key = screen.container.querySelectorAll<HTMLElement>('button.byte')[2]!;
		await userEvent.hover(key);
		const row = screen.container.querySelector('tr[data-field="masking_key"]')!;
		await expect.poll(() => row.classList.contains('active')).toBe(true);
		expect(screen.container.querySelectorAll('tr.active')).toHaveLength(1);
	});

	it('loads an example and marks the bits of a diagnostic when it is clicked', async () => {
		const screen = await renderExplorer();
		await screen.getByRole('button', { name: 'Broken: RSV1 set' }).click();
		await expect.element(screen.getByText(/closes with 1002/)).toBeVisible();
		await screen.getByRole('button', { name: /RSV1 is set/ }).click();
		const marked = [...screen.container.querySelectorAll('button.bit.marked')];
		expect(marked.map((b) => b.getAttribute('aria-label'))).toEqual(['bit 1: 1, RSV1']);
		expect(screen.container.querySelector('tr.marked')?.getAttribute('data-field')).toBe('rsv1');
	});

	it('decodes with the sender chosen', async () => {
		const screen = await renderExplorer();
		await screen.getByRole('radio', { name: 'Server' }).click();
		await expect.element(screen.getByText(/A strict client closes with 1002/)).toBeVisible();
		await expect.element(screen.getByText('server_frame_masked')).toBeVisible();
	});
});
