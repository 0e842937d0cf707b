// The messages an assembler publishes, kept in order. A message in one whole frame that the frame
// decoder kept as a table row (frame/table.ts) is kept as that row's index, and made an object only
// when the list is read: decoding a hundred thousand small messages then makes no object for them.
import type { FrameTable } from '../frame/table.ts';
import type { Message } from './types.ts';
import { isValidUtf8 } from './utf8.ts';

// ignoreBOM keeps a leading U+FEFF: it is part of the text the peer sent (ws delivers it too).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export class MessageList {
	/** Published messages: objects, or the index of the frame table row that is one. */
	private readonly published: (Message | number)[] = [];
	private readonly list: Message[] = [];
	/** The table the rows are in. */
	private rows: FrameTable | undefined;

	add(message: Message): void {
		this.published.push(message);
	}

	addRow(table: FrameTable, row: number): void {
		this.rows = table;
		this.published.push(row);
	}

	/** Every message as an object, in one array that grows as more are published. */
	all(): Message[] {
		return this.madeUpTo(this.published.length);
	}

	/** How many messages were published. */
	get count(): number {
		return this.published.length;
	}

	/** The first n messages as objects; the rows after them stay rows. */
	head(n: number): Message[] {
		return this.madeUpTo(Math.min(n, this.published.length)).slice(0, n);
	}

	/** Each message's frames, without making message objects: visit(frame index, message index). */
	eachFrame(visit: (frame: number, message: number) => void): void {
		const published = this.published;
		for (let i = 0; i < published.length; i++) {
			const m = published[i]!;
			if (typeof m === 'number') visit(m, i);
			else for (const f of m.frames) visit(f, i);
		}
	}

	/** `list` with the first n messages made. */
	private madeUpTo(n: number): Message[] {
		const list = this.list;
		for (let i = list.length; i < n; i++) {
			const m = this.published[i]!;
			list.push(typeof m === 'number' ? this.rowMessage(i, m) : m);
		}
		return list;
	}

	/** The message of a row: what MessageAssembler's whole() makes of the same frame. */
	private rowMessage(index: number, row: number): Message {
		const f = this.rows!.frame(row);
		const message: Message = {
			index,
			type: f.opcode === 1 ? 'text' : 'binary',
			frames: [row],
			payload: f.payload,
			compressed: false,
			complete: true
		};
		if (message.type === 'text') message.text = decoder.decode(f.payload);
		return message;
	}
}

/**
 * True when row `i` of `table` is a message by itself, as MessageAssembler's whole() decides for an
 * object frame: a complete text or binary frame with FIN = 1 (rows are always complete and never set
 * RSV1), within the size limit, and for text valid UTF-8 (RFC 6455 §5.4, §8.1, §10.4).
 */
export function isWholeMessageRow(
	table: FrameTable,
	i: number,
	limit: number | undefined
): boolean {
	const b0 = table.byte0[i]!;
	const opcode = b0 & 0x0f;
	if ((b0 & 0x80) === 0 || (opcode !== 1 && opcode !== 2)) return false;
	const n = table.payloadLength[i]!;
	if (limit !== undefined && n > limit) return false;
	if (opcode === 2) return true;
	const at = table.sourceAt[i]!;
	return isValidUtf8(table.sources[table.source[i]!]!, at, at + n);
}
