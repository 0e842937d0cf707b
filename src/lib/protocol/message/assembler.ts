// Frames into messages (RFC 6455 §5.4): a data frame with FIN = 0 opens a message, continuation frames
// extend it, FIN = 1 ends it; control frames may come in between and stand alone. Text is checked as
// UTF-8 frame by frame, so a diagnostic points at the first byte a strict receiver rejects.
import { concatBytes } from '../bytes.ts';
import { diagnostic } from '../diagnostics.ts';
import { lengthFieldBits } from '../frame/rules.ts';
import type { FrameTable } from '../frame/table.ts';
import type { Frame } from '../frame/types.ts';
import type { Diagnostic } from '../types.ts';
import { MessageInflater } from '../extensions/deflate-codec.ts';
import type { DeflateDirection } from '../extensions/permessage-deflate.ts';
import { closeCodeInfo } from './close-codes.ts';
import type { Message, MessageType } from './types.ts';
import { isWholeMessageRow, MessageList } from './list.ts';
import { Utf8Validator } from './utf8.ts';

export interface AssemblerOptions {
	/** The receiver's message size limit in bytes (RFC 6455 §10.4). */
	maxMessage?: number;
	/** How the sender compresses, when permessage-deflate was negotiated (RFC 7692). */
	deflate?: DeflateDirection;
	/** Keep every message in `messages` (default true); a long stream can take them from `onMessage`. */
	keep?: boolean;
	onMessage?: (message: Message) => void;
}

/** A message whose frames are still arriving. */
interface Gathering {
	type: MessageType;
	frames: number[];
	parts: Uint8Array[];
	size: number;
	compressed: boolean;
	/** Set while text is being checked; dropped after the first invalid byte. */
	utf8?: Utf8Validator;
	/** Absolute byte offset where the code point now being read began. */
	sequenceStart: number;
	utf8Valid: boolean;
	/** Where the message's first frame starts, in bits. */
	startBit: number;
	/** False once a frame of it was cut short by the end of the input. */
	framesComplete: boolean;
	/** A compressed message's data, inflated fragment by fragment; dropped when inflating fails. */
	inflated?: Inflated;
}

interface Inflated {
	parts: Uint8Array[];
	size: number;
	/** Text: the inflated bytes checked as they come; dropped after the first invalid byte. */
	utf8?: Utf8Validator;
	utf8Valid: boolean;
}

// ignoreBOM keeps a leading U+FEFF: it is part of the text the peer sent (ws delivers it too).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const strictDecoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });

export class MessageAssembler {
	/**
	 * The messages published so far (none when `keep` is false), in one array that grows as more are.
	 * A message taken from a frame table row (takeRow) becomes an object when first read.
	 */
	get messages(): Message[] {
		return this.published.all();
	}

	/** The kept messages, readable without making an object of each (MessageList.head, eachFrame). */
	readonly published = new MessageList();
	readonly diagnostics: Diagnostic[] = [];
	private open: Gathering | undefined;
	private closed = false;
	/** Where the first close frame ends, in bits: a receiver discards everything after it. */
	closedAtBit: number | undefined;
	private readonly inflater: MessageInflater | undefined;

	constructor(private readonly options: AssemblerOptions = {}) {
		if (options.deflate) this.inflater = new MessageInflater(options.deflate);
	}

	/** Takes the next frame; a frame cut short by the end of the input counts with what it has. */
	push(f: Frame): void {
		if (!f.headerComplete) return this.declaredTooBig(f);
		// RFC 6455 §5.5.1: after a close frame the receiver discards what follows.
		if (this.closed) return this.report('frame_after_close', f.offset * 8, f.length * 8);
		if (isControlType(f)) return this.control(f);
		if (f.type === 'reserved') return;
		if (f.type === 'continuation') {
			if (!this.open) return this.report('continuation_without_start', f.offset * 8 + 4, 4);
			return this.extend(this.open, f);
		}
		if (!this.open && (f.type === 'text' || f.type === 'binary') && this.whole(f, f.type)) return;
		if (this.open) {
			this.report('data_frame_inside_message', f.offset * 8 + 4, 4, { type: f.type });
			// The abandoned message's data is in the window; what follows cannot be read against it.
			if (this.open.compressed) this.inflater?.reset();
			this.publish(this.build(this.open, false));
		}
		// RFC 7692 §6: RSV1 means compressed only when permessage-deflate was negotiated.
		this.open = gathering(f.type, f.rsv1 && this.inflater !== undefined, f.offset * 8);
		this.extend(this.open, f);
	}

	/**
	 * Frame `i` of `table`, a row (read whole, breaking no header rule), as whole() would take it but
	 * kept as the row's index: its message object is made when `messages` is read. False (nothing
	 * done) when whole() would not take it, or when messages are handed on one by one; the caller then
	 * pushes the frame as an object.
	 */
	takeRow(table: FrameTable, i: number): boolean {
		const { keep, onMessage, maxMessage } = this.options;
		if (this.open || this.closed || keep === false || onMessage) return false;
		if (!isWholeMessageRow(table, i, maxMessage)) return false;
		this.delivered++;
		this.published.addRow(table, i);
		return true;
	}

