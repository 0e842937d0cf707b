// `wsviz decode --json` written as it is produced: each frame and message goes out once decoded, and a
// big payload's hex goes out in pieces, so no part of the output is ever one giant string (V8 stops at
// 2^29 characters) and memory follows the input. The text is exactly what
// JSON.stringify(decodeResultToJson(...), null, 2) gives; a test holds the two together.
import { randomUUID } from 'node:crypto';
import { bytesToHex } from '../lib/protocol/bytes.ts';
import {
	diagnosticToJson,
	frameToJson,
	messageToJson,
	type InputInfo
} from '../lib/protocol/json.ts';
import { decodeToSink, type DecodeSummary } from '../lib/protocol/decode-stream.ts';
import { payloadToJson, type DecodeOptions, type PayloadResult } from '../lib/protocol/index.ts';

/** Bytes turned into hex at a time: 2 MiB of text per piece. */
const HEX_PIECE = 1 << 20;

export function writeDecodeJson(
	bytes: Uint8Array,
	input: InputInfo,
	options: DecodeOptions,
	out: (text: string) => void,
	payloads?: readonly (PayloadResult | null | undefined)[]
): DecodeSummary {
	let index = 0;
	const json = new JsonWriter(out);
	let frames: ArrayWriter | undefined;
	let messages: ArrayWriter | undefined;
	const summary = decodeToSink(bytes, options, {
		start(from, fromInferred) {
			out(`{\n  "input": ${json.text(input, '  ')},\n`);
			out(`  "from": ${JSON.stringify(from)},\n  "fromInferred": ${fromInferred},\n`);
			frames = new ArrayWriter('frames', json);
		},
		frame: (f) => frames!.item(frameToJson(f, json.hex)),
		message(m) {
			messages ??= frames!.closeAndOpen('messages');
			const item: Record<string, unknown> = messageToJson(m, json.hex);
			// --payload: what a data message carries (undefined for control messages: no key).
			const payload = payloads?.[index++];
			if (payload !== undefined) item.payload = payloadToJson(payload);
			messages.item(item);
		}
	});
	messages ??= frames!.closeAndOpen('messages');
	const diagnostics = messages.closeAndOpen('diagnostics');
	for (const d of summary.diagnostics) diagnostics.item(diagnosticToJson(d));
	diagnostics.close();
	const { ok, closeCode, needMoreBytes } = summary.verdict;
	out(`,\n  "verdict": ${json.text({ ok, closeCode, needMoreBytes }, '  ')}`);
	if (summary.unparsed) out(`,\n  "unparsed": ${json.text(summary.unparsed, '  ')}`);
	out('\n}\n');
	return summary;
}

/** Items stringified at a time, or fewer once their hex passes HEX_PIECE characters. */
const BATCH = 256;

/**
 * One array member of the top-level object. Items go out in batches: `{"key": [batch]}` stringified
 * puts them at the indentation they have in the whole object, and the wrapper is cut off.
 */
class ArrayWriter {
	private batch: unknown[] = [];
	private written = 0;

	constructor(
		private readonly key: string,
		private readonly json: JsonWriter
	) {}

	item(value: unknown): void {
		this.batch.push(value);
		if (this.batch.length >= BATCH || this.json.pendingHex > HEX_PIECE) this.flush();
	}

	close(): void {
		this.flush();
		this.json.out(this.written === 0 ? `  "${this.key}": []` : '\n  ]');
	}

	/** Closes this array and starts the next member, an array too. */
	closeAndOpen(key: string): ArrayWriter {
		this.close();
		this.json.out(',\n');
		return new ArrayWriter(key, this.json);
	}

	private flush(): void {
		if (this.batch.length === 0) return;
		const text = JSON.stringify({ [this.key]: this.batch }, null, 2);
		const head = `{\n  "${this.key}": [\n`;
		this.json.out(this.written === 0 ? head.slice(2) : ',\n');
		this.json.write(text.slice(head.length, text.length - '\n  ]\n}'.length));
		this.written += this.batch.length;
		this.batch = [];
	}
}

/**
 * Values as JSON.stringify(value, null, 2) writes them, nested at `indent`. Byte arrays become hex
 * through `hex`: small ones in place, big ones as a placeholder (a random token no input can guess)
 * that `write` replaces with the hex, piece by piece.
 */
class JsonWriter {
	private readonly token = randomUUID();
	private big: Uint8Array[] = [];
	/** Characters of hex made by `hex` since the last `write`. */
	pendingHex = 0;

	constructor(readonly out: (text: string) => void) {}

	text(value: unknown, indent: string): string {
		return JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
	}

	/** Writes JSON text made with `hex`, the hex of big byte arrays in place of their placeholders. */
	write(text: string): void {
		this.pendingHex = 0;
		if (this.big.length === 0) return this.out(text);
		const parts = text.split(new RegExp(`"${this.token}:(\\d+)"`));
		for (let i = 0; i < parts.length; i++) {
			if (i % 2 === 0) this.out(parts[i]!);
			else this.writeHex(this.big[Number(parts[i])]!);
		}
		this.big = [];
	}

	readonly hex = (bytes: Uint8Array): string => {
		this.pendingHex += 2 * Math.min(bytes.length, HEX_PIECE);
		if (bytes.length <= HEX_PIECE) return bytesToHex(bytes);
		this.big.push(bytes);
		return `${this.token}:${this.big.length - 1}`;
	};

	private writeHex(bytes: Uint8Array): void {
		this.out('"');
		for (let at = 0; at < bytes.length; at += HEX_PIECE) {
			this.out(bytesToHex(bytes.subarray(at, at + HEX_PIECE)));
		}
		this.out('"');
	}
}
