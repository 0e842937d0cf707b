// What travels on the wire: one item per TCP segment (setup and teardown), TLS handshake flight,
// HTTP request or response, stream chunk, SSE event or WebSocket frame. A page animates these: each
// has its send and arrival time, its direction, its connection, its bytes by kind, and the real
// text or bytes it stands for.
import type { Sim } from './sim.ts';

/** 'up': client to server; 'down': server to client. */
export type WireDirection = 'up' | 'down';

export type WireKind =
	'tcp' | 'tls' | 'http-request' | 'http-response' | 'http-chunk' | 'sse-event' | 'ws-frame';

/** Bytes by what they are for. Their sum is the item's size on the wire (above the IP and TCP
 * headers of data segments, which are not counted: see `tcp`). */
export interface WireBytes {
	/** HTTP start line and header fields, up to and including the empty line. */
	headers: number;
	/** Per-message wrapping: WebSocket frame headers, chunk sizes, SSE field names, JSON array
	 * brackets, multipart boundaries. */
	framing: number;
	/** The application's own message bytes. */
	payload: number;
	/** IP and TCP headers of the segments that open and close connections (which carry no data). */
	tcp: number;
	/** TLS handshake messages, and each record's header and authentication tag. */
	tls: number;
}

export interface WireItem {
	/** 1, 2, 3 ... in order of sending. */
	id: number;
	connection: number;
	kind: WireKind;
	direction: WireDirection;
	sentAt: number;
	arrivesAt: number;
	bytes: WireBytes;
	/** A short caption: `SYN`, `GET /poll?after=3`, `204 No Content`, `text frame (100 bytes)`. */
	label: string;
	/** HTTP text exactly as sent (CRLFs included); for frames, the payload text. */
	text?: string;
	/** A WebSocket frame's bytes, as sent (masked when the client sends it). */
	hex?: string;
	/** `text` or `hex` was cut to WIRE_TEXT_LIMIT characters; `bytes` still counts everything. */
	truncated?: boolean;
	/** For segments and TLS flights, which carry no text: what they are. */
	note?: string;
	/** Server events this item hands to the client (ids, in order). */
	deliversEvents?: number[];
	/** Client messages this item hands to the server. */
	deliversMessages?: number[];
	/** A poll answered with nothing to deliver. */
	empty?: boolean;
}

export type ItemSpec = Omit<
	WireItem,
	'id' | 'connection' | 'direction' | 'sentAt' | 'arrivesAt' | 'bytes'
> & { bytes: Partial<WireBytes> };

/** What the wire needs to know about a connection. */
export interface Link {
	readonly id: number;
	/** TLS bytes each record adds (header + AEAD tag), 0 without TLS. */
	readonly recordOverhead: number;
}

/** Longer texts are cut for display: a page shows the start of a megabyte, not all of it. */
export const WIRE_TEXT_LIMIT = 4096;
/** TLS records carry at most 2^14 bytes of plaintext (RFC 8446 §5.1, RFC 5246 §6.2.1). */
const RECORD_PLAINTEXT = 16_384;

export function itemTotal(item: Pick<WireItem, 'bytes'>): number {
	const b = item.bytes;
	return b.headers + b.framing + b.payload + b.tcp + b.tls;
}

export class Wire {
	readonly items: WireItem[] = [];

	constructor(
		private readonly sim: Sim,
		private readonly latencyMs: number,
		private readonly onArrival: (item: WireItem) => void
	) {}

	/** Puts an item on the wire now; it arrives one latency later, then `onArrive` runs. */
	send(link: Link, direction: WireDirection, spec: ItemSpec, onArrive?: () => void): WireItem {
		const bytes = { headers: 0, framing: 0, payload: 0, tcp: 0, tls: 0, ...spec.bytes };
		const app = bytes.headers + bytes.framing + bytes.payload;
		if (link.recordOverhead > 0 && app > 0) {
			bytes.tls += link.recordOverhead * Math.ceil(app / RECORD_PLAINTEXT);
		}
		const item: WireItem = {
			...spec,
			id: this.items.length + 1,
			connection: link.id,
			direction,
			sentAt: this.sim.now,
			arrivesAt: this.sim.now + this.latencyMs,
			bytes
		};
		cut(item);
		this.items.push(item);
		this.sim.at(item.arrivesAt, () => {
			this.onArrival(item);
			onArrive?.();
		});
		return item;
	}
}

function cut(item: WireItem): void {
	for (const key of ['text', 'hex'] as const) {
		const value = item[key];
		if (value !== undefined && value.length > WIRE_TEXT_LIMIT) {
			item[key] = value.slice(0, WIRE_TEXT_LIMIT);
			item.truncated = true;
		}
	}
}
