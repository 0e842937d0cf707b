// A tapped connection read by the engine: the handshake as the browser sent it (checked, the accept
// computed), then each side's frames decoded with the negotiated extensions, and one list of frames in
// the order they passed, each with its time from the tap. The page never trusts ws's own parse.
import {
	RFC_EXAMPLE_KEY,
	checkHandshake,
	decode,
	hexToBytes,
	parseHandshake,
	type DecodeResult,
	type Frame,
	type HandshakeResult
} from '$lib/protocol/index.ts';

/** The tap API's JSON for one connection (src/server/live/tap.ts), as far as the page reads it. */
export interface TapConnection {
	id: string;
	transport: string;
	startedAt: number;
	endedAt: number | null;
	extensions: string;
	protocol: string;
	client: TapSide;
	server: TapSide;
}

export interface TapSide {
	hex: string;
	bytes: number;
	truncated: boolean;
	chunks: { offset: number; length: number; time: number }[];
}

export type Direction = 'client' | 'server';

export interface FrameRow {
	from: Direction;
	frame: Frame;
	/** When the frame's first byte passed the tap (ms since the epoch). */
	time: number;
	/** The message the frame belongs to, in its direction's result. */
	message: number | undefined;
	/** The bytes the frame was decoded from (its direction's frames, after the handshake). */
	input: Uint8Array;
}

export interface SideReading {
	bytes: Uint8Array;
	/** Where the frames start in the side's bytes (after the HTTP head). */
	framesAt: number;
	result: DecodeResult;
}

export interface LiveReading {
	handshake: HandshakeResult;
	client: SideReading;
	server: SideReading;
	rows: FrameRow[];
}

/** The tap's hex is always whole bytes; anything else (a proxy's page?) reads as nothing. */
function bytesOf(hex: string): Uint8Array {
	try {
		return hexToBytes(hex);
	} catch {
		return new Uint8Array();
	}
}

function readSide(side: TapSide, from: Direction, extensions: string): SideReading {
	const bytes = bytesOf(side.hex);
	const parsed = parseHandshake(bytes);
	const head = from === 'client' ? parsed.request : parsed.response;
	const framesAt = head?.complete ? head.offset + head.length : bytes.length;
	const result = decode(bytes.subarray(framesAt), { from, extensions });
	return { bytes, framesAt, result };
}

function timeAt(side: TapSide, offset: number): number {
	const chunk = side.chunks.find((c) => offset < c.offset + c.length) ?? side.chunks.at(-1);
	return chunk?.time ?? 0;
}

function rowsOf(reading: SideReading, side: TapSide, from: Direction): FrameRow[] {
	const input = reading.bytes.subarray(reading.framesAt);
	return reading.result.frames.map((frame) => ({
		from,
		frame,
		time: timeAt(side, reading.framesAt + frame.offset),
		message: reading.result.messages.find((m) => m.frames.includes(frame.index))?.index,
		input
	}));
}

export function readConnection(connection: TapConnection): LiveReading {
	const client = readSide(connection.client, 'client', connection.extensions);
	const server = readSide(connection.server, 'server', connection.extensions);
	const handshake = checkHandshake(
		client.bytes.subarray(0, client.framesAt),
		server.bytes.subarray(0, server.framesAt)
	);
	const rows = [
		...rowsOf(client, connection.client, 'client'),
		...rowsOf(server, connection.server, 'server')
	].sort((a, b) => a.time - b.time || (a.from === 'client' ? -1 : 1));
	return { handshake, client, server, rows };
}

/** The RFC's example masking key (RFC 6455 §5.7): a real browser never uses it. */
const RFC_EXAMPLE_MASK = '37fa213d';
export const isRfcExampleMask = (hex: string): boolean => hex === RFC_EXAMPLE_MASK;
export const isRfcExampleKey = (key: string | undefined): boolean => key === RFC_EXAMPLE_KEY;
