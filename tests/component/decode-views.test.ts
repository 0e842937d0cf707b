import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { hexToBytes } from '$lib/protocol/input/index.ts';
import { analyze } from '$lib/workers/analysis.ts';
import { FrameCache } from '$lib/workers/frame-at.ts';
import FrameList from '../../src/routes/decode/FrameList.svelte';
import HexView from '../../src/routes/decode/HexView.svelte';

function analyzed(hex: string, from: 'client' | 'server', extensions = '') {
	const input = hexToBytes(hex);
	const analysis = analyze(input, { from, extensions });
	return { input, analysis, frames: new FrameCache(input, analysis.frames, from, extensions) };
}

const MASKED_HELLO = '818537fa213d7f9f4d5158';
const RSV1_BROKEN = 'c185409921b733f440db2c';

describe('the /decode views', () => {
	it('the frame list renders only the rows in view of many frames, and moves with the keys', async () => {
		const { analysis, frames } = analyzed(MASKED_HELLO.repeat(1000), 'client');
		const onselect = vi.fn();
		const screen = await render(FrameList, {
			props: { id: 't', table: analysis.frames, frames, selected: 0, onselect }
		});
		const options = screen.container.querySelectorAll('[role="option"]');
		expect(options.length).toBeGreaterThan(5);
		expect(options.length).toBeLessThan(30);
		expect(options[0]!.textContent).toContain('“Hello”');
		const list = screen.getByRole('listbox');
		(list.element() as HTMLElement).focus();
		await userEvent.keyboard('{ArrowDown}');
		expect(onselect).toHaveBeenLastCalledWith(1);
		await userEvent.keyboard('{End}');
		expect(onselect).toHaveBeenLastCalledWith(999);
	});

	it('the hex view colours bytes by field, unmasks payloads, and marks a diagnostic’s bits', async () => {
		const { input, analysis, frames } = analyzed(MASKED_HELLO + RSV1_BROKEN, 'client');
		const rsv = analysis.diagnostics.find((d) => d.code === 'rsv_bit_without_extension')!;
		const props = {
			input,
			analysis,
			frames,
			selected: 0,
			marked: rsv,
			view: 'unmasked' as const,
			onselect: () => {}
		};
		const screen = await render(HexView, { props });
		const bytes = [...screen.container.querySelectorAll<HTMLElement>('.byte')];
		expect(bytes).toHaveLength(22);
		// The payload of frame 1 is shown unmasked: 48 65 6c 6c 6f is "Hello".
		expect(bytes.slice(6, 11).map((b) => b.textContent)).toEqual(['48', '65', '6c', '6c', '6f']);
		expect(bytes[2]!.querySelector('.part')!.className).toContain('field-key');
		expect(
			bytes.filter((b) => b.classList.contains('marked')).map((b) => b.dataset.offset)
		).toEqual(['11']);
		await screen.rerender({ ...props, view: 'wire' });
		expect(bytes.slice(6, 11).map((b) => b.textContent)).toEqual(['7f', '9f', '4d', '51', '58']);
	});
});
