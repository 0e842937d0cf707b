// `wsviz handshake`: a captured opening handshake (a request, a response, or both) checked against
// RFC 6455 §4: every header with its checks, the accept steps, the diagnostics, and the verdict of
// strict peers in words. JSON for tools, a report for people.
import { readFileSync } from 'node:fs';
import {
	bytesToHex,
	checkHandshakeInput,
	handshakeResultToJson,
	handshakeStatusText,
	parseHandshake,
	parseInput,
	type Diagnostic,
	type HandshakeDiagnostic,
	type HandshakeResult,
	type HttpMessage
} from '../lib/protocol/index.ts';
import { renderSteps } from './accept-command.ts';
import { byteCount, listLimit, parseArgs, UsageError } from './args.ts';
import type { Io } from './io.ts';
import { renderDiagnostics } from './render.ts';
import { padEnd, palette, plural, sanitize, type Palette } from './text.ts';

const OPTIONS = { json: 'flag', 'max-bytes': 'value', 'max-list': 'value', help: 'flag' } as const;

/**
 * The most bytes of handshake read unless --max-bytes says otherwise. Servers refuse far less (Node's
 * HTTP parser stops at 16 KiB of headers, nginx at 8 KiB per line), so 1 MiB holds every real capture
 * and keeps a hostile one (a 100k-token header) quick to check.
 */
export const DEFAULT_MAX_HANDSHAKE = 1024 * 1024;

export async function runHandshake(argv: readonly string[], io: Io): Promise<number> {
	const { options, positionals } = parseArgs(argv, OPTIONS);
	if (options.help) {
		io.out(HANDSHAKE_HELP);
		return 0;
	}
	if (positionals.length > 1) throw new UsageError('one FILE (or -) is expected');
	const max = byteCount('max-bytes', options['max-bytes'] ?? String(DEFAULT_MAX_HANDSHAKE));
	const maxList = listLimit(options['max-list']);
	const input = await readHandshake(positionals[0], io);
	if (input === undefined) return 2;
	const { bytes, note } = input;
	if (bytes.length > max) {
		io.err(
			`wsviz handshake: the handshake is ${bytes.length} bytes, more than the ${max} read (real servers refuse far less); --max-bytes N raises the limit\n`
		);
		return 2;
	}
	// Text that is not HTTP was still read: its verdict is 400 and a failed connection.
	const result = checkHandshakeInput(
		bytes,
		maxList === undefined ? {} : { maxListElements: maxList }
	);
	if (options.json) io.out(`${JSON.stringify(handshakeResultToJson(result), null, 2)}\n`);
	else io.out(renderHandshake(result, bytes, note, palette(io.color)));
	return 0;
}

/** FILE is read as bytes (frames after the handshake stay exact); stdin arrives as UTF-8 text. */
async function readHandshake(
	file: string | undefined,
	io: Io
): Promise<{ bytes: Uint8Array; note?: string } | undefined> {
	let bytes: Uint8Array;
	if (file === undefined || file === '-') {
		if (io.stdinIsTTY) io.err('Paste a request and/or a response, then press Ctrl-D.\n');
		bytes = new TextEncoder().encode(await io.readStdin());
	} else {
		try {
			bytes = readFileSync(file);
		} catch (e) {
			const why = (e as NodeJS.ErrnoException).code ?? String(e);
			io.err(`wsviz handshake: cannot read ${sanitize(file)}: ${why}\n`);
			return undefined;
		}
	}
	const parsed = parseHandshake(bytes);
	if (parsed.request || parsed.response) return { bytes };
	// A hex dump (Wireshark, xxd ...) of the handshake's bytes: read it the way `decode` would.
	const dump = parseInput(new TextDecoder().decode(bytes));
	if (dump.ok && (parseHandshake(dump.bytes).request || parseHandshake(dump.bytes).response)) {
		return {
			bytes: dump.bytes,
			note: `read as ${dump.formatLabel}, ${plural(dump.bytes.length, 'byte')}`
		};
	}
	return { bytes };
}

