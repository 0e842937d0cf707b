// /handshake's header highlighting: every line of a side marked by what the engine found in it,
// each focusable, each opening what it does, the checks that read it and what goes wrong without it.
import { beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { checkHandshake, HEADER_INFO, presetById } from '$lib/protocol/index.ts';
import HandshakeSide from './harness/HandshakeSide.svelte';
import { loadHandshakeEngine } from '../../src/routes/handshake/lab.svelte.ts';

// The page imports the engine on the first edit; the harness acts at once, so it is here first.
beforeAll(async () => {
	await loadHandshakeEngine();
});

/** Renders one side, with the pointer off the list (where an earlier test may have left it). */
async function side(props: Record<string, unknown> = {}) {
	const screen = await render(HandshakeSide, { props });
	await userEvent.hover(screen.getByText(/Edit freely/));
	return screen;
}

const row = (c: HTMLElement, id: string) => c.querySelector<HTMLElement>(`[data-line="${id}"]`)!;
const states = (c: HTMLElement) =>
	Object.fromEntries(
		[...c.querySelectorAll<HTMLElement>('[data-line]')].map((r) => [
			r.dataset.line,
			r.dataset.state
		])
	);

describe('the header highlighting', () => {
	it('marks each line with the engine’s finding, in symbol and word as well as colour', async () => {
		const screen = await side({ preset: 'key_15_bytes' });
		const c = screen.container;
		// The engine's reading of the same text: one error, at the key's value.
		const r = checkHandshake(presetById('key_15_bytes')!.request);
		expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([
			'handshake_key_invalid'
		]);
		expect(states(c)).toEqual({
			request_line: 'ok',
			request_header_host: 'ok',
			request_header_upgrade: 'ok',
			request_header_connection: 'ok',
			request_header_sec_websocket_key: 'error',
			request_header_sec_websocket_version: 'ok',
			request_header_origin: 'ok'
		});
		const key = row(c, 'request_header_sec_websocket_key');
		expect(key.querySelector('.symbol')!.textContent).toBe('✕');
		expect(key.querySelector('.state')!.textContent).toBe('error');
		// In the editor's layer: the key's name tinted as an error, its value underlined (marked).
		const layer = c.querySelector('.layer')!;
		const value = [...layer.querySelectorAll('span.value')].find(
			(s) => s.textContent === 'dGhlIHNhbXBsZSBub25j'
		);
		expect(value?.className).toContain('state-error');
		expect(value?.className).toContain('marked');
		const host = [...layer.querySelectorAll('span.value')].find(
			(s) => s.textContent === 'example.com'
		);
		expect(host?.className).toContain('state-ok');
		expect(host?.className).not.toContain('marked');
	});

	it('says a header no rule reads is not checked', async () => {
		const screen = await side({ preset: 'chromium_deflate' });
		const c = screen.container;
		expect(row(c, 'request_header_user_agent').dataset.state).toBe('none');
		expect(row(c, 'request_header_user_agent').textContent).toContain('not checked');
		expect(row(c, 'request_header_sec_websocket_extensions').dataset.state).toBe('ok');
	});

	it('opens a focused header: what it does, its check, and what goes wrong without it', async () => {
		const screen = await side();
		const c = screen.container;
		const upgrade = row(c, 'request_header_upgrade');
		upgrade.querySelector('button')!.focus();
		const button = upgrade.querySelector('button')!;
		await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
		const details = upgrade.querySelector('.details')!;
		expect(details.textContent).toContain(HEADER_INFO.upgrade!.request!);
		expect(details.querySelector('a[href="#check-request-upgrade"]')).not.toBeNull();
		expect(details.querySelector('a[rel~="external"]')?.getAttribute('href')).toBe(
			'https://www.rfc-editor.org/rfc/rfc6455#section-4.1'
		);
		// Without Upgrade, the engine says a strict server answers 400: handshake_upgrade_missing.
		expect(details.querySelector('[data-code="handshake_upgrade_missing"]')).not.toBeNull();
		expect(details.textContent).toContain('400 Bad Request');
		// The same line is ringed in the editor.
		expect(c.querySelector('.layer .active')?.textContent).toBe('Upgrade: ');
	});

	it('opens a header under the pointer, and closes it when the pointer leaves', async () => {
		const screen = await side();
		const origin = row(screen.container, 'request_header_origin');
		await userEvent.hover(origin.querySelector('button')!);
		await expect.poll(() => origin.querySelector('.details')).not.toBeNull();
		// Without Origin nothing fails: a strict server only notes it (a non-browser may leave it out).
		expect(origin.querySelector('[data-code="handshake_origin_missing"]')).not.toBeNull();
		await userEvent.unhover(origin.querySelector('button')!);
		await expect.poll(() => origin.querySelector('.details')).toBeNull();
	});

	it('is one Tab stop; the arrow keys move from line to line', async () => {
		const screen = await side();
		const buttons = [
			...screen.container.querySelectorAll<HTMLButtonElement>('.header-list button')
		];
		expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1, -1]);
		buttons[0]!.focus();
		await userEvent.keyboard('{ArrowDown}{ArrowDown}');
		expect(document.activeElement).toBe(buttons[2]);
		expect(buttons[2]!.getAttribute('aria-expanded')).toBe('true');
		await userEvent.keyboard('{End}');
		expect(document.activeElement).toBe(buttons[7]);
		await userEvent.keyboard('{Home}');
		expect(document.activeElement).toBe(buttons[0]);
	});

	it('re-checks as the text is edited, and the caret points at its line', async () => {
		const screen = await side();
		const c = screen.container;
		const box = screen.getByRole('textbox', { name: /Request/ });
		const textarea = box.element() as HTMLTextAreaElement;
		textarea.focus();
		const at = textarea.value.indexOf('websocket') + 3;
		textarea.setSelectionRange(at, at);
		await userEvent.keyboard('{ArrowRight}');
		await expect.poll(() => c.querySelector('.layer .active')?.textContent).toBe('Upgrade: ');
		await userEvent.fill(box, textarea.value.replace('Upgrade: websocket', 'Upgrade: h2c'));
		await expect.poll(() => row(c, 'request_header_upgrade').dataset.state).toBe('error');
		expect(row(c, 'request_line').dataset.state).toBe('ok');
	});

	it('shows pasted markup as text and runs nothing', async () => {
		const probe = '<img src=x onerror="window.__probed=1">';
		const request = `GET / HTTP/1.1\r\nX-Probe: ${probe}\r\n${probe}: 1\r\n\r\n`;
		const screen = await side({ request });
		const c = screen.container;
		expect(c.querySelector('img')).toBeNull();
		expect(c.querySelector('.layer')!.textContent).toContain(probe);
		row(c, 'request_header_x_probe').querySelector('button')!.focus();
		await expect.poll(() => c.querySelector('.details')).not.toBeNull();
		expect(c.querySelector('img')).toBeNull();
		expect((window as { __probed?: number }).__probed).toBeUndefined();
	});
});

describe('the header highlighting of hostile pastes', () => {
	// Bounded by what is drawn (200 rows), not by a clock: a time limit fails on a busy machine.
	it('lists the first 200 lines of thousands, and names two headers the engine ids alike', async () => {
		const many = Array.from({ length: 3000 }, (_, i) => `X-H${i}: \u0001`).join('\r\n');
		const request = `GET / HTTP/1.1\r\nX-A: 1\r\nX_A: 2\r\n${many}\r\n\r\n`;
		const screen = await side({ request });
		const c = screen.container;
		expect(c.querySelectorAll('.header-list > li')).toHaveLength(200);
		expect(c.querySelector('.more')?.textContent).toContain('2803 more lines');
		// X-A and X_A get one field id from the engine; the page still lists both.
		expect(c.querySelectorAll('[data-line="request_header_x_a"]')).toHaveLength(2);
	});
});
