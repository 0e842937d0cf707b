// The decoders raced: ws's Receiver as a server receiving client frames, and ours in three ways.
import {
	assemble,
	decode,
	FrameDecoder,
	MessageAssembler,
	type DecodeResult
} from '../../src/lib/protocol/index.ts';
import type { Contender } from './measure.ts';
import { Receiver } from './ws-peer.ts';

/** As a WebSocketServer sets it up; maxPayload is its default, large enough for every workload. */
export const WS_OPTIONS = { isServer: true, maxPayload: 100 * 1024 * 1024 } as const;

interface WsOutcome {
	messages: number;
	last: Buffer | undefined;
	binary: boolean;
	error: Error | undefined;
}

export const wsReceiver: Contender<WsOutcome> = {
	name: 'ws Receiver',
	run(chunks) {
		const receiver = new Receiver(WS_OPTIONS);
		const out: WsOutcome = { messages: 0, last: undefined, binary: false, error: undefined };
		receiver.on('message', (data: Buffer, isBinary: boolean) => {
			out.messages++;
			out.last = data;
			out.binary = isBinary;
		});
		receiver.on('error', (error: Error) => (out.error = error));
		for (const chunk of chunks) receiver.write(chunk);
		return out;
	},
	check(out, w) {
		if (out.error) return out.error.message;
		if (out.messages !== w.frames) return `${out.messages} messages, expected ${w.frames}`;
		if (out.binary !== (w.type === 'binary')) return 'wrong message type';
		if (!out.last?.equals(w.lastPayload)) return 'the last payload differs';
	}
};

export const plainFrameDecoder: Contender<FrameDecoder> = {
	name: 'FrameDecoder plain',
	run(chunks) {
		const decoder = new FrameDecoder({ annotate: false, from: 'client' });
		for (const chunk of chunks) decoder.push(chunk);
		decoder.end();
		return decoder;
	},
	check(decoder, w) {
		const frames = decoder.frames;
		if (frames.length !== w.frames) return `${frames.length} frames, expected ${w.frames}`;
		const bad = frames.find((f) => !f.complete || f.diagnostics.length > 0 || f.type !== w.type);
		if (bad) return `frame ${bad.index} is incomplete, of the wrong type or has diagnostics`;
		if (!sameBytes(frames[frames.length - 1]!.payload, w.lastPayload))
			return 'last payload differs';
	}
};

interface StreamOutcome {
	frames: number;
	last: Uint8Array | undefined;
	bad: number;
}

/** Like a receiving endpoint (and ws): each frame handed on as it is read, none kept. */
export const streamingFrameDecoder: Contender<StreamOutcome> = {
	name: 'FrameDecoder streaming',
	run(chunks) {
		const out: StreamOutcome = { frames: 0, last: undefined, bad: 0 };
		const decoder = new FrameDecoder({
			annotate: false,
			from: 'client',
			keep: false,
			onFrame(f) {
				out.frames++;
				out.last = f.payload;
				if (!f.complete || f.diagnostics.length > 0) out.bad++;
			}
		});
		for (const chunk of chunks) decoder.push(chunk);
		decoder.end();
		return out;
	},
	check(out, w) {
		if (out.frames !== w.frames) return `${out.frames} frames, expected ${w.frames}`;
		if (out.bad > 0) return `${out.bad} frames incomplete or with diagnostics`;
		if (!out.last || !sameBytes(out.last, w.lastPayload)) return 'last payload differs';
	}
};

/**
 * The counterpart of ws's Receiver: frames into messages, UTF-8 checked, each message handed on and
 * nothing kept.
 */
export const streamingReceiver: Contender<StreamOutcome> = {
	name: 'streaming receiver',
	run(chunks) {
		const out: StreamOutcome = { frames: 0, last: undefined, bad: 0 };
		const messages = new MessageAssembler({
			keep: false,
			onMessage(m) {
				out.frames++;
				out.last = m.payload;
			}
		});
		const decoder = new FrameDecoder({
			annotate: false,
			from: 'client',
			keep: false,
			onFrame(f) {
				if (!f.complete || f.diagnostics.length > 0) out.bad++;
				messages.push(f);
			}
		});
		for (const chunk of chunks) decoder.push(chunk);
		decoder.end();
		messages.end();
		if (messages.diagnostics.length > 0) out.bad++;
		return out;
	},
	check: streamingFrameDecoder.check
};

function decodeContender(name: string, annotate: boolean): Contender<DecodeResult> {
	return {
		name,
		run(chunks) {
			const options = { from: 'client', annotate } as const;
			if (chunks.length === 1) return decode(chunks[0]!, options);
			// decode() takes one buffer; pushing the chunks and assembling is what it does inside.
			const decoder = new FrameDecoder(options);
			let length = 0;
			for (const chunk of chunks) {
				decoder.push(chunk);
				length += chunk.length;
			}
			decoder.end();
			return assemble(decoder, length, options);
		},
		check(result, w) {
			if (!result.verdict.ok) return `verdict: ${result.verdict.firstError?.code}`;
			const { frames, messages } = result;
			if (frames.length !== w.frames) return `${frames.length} frames, expected ${w.frames}`;
			if (messages.length !== w.frames) return `${messages.length} messages, expected ${w.frames}`;
			if (annotate !== frames.every((f) => f.fields !== undefined)) return 'fields do not match';
			const last = messages[messages.length - 1]!;
			if (!sameBytes(last.payload, w.lastPayload)) return 'the last payload differs';
			if (w.type === 'text' && last.text !== w.lastPayload.toString())
				return 'the last text differs';
		}
	};
}

export const plainDecode = decodeContender('decode() plain', false);
export const annotatedDecode = decodeContender('decode() annotated', true);

/**
 * decode() makes frame and message objects when they are first read (frame/table.ts). This one reads
 * every one inside the clock (and every text), as the CLI's JSON does: what keeping all of them costs.
 */
export const decodeReadingAll: Contender<DecodeResult> = {
	name: 'decode() plain, all read',
	run(chunks, w) {
		const result = plainDecode.run(chunks, w);
		let seen = result.frames.length;
		for (const m of result.messages) seen += m.text?.length ?? m.payload.length;
		if (seen < 0) throw new Error('unreachable');
		return result;
	},
	check: plainDecode.check
};

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	return Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);
}
