import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import MaskAnimation from '../../src/routes/build/MaskAnimation.svelte';
import { frameOf, MASKED_HELLO, UNMASKED_HELLO } from './helpers.ts';

/** What the step panel shows: the step, payload byte, key byte and their XOR. */
function shown(container: HTMLElement) {
	const step = container.querySelector<HTMLElement>('.step')!;
	const part = (role: string) => step.querySelector(`[data-role="${role}"]`)?.textContent;
	return {
		step: Number(step.dataset.step),
		payload: part('payload'),
		key: part('key'),
		masked: part('masked')
	};
}

describe('the masking animation', () => {
	it('step n shows payload byte n, key byte n mod 4 and their XOR', async () => {
		const { frame, input } = frameOf(MASKED_HELLO);
		const screen = await render(MaskAnimation, { props: { frame, input } });
		// "Hello" = 48 65 6c 6c 6f, key 37 fa 21 3d, on the wire 7f 9f 4d 51 58 (RFC 6455 §5.7)
		expect(shown(screen.container)).toEqual({ step: 0, payload: '48', key: '37', masked: '7f' });
		const step = screen.getByRole('button', { name: 'Step ▶' });
		await userEvent.click(step);
		expect(shown(screen.container)).toEqual({ step: 1, payload: '65', key: 'fa', masked: '9f' });
		await userEvent.click(step);
		await userEvent.click(step);
		await userEvent.click(step);
		// byte 4 wraps around to key byte 0
		expect(shown(screen.container)).toEqual({ step: 4, payload: '6f', key: '37', masked: '58' });
		expect(screen.container.querySelector('.key-byte.current')?.textContent).toContain('key[0]');
		await expect.element(step).toBeDisabled();
		await userEvent.click(screen.getByRole('button', { name: '◀ Back' }));
		expect(shown(screen.container)).toEqual({ step: 3, payload: '6c', key: '3d', masked: '51' });
	});

	it('moves with the Left and Right keys on the step slider', async () => {
		const { frame, input } = frameOf(MASKED_HELLO);
		const screen = await render(MaskAnimation, { props: { frame, input } });
		const slider = screen.getByRole('slider', { name: 'Masking step' });
		await userEvent.click(slider);
		(slider.element() as HTMLInputElement).focus();
		(slider.element() as HTMLInputElement).value = '0';
		slider.element().dispatchEvent(new Event('input', { bubbles: true }));
		await userEvent.keyboard('{ArrowRight}{ArrowRight}');
		expect(shown(screen.container).step).toBe(2);
		expect(shown(screen.container)).toMatchObject({ payload: '6c', key: '21', masked: '4d' });
		await userEvent.keyboard('{ArrowLeft}');
		expect(shown(screen.container).step).toBe(1);
	});

	it('plays to the end on its own, and only the bytes done are shown masked', async () => {
		const { frame, input } = frameOf(MASKED_HELLO);
		const screen = await render(MaskAnimation, { props: { frame, input } });
		expect(screen.container.querySelectorAll('td.pending').length).toBe(4);
		await userEvent.click(screen.getByRole('button', { name: '▶ Play' }));
		await expect.poll(() => shown(screen.container).step, { timeout: 8000 }).toBe(4);
		expect(screen.container.querySelectorAll('td.pending').length).toBe(0);
		await expect.element(screen.getByRole('button', { name: '▶ Play' })).toBeVisible();
	});

	it('says an unmasked frame is sent as it is, and why servers do not mask', async () => {
		const { frame, input } = frameOf(UNMASKED_HELLO);
		const screen = await render(MaskAnimation, { props: { frame, input } });
		await expect.element(screen.getByText(/not masked/)).toBeVisible();
		expect(screen.container.querySelector('.step')).toBeNull();
		await expect.element(screen.getByText(/cache poisoning/)).toBeVisible();
		await expect.element(screen.getByRole('heading', { name: /Why servers do not/ })).toBeVisible();
	});
});