function renderHandshake(
	r: HandshakeResult,
	bytes: Uint8Array,
	note: string | undefined,
	pal: Palette
): string {
	const blocks: string[][] = [
		note ? [pal.dim(`note: ${note}`)] : [],
		r.request ? renderMessage('Request', r.request, r.diagnostics, pal) : [],
		r.response ? renderMessage('Response', r.response, r.diagnostics, pal) : [],
		renderAccept(r, pal),
		renderSide(
			'Request diagnostics',
			r.diagnostics.filter((d) => d.side === 'request'),
			pal
		),
		renderSide(
			'Response diagnostics',
			r.diagnostics.filter((d) => d.side === 'response'),
			pal
		),
		renderRest(r, bytes, pal),
		[renderVerdict(r, pal)]
	];
	return `${blocks
		.filter((b) => b.length > 0)
		.map((b) => b.join('\n'))
		.join('\n\n')}\n`;
}

const LINE_MAX = 96;

/** The message line by line, each line followed by the problems found in it. */
function renderMessage(
	title: string,
	m: HttpMessage,
	all: readonly HandshakeDiagnostic[],
	pal: Palette
): string[] {
	const range = `bytes ${m.offset}–${m.offset + m.length - 1}`;
	const head = `${pal.bold(title)} ${pal.dim(`(${range}, ${plural(m.headers.length, 'header')})`)}`;
	const lines: Line[] = [m.startLine];
	for (const h of m.headers.slice(0, SHOWN_MAX)) {
		lines.push({ text: `${h.name}: ${h.value}`, offset: h.offset, length: h.length });
	}
	const width = Math.min(
		LINE_MAX,
		lines.reduce((w, l) => Math.max(w, l.text.length), 0)
	);
	const problems = all.filter((d) => d.side === m.kind && d.severity !== 'info');
	const out = [head];
	for (const line of lines) {
		out.push(`  ${padEnd(cut(line.text), width)}  ${marks(line, problems, pal)}`.trimEnd());
	}
	const more = m.headers.length - SHOWN_MAX;
	if (more > 0) out.push(`  … ${plural(more, 'more header')}`);
	return out;
}

interface Line {
	text: string;
	offset: number;
	length: number;
}

/** The errors (✗) and warnings (!) that start inside the line. */
function marks(line: Line, problems: readonly Diagnostic[], pal: Palette): string {
	return problems
		.filter((d) => {
			const at = Math.floor(d.bitOffset / 8);
			return at >= line.offset && at <= line.offset + line.length;
		})
		.map((d) => (d.severity === 'error' ? pal.red(`✗ ${d.code}`) : pal.yellow(`! ${d.code}`)))
		.join(' ');
}

function cut(text: string): string {
	const clean = sanitize(text);
	return clean.length > LINE_MAX ? `${clean.slice(0, LINE_MAX - 1)}…` : clean;
}

function renderAccept(r: HandshakeResult, pal: Palette): string[] {
	const a = r.accept;
	if (!a) return [];
	const steps = renderSteps(a, pal).trimEnd().split('\n');
	if (a.received === null) return steps;
	const verdict = a.matches ? pal.green('✓ matches') : pal.red('✗ does not match');
	steps.push(`  ${'5 response'.padEnd(14)}${sanitize(a.received)}  ${verdict}`);
	for (const m of a.mistakes)
		steps.push(`  ${' '.repeat(14)}${pal.yellow(`the usual mistake: ${m.explanation}`)}`);
	return steps;
}

/** A report is for reading: past SHOWN_MAX lines or diagnostics, the rest is counted, not shown. */
const SHOWN_MAX = 100;

