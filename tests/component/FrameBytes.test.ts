import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import FrameBytes from '$lib/components/FrameBytes.svelte';
import { frameOf, MASKED_HELLO } from './helpers.ts';

const bytesOf = (container: HTMLElement) => [
	...container.querySelectorAll<HTMLButtonElement>('button.byte')
];

describe('FrameBytes', () => {
	it('shows every byte as hex, grouped under the name of its field', async () => {
		const { frame, input } = frameOf(MASKED_HELLO);
		const screen = await render(FrameBytes, { props: { frame, input, onpoint: () => {} } });
		const bytes = bytesOf(screen.container);
		expect(bytes.map((b) => b.textContent?.trim())).toEqual(
			'81 85 37 fa 21 3d 7f 9f 4d 51 58'.split(' ')
		);
		await expect.element(screen.getByText('Masking key')).toBeVisible();
		await expect.element(screen.getByText('Payload', { exact: true })).toBeVisible();
		// The parts of byte 0 are coloured by the field of each bit: FIN, RSV1-3, opcode.
		const parts = [...bytes[0]!.querySelectorAll('.part')].map((p) => p.className);
		expect(parts.some((c) => c.includes('field-flags'))).toBe(true);
		expect(parts.some((c) => c.includes('field-opcode'))).toBe(true);
		expect(bytes[2]!.querySelector('.part')!.className).toContain('field-key');
	});

	it('names each byte for a screen reader: its place, its fields and their values', async () => {
		const { frame, input } = frameOf(MASKED_HELLO);
		const screen = await render(FrameBytes, { props: { frame, input, onpoint: () => {} } });
		const labels = bytesOf(screen.container).map((b) => b.getAttribute('aria-label'));
		expect(labels[1]).toBe('byte 2 of 11: 85, MASK 1, Payload length 5');
		expect(labels[0]).toMatch(/^byte 1 of 11: 81, FIN 1, RSV1 0, RSV2 0, RSV3 0, Opcode 1$/);
		expect(labels[3]).toMatch(/^byte 4 of 11: fa, Masking key byte 2 of 4$/);
		expect(labels[10]).toMatch(/^byte 11 of 11: 58, Payload byte 5 of 5$/);
	});

	it('calls onpoint with the field of the byte under the pointer or the focus', async () => {
		const { frame, input } = frameOf(MASKED_HELLO);
		const onpoint = vi.fn();
		const screen = await render(FrameBytes, { props: { frame, input, onpoint } });
		const bytes = bytesOf(screen.container);
		await userEvent.hover(bytes[3]!);
		expect(onpoint).toHaveBeenLastCalledWith('0:masking_key', 'pointer');
		await userEvent.hover(bytes[8]!);
		expect(onpoint).toHaveBeenLastCalledWith('0:payload', 'pointer');
		bytes[1]!.focus();
		expect(onpoint).toHaveBeenLastCalledWith('0:mask', 'focus');
	});

	it('highlights the bytes of the active field', async () => {
		const { frame, input } = frameOf(MASKED_HELLO);
		const screen = await render(FrameBytes, {
			props: { frame, input, active: '0:masking_key', onpoint: () => {} }
		});
		const active = bytesOf(screen.container).filter((b) => b.classList.contains('active'));
		expect(active.map((b) => b.textContent?.trim())).toEqual(['37', 'fa', '21', '3d']);
	});

	it('is one Tab stop, and the arrow keys, Home and End move between bytes', async () => {
		const { frame, input } = frameOf(MASKED_HELLO);
		const onpoint = vi.fn();
		const screen = await render(FrameBytes, { props: { frame, input, onpoint } });
		const bytes = bytesOf(screen.container);
		expect(bytes.filter((b) => b.tabIndex === 0)).toEqual([bytes[0]]);
		bytes[0]!.focus();
		await userEvent.keyboard('{ArrowRight}{ArrowRight}');
		expect(document.activeElement).toBe(bytes[2]);
		expect(onpoint).toHaveBeenLastCalledWith('0:masking_key', 'focus');
		await userEvent.keyboard('{ArrowLeft}');
		expect(document.activeElement).toBe(bytes[1]);
		await userEvent.keyboard('{End}');
		expect(document.activeElement).toBe(bytes[10]);
		await userEvent.keyboard('{Home}');
		expect(document.activeElement).toBe(bytes[0]);
	});

	it('shows at most the first payload bytes, and counts the rest', async () => {
		const payload = Array.from({ length: 300 }, (_, i) => (i % 256).toString(16).padStart(2, '0'));
		const { frame, input } = frameOf(`827e012c${payload.join('')}`);
		const screen = await render(FrameBytes, {
			props: { frame, input, payloadLimit: 256, onpoint: () => {} }
		});
		// 4 header bytes and 256 of the 300 payload bytes.
		expect(bytesOf(screen.container)).toHaveLength(260);
		await expect.element(screen.getByText('… 44 more bytes')).toBeVisible();
	});

	it('says how many bytes a frame cut short still needs', async () => {
		const { frame, input } = frameOf('818537');
		const screen = await render(FrameBytes, { props: { frame, input, onpoint: () => {} } });
		expect(frame.complete).toBe(false);
		await expect.element(screen.getByText(`${frame.missing} more bytes needed`)).toBeVisible();
	});
});
