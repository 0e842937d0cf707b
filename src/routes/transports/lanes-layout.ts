// Where everything of the timeline goes, in pixels: one lane per transport, the client's line above
// the server's, each wire item an arrow from its sender's line at its send time to the receiver's
// line at its arrival time, and each connection a bar in rows under the server line. Pure, so the
// page, the export and the tests share it; scales.ts maps time to x.
import type { ConnectionSpan } from '$lib/protocol/transports/tcp.ts';
import type { DrawnItem, DrawnResult } from './first-view.ts';
import { linearScale, type LinearScale } from './scales.ts';

/** What an arrow is, for its colour and dash: data first, since that is what a lesson follows. */
export type ArrowStyle = 'data' | 'empty' | 'http' | 'frame' | 'tcp' | 'tls';

export function arrowStyle(item: DrawnItem): ArrowStyle {
	if (item.deliversEvents?.length || item.deliversMessages?.length) return 'data';
	if (item.empty) return 'empty';
	if (item.kind === 'tcp' || item.kind === 'tls') return item.kind;
	if (item.kind === 'http-request' || item.kind === 'http-response') return 'http';
	return 'frame';
}

export interface Arrow {
	item: DrawnItem;
	style: ArrowStyle;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export interface Bar {
	span: ConnectionSpan;
	row: number;
	y: number;
	/** Opening (TCP and TLS handshakes), open, closing: each [x0, x1], empty when absent. */
	phases: { phase: 'opening' | 'open' | 'closing'; x0: number; x1: number }[];
}

export interface LaneLayout {
	result: DrawnResult;
	top: number;
	clientY: number;
	serverY: number;
	height: number;
	arrows: Arrow[];
	bars: Bar[];
	/** Arrows and connection bars in the window that are not drawn (past ARROWS_DRAWN, BARS_DRAWN). */
	notDrawn: { arrows: number; bars: number };
}

/**
 * The most arrows and connection bars drawn per lane: a window of 20k polls was 278k SVG elements
 * and a frozen tab. The first ones in time are drawn, the rest counted (NotDrawn.svelte says so);
 * zooming in shows them.
 */
export const ARROWS_DRAWN = 1500;
export const BARS_DRAWN = 300;

export interface TimelineLayout {
	x: LinearScale;
	width: number;
	height: number;
	left: number;
	right: number;
	axisY: number;
	/** The presenting layout: lane names in the left column, no client/server labels. */
	compact: boolean;
	lanes: LaneLayout[];
}

/** Sizes in rem, so the projector theme's larger type gets a larger picture. */
const STANDARD_REM = {
	left: 6.5,
	right: 1,
	axis: 1.75,
	header: 2,
	arrows: 3.5,
	gap: 0.5,
	barRow: 0.5,
	after: 0.9
} as const satisfies Record<string, number>;

/** Presenting (projector, full screen): five lanes, the clock and the legend on one 1280×720
 * screen. The lane's name moves into the left column (no header row), and lanes sit closer. */
const COMPACT_REM = {
	left: 8,
	right: 0.5,
	axis: 1.5,
	header: 0.8,
	arrows: 2,
	gap: 0.2,
	barRow: 0.35,
	after: 0.2
} as const satisfies Record<keyof typeof STANDARD_REM, number>;

/** Connections in rows so that two that overlap in time never share one (first fit). */
export function barRows(spans: readonly ConnectionSpan[], end: number): number[] {
	const rowEnds: number[] = [];
	return spans.map((s) => {
		const closes = s.closedAt ?? end;
		let row = rowEnds.findIndex((e) => e <= s.openedAt);
		if (row < 0) row = rowEnds.push(closes) - 1;
		else rowEnds[row] = closes;
		return row;
	});
}

export function timelineLayout(
	results: readonly DrawnResult[],
	domain: readonly [number, number],
	width: number,
	remPx: number,
	compact = false
): TimelineLayout {
	const REM = compact ? COMPACT_REM : STANDARD_REM;
	const px = (rem: number) => rem * remPx;
	const left = px(REM.left);
	const right = width - px(REM.right);
	const x = linearScale(domain, [left, Math.max(left + 1, right)]);
	const end = Math.max(0, ...results.map((r) => r.endsAt));
	const [d0, d1] = domain;
	let top = px(REM.axis);
	const lanes = results.map((result) => {
		const clientY = top + px(REM.header);
		const serverY = clientY + px(REM.arrows);
		const rows = barRows(result.connections, end);
		const rowCount = Math.max(1, ...rows.map((r) => r + 1));
		const barTop = serverY + px(REM.gap);
		const inWindow = result.timeline.filter((i) => i.arrivesAt >= d0 && i.sentAt <= d1);
		const arrows = inWindow.slice(0, ARROWS_DRAWN).map((item): Arrow => {
			const [y1, y2] = item.direction === 'up' ? [clientY, serverY] : [serverY, clientY];
			return { item, style: arrowStyle(item), x1: x(item.sentAt), y1, x2: x(item.arrivesAt), y2 };
		});
		const barsInWindow = result.connections
			.map((span, i) => ({ span, row: rows[i]! }))
			.filter(({ span }) => (span.closedAt ?? end) >= d0 && span.openedAt <= d1);
		const bars = barsInWindow.slice(0, BARS_DRAWN).map(({ span, row }): Bar => {
			const closes = span.closedAt ?? end;
			const ready = span.readyAt ?? span.closingAt ?? closes;
			const closing = span.closingAt ?? closes;
			// Cut to the plot: a connection open before the window starts must not run into the labels.
			const at = (t: number) => Math.max(left, Math.min(right, x(t)));
			const phases = [
				{ phase: 'opening' as const, x0: at(span.openedAt), x1: at(ready) },
				{ phase: 'open' as const, x0: at(ready), x1: at(closing) },
				{ phase: 'closing' as const, x0: at(closing), x1: at(closes) }
			].filter((p) => p.x1 > p.x0);
			return { span, row, y: barTop + row * px(REM.barRow), phases };
		});
		const height = px(REM.header + REM.arrows + REM.gap + REM.after) + rowCount * px(REM.barRow);
		const notDrawn = {
			arrows: inWindow.length - arrows.length,
			bars: barsInWindow.length - bars.length
		};
		const lane: LaneLayout = { result, top, clientY, serverY, height, arrows, bars, notDrawn };
		top += height;
		return lane;
	});
	return { x, width, height: top, left, right, axisY: px(REM.axis) - 6, compact, lanes };
}

/** The arrow nearest a point, if one passes within `reach` pixels of it. */
export function arrowAt(
	arrows: readonly Arrow[],
	px: number,
	py: number,
	reach = 10
): Arrow | null {
	let best: Arrow | null = null;
	let bestDistance = reach;
	for (const a of arrows) {
		const d = distanceToSegment(px, py, a);
		if (d <= bestDistance) {
			best = a;
			bestDistance = d;
		}
	}
	return best;
}

function distanceToSegment(px: number, py: number, a: Arrow): number {
	const dx = a.x2 - a.x1;
	const dy = a.y2 - a.y1;
	const length2 = dx * dx + dy * dy;
	const f =
		length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - a.x1) * dx + (py - a.y1) * dy) / length2));
	return Math.hypot(px - (a.x1 + f * dx), py - (a.y1 + f * dy));
}

/** The part of the run shown: all of it, or the window of `zoom` ms that holds `t`. */
export function visibleDomain(t: number, end: number, zoom: number): [number, number] {
	const whole = Math.max(end, 1);
	if (zoom <= 0 || zoom >= whole) return [0, whole];
	const page = Math.min(Math.floor(t / zoom), Math.ceil(whole / zoom) - 1);
	return [page * zoom, (page + 1) * zoom];
}
