// `wsviz decode --each-line`: one capture per input line, one JSON object per output line. Each
// line is decoded and written as it comes (the streaming writer of --json, its indentation taken
// out), so memory follows the longest line, not the whole input: a tshark dump of a big capture
// no longer builds every line's JSON before printing.
import type { DecodeOptions } from '../lib/protocol/index.ts';
import { parseInput } from '../lib/protocol/input/index.ts';
import type { Io } from './io.ts';
import { writeDecodeJson } from './json-stream.ts';
import { streamPayloads, type PayloadSettings } from './payload.ts';

/**
 * The streamed JSON on one line. JSON strings cannot hold a raw newline, so every newline in the
 * writer's output, and the indentation after it, is layout.
 */
function oneLine(out: (text: string) => void): (text: string) => void {
	let afterNewline = false;
	return (text) => {
		const flat = (afterNewline ? text.trimStart() : text).replace(/\n[ ]*/g, '');
		afterNewline = /\n[ ]*$/.test(text) || (afterNewline && flat === '');
		if (flat !== '') out(flat);
	};
}

/** Each line of `text`, with its number, without splitting the whole text at once. */
function* lines(text: string): Generator<[number, string]> {
	let start = 0;
	for (let n = 1; start <= text.length; n++) {
		const end = text.indexOf('\n', start);
		const stop = end < 0 ? text.length : end;
		yield [n, text.slice(start, stop > start && text[stop - 1] === '\r' ? stop - 1 : stop)];
		if (end < 0) return;
		start = end + 1;
	}
}

/** Lines that cannot be read become error objects and the rest go on: one bad line in a tshark dump
 * should not hide the others. Exit 2 only when there were lines and none could be read. */
export async function decodeEachLine(
	text: string,
	options: DecodeOptions,
	payload: PayloadSettings,
	io: Io
): Promise<number> {
	let read = 0;
	let failed = 0;
	const out = oneLine((t) => io.out(t));
	for (const [n, line] of lines(text)) {
		if (line.trim() === '') continue;
		const parsed = parseInput(line);
		if (!parsed.ok) {
			failed++;
			// The error is the engine's, as is: its line and column count within this one line.
			const error = { input: { line: n, format: parsed.format }, error: parsed.error };
			io.out(`${JSON.stringify(error)}\n`);
			continue;
		}
		read++;
		const payloads = await streamPayloads(parsed.bytes, options, payload);
		// `line` joins the input object so each output line can be traced back to its capture line.
		const input = { format: parsed.format, bytes: parsed.bytes.length, line: n };
		writeDecodeJson(parsed.bytes, input, options, out, payloads);
		io.out('\n');
	}
	return failed > 0 && read === 0 ? 2 : 0;
}
