// The tap: every byte a live connection received and sent, in order, with the time it passed. A ring
// buffer of recent connections (LIVE_LIMITS.tapConnections), each direction capped in bytes, so memory
// stays bounded however long the server runs. Nothing is written to disk.
import { LIVE_LIMITS } from './limits.ts';

export type TapDirection = 'client' | 'server';

/** A run of bytes one side sent, at `time` (ms since the epoch). */
export interface TapChunk {
	from: TapDirection;
	time: number;
	bytes: Uint8Array;
}

export interface TapSide {
	/** Every kept byte this side sent, as lowercase hex. */
	hex: string;
	/** Bytes this side sent in all (more than hex holds when `truncated`). */
	bytes: number;
	truncated: boolean;
	/** Where each chunk starts in `hex` (in bytes) and when it passed. */
	chunks: { offset: number; length: number; time: number }[];
}

export interface TapConnectionJson {
	id: string;
	transport: string;
	startedAt: number;
	endedAt: number | null;
	/** For WebSocket connections: the negotiated extensions and subprotocol, for decoding. */
	extensions: string;
	protocol: string;
	/** WebSocket connections: how the server saw it close (code 1006 when no close frame came). */
	close: { code: number; reason: string } | null;
	/** A label the client chose (`?tap=` on the URL), so a page finds its own connection. */
	label: string;
	client: TapSide;
	server: TapSide;
}

class Side {
	chunks: TapChunk[] = [];
	kept = 0;
	total = 0;

	add(chunk: TapChunk): void {
		this.total += chunk.bytes.length;
		const room = LIVE_LIMITS.tapBytesPerDirection - this.kept;
		if (room <= 0) return;
		const bytes = chunk.bytes.length > room ? chunk.bytes.subarray(0, room) : chunk.bytes;
		// A copy: the socket's buffer may be pooled and reused.
		this.chunks.push({ ...chunk, bytes: Uint8Array.from(bytes) });
		this.kept += bytes.length;
	}

	toJson(): TapSide {
		let offset = 0;
		const chunks = this.chunks.map((c) => {
			const at = { offset, length: c.bytes.length, time: c.time };
			offset += c.bytes.length;
			return at;
		});
		const hex = this.chunks.map((c) => Buffer.from(c.bytes).toString('hex')).join('');
		return { hex, bytes: this.total, truncated: this.total > this.kept, chunks };
	}
}

export class TapConnection {
	readonly startedAt = Date.now();
	endedAt: number | null = null;
	extensions = '';
	protocol = '';
	close: { code: number; reason: string } | null = null;
	private readonly sides = { client: new Side(), server: new Side() };

	constructor(
		readonly id: string,
		readonly transport: string,
		readonly label: string
	) {}

	record(from: TapDirection, bytes: Uint8Array): void {
		if (bytes.length > 0) this.sides[from].add({ from, time: Date.now(), bytes });
	}

	end(): void {
		this.endedAt ??= Date.now();
	}

	/** The close code and reason the server's WebSocket closed with (1006: no close frame came). */
	closed(code: number, reason: string): void {
		this.close = { code, reason };
		this.end();
	}

	toJson(): TapConnectionJson {
		return {
			id: this.id,
			transport: this.transport,
			startedAt: this.startedAt,
			endedAt: this.endedAt,
			extensions: this.extensions,
			protocol: this.protocol,
			close: this.close,
			label: this.label,
			client: this.sides.client.toJson(),
			server: this.sides.server.toJson()
		};
	}
}

export class Tap {
	private readonly ring: TapConnection[] = [];
	private next = 1;

	open(transport: string, label = ''): TapConnection {
		const connection = new TapConnection(String(this.next++), transport, label.slice(0, 64));
		this.ring.push(connection);
		if (this.ring.length > LIVE_LIMITS.tapConnections) this.ring.shift();
		return connection;
	}

	/**
	 * HTTP transports make a request per event (polling): the requests of one labelled run share one
	 * tap connection, so its bytes add up as they do on the wire.
	 */
	openOrReuse(transport: string, label: string): TapConnection {
		const reused = label && this.ring.find((c) => c.label === label && c.transport === transport);
		if (reused) {
			reused.endedAt = null;
			return reused;
		}
		return this.open(transport, label);
	}

	list(filter: { label?: string; id?: string } = {}): TapConnectionJson[] {
		return this.ring
			.filter(
				(c) => (!filter.label || c.label === filter.label) && (!filter.id || c.id === filter.id)
			)
			.map((c) => c.toJson());
	}
}
