// The capture view's part of /decode's link: the file's name, the selected connection, frame and
// message, and the file itself when it is small (≤ CAPTURE_LINK_LIMIT); a bigger file must be
// dropped again, and the page says so. Stored compactly: { n, c, f: [0|1, i], m: [0|1, i], d }.
import type { Role } from '$lib/protocol/index.ts';
import type { CaptureSelection } from './capture-session.svelte.ts';

/** Captures up to 64 KiB travel in the link (as base64); bigger ones must be dropped again. */
export const CAPTURE_LINK_LIMIT = 64 * 1024;

export interface CaptureLink {
	name: string;
	selection: CaptureSelection;
	/** The file, when small enough to travel. */
	data: Uint8Array | null;
}

interface StoredCapture {
	n: string;
	c: number;
	f?: [number, number];
	m?: [number, number];
	d?: string;
}

const ROLES: Role[] = ['client', 'server'];
const pair = (x: { role: Role; index: number } | null): [number, number] | undefined =>
	x ? [ROLES.indexOf(x.role), x.index] : undefined;

export function storeCapture(link: CaptureLink): StoredCapture {
	const stored: StoredCapture = { n: link.name, c: link.selection.connection };
	const frame = pair(link.selection.frame);
	const message = pair(link.selection.message);
	if (frame) stored.f = frame;
	if (message) stored.m = message;
	if (link.data) stored.d = toBase64(link.data);
	return stored;
}

const isIndex = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function unpair(x: unknown): { role: Role; index: number } | null | undefined {
	if (x === undefined) return null;
	if (!Array.isArray(x) || x.length !== 2 || !isIndex(x[1]) || (x[0] !== 0 && x[0] !== 1))
		return undefined;
	return { role: ROLES[x[0]]!, index: x[1] };
}

/** The capture part of a link, or undefined when it is malformed. */
export function readCaptureLink(x: unknown): CaptureLink | undefined {
	if (typeof x !== 'object' || x === null) return undefined;
	const s = x as Record<string, unknown>;
	const frame = unpair(s.f);
	const message = unpair(s.m);
	if (typeof s.n !== 'string' || !isIndex(s.c) || frame === undefined || message === undefined)
		return undefined;
	const data = typeof s.d === 'string' ? fromBase64(s.d) : null;
	if (s.d !== undefined && !data) return undefined;
	return { name: s.n, selection: { connection: s.c, frame, message }, data };
}

function toBase64(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(text);
}

function fromBase64(text: string): Uint8Array | null {
	try {
		return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
}
