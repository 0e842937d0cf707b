// The lanes' many marks (arrows, their numbers, connection bars) as SVG markup, written into the
// drawing with {@html}: the prerendered page shows them, and hydrating keeps those nodes instead of
// making a reactive element of each of hundreds (a 100 ms task on a fast machine). They are drawing
// only: the lane's slider (Lanes.svelte) is what the keyboard and screen readers use. The markup
// is re-made when the layout changes (a new run, window, width or font), never while the clock runs.
import type { DrawnItem } from './first-view.ts';
import type { Arrow, LaneLayout } from './lanes-layout.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// Every text and name is escaped, though today they are numbers, enum strings and ids: markup
// written with {@html} must stay safe whatever a later scenario field carries.
const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** Data arrows are numbered where the numbers (about two digits wide) do not run into each other;
 * not at all past 60 in a lane (a number every few pixels says nothing). */
export function numbered(arrows: readonly Arrow[], gap: number): Arrow[] {
	const out: Arrow[] = [];
	let lastX = -Infinity;
	for (const a of arrows) {
		if (a.style !== 'data' || a.x2 - lastX < gap) continue;
		out.push(a);
		lastX = a.x2;
	}
	return out.length <= 60 ? out : [];
}

/** The events or messages an arrow delivers: `3`, `3,4`, `3…9`, `m2`. */
export function numberText(item: DrawnItem): string {
	const events = (item.deliversEvents ?? []).map(String);
	const messages = (item.deliversMessages ?? []).map((id) => `m${id}`);
	const all = [...events, ...messages];
	return all.length > 2 ? `${all[0]}…${all[all.length - 1]}` : all.join(',');
}

export const arrowId = (transport: string, id: number): string => `wire-${transport}-${id}`;

export function arrowsMarkup(lane: LaneLayout): string {
	const t = lane.result.transport;
	return lane.arrows
		.map(
			(a) =>
				`<line id="${escape(arrowId(t, a.item.id))}" class="arrow ${escape(a.style)}" x1="${a.x1}" y1="${a.y1}" x2="${a.x2}" y2="${a.y2}" marker-end="url(#head-${escape(a.style)})"></line>`
		)
		.join('');
}

/** `px`: the root font size, which sets the gap between numbers and their offset from the line. */
export function numbersMarkup(lane: LaneLayout, px: number): string {
	return numbered(lane.arrows, px * 1.75)
		.map((a) => {
			const y = a.item.direction === 'down' ? a.y2 - 5 : a.y2 + px * 0.8;
			return `<text class="number" x="${a.x2}" y="${y}">${escape(numberText(a.item))}</text>`;
		})
		.join('');
}

export function barsMarkup(lane: LaneLayout, px: number): string {
	return lane.bars
		.flatMap((bar) =>
			bar.phases.map(
				(p) =>
					`<rect class="bar ${escape(p.phase)}" x="${p.x0}" y="${bar.y}" width="${p.x1 - p.x0}" height="${px * 0.35}"><title>${escape(`#${bar.span.id} ${bar.span.purpose}`)}</title></rect>`
			)
		)
		.join('');
}
