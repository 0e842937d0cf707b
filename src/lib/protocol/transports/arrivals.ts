// The messages of a run: when each happens and the text it carries. Times are whole milliseconds,
// as Date.now() gives them, so timelines and tests read cleanly.
import { exponential, randomStream, type Random } from './random.ts';
import type { Arrivals, Scenario } from './scenario.ts';

/** A server event (pushed to the client) or a client message (sent to the server). */
export interface SimMessage {
	/** 1, 2, 3 ... in time order: the `seq` in the JSON, the SSE `id:`. */
	id: number;
	/** When it happens at its sender. */
	at: number;
	/** The payload: JSON text of exactly `payloadBytes` bytes (ASCII, so bytes = characters). */
	text: string;
}

export function serverEvents(s: Scenario): SimMessage[] {
	return messagesOf(s.serverEvents, s, randomStream(s.seed, 'server'));
}

export function clientMessages(s: Scenario): SimMessage[] {
	return messagesOf(s.clientMessages, s, randomStream(s.seed, 'client'));
}

function messagesOf(a: Arrivals, s: Scenario, random: Random): SimMessage[] {
	const times = a.kind === 'schedule' ? [...a.atMs].sort((x, y) => x - y) : poisson(a, s, random);
	return times.map((at, i) => ({ id: i + 1, at, text: payloadText(i + 1, s.payloadBytes) }));
}

/** Arrivals of a Poisson process: exponential gaps, so times are uniform over the run. */
function poisson(a: { perSecond: number }, s: Scenario, random: Random): number[] {
	const times: number[] = [];
	if (a.perSecond <= 0) return times;
	const perMs = a.perSecond / 1000;
	for (let t = exponential(random, perMs); Math.round(t) < s.durationMs;) {
		times.push(Math.round(t));
		t += exponential(random, perMs);
	}
	return times;
}

const FILLER = 'The quick brown fox jumps over the lazy dog. ';

/** `{"seq":7,"text":"The quick brown fox ..."}` cut or filled to exactly `bytes` bytes; a payload
 * too small for that JSON is plain text, as a tiny message would be. */
export function payloadText(seq: number, bytes: number): string {
	const head = `{"seq":${seq},"text":"`;
	const room = bytes - head.length - 2;
	if (room < 0)
		return `${seq} ${FILLER}`.repeat(Math.ceil(bytes / FILLER.length) + 1).slice(0, bytes);
	const filler = FILLER.repeat(Math.ceil(room / FILLER.length) + 1).slice(0, room);
	return `${head}${filler}"}`;
}
