// What the frame builder shows for a state, computed by the engine: encodeFrame writes the bytes,
// decode reads them back and judges them, as a receiver would; the fragmentation lab's message
// likewise. Kept apart from the Builder's state so /build opens without it: the default state's
// reading is made at build time (the page's server load) and arrives as data in the prerendered
// page; this module, and the engine with it (the decoder, pako, the parsers), is imported on the
// first edit, or when a link opens another frame.
import {
	concatBytes,
	decode,
	encodeFrame,
	encodeMessage,
	parseInput,
	payloadOf,
	type DecodeResult,
	type FrameSpec
} from '$lib/protocol/index.ts';
import type { ParsedInput } from '$lib/protocol/input/index.ts';
import type { BuilderInputs } from './builder.svelte.ts';

/** The engine's reading of a builder state: plain data (a page's load can carry it). */
export interface BuilderReading {
	/** Hex payload mode: the pasted text read by the engine's paste parser. */
	parsedHex: ParsedInput;
	/** The message data: what text or hex mode says (empty while the hex cannot be read). */
	data: Uint8Array;
	/** The payload as the spec lays it out (close code and reason included). */
	payload: Uint8Array;
	bytes: Uint8Array;
	result: DecodeResult;
	/** The data as one message cut into frames, with a ping after the first when asked. */
	fragmented: { type: 'text' | 'binary'; bytes: Uint8Array; result: DecodeResult };
}

const utf8 = new TextEncoder();

export function readBuilder(s: BuilderInputs): BuilderReading {
	const parsedHex = parseInput(s.hex);
	const data =
		s.payloadMode === 'text'
			? utf8.encode(s.text)
			: parsedHex.ok
				? parsedHex.bytes
				: new Uint8Array(0);
	const key = s.masked ? keyBytes(s.key) : null;
	const spec = frameSpec(s, data, key);
	const bytes = encodeFrame(spec);
	// The override rewrites the 7 length bits only; the rest stays as the spec wrote it, so the
	// decoder reads exactly the bytes a sender with this bug would put on the wire.
	if (s.length7 !== null) bytes[1] = (bytes[1]! & 0x80) | s.length7;
	return {
		parsedHex,
		data,
		payload: payloadOf(spec),
		bytes,
		result: decode(bytes, { from: s.from }),
		fragmented: fragment(s, data, key)
	};
}

/** The masking key as the builder stores it (8 hex digits) in bytes. */
export function keyBytes(key: string): Uint8Array {
	return Uint8Array.from(key.match(/../g) ?? [], (h) => parseInt(h, 16));
}

function frameSpec(s: BuilderInputs, data: Uint8Array, mask: Uint8Array | null): FrameSpec {
	const spec: FrameSpec = {
		fin: s.fin,
		rsv1: s.rsv1,
		rsv2: s.rsv2,
		rsv3: s.rsv3,
		opcode: s.opcode,
		mask,
		lengthBits: s.lengthBits
	};
	// RFC 6455 §5.5.1: a close frame's payload is a 2-byte code, then a UTF-8 reason.
	if (s.opcode === 8 && s.closeCode !== null) {
		spec.closeCode = s.closeCode;
		spec.reason = s.reason;
	} else spec.payload = data;
	return spec;
}

function fragment(
	s: BuilderInputs,
	data: Uint8Array,
	mask: Uint8Array | null
): BuilderReading['fragmented'] {
	const binary = s.opcode === 2 || (s.opcode !== 1 && s.payloadMode === 'hex');
	const message = encodeMessage({
		type: binary ? 'binary' : 'text',
		payload: data,
		fragments: s.fragments,
		mask
	});
	const frames = [...message.frames];
	if (s.ping && frames.length > 1) {
		// RFC 6455 §5.4: control frames may be injected in the middle of a fragmented message.
		frames.splice(1, 0, encodeFrame({ opcode: 'ping', text: 'ping', mask }));
	}
	const bytes = concatBytes(frames);
	return { type: binary ? 'binary' : 'text', bytes, result: decode(bytes, { from: s.from }) };
}
