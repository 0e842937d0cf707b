// `wsviz decode`: a pasted capture in any format the engine reads, decoded into frames, messages,
// diagnostics and the verdict of a strict receiver, as a report for people or as JSON.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { captureFormatOf } from '../lib/protocol/index.ts';
import { printCapture } from './capture-command.ts';
import type { DecodeOptions } from '../lib/protocol/index.ts';
import type { Diagnostic } from '../lib/protocol/index.ts';
import { inputNoteEnglish, parseInput } from '../lib/protocol/input/index.ts';
import { byteCount, listLimit, parseArgs, UsageError } from './args.ts';
import { decodeReport, REPORT_LIMIT } from './decode-report.ts';
import type { Io } from './io.ts';
import { writeDecodeJson } from './json-stream.ts';
import { parseErrorReport } from './parse-error.ts';
import { decodeEachLine } from './each-line.ts';
import { readPayloadSettings, streamPayloads, type PayloadSettings } from './payload.ts';
import { palette } from './text.ts';

/**
 * The message size a receiver accepts unless --max-message says otherwise: 100 MiB, ws's default
 * maxPayload. Past it a strict receiver closes with 1009 (RFC 6455 §7.4.1), and a compressed message
 * is inflated no further, so a small DEFLATE bomb cannot take gigabytes (RFC 6455 §10.4).
 */
export const DEFAULT_MAX_MESSAGE = 100 * 1024 * 1024;

const OPTIONS = {
	from: 'value',
	extensions: 'value',
	'max-message': 'value',
	'max-list': 'value',
	json: 'flag',
	'each-line': 'flag',
	payload: 'value',
	protocol: 'value',
	help: 'flag'
} as const;

export async function runDecode(argv: readonly string[], io: Io): Promise<number> {
	const { options, positionals } = parseArgs(argv, OPTIONS);
	if (options.help) {
		io.out(DECODE_HELP);
		return 0;
	}
	const decodeOptions = readDecodeOptions(options);
	const payload = readPayloadSettings(options);
	// A pcap or pcapng file (named, or on standard input) is read as `wsviz capture` reads it.
	const input = await readInput(positionals, io);
	const maxList = listLimit(options['max-list']);
	if (typeof input !== 'string')
		return printCapture(input, { json: options.json === true, maxList }, io);
	const text = input;
	if (options['each-line']) return decodeEachLine(text, decodeOptions, payload, io);
	const json = options.json === true;
	return decodeOne(text, positionals.length > 0, decodeOptions, payload, json, io);
}

function readDecodeOptions(options: {
	from?: string;
	extensions?: string;
	'max-message'?: string;
}): DecodeOptions {
	const result: DecodeOptions = { annotate: true, maxMessage: DEFAULT_MAX_MESSAGE };
	if (options.from !== undefined) {
		if (options.from !== 'client' && options.from !== 'server') {
			throw new UsageError(`--from must be client or server, not '${options.from}'`);
		}
		result.from = options.from;
	}
	if (options.extensions !== undefined) result.extensions = options.extensions;
	const max = options['max-message'];
	if (max !== undefined) result.maxMessage = byteCount('max-message', max);
	return result;
}

/**
 * INPUT is the capture itself; several arguments are joined, so unquoted `81 05 48 ...` works. The
 * exception is a capture file (pcap/pcapng magic), named or piped in: its bytes are returned.
 */
async function readInput(positionals: readonly string[], io: Io): Promise<string | Uint8Array> {
	if (positionals.length === 0 || (positionals.length === 1 && positionals[0] === '-')) {
		if (io.stdinIsTTY) io.err('Paste a capture, then press Ctrl-D (Ctrl-Z Enter on Windows).\n');
		const bytes = await io.readStdinBytes();
		return captureFormatOf(bytes) ? bytes : Buffer.from(bytes).toString('utf8');
	}
	const file = positionals.length === 1 ? captureFile(positionals[0]!) : undefined;
	if (file) return file;
	if (positionals.includes('-'))
		throw new UsageError("'-' (standard input) cannot be mixed with INPUT");
	return positionals.join(' ');
}

function captureFile(path: string): Uint8Array | undefined {
	if (/\s/.test(path) || !existsSync(path) || !statSync(path).isFile()) return undefined;
	const bytes = readFileSync(path);
	return captureFormatOf(bytes) ? bytes : undefined;
}

