// JSON (RFC 8259) read over the message's bytes, so every value keeps its byte range: the protocols
// carried as JSON (Socket.IO, GraphQL, SignalR, WAMP) point their fields into this tree. Values come
// from the platform's JSON.parse on each token; only the structure is scanned here.
import type { PayloadDiagnostic as Diagnostic } from './diagnostics.ts';
import { payloadDiagnostic } from './diagnostics.ts';
import type { PARAM_WORDS } from '../words.ts';

export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'true' | 'false' | 'null';
/** MessagePack and CBOR add kinds JSON has not; their trees use the same node shape. */
export type NodeKind = JsonKind | 'binary' | 'extension' | 'tag' | 'undefined' | 'simple';

export interface JsonNode {
	kind: NodeKind;
	/** Byte range of the value in the message. */
	start: number;
	end: number;
	value: unknown;
	/** Object members: the key's range and text. */
	key?: { start: number; end: number; text: string };
	children?: JsonNode[];
}

export interface JsonReading {
	node?: JsonNode;
	/** Where reading stopped: the end of the value (after whitespace), or the error. */
	end: number;
	diagnostics: Diagnostic[];
}

/** Past this depth the rest is one node, parsed whole (RFC 8259 §9 lets parsers limit nesting). */
export const JSON_DEPTH_LIMIT = 64;

const text = new TextDecoder('utf-8', { fatal: false });
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const LITERALS: Record<number, 'true' | 'false' | 'null'> = {
	0x74: 'true',
	0x66: 'false',
	0x6e: 'null'
};

/** What the reader wanted where it failed: an id of PARAM_WORDS.wanted (words.ts). */
type Expected = keyof typeof PARAM_WORDS.wanted;

class Failure {
	constructor(
		readonly at: number,
		readonly expected: Expected
	) {}
}

class Reader {
	at: number;
	deep = false;
	constructor(
		readonly bytes: Uint8Array,
		start: number,
		readonly limit: number
	) {
		this.at = start;
	}
	skipSpace(): void {
		while (this.at < this.limit && WS.has(this.bytes[this.at]!)) this.at++;
	}
	peek(): number | undefined {
		return this.at < this.limit ? this.bytes[this.at] : undefined;
	}
	expect(byte: number, expected: Expected): void {
		this.skipSpace();
		if (this.peek() !== byte) throw new Failure(this.at, expected);
		this.at++;
	}
	parseSlice(start: number, end: number, expected: Expected): unknown {
		try {
			return JSON.parse(text.decode(this.bytes.subarray(start, end)));
		} catch {
			throw new Failure(start, expected);
		}
	}
}

/** Reads one JSON value from bytes[start..end); what follows it is the caller's business. */
export function readJson(bytes: Uint8Array, start = 0, end = bytes.length): JsonReading {
	const reader = new Reader(bytes, start, end);
	const diagnostics: Diagnostic[] = [];
	try {
		const node = readValue(reader, 0);
		reader.skipSpace();
		if (reader.deep)
			diagnostics.push(payloadDiagnostic('json_too_deep', start, 0, { limit: JSON_DEPTH_LIMIT }));
		return { node, end: reader.at, diagnostics };
	} catch (e) {
		if (!(e instanceof Failure)) throw e;
		const at = Math.min(e.at, end);
		diagnostics.push(
			payloadDiagnostic('json_invalid', at, at < end ? 1 : 0, { wanted: e.expected })
		);
		return { end: at, diagnostics };
	}
}

/** Reads bytes[start..end) as exactly one JSON value (trailing bytes are a diagnostic). */
export function readWholeJson(bytes: Uint8Array, start = 0, end = bytes.length): JsonReading {
	const reading = readJson(bytes, start, end);
	if (reading.node && reading.end < end) {
		reading.diagnostics.push(
			payloadDiagnostic('json_trailing_data', reading.end, end - reading.end, {
				end: reading.end,
				count: end - reading.end
			})
		);
	}
	return reading;
}