function renderSide(title: string, list: readonly Diagnostic[], pal: Palette): string[] {
	const lines = renderDiagnostics(list.slice(0, SHOWN_MAX), pal);
	if (lines.length === 0) return [];
	const more = list.length - SHOWN_MAX;
	return [
		pal.bold(title),
		...lines.slice(1),
		...(more > 0 ? [`  … ${plural(more, 'more diagnostic')}`] : [])
	];
}

const REST_HEX_MAX = 256;

/** What follows the empty line: frames after a 101 (decode reads them), a body otherwise. */
function renderRest(r: HandshakeResult, bytes: Uint8Array, pal: Palette): string[] {
	const rest = r.rest;
	if (!rest) return [];
	const n = plural(rest.bytes.length, 'byte');
	const where = `from byte ${rest.offset}`;
	if (rest.after === 'request')
		return [pal.bold('After the request'), `  ${n} ${where}, sent before any response`];
	if (r.response?.status !== 101)
		return [pal.bold('After the response'), `  ${n} ${where}: the response body`];
	const hex = bytesToHex(rest.bytes);
	const command =
		rest.bytes.length <= REST_HEX_MAX
			? `wsviz decode --from server ${hex}`
			: `wsviz decode --from server  (the ${n} ${where} of the input, ${bytes.length} bytes in all)`;
	return [
		pal.bold('After the handshake'),
		`  ${n} ${where} follow the 101: WebSocket frames sent by the server. To decode them:`,
		`    ${command}`
	];
}

function renderVerdict(r: HandshakeResult, pal: Palette): string {
	const { status, clientAccepts, serverError, clientError } = r.verdict;
	const parts: string[] = [];
	if (status !== null) {
		const text = `a strict server answers ${handshakeStatusText(status)}`;
		parts.push(status === 101 ? pal.green(text) : pal.red(`${text} (${serverError?.code})`));
	}
	if (clientAccepts !== null) {
		parts.push(
			clientAccepts
				? pal.green('a strict client accepts the response: the connection is open')
				: pal.red(`a strict client fails the connection (${clientError?.code})`)
		);
	}
	return `${pal.bold('Verdict:')} ${parts.join('; ')}`;
}

export const HANDSHAKE_HELP = `Usage: wsviz handshake [--json] [--max-bytes N] [--max-list N] [FILE|-]

Check a WebSocket opening handshake against RFC 6455 §4: a request, a response,
or both (the request first, as captured), as raw HTTP text. Every header is
checked, Sec-WebSocket-Accept is computed step by step and compared, and the
verdict says what a strict server answers to the request (101, 400, 405, 426)
and whether a strict client accepts the response. Where real peers (ws, Node,
browsers) differ from the RFC, a note says so beside the RFC's reading.

FILE is read as bytes; without FILE, or with -, standard input is read as text.
Lines may end in CRLF or LF. A hex dump of the handshake's bytes (any format
\`wsviz decode\` reads) works too. Bytes after a 101 response are WebSocket
frames: they are reported, with the \`wsviz decode\` command that reads them.

Options:
  --json       print one JSON object: { request, response, accept: { key,
               concatenated, sha1Hex, base64, received, matches }, diagnostics,
               verdict: { ok, status, clientAccepts } }
  --max-bytes N  the most bytes of handshake read (default 1048576, 1 MiB; real
               servers stop at 8-16 KiB of headers); past it, exit status 2
  --max-list N the most elements of one list header read (Connection, Upgrade,
               Sec-WebSocket-Protocol, Sec-WebSocket-Extensions; default 1024):
               a longer list is handshake_list_too_long, what a strict server
               answers 431, and the elements past N are not checked
  -h, --help   show this help

Exit status: 0 when the input was read, whatever the verdict (text that is not
HTTP gets one: 400, and a failed connection); 2 when the input is longer than
--max-bytes, FILE cannot be read, the output cannot be written, or on bad
usage. Never anything else.

Examples:
  wsviz handshake capture.txt
  printf 'GET / HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n' | wsviz handshake --json
`;
