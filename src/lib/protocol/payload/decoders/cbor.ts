// CBOR binary messages (RFC 8949). Our walker finds each data item's byte range from its initial
// byte (§3: major type and additional information); cborg, a pure-JS decoder, decodes the values.
import { decode as cborDecode } from 'cborg';
import type { PayloadDiagnostic as Diagnostic } from '../diagnostics.ts';
import { payloadDiagnostic } from '../diagnostics.ts';
import type { JsonNode, NodeKind } from '../json-tree.ts';
import { plain } from '../plain.ts';
import type { Decoded, PayloadInput } from '../types.ts';
import { jsonSummary, treeFields } from './json.ts';
import { treeValue, walkItem, type BinaryReading } from './msgpack.ts';

export const CBOR_SPEC = 'RFC 8949 §3';
const DEPTH_LIMIT = 64;
const BREAK = 0xff;

class Truncated {
	constructor(
		readonly kind: string,
		readonly missing: number
	) {}
}
class Problem {
	constructor(
		readonly code: 'cbor_invalid' | 'cbor_break_unexpected' | 'payload_too_deep',
		readonly at: number,
		readonly params: Record<string, number> = {}
	) {}
}

// Every tag decodes to { tag, value }: cborg refuses tags it has no decoder for.
const ANY_TAG = new Proxy({} as Record<number, (d: () => unknown) => unknown>, {
	get: (_, key) =>
		typeof key === 'string' && /^\d+$/.test(key)
			? (d: () => unknown) => ({ tag: Number(key), value: d() })
			: undefined
});

const MAJOR_KIND: NodeKind[] = [
	'number',
	'number',
	'binary',
	'string',
	'array',
	'object',
	'tag',
	'simple'
];

/** §3: the argument after the initial byte; `undefined` for indefinite length (31). */
function argument(
	bytes: Uint8Array,
	at: number,
	kind: string
): { value: number | undefined; head: number } {
	const info = bytes[at]! & 31;
	const major = bytes[at]! >> 5;
	if (info < 24) return { value: info, head: 1 };
	if (info === 31) {
		// §3.2: indefinite length exists for byte and text strings, arrays and maps only (and break).
		if (major < 2 || major === 6) throw new Problem('cbor_invalid', at, { info, major });
		return { value: undefined, head: 1 };
	}
	if (info > 27) throw new Problem('cbor_invalid', at, { info, major });
	const size = 1 << (info - 24);
	if (at + 1 + size > bytes.length) throw new Truncated(kind, at + 1 + size - bytes.length);
	let v = 0;
	for (let i = 0; i < size; i++) v = v * 256 + bytes[at + 1 + i]!;
	return { value: v, head: 1 + size };
}

function leafValue(bytes: Uint8Array, start: number, end: number): unknown {
	try {
		return plain(
			cborDecode(bytes.subarray(start, end), { useMaps: true, tags: ANY_TAG, allowUndefined: true })
		);
	} catch {
		return null;
	}
}

function walk(bytes: Uint8Array, at: number, depth: number): JsonNode {
	if (at >= bytes.length) throw new Truncated('data_item', 1);
	if (depth > DEPTH_LIMIT) throw new Problem('payload_too_deep', at, { limit: DEPTH_LIMIT });
	const start = at;
	const major = bytes[at]! >> 5;
	if (bytes[at] === BREAK) throw new Problem('cbor_break_unexpected', at);
	let kind = MAJOR_KIND[major]!;
	const arg = argument(bytes, at, kind);
	at += arg.head;
	if (major === 7) {
		const info = bytes[start]! & 31;
		kind =
			(
				{
					20: 'false',
					21: 'true',
					22: 'null',
					23: 'undefined',
					25: 'number',
					26: 'number',
					27: 'number'
				} as Record<number, NodeKind>
			)[info] ?? 'simple';
		// Floats: the argument bytes are the value itself (§3.3).
		return { kind, start, end: at, value: leafValue(bytes, start, at) };
	}
	if (major <= 1) return { kind, start, end: at, value: leafValue(bytes, start, at) };
	if (major === 2 || major === 3) return stringItem(bytes, start, at, arg.value, kind, depth);
	const children: JsonNode[] = [];
	const count = major === 6 ? 1 : arg.value;
	// Each item is at least one byte: a huge declared count fails here, before any loop.
	if (count !== undefined && count * (major === 5 ? 2 : 1) > bytes.length - at)
		throw new Truncated(kind, count - (bytes.length - at));
	for (let i = 0; count === undefined ? bytes[at] !== BREAK : i < count; i++) {
		if (at >= bytes.length) throw new Truncated(kind, 1);
		const child = walkItem((p) => walk(bytes, p, depth + 1), at, major === 5);
		children.push(child);
		at = child.end;
	}
	if (count === undefined) at++; // the break byte
	const value = major === 6 ? arg.value : children.length;
	return { kind, start, end: at, value, children };
}

/** A definite string, or an indefinite one made of definite chunks of the same major type (§3.2.3). */
function stringItem(
	bytes: Uint8Array,
	start: number,
	at: number,
	length: number | undefined,
	kind: NodeKind,
	depth: number
): JsonNode {
	if (length !== undefined) {
		if (at + length > bytes.length) throw new Truncated(kind, at + length - bytes.length);
		return { kind, start, end: at + length, value: leafValue(bytes, start, at + length) };
	}
	while (bytes[at] !== BREAK) {
		if (at >= bytes.length) throw new Truncated(kind, 1);
		if (bytes[at]! >> 5 !== bytes[start]! >> 5)
			throw new Problem('cbor_invalid', at, { info: 31, major: bytes[start]! >> 5 });
		at = walk(bytes, at, depth + 1).end;
	}
	return { kind, start, end: at + 1, value: leafValue(bytes, start, at + 1) };
}

/** One CBOR data item from the start of `bytes`, its tree and cborg's value. */
export function readCbor(bytes: Uint8Array): BinaryReading {
	const diagnostics: Diagnostic[] = [];
	try {
		const node = walk(bytes, 0, 0);
		if (node.end < bytes.length)
			diagnostics.push(
				payloadDiagnostic('cbor_trailing_bytes', node.end, bytes.length - node.end, {
					end: node.end,
					count: bytes.length - node.end
				})
			);
		return { node, value: leafValue(bytes, 0, node.end) ?? treeValue(node), diagnostics };
	} catch (e) {
		if (e instanceof Truncated)
			diagnostics.push(
				payloadDiagnostic('cbor_truncated', bytes.length, 0, { kind: e.kind, missing: e.missing })
			);
		else if (e instanceof Problem) diagnostics.push(payloadDiagnostic(e.code, e.at, 1, e.params));
		else throw e;
		return { value: null, diagnostics };
	}
}

export function decodePayload(input: PayloadInput): Decoded {
	const reading = readCbor(input.bytes);
	const diagnostics = [...reading.diagnostics];
	const fields = reading.node
		? [treeFields(CBOR_SPEC, reading.node, { name: 'CBOR' }, diagnostics, 'cbor_root')]
		: [];
	const summary = reading.node
		? { ...jsonSummary({ ...reading.node, value: reading.value }), code: 'cbor_value' }
		: { code: 'cbor_invalid', params: {} };
	return { protocol: 'cbor', summary, value: reading.value, fields, diagnostics };
}
