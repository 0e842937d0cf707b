// `wsviz capture`: a .pcap or .pcapng file read as the conversations it holds: every TCP connection,
// its kind (WebSocket, TLS, HTTP, TCP), the handshake, both directions' frames and messages on the
// capture's clock. JSON for tools (DESIGN.md), a summary for people.
import { readFileSync } from 'node:fs';
import { readHarCapture, type HarCapture } from '../lib/protocol/capture/har.ts';
import { harToJson } from '../lib/protocol/capture/har-view.ts';
import { looksLikeHar } from '../lib/protocol/input/har.ts';
import {
	analyzeConnection,
	captureFormatOf,
	captureToJson,
	readCapture,
	type CaptureConnection,
	type CaptureReading
} from '../lib/protocol/index.ts';
import { listLimit, parseArgs, UsageError } from './args.ts';
import type { Io } from './io.ts';
import { renderCapture } from './render-capture.ts';
import { renderHar } from './render-har.ts';
import { palette } from './text.ts';

const OPTIONS = { json: 'flag', connection: 'value', 'max-list': 'value', help: 'flag' } as const;

export async function runCapture(argv: readonly string[], io: Io): Promise<number> {
	const { options, positionals } = parseArgs(argv, OPTIONS);
	if (options.help) {
		io.out(CAPTURE_HELP);
		return 0;
	}
	if (positionals.length !== 1)
		throw new UsageError('one FILE (or - for standard input) is expected');
	const wanted = connectionOption(options.connection);
	const bytes = await readCaptureFile(positionals[0]!, io);
	if (!bytes) return 2;
	const maxList = listLimit(options['max-list']);
	return printCapture(bytes, { json: options.json === true, connection: wanted, maxList }, io);
}

function connectionOption(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\d+$/.test(value) || Number(value) < 1) {
		throw new UsageError(`--connection must be a connection number (1, 2 ...), not '${value}'`);
	}
	return Number(value);
}

async function readCaptureFile(file: string, io: Io): Promise<Uint8Array | undefined> {
	if (file === '-') return io.readStdinBytes();
	try {
		return readFileSync(file);
	} catch (e) {
		const why = (e as NodeJS.ErrnoException).code ?? String(e);
		io.err(`wsviz capture: cannot read '${file}' (${why})\n`);
		return undefined;
	}
}

/** Reads, analyses and prints a capture; also what `wsviz decode` does for a capture file. */
export function printCapture(
	bytes: Uint8Array,
	options: { json: boolean; connection?: number; maxList?: number | undefined },
	io: Io
): number {
	if (!captureFormatOf(bytes)) {
		const text = new TextDecoder().decode(bytes);
		if (looksLikeHar(text)) return printHar(readHarCapture(text), options, io);
	}
	const reading = readCapture(bytes);
	const unreadable = unreadableReason(reading);
	if (unreadable) {
		io.err(`wsviz capture: ${unreadable}\n`);
		return 2;
	}
	let chosen = reading.connections;
	if (options.connection !== undefined) {
		chosen = chosen.filter((c) => c.id === options.connection);
		if (chosen.length === 0) {
			const count = reading.connections.length;
			io.err(
				`wsviz capture: there is no connection ${options.connection} (the file has ${count})\n`
			);
			return 2;
		}
	}
	const connections: CaptureConnection[] = chosen.map((c) =>
		analyzeConnection(c, {
			annotate: options.json,
			...(options.maxList === undefined ? {} : { maxListElements: options.maxList })
		})
	);
	if (options.json) io.out(`${JSON.stringify(captureToJson(reading, connections), null, 2)}\n`);
	else {
		const detail = options.connection !== undefined;
		io.out(renderCapture(reading, connections, { detail, palette: palette(io.color) }));
	}
	return 0;
}

/** A HAR (Chrome DevTools, Playwright): its WebSocket entries in the same shape as a capture's. */
function printHar(
	capture: HarCapture,
	options: { json: boolean; connection?: number },
	io: Io
): number {
	const error = capture.diagnostics.find((d) => d.severity === 'error');
	if (error) {
		io.err(`wsviz capture: ${error.code}: ${error.message}\n`);
		return 2;
	}
	let chosen = capture.connections;
	if (options.connection !== undefined) {
		chosen = chosen.filter((c) => c.id === options.connection);
		if (chosen.length === 0) {
			const count = capture.connections.length;
			io.err(
				`wsviz capture: there is no connection ${options.connection} (the file has ${count})\n`
			);
			return 2;
		}
	}
	if (options.json) io.out(`${JSON.stringify(harToJson(capture, chosen), null, 2)}\n`);
	else {
		const detail = options.connection !== undefined;
		io.out(renderHar(capture, chosen, { detail, palette: palette(io.color) }));
	}
	return 0;
}

/** The file was not read at all: not a capture, or broken before its first packet. */
function unreadableReason(reading: CaptureReading): string | undefined {
	const error = reading.diagnostics.find((d) => d.severity === 'error');
	if (!reading.format || (reading.packets === 0 && error)) {
		return `${error?.code ?? 'capture_unreadable'}: ${error?.message ?? 'no packets'}`;
	}
	return undefined;
}

export const CAPTURE_HELP = `Usage: wsviz capture [--json] [--connection N] [--max-list N] FILE|-

Read a packet capture (.pcap or .pcapng, from tcpdump, Wireshark, tshark) as the
conversations it holds: every TCP connection, what it is (WebSocket, TLS, HTTP or
other TCP), the opening handshake checked, both directions' frames and messages
decoded with the negotiated extensions, each at the time it was captured.

Reads Ethernet (with 802.1Q VLAN tags), Linux cooked (SLL, SLL2), BSD loopback
and raw IP link layers, IPv4 and IPv6. TCP is put back in sequence order; bytes
the capture missed are reported as gaps, never joined over.

A HAR file (Chrome DevTools "Save all as HAR", Playwright's recordHar) is read
too: each WebSocket entry is a connection (client: the page's Origin, server:
the URL), its handshake rebuilt from the recorded headers, and its recorded
messages with their times. A HAR keeps messages, not frames: "frames" is empty.

Options:
  --json            print one JSON object: { input, connections, diagnostics };
                    each connection has its handshake (as wsviz handshake --json)
                    and fromClient/fromServer (as wsviz decode --json, each frame
                    and message with its capture time in seconds)
  --connection N    only connection N (numbered in order of first packet), with
                    every message listed
  --max-list N      the most elements of one list header read (Connection,
                    Upgrade, Sec-WebSocket-Protocol, Sec-WebSocket-Extensions;
                    default 1024): a longer one is handshake_list_too_long, what a
                    strict server answers 431
  -h, --help        show this help

Exit status: 0 when the file was read (whatever is wrong inside it: diagnostics
say so), 2 when it is not a capture or cannot be read at all, or on bad usage.

Capture on the loopback while your client and server talk:
  sudo tcpdump -i lo -w ws.pcap 'tcp port 8080'
  wsviz capture ws.pcap
`;
