import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import StaticFirstDiagnostics from './harness/StaticFirstDiagnostics.svelte';
import { decodeView } from '$lib/components/decode-view.ts';
import { decodeHex, RSV1_BROKEN } from './helpers.ts';

// In Vitest (as in `vite dev`) the prerendered component is the real one; the client build's static
// markup is tested end to end (tests/e2e/static-first.test.ts). Here: when the swap happens, what
// the live view gets, and that the focus stays on the same element.
async function mount() {
	const view = decodeView(decodeHex(RSV1_BROKEN).result);
	const load = vi.fn(() => import('$lib/components/DiagnosticList.svelte'));
	const onselect = vi.fn();
	const screen = await render(StaticFirstDiagnostics, {
		props: {
			load,
			diagnostics: view.diagnostics,
			total: view.diagnosticCount,
			selected: null,
			onselect
		}
	});
	return { screen, load, onselect };
}

const liveView = () => document.querySelector('.static-first:not([data-static])');

describe('StaticFirst', () => {
	it('stays prerendered until the visitor comes near: nothing is loaded', async () => {
		const { screen, load } = await mount();
		await expect.element(screen.getByRole('button', { name: /RSV1/ })).toBeVisible();
		expect(document.querySelector('.static-first[data-static]')).not.toBeNull();
		expect(load).not.toHaveBeenCalled();
	});

	it('goes live when the focus enters, and keeps the focus on the same button', async () => {
		const { screen, load } = await mount();
		const button = screen.getByRole('button', { name: /RSV1/ });
		(button.element() as HTMLElement).focus();
		await vi.waitFor(() => expect(liveView()).not.toBeNull());
		expect(load).toHaveBeenCalledTimes(1);
		expect(document.activeElement?.closest('.static-first')).toBe(liveView());
		expect(document.activeElement?.textContent).toMatch(/RSV1/);
	});

	it('gives a click to the view once, and the live view answers the next one', async () => {
		const { screen, onselect } = await mount();
		await userEvent.click(screen.getByRole('button', { name: /RSV1/ }));
		await vi.waitFor(() => expect(liveView()).not.toBeNull());
		expect(onselect).toHaveBeenCalledTimes(1);
		expect(onselect).toHaveBeenLastCalledWith(0);
		await userEvent.click(screen.getByRole('button', { name: /RSV1/ }));
		expect(onselect).toHaveBeenCalledTimes(2);
	});
});
