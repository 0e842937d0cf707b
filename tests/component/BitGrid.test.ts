import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import BitGrid from '$lib/components/BitGrid.svelte';
import { frameOf, MASKED_HELLO } from './helpers.ts';

describe('BitGrid', () => {
	it('shows the 16 bits of the first two bytes, each labelled by its field', async () => {
		const { frame, input } = frameOf(MASKED_HELLO);
		const screen = await render(BitGrid, { props: { frame, input, onpoint: () => {} } });
		const bits = [...screen.container.querySelectorAll<HTMLButtonElement>('button.bit')];
		expect(bits.map((b) => b.textContent?.trim()).join('')).toBe('1000000110000101');
		expect(bits[0]!.getAttribute('aria-label')).toBe('bit 0: 1, FIN');
		expect(bits[5]!.getAttribute('aria-label')).toBe('bit 5: 0, Opcode');
		expect(bits[8]!.getAttribute('aria-label')).toBe('bit 8: 1, MASK');
		expect(bits[15]!.getAttribute('aria-label')).toBe('bit 15: 1, Payload length');
		const labels = [...screen.container.querySelectorAll('.label')].map((l) => l.textContent);
		expect(labels).toEqual(['FIN', 'RSV1', 'RSV2', 'RSV3', 'Opcode', 'MASK', 'Payload length']);
	});

	it('reports the field of the bit under the pointer and moves with the arrow keys', async () => {
		const { frame, input } = frameOf(MASKED_HELLO);
		const onpoint = vi.fn();
		const screen = await render(BitGrid, { props: { frame, input, onpoint } });
		const bits = [...screen.container.querySelectorAll<HTMLButtonElement>('button.bit')];
		await userEvent.hover(bits[6]!);
		expect(onpoint).toHaveBeenLastCalledWith('0:opcode', 'pointer');
		bits[7]!.focus();
		await userEvent.keyboard('{ArrowRight}');
		expect(document.activeElement).toBe(bits[8]);
		expect(onpoint).toHaveBeenLastCalledWith('0:mask', 'focus');
	});

	it('marks the bits a diagnostic points at', async () => {
		const { frame, input } = frameOf('c185409921b733f440db2c');
		const screen = await render(BitGrid, {
			props: { frame, input, marked: { bitOffset: 1, bitLength: 1 }, onpoint: () => {} }
		});
		const marked = [...screen.container.querySelectorAll('button.bit.marked')];
		expect(marked.map((b) => b.getAttribute('aria-label'))).toEqual(['bit 1: 1, RSV1']);
	});
});
