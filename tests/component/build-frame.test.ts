import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import FrameBuilder from '../../src/routes/build/FrameBuilder.svelte';
import { BUILDER, type BuilderState } from '$lib/state/builder.svelte.ts';
import { makeBuilder } from './helpers.ts';

/**
 * The builder as /build mounts it: a Builder in context, from the default state plus changes. Its
 * views open on their prerendered markup (StaticFirst): the pointer passing over each
 * makes it live, as on the page, before the test holds any of its elements.
 */
async function renderBuilder(changes: Partial<BuilderState> = {}) {
	const builder = await makeBuilder(changes);
	const screen = await render(FrameBuilder, { context: new Map([[BUILDER, builder]]) });
	// The field legend stays static: it has no code to load.
	const views = '[data-static]:not(:has(> .legend))';
	for (const view of screen.container.querySelectorAll(views))
		view.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
	// Each view's code is imported then: on a busy machine that takes more than poll's default second.
	await expect
		.poll(() => screen.container.querySelectorAll(views).length, { timeout: 15_000 })
		.toBe(0);
	return { builder, screen };
}

function bits(container: HTMLElement): HTMLButtonElement[] {
	return [...container.querySelectorAll<HTMLButtonElement>('.bit-grid button.bit')];
}

function codes(container: HTMLElement): string[] {
	return [...container.querySelectorAll<HTMLElement>('.diagnostic[data-code]')].map(
		(d) => d.dataset.code ?? ''
	);
}

function hexLine(container: HTMLElement): string {
	return container.querySelector('.bytes-line code')?.textContent?.trim() ?? '';
}

