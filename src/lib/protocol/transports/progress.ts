// A run as it stands at a moment: what has been sent, what has arrived, what is still on the way.
// A page playing the timeline asks this sixty times a second, so each question is a binary search
// over arrays sorted once, never a walk over the timeline.
import type { SimulationResult } from './simulate.ts';
import { itemTotal, type WireItem } from './wire.ts';

/** What the clock needs of a run: a page may hold a run without its texts (the build-time view of
 * /transports), and asks the same questions of it. */
export interface RunTimes {
	timeline: readonly Pick<WireItem, 'sentAt' | 'arrivesAt' | 'kind' | 'bytes'>[];
	connections: SimulationResult['connections'];
	deliveries: readonly { deliveredAt: number }[];
	sends: readonly { deliveredAt: number }[];
}

export interface ProgressAt {
	/** Server events the client has by now, and client messages the server has. */
	delivered: number;
	sent: number;
	/** HTTP requests sent by now (the WebSocket Upgrade included). */
	requests: number;
	/** TCP connections opened by now, and those open at this moment (opening or closing included). */
	connections: number;
	openConnections: number;
	/** Bytes put on the wire by now, all kinds together (as in Metrics.totalBytes). */
	bytes: number;
	/** Items sent and not yet arrived. */
	inFlight: number;
}

export interface Progress {
	at(t: number): ProgressAt;
}

/** How many of the ascending `sorted` are at most `t`. */
export function countUpTo(sorted: ArrayLike<number>, t: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! <= t) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

const ascending = (values: number[]): Float64Array => Float64Array.from(values).sort();

export function progressOf(r: RunTimes): Progress {
	// Items go on the wire in time order, and each takes the same latency, so both sends and
	// arrivals are already ascending; sorting is cheap insurance.
	const sentAt = ascending(r.timeline.map((i) => i.sentAt));
	const arrivesAt = ascending(r.timeline.map((i) => i.arrivesAt));
	const byTime = [...r.timeline].sort((a, b) => a.sentAt - b.sentAt);
	const bytesUpTo = new Float64Array(byTime.length + 1);
	byTime.forEach((item, i) => (bytesUpTo[i + 1] = bytesUpTo[i]! + itemTotal(item)));
	const requests = ascending(
		r.timeline.filter((i) => i.kind === 'http-request').map((i) => i.sentAt)
	);
	const delivered = ascending(r.deliveries.map((d) => d.deliveredAt));
	const sent = ascending(r.sends.map((d) => d.deliveredAt));
	const opened = ascending(r.connections.map((c) => c.openedAt));
	const closed = ascending(r.connections.flatMap((c) => (c.closedAt === null ? [] : [c.closedAt])));
	return {
		at(t) {
			const sentCount = countUpTo(sentAt, t);
			const connections = countUpTo(opened, t);
			return {
				delivered: countUpTo(delivered, t),
				sent: countUpTo(sent, t),
				requests: countUpTo(requests, t),
				connections,
				// A connection that closes at t is closed at t.
				openConnections: connections - countUpTo(closed, t),
				bytes: bytesUpTo[sentCount]!,
				inFlight: sentCount - countUpTo(arrivesAt, t)
			};
		}
	};
}

/** Every moment something is sent or arrives, in any of the runs: where a step stops. */
export function clockStops(results: readonly Pick<RunTimes, 'timeline'>[]): Float64Array {
	const times = new Set<number>([0]);
	for (const r of results) {
		for (const item of r.timeline) {
			times.add(item.sentAt);
			times.add(item.arrivesAt);
		}
	}
	return ascending([...times]);
}

/** The first stop after `t`, or `t` itself when there is none. */
export function nextStop(stops: ArrayLike<number>, t: number): number {
	const i = countUpTo(stops, t);
	return i < stops.length ? stops[i]! : t;
}

/** The last stop before `t`, or `t` itself when there is none. */
export function previousStop(stops: ArrayLike<number>, t: number): number {
	let lo = 0;
	let hi = stops.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (stops[mid]! < t) lo = mid + 1;
		else hi = mid;
	}
	return lo > 0 ? stops[lo - 1]! : t;
}
