// MessagePack binary messages (https://github.com/msgpack/msgpack/blob/master/spec.md). Our walker
// finds each item's byte range from its format byte; @msgpack/msgpack decodes the values.
import { decode as msgpackDecode, ExtData } from '@msgpack/msgpack';
import type { PayloadDiagnostic as Diagnostic } from '../diagnostics.ts';
import { payloadDiagnostic } from '../diagnostics.ts';
import type { JsonNode, NodeKind } from '../json-tree.ts';
import { compact, plain } from '../plain.ts';
import type { Decoded, PayloadInput } from '../types.ts';
import { jsonSummary, treeFields } from './json.ts';

export const MSGPACK_SPEC = 'MessagePack spec §Formats';
const DEPTH_LIMIT = 64;

class Truncated {
	constructor(
		readonly kind: string,
		readonly missing: number
	) {}
}
class Invalid {
	constructor(
		readonly byte: number,
		readonly at: number
	) {}
}
class TooDeep {}

type Shape =
	| { kind: NodeKind; head: number; size: number } // a scalar: header bytes, then `size` bytes
	| { kind: 'array' | 'object'; head: number; count: number };

/** The format byte's family (spec §Formats): header size, then a payload size or an item count. */
function shapeAt(bytes: Uint8Array, at: number): Shape {
	const b = bytes[at]!;
	const n = (size: number) => readUint(bytes, at + 1, size, 'length');
	if (b <= 0x7f || b >= 0xe0) return { kind: 'number', head: 1, size: 0 };
	if (b <= 0x8f) return { kind: 'object', head: 1, count: b & 0x0f };
	if (b <= 0x9f) return { kind: 'array', head: 1, count: b & 0x0f };
	if (b <= 0xbf) return { kind: 'string', head: 1, size: b & 0x1f };
	const fixed: Record<number, Shape> = {
		0xc0: { kind: 'null', head: 1, size: 0 },
		0xc2: { kind: 'false', head: 1, size: 0 },
		0xc3: { kind: 'true', head: 1, size: 0 },
		0xca: { kind: 'number', head: 1, size: 4 },
		0xcb: { kind: 'number', head: 1, size: 8 }
	};
	if (fixed[b]) return fixed[b];
	if (b >= 0xcc && b <= 0xd3) return { kind: 'number', head: 1, size: 1 << (b & 3) };
	if (b >= 0xd4 && b <= 0xd8) return { kind: 'extension', head: 2, size: 1 << (b - 0xd4) };
	const sized: Record<number, [NodeKind, number, number]> = {
		0xc4: ['binary', 1, 0],
		0xc5: ['binary', 2, 0],
		0xc6: ['binary', 4, 0],
		0xc7: ['extension', 1, 1],
		0xc8: ['extension', 2, 1],
		0xc9: ['extension', 4, 1],
		0xd9: ['string', 1, 0],
		0xda: ['string', 2, 0],
		0xdb: ['string', 4, 0],
		0xdc: ['array', 2, 0],
		0xdd: ['array', 4, 0],
		0xde: ['object', 2, 0],
		0xdf: ['object', 4, 0]
	};
	const s = sized[b];
	if (!s) throw new Invalid(b, at);
	const [kind, lengthSize, extra] = s;
	if (kind === 'array' || kind === 'object')
		return { kind, head: 1 + lengthSize, count: n(lengthSize) };
	return { kind, head: 1 + lengthSize + extra, size: n(lengthSize) };
}

function readUint(bytes: Uint8Array, at: number, size: number, kind: string): number {
	if (at + size > bytes.length) throw new Truncated(kind, at + size - bytes.length);
	let v = 0;
	for (let i = 0; i < size; i++) v = v * 256 + bytes[at + i]!;
	return v;
}

function leafValue(bytes: Uint8Array, start: number, end: number): unknown {
	try {
		const v = msgpackDecode(bytes.subarray(start, end), { useBigInt64: true });
		return v instanceof ExtData ? { extension: v.type, data: plain(v.data) } : plain(v);
	} catch {
		return null;
	}
}