describe('the bit grid of /build', () => {
	it('opens on the masked "Hello" of RFC 6455 §5.7, accepted', async () => {
		const { screen } = await renderBuilder();
		expect(hexLine(screen.container)).toBe('81 85 37 fa 21 3d 7f 9f 4d 51 58');
		const grid = bits(screen.container);
		expect(grid.map((b) => b.textContent?.trim()).join('')).toBe('1000000110000101');
		expect(grid[0]!.getAttribute('aria-pressed')).toBe('true');
		expect(grid[1]!.getAttribute('aria-pressed')).toBe('false');
		expect(screen.container.querySelector('.verdict')?.getAttribute('data-state')).toBe('accepts');
		expect(screen.container.querySelector('.verdict')?.textContent).toContain(
			'A strict server accepts this.'
		);
	});

	it('flipping RSV1 breaks the rule of §5.2 and the verdict is close code 1002', async () => {
		const { screen } = await renderBuilder();
		await userEvent.click(bits(screen.container)[1]!);
		await expect.poll(() => hexLine(screen.container)).toMatch(/^c1 85/);
		await expect.poll(() => codes(screen.container)).toContain('rsv_bit_without_extension');
		const d = screen.container.querySelector('[data-code="rsv_bit_without_extension"]')!;
		expect(d.textContent).toContain('RFC 6455 §5.2');
		expect(d.textContent).toContain('close code 1002');
		expect(screen.container.querySelector('.verdict')?.getAttribute('data-state')).toBe('fails');
		// and back: the same bit again clears it
		await userEvent.click(bits(screen.container)[1]!);
		await expect.poll(() => codes(screen.container)).toEqual([]);
	});

	it('toggles bits from the keyboard: arrow keys move, Space flips', async () => {
		const { screen } = await renderBuilder();
		const grid = bits(screen.container);
		grid[0]!.focus();
		// opcode 1 → 3: flip bit 6 (opcode bits are 4-7)
		await userEvent.keyboard(
			'{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}'
		);
		expect(document.activeElement).toBe(grid[6]);
		await userEvent.keyboard(' ');
		await expect.poll(() => hexLine(screen.container)).toMatch(/^83 85/);
		await expect.poll(() => codes(screen.container)).toContain('reserved_opcode');
		expect((screen.container.querySelector('#build-opcode') as HTMLSelectElement).value).toBe('3');
		expect(document.activeElement).toBe(grid[6]);
	});

	it('the opcode menu can pick a reserved opcode', async () => {
		const { screen } = await renderBuilder();
		await userEvent.selectOptions(screen.getByLabelText('Opcode', { exact: true }), '3');
		await expect.poll(() => codes(screen.container)).toContain('reserved_opcode');
	});

	it('the 16-bit length form for 5 bytes is not minimal', async () => {
		const { screen } = await renderBuilder();
		await userEvent.click(screen.getByLabelText('16-bit (126 + 2 bytes)'));
		expect(hexLine(screen.container)).toBe('81 fe 00 05 37 fa 21 3d 7f 9f 4d 51 58');
		await expect.poll(() => codes(screen.container)).toContain('length_not_minimal');
	});

	it('a 7-bit length that disagrees with the payload is built as is and judged by the decoder', async () => {
		const { builder, screen } = await renderBuilder({ masked: false, from: 'server' });
		// length 5 → 4: flip bit 15
		await userEvent.click(bits(screen.container)[15]!);
		expect(builder.length7).toBe(4);
		expect(hexLine(screen.container)).toBe('81 04 48 65 6c 6c 6f');
		// the receiver reads "Hell" and then a frame starting with 'o'
		await expect.element(screen.getByText(/The length field says 4/)).toBeVisible();
		expect(builder.result.frames.length).toBe(2);
		await userEvent.click(screen.getByRole('button', { name: 'Make it match' }));
		expect(hexLine(screen.container)).toBe('81 05 48 65 6c 6c 6f');
	});

	it('shows a Hangul syllable as 3 bytes of UTF-8', async () => {
		const { screen } = await renderBuilder({ text: '한', masked: false, from: 'server' });
		expect(hexLine(screen.container)).toBe('81 03 ed 95 9c');
		const chars = screen.getByRole('list', { name: 'Characters and their UTF-8 bytes' });
		await expect.element(chars).toHaveTextContent(/한\s*ed 95 9c/);
	});

	it('builds a close frame with a code from the menu and a reason', async () => {
		const { screen } = await renderBuilder({ opcode: 8, closeCode: 1000, reason: 'bye' });
		expect(hexLine(screen.container)).toBe('88 85 37 fa 21 3d 34 12 43 44 52');
		await userEvent.selectOptions(screen.getByLabelText('Status code'), '1005');
		await expect.poll(() => codes(screen.container)).toContain('invalid_close_code');
	});
});

describe('the annotated bytes of /build', () => {
	it('pointing at a byte lights up its field, and focusing a field lights up its bytes', async () => {
		const { screen } = await renderBuilder();
		const bytes = screen.container.querySelectorAll<HTMLButtonElement>('.strip button.byte');
		await userEvent.hover(bytes[3]!);
		expect(screen.container.querySelector('tr.active')?.getAttribute('data-field')).toBe(
			'masking_key'
		);
		await userEvent.unhover(bytes[3]!);
		screen.container.querySelector<HTMLButtonElement>('tr[data-field="payload"] button')!.focus();
		await expect
			.poll(() => screen.container.querySelectorAll('.strip button.byte.active').length)
			.toBe(5);
	});
});

describe('the masking key of /build', () => {
	it('takes a typed key once it is 4 bytes, and a random one on request', async () => {
		const { builder, screen } = await renderBuilder();
		const key = screen.getByLabelText('Key (4 bytes)');
		await userEvent.clear(key);
		await userEvent.type(key, '0102');
		await expect.element(key).toHaveValue('0102');
		await expect.element(key).toHaveAttribute('aria-invalid', 'true');
		expect(builder.key).toBe('37fa213d');
		await userEvent.type(key, '0304');
		expect(builder.key).toBe('01020304');
		expect(hexLine(screen.container)).toBe('81 85 01 02 03 04 49 67 6f 68 6e');
		await userEvent.click(screen.getByRole('button', { name: 'Random key' }));
		expect(builder.key).not.toBe('01020304');
		await expect.element(key).toHaveValue(builder.key);
	});
});
