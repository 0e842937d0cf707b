// The tap: every byte a live connection received and sent, in order, with the time it passed. A ring
// buffer of recent connections (LIVE_LIMITS.tapConnections), each direction capped in bytes, so memory
// stays bounded however long the server runs. Nothing is written to disk.
import { LIVE_LIMITS } from './limits.ts';

export type TapDirection = 'client' | 'server';

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

/**
 * One direction's bytes, kept compactly: every chunk appended to one buffer that doubles as it fills
 * (up to the cap), and each chunk's length and time in plain number arrays. A copy of each chunk as
 * its own Uint8Array cost an ArrayBuffer per socket read (~270 bytes for a 30-byte frame), and 64
 * remembered connections of 200 chunks each kept 3.5 MiB after the clients left
 * (scripts/live-load.ts).
 */
class Side {
	private data = new Uint8Array(0);
	private readonly lengths: number[] = [];
	private readonly times: number[] = [];
	kept = 0;
	total = 0;

	add(time: number, chunk: Uint8Array): void {
		this.total += chunk.length;
		const room = LIVE_LIMITS.tapBytesPerDirection - this.kept;
		if (room <= 0) return;
		const bytes = chunk.length > room ? chunk.subarray(0, room) : chunk;
		this.reserve(this.kept + bytes.length);
		// A copy: the socket's buffer may be pooled and reused.
		this.data.set(bytes, this.kept);
		this.kept += bytes.length;
		this.lengths.push(bytes.length);
		this.times.push(time);
	}

	private reserve(size: number): void {
		if (size <= this.data.length) return;
		const grown = new Uint8Array(
			Math.min(LIVE_LIMITS.tapBytesPerDirection, Math.max(size, 256, this.data.length * 2))
		);
		grown.set(this.data.subarray(0, this.kept));
		this.data = grown;
	}

	/** Gives back the room a finished connection will not use. */
	trim(): void {
		if (this.data.length > this.kept) this.data = this.data.slice(0, this.kept);
	}

	/** The kept bytes (a view, not a copy) and when the byte at `offset` passed the tap. */
	view(): { bytes: Uint8Array; timeAt(offset: number): number } {
		const { lengths, times } = this;
		return {
			bytes: this.data.subarray(0, this.kept),
			timeAt(offset) {
				let end = 0;
				for (let i = 0; i < lengths.length; i++)
					if (offset < (end += lengths[i]!)) return times[i]!;
				return times.at(-1) ?? 0;
			}
		};
	}

	toJson(): TapSide {
		let offset = 0;
		const chunks = this.lengths.map((length, i) => {
			const at = { offset, length, time: this.times[i]! };
			offset += length;
			return at;
		});
		const hex = Buffer.from(this.data.buffer, 0, this.kept).toString('hex');
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

	/** One direction's kept bytes and their times, for a reader on the server (classroom.ts). */
	side(from: TapDirection): ReturnType<Side['view']> {
		return this.sides[from].view();
	}

	/** Changes whenever the tap saw more of this connection, or it ended: a reader's cache key. */
	get version(): string {
		return `${this.sides.client.total}/${this.sides.server.total}/${this.endedAt}`;
	}

	record(from: TapDirection, bytes: Uint8Array): void {
		if (bytes.length > 0) this.sides[from].add(Date.now(), bytes);
	}

	end(): void {
		this.endedAt ??= Date.now();
		this.sides.client.trim();
		this.sides.server.trim();
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

	/** Forgets every connection (the server closed: nothing is kept after it). */
	clear(): void {
		this.ring.length = 0;
	}

	/** The connections themselves, oldest first, for readers on the server. */
	connections(): readonly TapConnection[] {
		return this.ring;
	}

	list(filter: { label?: string; id?: string } = {}): TapConnectionJson[] {
		return this.ring
			.filter(
				(c) => (!filter.label || c.label === filter.label) && (!filter.id || c.id === filter.id)
			)
			.map((c) => c.toJson());
	}
}
