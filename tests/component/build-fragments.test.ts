import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import Fragmenter from '../../src/routes/build/Fragmenter.svelte';
import { BUILDER, type BuilderState } from '$lib/state/builder.svelte.ts';
import { makeBuilder } from './helpers.ts';

async function renderFragmenter(changes: Partial<BuilderState> = {}) {
	const builder = await makeBuilder(changes);
	return render(Fragmenter, { context: new Map([[BUILDER, builder]]) });
}

/** FIN and opcode name of each frame row. */
function rows(container: HTMLElement): { fin: string; opcode: string }[] {
	return [...container.querySelectorAll<HTMLElement>('tbody tr')].map((tr) => ({
		fin: tr.dataset.fin!,
		opcode: tr.dataset.opcode!
	}));
}

describe('fragmenting a message', () => {
	it('3 fragments: FIN 0, 0, 1 and opcodes text, continuation, continuation', async () => {
		const screen = await renderFragmenter({ fragments: 3, text: 'Hello, world' });
		expect(rows(screen.container)).toEqual([
			{ fin: '0', opcode: 'text' },
			{ fin: '0', opcode: 'continuation' },
			{ fin: '1', opcode: 'continuation' }
		]);
		await expect.element(screen.getByText('A strict server accepts this.')).toBeVisible();
		await expect.element(screen.getByText('Hello, world', { exact: true })).toBeVisible();
	});

	it('changes with the number of fragments, and takes a ping between them', async () => {
		const screen = await renderFragmenter({ fragments: 1 });
		expect(rows(screen.container)).toEqual([{ fin: '1', opcode: 'text' }]);
		const count = screen.getByLabelText('Number of fragments');
		await userEvent.fill(count, '2');
		expect(rows(screen.container)).toEqual([
			{ fin: '0', opcode: 'text' },
			{ fin: '1', opcode: 'continuation' }
		]);
		await userEvent.click(screen.getByLabelText(/add a ping/));
		expect(rows(screen.container)).toEqual([
			{ fin: '0', opcode: 'text' },
			{ fin: '1', opcode: 'ping' },
			{ fin: '1', opcode: 'continuation' }
		]);
		// the message still arrives whole, and the ping is a message of its own
		await expect.element(screen.getByText('A strict server accepts this.')).toBeVisible();
		expect(screen.container.textContent).toContain('Hello');
	});

	it('sends binary data as a binary message', async () => {
		const screen = await renderFragmenter({ opcode: 2, payloadMode: 'hex', hex: '01 02 03' });
		expect(rows(screen.container)[0]).toEqual({ fin: '0', opcode: 'binary' });
	});
});
