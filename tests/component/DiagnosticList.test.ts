import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import DiagnosticList from '$lib/components/DiagnosticList.svelte';
import { decodeView } from '$lib/components/decode-view.ts';
import { analyze } from '$lib/workers/analysis.ts';
import { hexToBytes } from '$lib/protocol/input/index.ts';
import { decodeHex, MASKED_HELLO, RSV1_BROKEN } from './helpers.ts';

describe('DiagnosticList', () => {
	it('shows severity, code, message, RFC section, location and close code', async () => {
		const { diagnostics } = decodeView(decodeHex(RSV1_BROKEN).result);
		const screen = await render(DiagnosticList, { props: { diagnostics, onselect: () => {} } });
		const item = screen.container.querySelector('[data-code="rsv_bit_without_extension"]')!;
		expect(item.textContent).toContain('error');
		expect(item.textContent).toContain('rsv_bit_without_extension');
		expect(item.textContent).toContain('RFC 6455 §5.2');
		expect(item.textContent).toContain('frame 1, byte 0 (bit 1)');
		expect(item.textContent).toContain('close code 1002');
	});

	it('calls onselect with the index of the diagnostic clicked', async () => {
		const { diagnostics } = decodeView(decodeHex(RSV1_BROKEN).result);
		const onselect = vi.fn();
		const screen = await render(DiagnosticList, {
			props: { diagnostics, selected: null, onselect }
		});
		const index = diagnostics.findIndex((d) => d.code === 'rsv_bit_without_extension');
		await screen.getByRole('button', { name: /RSV1 is set/ }).click();
		expect(onselect).toHaveBeenCalledWith(index);
	});

	it('links each rule to its RFC section, for the worker’s analysis too', async () => {
		const analysis = analyze(hexToBytes(MASKED_HELLO + RSV1_BROKEN), { from: 'client' });
		const screen = await render(DiagnosticList, {
			props: {
				diagnostics: analysis.diagnostics,
				total: analysis.diagnosticCount,
				onselect: () => {}
			}
		});
		await expect
			.element(screen.getByRole('link', { name: 'RFC 6455 §5.2' }))
			.toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc6455#section-5.2');
		const item = screen.container.querySelector('[data-code="rsv_bit_without_extension"]')!;
		expect(item.textContent).toContain('frame 2, byte 11');
	});

	it('says how many diagnostics are not listed', async () => {
		const { diagnostics } = decodeView(decodeHex(RSV1_BROKEN).result);
		const screen = await render(DiagnosticList, {
			props: { diagnostics, total: diagnostics.length + 3, onselect: () => {} }
		});
		await expect.element(screen.getByText(/3 more diagnostics/)).toBeVisible();
	});
});