	/**
	 * The common case, a message in one complete, uncompressed frame within the size limit, delivered
	 * without gathering it; false (nothing done) otherwise, or when its text is not valid UTF-8, so the
	 * general path can find the first bad byte.
	 */
	private whole(f: Frame, type: 'text' | 'binary'): boolean {
		const limit = this.options.maxMessage;
		if (!f.fin || !f.complete || f.rsv1 || (limit !== undefined && f.payload.length > limit)) {
			return false;
		}
		let text: string | undefined;
		if (type === 'text') {
			try {
				text = strictDecoder.decode(f.payload);
			} catch {
				return false;
			}
		}
		const message: Message = {
			index: this.delivered,
			type,
			frames: [f.index],
			payload: f.payload,
			compressed: false,
			complete: true
		};
		if (text !== undefined) message.text = text;
		this.publish(message);
		return true;
	}

	/** Ends the input: a message still open is reported unfinished. */
	end(): void {
		if (!this.open) return;
		// A frame cut short already says so; otherwise the input stopped between frames.
		if (this.open.framesComplete) this.report('message_unfinished', this.open.startBit, 0);
		this.publish(this.build(this.open, false));
		this.open = undefined;
	}

	/**
	 * A data frame whose header the input cut short, but after its length (in the masking key): a
	 * receiver already knows from the length whether the message will pass its limit (§10.4).
	 */
	private declaredTooBig(f: Frame): void {
		const limit = this.options.maxMessage;
		const lengthKnown = f.headerLength >= 2 + (lengthFieldBits(f) - 7) / 8;
		if (limit === undefined || this.closed || !lengthKnown || typeof f.payloadLength !== 'number') {
			return;
		}
		if (f.opcode >= 8 || (f.opcode === 0 && !this.open) || (f.opcode !== 0 && f.opcode > 2)) return;
		const before = f.opcode === 0 ? this.open!.size : 0;
		const declared = before + f.payloadLength;
		if (declared > limit && before <= limit) {
			this.report('message_too_big', f.offset * 8 + 9, lengthFieldBits(f), {
				size: declared,
				limit
			});
		}
	}

	private extend(open: Gathering, f: Frame): void {
		open.frames.push(f.index);
		open.parts.push(f.payload);
		open.size += f.payload.length;
		open.framesComplete &&= f.complete;
		const limit = this.options.maxMessage;
		const before = open.size - f.payload.length;
		const declared = before + (f.payloadLength as number);
		if (limit !== undefined && open.size > limit && before <= limit) {
			// RFC 6455 §7.4.1 (1009): fail as soon as the limit is crossed, not at the end of the message.
			const at = f.payloadOffset + limit - before;
			this.report('message_too_big', at * 8, 8, { size: open.size, limit });
		} else if (limit !== undefined && declared > limit && before <= limit && !f.complete) {
			// The input stops before the byte past the limit, but the header declared it (§10.4): a
			// receiver fails on the length field rather than wait for bytes it will refuse.
			const field = lengthFieldBits(f);
			this.report('message_too_big', f.offset * 8 + 9, field, { size: declared, limit });
		}
		if (open.compressed) this.inflateFragment(open, f);
		else this.checkUtf8(open, f.payload, f.payloadOffset);
		if (!f.fin || !f.complete) return;
		this.endUtf8(open, f.payloadOffset + f.payload.length);
		const message = this.build(open, true);
		this.open = undefined;
		if (message.compressed) this.inflated(message, open);
		this.publish(message);
	}

	/**
	 * RFC 7692 §7.2.2: a compressed message is inflated as its fragments arrive, as a receiver does,
	 * so data that does not inflate (1007), inflated data past the size limit (1009) and inflated text
	 * that is not UTF-8 (1007) fail at the fragment where they show, not at the end of the message.
	 * Their range runs from the message's start to the end of that fragment: the bytes that were read.
	 */
	private inflateFragment(open: Gathering, f: Frame): void {
		const inflated = open.inflated;
		if (!this.inflater || !inflated) return;
		const last = f.fin && f.complete;
		const range = [
			open.startBit,
			(f.payloadOffset + f.payload.length) * 8 - open.startBit
		] as const;
		const limit = this.options.maxMessage;
		const room = limit === undefined ? Infinity : limit - inflated.size;
		const outcome = this.inflater.push(f.payload, last, room);
		if (!outcome.ok) {
			open.inflated = undefined;
			return this.report('inflate_failed', ...range, { reason: outcome.reason });
		}
		const bytes = outcome.bytes;
		inflated.parts.push(bytes);
		inflated.size += bytes.length;
		if (limit !== undefined && inflated.size > limit && inflated.size - bytes.length <= limit) {
			this.report('message_too_big', ...range, { size: inflated.size, limit });
		}
		// Inflating stopped past the limit (1009 above): the message is shown as it came, compressed.
		if (outcome.capped) open.inflated = undefined;
		if (!open.inflated) return;
		if (!inflated.utf8) return;
		const bad = inflated.utf8.push(bytes);
		if (bad >= 0 || (last && inflated.utf8.incomplete)) {
			const at = bad >= 0 ? inflated.size - bytes.length + bad : inflated.size;
			inflated.utf8 = undefined;
			inflated.utf8Valid = false;
			this.report('inflated_invalid_utf8', ...range, { at });
		}
	}

