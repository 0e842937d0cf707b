import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import DiagnosticList from '$lib/components/DiagnosticList.svelte';
import { decodeHex, RSV1_BROKEN } from './helpers.ts';

describe('DiagnosticList', () => {
	it('shows severity, code, message, RFC section, location and close code', async () => {
		const { result } = decodeHex(RSV1_BROKEN);
		const screen = await render(DiagnosticList, {
			props: { diagnostics: result.diagnostics, frames: result.frames, onselect: () => {} }
		});
		const item = screen.container.querySelector('[data-code="rsv_bit_without_extension"]')!;
		expect(item.textContent).toContain('error');
		expect(item.textContent).toContain('rsv_bit_without_extension');
		expect(item.textContent).toContain('RFC 6455 §5.2');
		expect(item.textContent).toContain('frame 1, bit 1');
		expect(item.textContent).toContain('close code 1002');
	});

	it('calls onselect with the index of the diagnostic clicked', async () => {
		const { result } = decodeHex(RSV1_BROKEN);
		const onselect = vi.fn();
		const screen = await render(DiagnosticList, {
			props: { diagnostics: result.diagnostics, frames: result.frames, selected: null, onselect }
		});
		const index = result.diagnostics.findIndex((d) => d.code === 'rsv_bit_without_extension');
		await screen.getByRole('button', { name: /RSV1 is set/ }).click();
		expect(onselect).toHaveBeenCalledWith(index);
	});
});
