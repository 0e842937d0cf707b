import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import FieldTable from '$lib/components/FieldTable.svelte';
import { frameOf, MASKED_HELLO } from './helpers.ts';

describe('FieldTable', () => {
	it('renders one row per field, with its label and bit range', async () => {
		const { frame, input } = frameOf(MASKED_HELLO);
		const screen = await render(FieldTable, { props: { frame, input, onpoint: () => {} } });
		const fields = frame.fields!;
		expect(fields.map((f) => f.id)).toEqual([
			'fin',
			'rsv1',
			'rsv2',
			'rsv3',
			'opcode',
			'mask',
			'payload_length',
			'masking_key',
			'payload'
		]);
		const rows = screen.container.querySelectorAll('tbody tr');
		expect(rows).toHaveLength(fields.length);
		const text = (id: string) =>
			screen.container.querySelector(`tr[data-field="${id}"]`)?.textContent ?? '';
		expect(text('fin')).toContain('FIN');
		expect(text('fin')).toContain('bit 0');
		expect(text('opcode')).toContain('Opcode');
		expect(text('opcode')).toContain('bits 4–7');
		expect(text('opcode')).toContain('0001');
		expect(text('payload_length')).toContain('bits 9–15');
		expect(text('masking_key')).toContain('bits 16–47');
		expect(text('masking_key')).toContain('37 fa 21 3d');
		expect(text('payload')).toContain('bits 48–87');
		expect(text('payload')).toContain('RFC 6455 §5.3');
	});

	it('reports the field under the pointer and under focus', async () => {
		const { frame, input } = frameOf(MASKED_HELLO);
		const onpoint = vi.fn();
		const screen = await render(FieldTable, { props: { frame, input, onpoint } });
		await screen.getByRole('button', { name: 'Masking key' }).hover();
		expect(onpoint).toHaveBeenCalledWith('0:masking_key', 'pointer');
		screen.getByRole('button', { name: 'Opcode' }).element().focus();
		expect(onpoint).toHaveBeenCalledWith('0:opcode', 'focus');
	});

	it('highlights the active row and marks the rows a diagnostic points at', async () => {
		const { frame, input } = frameOf(MASKED_HELLO);
		const screen = await render(FieldTable, {
			props: {
				frame,
				input,
				active: '0:payload_length',
				marked: { bitOffset: 8, bitLength: 1 },
				onpoint: () => {}
			}
		});
		const row = (id: string) => screen.container.querySelector(`tr[data-field="${id}"]`)!;
		expect(row('payload_length').classList).toContain('active');
		expect(row('mask').classList).not.toContain('active');
		expect(row('mask').classList).toContain('marked');
		expect(row('payload_length').classList).not.toContain('marked');
	});

	it('moves between rows with the arrow keys, one Tab stop for the whole table', async () => {
		const { frame, input } = frameOf(MASKED_HELLO);
		const screen = await render(FieldTable, { props: { frame, input, onpoint: () => {} } });
		const names = screen.container.querySelectorAll<HTMLButtonElement>('tbody button');
		expect([...names].filter((b) => b.tabIndex === 0)).toHaveLength(1);
		names[0]!.focus();
		await userEvent.keyboard('{ArrowDown}');
		expect(document.activeElement).toBe(names[1]);
		expect(names[1]!.tabIndex).toBe(0);
		expect(names[0]!.tabIndex).toBe(-1);
		await userEvent.keyboard('{End}');
		expect(document.activeElement).toBe(names[names.length - 1]);
	});
});