function walk(bytes: Uint8Array, at: number, depth: number): JsonNode {
	if (at >= bytes.length) throw new Truncated('value', 1);
	if (depth > DEPTH_LIMIT) throw new TooDeep();
	const shape = shapeAt(bytes, at);
	const start = at;
	at += shape.head;
	if (at > bytes.length) throw new Truncated(shape.kind, at - bytes.length);
	if (!('count' in shape)) {
		const end = at + shape.size;
		if (end > bytes.length) throw new Truncated(shape.kind, end - bytes.length);
		return { kind: shape.kind, start, end, value: leafValue(bytes, start, end) };
	}
	const perItem = shape.kind === 'object' ? 2 : 1;
	// Each item is at least one byte: a huge declared count fails here, before any loop.
	if (shape.count * perItem > bytes.length - at)
		throw new Truncated(shape.kind, shape.count * perItem - (bytes.length - at));
	const children: JsonNode[] = [];
	for (let i = 0; i < shape.count; i++) {
		const child = walkItem((p) => walk(bytes, p, depth + 1), at, shape.kind === 'object');
		children.push(child);
		at = child.end;
	}
	return { kind: shape.kind, start, end: at, value: shape.count, children };
}

/** One item of an array, or one entry of a map: its value's node, named by the key before it. */
export function walkItem(walk: (at: number) => JsonNode, at: number, entry: boolean): JsonNode {
	if (!entry) return walk(at);
	const key = walk(at);
	const child = walk(key.end);
	const text = typeof key.value === 'string' ? key.value : compact(key.value);
	child.key = { start: key.start, end: key.end, text };
	return child;
}

export interface BinaryReading {
	node?: JsonNode;
	value: unknown;
	diagnostics: Diagnostic[];
}

/** One MessagePack value from the start of `bytes`, its tree and the library's value. */
export function readMsgpack(bytes: Uint8Array): BinaryReading {
	const diagnostics: Diagnostic[] = [];
	try {
		const node = walk(bytes, 0, 0);
		if (node.end < bytes.length)
			diagnostics.push(
				payloadDiagnostic('msgpack_trailing_bytes', node.end, bytes.length - node.end, {
					end: node.end,
					count: bytes.length - node.end
				})
			);
		const value = leafValue(bytes, 0, node.end) ?? treeValue(node);
		return { node, value, diagnostics };
	} catch (e) {
		if (e instanceof Truncated)
			diagnostics.push(
				payloadDiagnostic('msgpack_truncated', bytes.length, 0, {
					kind: e.kind,
					missing: e.missing
				})
			);
		else if (e instanceof Invalid)
			diagnostics.push(
				payloadDiagnostic('msgpack_invalid', e.at, 1, { byte: e.byte.toString(16) })
			);
		else if (e instanceof TooDeep)
			diagnostics.push(payloadDiagnostic('payload_too_deep', 0, 0, { limit: DEPTH_LIMIT }));
		else throw e;
		return { value: null, diagnostics };
	}
}

/** When the library refuses a well-formed value (a map keyed by an array), the tree's values. */
export function treeValue(node: JsonNode): unknown {
	if (node.kind === 'array') return (node.children ?? []).map(treeValue);
	if (node.kind === 'object') return (node.children ?? []).map((c) => [c.key?.text, treeValue(c)]);
	return node.value;
}

export function decodePayload(input: PayloadInput): Decoded {
	const reading = readMsgpack(input.bytes);
	const diagnostics = [...reading.diagnostics];
	const fields = reading.node
		? [treeFields(MSGPACK_SPEC, reading.node, { name: 'MessagePack' }, diagnostics, 'msgpack_root')]
		: [];
	const summary = reading.node
		? { ...jsonSummary({ ...reading.node, value: reading.value }), code: 'msgpack_value' }
		: { code: 'msgpack_invalid', params: {} };
	return { protocol: 'msgpack', summary, value: reading.value, fields, diagnostics };
}
