// /handshake's Sec-WebSocket-Accept step-through: the engine's steps shown one at a time (key,
// key + GUID, SHA-1 as 20 bytes, base64, the comparison), played, stepped and stepped back, each
// announced, and recomputed when the key is edited.
import { beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { acceptFor, computeAccept, RFC_EXAMPLE_KEY, WEBSOCKET_GUID } from '$lib/protocol/index.ts';
import HandshakeAccept from './harness/HandshakeAccept.svelte';
import { loadHandshakeEngine } from '../../src/routes/handshake/lab.svelte.ts';

// The page imports the engine on the first edit; the harness acts at once, so it is here first.
beforeAll(async () => {
	await loadHandshakeEngine();
});

/** What the step-through shows: the step, the values revealed so far, the announcement. */
function shown(c: HTMLElement) {
	const value = (id: string) => c.querySelector(`[data-value="${id}"]`)?.textContent ?? null;
	return {
		step: Number(c.querySelector<HTMLElement>('.accept-steps')!.dataset.step),
		key: value('key'),
		concatenated: value('concatenated'),
		sha1: value('sha1'),
		base64: value('base64'),
		matches: c.querySelector<HTMLElement>('[data-value="compare"]')?.dataset.matches ?? null
	};
}

const announced = (c: HTMLElement) => c.querySelector('[aria-live="polite"]')!.textContent ?? '';

describe('the accept step-through', () => {
	it('reveals the engine’s steps one at a time, forwards and back', async () => {
		const screen = await render(HandshakeAccept, {});
		const c = screen.container;
		const steps = computeAccept(RFC_EXAMPLE_KEY);
		const hex = Array.from(steps.sha1Bytes, (b) => b.toString(16).padStart(2, '0')).join('');
		expect(shown(c)).toEqual({
			step: 0,
			key: RFC_EXAMPLE_KEY,
			concatenated: null,
			sha1: null,
			base64: null,
			matches: null
		});
		const next = screen.getByRole('button', { name: 'Step ▶' });
		await userEvent.click(next);
		expect(shown(c).concatenated).toBe(RFC_EXAMPLE_KEY + WEBSOCKET_GUID);
		expect(announced(c)).toContain('Step 2 of 5');
		await userEvent.click(next);
		// RFC 6455 §1.3: 0xb3 0x7a 0x4f 0x2c … as 20 bytes.
		expect(shown(c).sha1).toBe(hex);
		expect(hex).toBe('b37a4f2cc0624f1690f64606cf385945b2bec4ea');
		expect(c.querySelectorAll('[data-value="sha1"] .byte')).toHaveLength(20);
		await userEvent.click(next);
		expect(shown(c).base64).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
		await userEvent.click(next);
		expect(shown(c)).toMatchObject({ step: 4, matches: 'true' });
		expect(announced(c)).toContain('it matches');
		await expect.element(next).toBeDisabled();
		await userEvent.click(screen.getByRole('button', { name: '◀ Back' }));
		expect(shown(c)).toMatchObject({ step: 3, matches: null, base64: steps.base64 });
		// A step's title jumps straight to it.
		await userEvent.click(screen.getByRole('button', { name: /Key \+ GUID/ }));
		expect(shown(c)).toMatchObject({ step: 1, sha1: null });
	});

	it('plays to the end on its own', async () => {
		const screen = await render(HandshakeAccept, {});
		await userEvent.click(screen.getByRole('button', { name: '▶ Play' }));
		await expect.poll(() => shown(screen.container).step, { timeout: 12_000 }).toBe(4);
		await expect.element(screen.getByRole('button', { name: '▶ Play' })).toBeVisible();
	});

	it('recomputes when the key is edited, and says the response no longer matches', async () => {
		const screen = await render(HandshakeAccept, {});
		const c = screen.container;
		const key = 'AAECAwQFBgcICQoLDA0ODw==';
		await userEvent.fill(screen.getByRole('textbox', { name: /Sec-WebSocket-Key/ }), key);
		// The key lives in the request: editing it edits the request.
		expect(screen.getByTestId('request').element().textContent).toContain(
			`Sec-WebSocket-Key: ${key}\r\n`
		);
		for (let i = 0; i < 4; i++)
			await userEvent.click(screen.getByRole('button', { name: 'Step ▶' }));
		expect(shown(c)).toMatchObject({ base64: acceptFor(key), matches: 'false' });
		await expect.element(screen.getByText(/the usual mistake/i)).toBeVisible();
		expect(c.querySelector('[data-mistake="rfc_example_copied"]')).not.toBeNull();
		// Putting the engine's value in the response makes them match.
		await userEvent.click(screen.getByRole('button', { name: /in the response/ }));
		expect(shown(c).matches).toBe('true');
		expect(screen.getByTestId('response').element().textContent).toContain(acceptFor(key));
	});

	it('says a strict server refuses a 15-byte key before hashing it', async () => {
		const screen = await render(HandshakeAccept, { props: { preset: 'key_15_bytes' } });
		const error = screen.container.querySelector<HTMLElement>('.key-error');
		expect(error?.dataset.code).toBe('handshake_key_invalid');
		expect(error?.textContent).toContain('15 bytes');
	});

	it('refuses an emptied key, and still hashes it for study', async () => {
		const screen = await render(HandshakeAccept, { props: { preset: 'rfc_6455' } });
		await userEvent.fill(screen.getByRole('textbox', { name: /Sec-WebSocket-Key/ }), '');
		// An empty key is still a key: the engine hashes '' + GUID and the server refuses it.
		expect(screen.container.querySelector('.key-error')).not.toBeNull();
		expect(shown(screen.container).key).toBe('');
	});
});
