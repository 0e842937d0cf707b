// The JSON shape of DESIGN.md ("The wsviz command"): what `wsviz decode --json` prints and what outside
// tools check us by. Byte arrays become lowercase hex, big lengths become decimal strings.
import { bytesToHex } from './bytes.ts';
import type { DecodeResult } from './decode.ts';
import type { Frame } from './frame/types.ts';
import type { Message } from './message/types.ts';
import type { Diagnostic, Field } from './types.ts';

export interface InputInfo {
	format: string;
	bytes: number;
	/** With `--each-line`: which input line this capture was. */
	line?: number;
}

export function decodeResultToJson(
	result: DecodeResult,
	input: InputInfo
): Record<string, unknown> {
	const json: Record<string, unknown> = {
		input,
		from: result.from,
		fromInferred: result.fromInferred,
		frames: result.frames.map((f) => frameToJson(f)),
		messages: result.messages.map((m) => messageToJson(m)),
		diagnostics: result.diagnostics.map(diagnosticToJson),
		verdict: {
			ok: result.verdict.ok,
			closeCode: result.verdict.closeCode,
			needMoreBytes: result.verdict.needMoreBytes
		}
	};
	if (result.unparsed) json.unparsed = result.unparsed;
	return json;
}

/**
 * How byte arrays appear: lowercase hex by default. A writer that streams big payloads in pieces
 * passes `keepBytes` and turns the arrays into hex itself.
 */
export type BytesToJson = (bytes: Uint8Array) => unknown;

export const keepBytes: BytesToJson = (bytes) => bytes;

export function frameToJson(f: Frame, hex: BytesToJson = bytesToHex): Record<string, unknown> {
	const json: Record<string, unknown> = {
		index: f.index,
		offset: f.offset,
		length: f.length,
		fin: f.fin,
		rsv1: f.rsv1,
		rsv2: f.rsv2,
		rsv3: f.rsv3,
		opcode: f.opcode,
		type: f.type,
		masked: f.masked
	};
	if (f.maskKey) json.maskKey = bytesToHex(f.maskKey);
	Object.assign(json, {
		payloadLength: jsonNumber(f.payloadLength),
		payloadHex: hex(f.payload),
		complete: f.complete
	});
	if (!f.complete) json.missing = f.missing;
	if (f.fields) json.fields = f.fields.map((field) => fieldToJson(field, hex));
	json.diagnostics = f.diagnostics.map(diagnosticToJson);
	return json;
}

export function messageToJson(m: Message, hex: BytesToJson = bytesToHex): Record<string, unknown> {
	const json: Record<string, unknown> = { type: m.type, frames: m.frames };
	if (m.type === 'text' && m.text !== undefined) json.text = m.text;
	else if (m.type !== 'close') json.hex = hex(m.payload);
	if (m.type === 'close') {
		json.code = m.code ?? null;
		json.reason = m.reason ?? '';
	}
	if (m.compressed) json.compressed = true;
	if (m.compressedPayload) json.compressedHex = hex(m.compressedPayload);
	if (!m.complete) json.complete = false;
	return json;
}

export function fieldToJson(f: Field, hex: BytesToJson = bytesToHex): Record<string, unknown> {
	const json: Record<string, unknown> = {
		id: f.id,
		label: f.label,
		bitOffset: f.bitOffset,
		bitLength: f.bitLength
	};
	if (f.raw !== undefined) json.raw = jsonNumber(f.raw);
	json.value = jsonValue(f.value, hex);
	json.meaning = f.meaning;
	json.rfc = f.rfc;
	if (f.children) json.children = f.children.map((child) => fieldToJson(child, hex));
	return json;
}

export function diagnosticToJson(d: Diagnostic): Record<string, unknown> {
	const json: Record<string, unknown> = { code: d.code, severity: d.severity };
	if (d.closeCode !== undefined) json.closeCode = d.closeCode;
	Object.assign(json, {
		rfc: d.rfc,
		message: d.message,
		offset: Math.floor(d.bitOffset / 8),
		bitOffset: d.bitOffset,
		bitLength: d.bitLength
	});
	return json;
}

/** Exact numbers stay numbers; past 2^53 they become decimal strings so no digit is lost. */
function jsonNumber(n: number | bigint): number | string {
	return typeof n === 'bigint' ? n.toString() : n;
}

function jsonValue(v: unknown, hex: BytesToJson): unknown {
	if (v instanceof Uint8Array) return hex(v);
	if (typeof v === 'bigint') return v.toString();
	return v;
}