async function decodeOne(
	text: string,
	fromArgs: boolean,
	options: DecodeOptions,
	payload: PayloadSettings,
	json: boolean,
	io: Io
): Promise<number> {
	const parsed = parseInput(text);
	if (!parsed.ok) {
		io.err(`wsviz decode: ${parseErrorReport(parsed.error, parsed.formatLabel, text)}`);
		// A file name given as INPUT is a likely mistake: INPUT is the capture text itself.
		if (fromArgs && !/\s/.test(text) && existsSync(text)) {
			io.err(`'${text}' is a file: to decode its contents, run  wsviz decode - < '${text}'\n`);
		}
		return 2;
	}
	let diagnostics: readonly Diagnostic[];
	// What each data message carries (--payload), read first: the decoders are asynchronous, the
	// streamed JSON and the report are not.
	const payloads = await streamPayloads(
		parsed.bytes,
		options,
		payload,
		json ? Infinity : REPORT_LIMIT
	);
	if (json) {
		const input = { format: parsed.format, bytes: parsed.bytes.length };
		const out = (t: string) => io.out(t);
		diagnostics = writeDecodeJson(parsed.bytes, input, options, out, payloads).diagnostics;
	} else {
		const { bytes, formatLabel } = parsed;
		const notes = parsed.notes.map(inputNoteEnglish);
		const input = { bytes, formatLabel, notes, columns: io.columns, payloads };
		const report = decodeReport(input, options, palette(io.color));
		io.out(report.text);
		diagnostics = report.diagnostics;
	}
	noteDefaultLimit(diagnostics, options, io);
	return 0;
}

/** The default limit is the tool's choice, not the user's: say where it came from and how to raise it. */
function noteDefaultLimit(
	diagnostics: readonly Diagnostic[],
	options: DecodeOptions,
	io: Io
): void {
	if (options.maxMessage !== DEFAULT_MAX_MESSAGE) return;
	if (!diagnostics.some((d) => d.code === 'message_too_big')) return;
	io.err(
		`wsviz decode: a message passed the default limit of 100 MiB (${DEFAULT_MAX_MESSAGE} bytes, ws's default maxPayload): a strict receiver closes with 1009 (message_too_big), and wsviz inflates no further; --max-message N raises the limit\n`
	);
}

export const DECODE_HELP = `Usage: wsviz decode [--from client|server] [--extensions "<value>"]
                    [--max-message N] [--max-list N] [--payload <protocol>]
                    [--protocol "<value>"]
                    [--json] [--each-line] [INPUT|-]

Decode WebSocket frames (RFC 6455) from a pasted capture and explain every byte:
frames as annotated tables, messages, diagnostics with their RFC rule, and the
verdict of a strict receiver (the endpoint opposite the sender).

INPUT is the capture text itself (not a file name); several arguments are joined
with spaces. Without INPUT, or with -, the capture is read from standard input.
Accepted: hex (spaced or not), 0x lists, C arrays, decimal arrays, Node Buffer
JSON, base64, \\x-escaped strings, hexdump -C, xxd, Wireshark "Copy as Hex Dump".
The detected format is reported.

Options:
  --from client|server   who sent the bytes (client frames must be masked, server
                         frames must not); inferred from the mask bit when absent
  --extensions "<value>" the negotiated Sec-WebSocket-Extensions value,
                         e.g. "permessage-deflate; client_no_context_takeover"
  --max-message N        the receiver's message size limit in bytes (past it: 1009,
                         message_too_big, and a compressed message is inflated no
                         further). Default 104857600 (100 MiB, ws's maxPayload)
  --max-list N           for a capture file (pcap, pcapng), read as wsviz capture
                         reads it: the most elements of one list header of its
                         handshakes (default 1024; past it handshake_list_too_long)
  --payload P            what the data messages carry: auto (the default: by the
                         subprotocol, then by content), none, json, socket.io,
                         stomp, mqtt, graphql-ws, signalr, wamp, msgpack, cbor
  --protocol "<value>"   the negotiated Sec-WebSocket-Protocol, e.g. mqtt,
                         v12.stomp, graphql-transport-ws, wamp.2.json
  --json                 print one JSON object instead of the report; each data
                         message has payload: { protocol, detectedBy, summary,
                         value, fields, diagnostics } or null
  --each-line            one capture per input line, one JSON object per line
                         (implies JSON; blank lines are skipped; input.line is
                         the line number). A line that cannot be read prints
                         {"input":{"line":N},"error":{...}} and the rest go on
  -h, --help             show this help

Limits: --json writes frames and messages as they are decoded, so any input
that fits in memory as bytes can be decoded; the report for people shows the
first 1000 frames, messages and diagnostics and says how many more there are.
Standard input is read up to 512 MiB.

Exit status: 0 when the input was read, whatever the verdict; 2 when it could
not be read at all (the error, with line and column, goes to stderr), when the
output cannot be written (ENOSPC ...), or on bad usage; one line on stderr says
why. A reader that stops early (| head) is not an error: exit 0, nothing said.
With --each-line: 2 only when there were lines and none could be read.

Examples:
  wsviz decode 818537fa213d7f9f4d5158
  wsviz decode --from server --json '81 05 48 65 6c 6c 6f'
  xxd capture.bin | wsviz decode
  wsviz decode --protocol mqtt --json '82 0f 30 0d 00 09 73 65 6e 73 6f 72 73 2f 31 68 69'
  tshark -r cap.pcap -T fields -e tcp.payload | wsviz decode --each-line
`;
