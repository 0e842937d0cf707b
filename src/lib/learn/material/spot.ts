// Answers the engine locates: the part of a frame or a handshake a strict receiver rejects (its
// first error's bit offset, inside one of the engine's fields), and the field a byte belongs to.
// "Spot the error" and "pick the byte" questions are built from these, so their answers and hints
// are the decoder's, never typed by hand.
import {
	checkHandshake,
	decode,
	type Field,
	type HttpMessage,
	type Role
} from '$lib/protocol/index.ts';
import type { Exercise, SpotPart } from '../types.ts';
import { hex } from './shared.ts';

const inside = (bit: number) => (f: Field) => bit >= f.bitOffset && bit < f.bitOffset + f.bitLength;

/** The bits of a short field ("1", "0001"), the bytes of a long one ("37 fa 21 3d"). */
function shownBits(field: Field, bytes: Uint8Array): string {
	if (field.bitLength % 8 === 0 && field.bitOffset % 8 === 0) {
		const start = field.bitOffset / 8;
		return hex(bytes.subarray(start, start + field.bitLength / 8));
	}
	return Number(field.raw ?? 0)
		.toString(2)
		.padStart(field.bitLength, '0');
}

/** Every field of the frames in `bytes`, in order (a field's id is unique within one frame). */
function frameFields(bytes: Uint8Array, from: Role, extensions?: string) {
	const decoded = decode(bytes, { from, extensions });
	const many = decoded.frames.length > 1;
	const fields = decoded.frames.flatMap((frame) =>
		(frame.fields ?? []).map((field) => ({
			id: many ? `${frame.index}_${field.id}` : field.id,
			field
		}))
	);
	return { fields, verdict: decoded.verdict };
}

/** "Which field does a strict receiver reject?" on frames the engine fails. */
export function spotFrame(
	id: string,
	bytes: Uint8Array,
	from: Role,
	extensions?: string
): Extract<Exercise, { kind: 'spot-error' }> {
	const { fields, verdict } = frameFields(bytes, from, extensions);
	const error = verdict.firstError;
	const parts: SpotPart[] = fields
		.filter(({ field }) => field.id !== 'payload' || field.bitLength <= 64)
		.map(({ id, field }) => ({
			id,
			field: field.id,
			label: field.label,
			bitLength: field.bitLength,
			shown: shownBits(field, bytes)
		}));
	const answer = error ? fields.find((f) => inside(error.bitOffset)(f.field))?.id : undefined;
	// The material is fixed: bytes the engine accepts, or an error outside every field, is a bug.
	if (!answer) throw new Error(`spot-error ${id}: the engine finds no failing field`);
	return { id, kind: 'spot-error', parts, answer };
}

/** A message's lines as the engine's fields: their ids (response_header_upgrade …) are unique. */
const lines = (message: HttpMessage | undefined) =>
	(message?.fields ?? []).map((field) => ({ id: field.id, field }));

/** "Which line is wrong?" on a handshake the engine fails: the line of its first error. */
export function spotHandshake(
	id: string,
	request: string,
	response?: string
): Extract<Exercise, { kind: 'spot-error' }> {
	const result = checkHandshake(request, response);
	const side = response === undefined ? 'request' : 'response';
	const error = result.diagnostics.find((d) => d.severity === 'error' && d.side === side);
	const text = side === 'request' ? request : response!;
	const all = lines(side === 'request' ? result.request : result.response);
	const parts: SpotPart[] = all.map(({ id: partId, field }) => ({
		id: partId,
		field: field.id,
		label: field.label,
		bitLength: field.bitLength,
		line: true,
		shown: new TextDecoder().decode(
			new TextEncoder()
				.encode(text)
				.subarray(field.bitOffset / 8, (field.bitOffset + field.bitLength) / 8)
		)
	}));
	const answer = error ? all.find((l) => inside(error.bitOffset)(l.field))?.id : undefined;
	if (!answer) throw new Error(`spot-error ${id}: the engine finds no failing line`);
	return { id, kind: 'spot-error', parts, answer };
}