	/** A compressed message is whole: it shows its inflated data, the wire bytes beside them. */
	private inflated(message: Message, open: Gathering): void {
		const inflated = open.inflated;
		if (!inflated) return;
		message.compressedPayload = message.payload;
		message.payload =
			inflated.parts.length === 1 ? inflated.parts[0]! : concatBytes(inflated.parts);
		if (message.type === 'text' && inflated.utf8Valid)
			message.text = decoder.decode(message.payload);
	}

	private control(f: Frame & { type: 'close' | 'ping' | 'pong' }): void {
		const message = this.build(gathering(f.type, false, f.offset * 8, f), f.complete);
		if (f.type === 'close') {
			this.closed = true;
			this.closedAtBit = (f.offset + f.length) * 8;
			this.readClose(message, f);
		}
		this.publish(message);
	}

	// RFC 6455 §5.5.1: a close payload is empty, or a 2-byte code followed by a UTF-8 reason. A declared
	// length of 1 is a header rule (close_payload_one_byte, frame/rules.ts): it is known before the byte.
	private readClose(message: Message, f: Frame): void {
		const p = f.payload;
		if (p.length < 2) return;
		const code = (p[0]! << 8) | p[1]!;
		message.code = code;
		// RFC 6455 §7.4: codes below 1000, unassigned ones up to 2999, and those for APIs only fail.
		const info = closeCodeInfo(code);
		if (!info.valid)
			this.report('invalid_close_code', f.payloadOffset * 8, 16, { code, why: info.meaningId });
		const reason = gathering('text', false, f.offset * 8);
		this.checkUtf8(reason, p.subarray(2), f.payloadOffset + 2);
		if (f.complete) this.endUtf8(reason, f.payloadOffset + p.length);
		if (reason.utf8Valid) message.reason = decoder.decode(p.subarray(2));
	}

	private checkUtf8(open: Gathering, bytes: Uint8Array, offset: number): void {
		if (!open.utf8) return;
		const bad = open.utf8.push(bytes);
		if (bad >= 0) {
			this.report('invalid_utf8', (offset + bad) * 8, 8);
			open.utf8 = undefined;
			open.utf8Valid = false;
			return;
		}
		// Remember where a code point cut by the end of these bytes began, to point at it if it never ends.
		if (open.utf8.incomplete) {
			let lead = bytes.length - 1;
			while (lead > 0 && (bytes[lead]! & 0xc0) === 0x80) lead--;
			if (lead >= 0 && (bytes[lead]! & 0xc0) !== 0x80) open.sequenceStart = offset + lead;
		}
	}

	/** The message is over: a code point still open is a truncated sequence (RFC 6455 §8.1). */
	private endUtf8(open: Gathering, endOffset: number): void {
		if (!open.utf8?.incomplete) return;
		const start = open.sequenceStart;
		this.report('utf8_truncated', start * 8, (endOffset - start) * 8);
		open.utf8 = undefined;
		open.utf8Valid = false;
	}

	/** The message made of what was gathered (published by the caller once final). */
	private build(open: Gathering, complete: boolean): Message {
		const payload = open.parts.length === 1 ? open.parts[0]! : concatBytes(open.parts);
		const message: Message = {
			index: this.delivered,
			type: open.type,
			frames: open.frames,
			payload,
			compressed: open.compressed,
			complete
		};
		// Compressed text is shown once inflated.
		if (open.type === 'text' && !open.compressed && open.utf8Valid) {
			message.text = decoder.decode(payload);
		}
		return message;
	}

	/** Messages published so far, kept or not: the next one's index. */
	private delivered = 0;

	/** A message is final (inflated, close code read): keep it and hand it on. */
	private publish(message: Message): void {
		this.delivered++;
		if (this.options.keep ?? true) this.published.add(message);
		this.options.onMessage?.(message);
	}

	private report(...args: Parameters<typeof diagnostic>): void {
		this.diagnostics.push(diagnostic(...args));
	}
}

function gathering(
	type: MessageType,
	compressed: boolean,
	startBit: number,
	only?: Frame
): Gathering {
	const g: Gathering = {
		type,
		frames: only ? [only.index] : [],
		parts: only ? [only.payload] : [],
		size: only?.payload.length ?? 0,
		compressed,
		sequenceStart: 0,
		utf8Valid: true,
		startBit,
		framesComplete: true
	};
	if (type === 'text' && !compressed) g.utf8 = new Utf8Validator();
	if (compressed) {
		g.inflated = { parts: [], size: 0, utf8Valid: true };
		if (type === 'text') g.inflated.utf8 = new Utf8Validator();
	}
	return g;
}

function isControlType(f: Frame): f is Frame & { type: 'close' | 'ping' | 'pong' } {
	return f.type === 'close' || f.type === 'ping' || f.type === 'pong';
}
