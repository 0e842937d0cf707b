// "Copy link"'s work (src/lib/components/CopyLink.svelte), fetched on the button's first click: puts
// the page's share link (share-link.ts) on the clipboard and says so in the control's live region, or,
// where the clipboard is refused, shows the link selected in a field to copy by hand.
import { m } from '$lib/paraglide/messages.js';
import type { ThemeChoice } from '$lib/state/theme.svelte.ts';
import { shareUrl } from './share-link.ts';

/** How long "copied" stays in the live region. */
const SAID_MS = 2500;

let timer: ReturnType<typeof setTimeout> | undefined;

/** Copies the page's link; `control` holds the live region ([role=status]). */
export async function copyLink(control: HTMLElement, theme: ThemeChoice): Promise<void> {
	const link = shareUrl(location.href, theme);
	const status = control.querySelector('[role="status"]')!;
	clearTimeout(timer);
	control.querySelector('.manual')?.remove();
	try {
		await navigator.clipboard.writeText(link);
		status.textContent = m.share_copied();
		timer = setTimeout(() => (status.textContent = ''), SAID_MS);
	} catch {
		status.textContent = '';
		const field = manualField(link);
		control.append(field.label);
		keepInWindow(field.label);
		field.input.select();
	}
}

/** The field hangs under the button, its right edge at the button's: shifted in where that would
 * run it off either edge of the window (the button sits mid-header on a wide screen). */
function keepInWindow(box: HTMLElement): void {
	const margin = 8;
	const { left, right } = box.getBoundingClientRect();
	const room = document.documentElement.clientWidth - margin;
	const shift = left < margin ? margin - left : right > room ? room - right : 0;
	if (shift !== 0) box.style.translate = `${Math.round(shift)}px 0`;
}

/** The link in a read-only field, gone when the focus leaves it. */
function manualField(link: string): { label: HTMLLabelElement; input: HTMLInputElement } {
	const label = document.createElement('label');
	label.className = 'manual';
	const text = document.createElement('span');
	text.textContent = m.share_manual();
	const input = document.createElement('input');
	input.type = 'text';
	input.readOnly = true;
	input.value = link;
	input.addEventListener('blur', () => label.remove());
	label.append(text, input);
	return { label, input };
}