function readValue(r: Reader, depth: number): JsonNode {
	r.skipSpace();
	const start = r.at;
	const b = r.peek();
	if (b === 0x7b || b === 0x5b) {
		if (depth >= JSON_DEPTH_LIMIT) return readDeep(r, b === 0x7b ? 'object' : 'array');
		return b === 0x7b ? readObject(r, depth) : readArray(r, depth);
	}
	if (b === 0x22) {
		const end = stringEnd(r, start);
		return { kind: 'string', start, end, value: r.parseSlice(start, end, 'string') };
	}
	const literal = b === undefined ? undefined : LITERALS[b];
	if (literal) {
		const end = start + literal.length;
		if (text.decode(r.bytes.subarray(start, Math.min(end, r.limit))) !== literal)
			throw new Failure(start, literal);
		r.at = end;
		return { kind: literal, start, end, value: JSON.parse(literal) };
	}
	let end = start;
	while (end < r.limit && isNumberByte(r.bytes[end]!)) end++;
	if (end === start) throw new Failure(start, 'value');
	r.at = end;
	return { kind: 'number', start, end, value: r.parseSlice(start, end, 'number') };
}

function isNumberByte(b: number): boolean {
	return (
		(b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x2b || b === 0x2e || b === 0x65 || b === 0x45
	);
}

/** The end of the string starting at `start` (its opening quote), after its closing quote. */
function stringEnd(r: Reader, start: number): number {
	let i = start + 1;
	while (i < r.limit) {
		const b = r.bytes[i]!;
		if (b === 0x22) {
			r.at = i + 1;
			return i + 1;
		}
		i += b === 0x5c ? 2 : 1;
	}
	throw new Failure(r.limit, 'closing_quote');
}

function readObject(r: Reader, depth: number): JsonNode {
	const start = r.at++;
	const children: JsonNode[] = [];
	const value: Record<string, unknown> = {};
	r.skipSpace();
	if (r.peek() === 0x7d) r.at++;
	else
		for (;;) {
			r.skipSpace();
			if (r.peek() !== 0x22) throw new Failure(r.at, 'member_name_quoted');
			const keyStart = r.at;
			const keyEnd = stringEnd(r, keyStart);
			const key = String(r.parseSlice(keyStart, keyEnd, 'member_name'));
			r.expect(0x3a, 'colon');
			const child = readValue(r, depth + 1);
			child.key = { start: keyStart, end: keyEnd, text: key };
			children.push(child);
			// defineProperty: a member named __proto__ is data, not the object's prototype
			Object.defineProperty(value, key, {
				value: child.value,
				enumerable: true,
				writable: true,
				configurable: true
			});
			r.skipSpace();
			if (r.peek() === 0x2c) r.at++;
			else {
				r.expect(0x7d, 'comma_or_brace');
				break;
			}
		}
	return { kind: 'object', start, end: r.at, value, children };
}

function readArray(r: Reader, depth: number): JsonNode {
	const start = r.at++;
	const children: JsonNode[] = [];
	r.skipSpace();
	if (r.peek() === 0x5d) r.at++;
	else
		for (;;) {
			children.push(readValue(r, depth + 1));
			r.skipSpace();
			if (r.peek() === 0x2c) r.at++;
			else {
				r.expect(0x5d, 'comma_or_bracket');
				break;
			}
		}
	return { kind: 'array', start, end: r.at, value: children.map((c) => c.value), children };
}

/** Past the depth limit: skip to the matching bracket and let JSON.parse read the slice. */
function readDeep(r: Reader, kind: 'object' | 'array'): JsonNode {
	const start = r.at;
	let depth = 0;
	while (r.at < r.limit) {
		const b = r.bytes[r.at]!;
		if (b === 0x22) {
			stringEnd(r, r.at);
			continue;
		}
		r.at++;
		if (b === 0x7b || b === 0x5b) depth++;
		else if ((b === 0x7d || b === 0x5d) && --depth === 0) break;
	}
	r.deep = true;
	return { kind, start, end: r.at, value: r.parseSlice(start, r.at, `complete_${kind}`) };
}
