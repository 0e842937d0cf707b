// Frames into messages (RFC 6455 §5.4): a data frame with FIN = 0 opens a message, continuation frames
// extend it, FIN = 1 ends it; control frames may come in between and stand alone.
import { concatBytes } from '../bytes.ts';
import { diagnostic } from '../diagnostics.ts';
import type { Frame } from '../frame/types.ts';
import type { Diagnostic } from '../types.ts';
import type { Message, MessageType } from './types.ts';

export interface AssemblerOptions {
	/** The receiver's message size limit in bytes (RFC 6455 §10.4). */
	maxMessage?: number;
}

interface OpenMessage {
	type: 'text' | 'binary';
	frames: number[];
	parts: Uint8Array[];
	size: number;
	compressed: boolean;
	overLimit: boolean;
	/** Bit range from the first payload byte to the last, for diagnostics about the whole message. */
	firstBit: number;
	endBit: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export class MessageAssembler {
	readonly messages: Message[] = [];
	readonly diagnostics: Diagnostic[] = [];
	private open: OpenMessage | undefined;
	private closed = false;

	constructor(private readonly options: AssemblerOptions = {}) {}

	push(f: Frame): void {
		if (!f.complete) return;
		const opcodeBits = [f.offset * 8 + 4, 4] as const;
		// RFC 6455 §5.5.1: after a close frame the receiver discards what follows.
		if (this.closed) return this.report('frame_after_close', f.offset * 8, f.length * 8);
		if (f.type === 'close' || f.type === 'ping' || f.type === 'pong') return this.control(f);
		if (f.type === 'reserved') return;
		if (f.type === 'continuation') {
			if (!this.open) return this.report('continuation_without_start', ...opcodeBits);
			return this.extend(this.open, f);
		}
		if (this.open) this.report('data_frame_inside_message', ...opcodeBits, { type: f.type });
		const firstBit = f.payloadOffset * 8;
		this.open = {
			type: f.type,
			frames: [],
			parts: [],
			size: 0,
			compressed: f.rsv1,
			overLimit: false,
			firstBit,
			endBit: firstBit
		};
		this.extend(this.open, f);
	}

	/** Ends the input: a message still open is reported unfinished. */
	end(): void {
		const open = this.open;
		if (!open) return;
		this.report('message_unfinished', 0, 0);
		this.deliver(open.type, open, false);
		this.open = undefined;
	}

	private extend(open: OpenMessage, f: Frame): void {
		open.frames.push(f.index);
		open.parts.push(f.payload);
		open.size += f.payload.length;
		open.endBit = (f.payloadOffset + f.payload.length) * 8;
		const limit = this.options.maxMessage;
		if (limit !== undefined && open.size > limit && !open.overLimit) {
			// RFC 6455 §7.4.1 (1009): fail as soon as the limit is crossed, not at the end of the message.
			open.overLimit = true;
			this.report('message_too_big', f.payloadOffset * 8, f.payload.length * 8, { size: open.size, limit });
		}
		if (!f.fin) return;
		this.deliver(open.type, open, true);
		this.open = undefined;
	}

	private control(f: Frame): void {
		const firstBit = f.payloadOffset * 8;
		const endBit = firstBit + f.payload.length * 8;
		const parts = { frames: [f.index], parts: [f.payload], compressed: false, firstBit, endBit };
		const message = this.deliver(f.type as MessageType, parts, true);
		if (f.type !== 'close') return;
		this.closed = true;
		this.readClose(message, f);
	}

	// RFC 6455 §5.5.1: a close payload is empty, or a 2-byte code followed by a UTF-8 reason.
	private readClose(message: Message, f: Frame): void {
		const p = f.payload;
		if (p.length === 1) return this.report('close_payload_one_byte', f.payloadOffset * 8, 8);
		if (p.length < 2) return;
		message.code = (p[0]! << 8) | p[1]!;
		const reason = this.utf8(p.subarray(2), (f.payloadOffset + 2) * 8);
		if (reason !== undefined) message.reason = reason;
	}

	private deliver(
		type: MessageType,
		from: Pick<OpenMessage, 'frames' | 'parts' | 'compressed' | 'firstBit' | 'endBit'>,
		complete: boolean
	): Message {
		const payload = from.parts.length === 1 ? from.parts[0]! : concatBytes(from.parts);
		const message: Message = {
			index: this.messages.length,
			type,
			frames: from.frames,
			payload,
			compressed: from.compressed,
			complete
		};
		// Compressed text is shown once inflated; a message cut short may end inside a character.
		if (type === 'text' && !from.compressed) {
			const text = this.utf8(payload, from.firstBit, complete, from.endBit - from.firstBit);
			if (text !== undefined) message.text = text;
		}
		this.messages.push(message);
		return message;
	}

	/** RFC 6455 §8.1: text must be valid UTF-8; a strict receiver fails with 1007. */
	private utf8(
		bytes: Uint8Array,
		bitOffset: number,
		report = true,
		bitLength = bytes.length * 8
	): string | undefined {
		try {
			return utf8.decode(bytes);
		} catch {
			if (report) this.report('invalid_utf8', bitOffset, bitLength);
			return undefined;
		}
	}

	private report(...args: Parameters<typeof diagnostic>): void {
		this.diagnostics.push(diagnostic(...args));
	}
}
