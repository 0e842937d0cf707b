// How the capture view writes times, durations and kinds, in the page's language.
import { m } from '$lib/paraglide/messages.js';
import type { ConnectionKind } from '$lib/protocol/capture/index.ts';

const KINDS: Record<ConnectionKind, () => string> = {
	websocket: () => 'WebSocket',
	tls: () => m.capture_view_kind_tls(),
	http: () => 'HTTP',
	tcp: () => 'TCP'
};

export function kindText(kind: ConnectionKind): string {
	return KINDS[kind]();
}

/** The wall-clock time of a capture timestamp (seconds since the epoch), to the millisecond, in UTC. */
export function clockText(seconds: number): string {
	if (!Number.isFinite(seconds)) return '—';
	return new Date(seconds * 1000).toISOString().slice(11, 23);
}

export function secondsText(seconds: number): string {
	return Number.isFinite(seconds) ? `${seconds.toFixed(3)} s` : '—';
}

/** Time since the connection's first packet: +0.012345 s. */
export function offsetText(time: number, start: number): string {
	return Number.isFinite(time) ? `+${(time - start).toFixed(6)} s` : '—';
}
