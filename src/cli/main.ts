// The `wsviz` command: picks the command, turns usage errors into exit status 2 and never lets a stack
// trace reach the user. bin.js calls main(); tests may call it with their own Io.
import { readFileSync } from 'node:fs';
import { runAccept } from './accept-command.ts';
import { UsageError } from './args.ts';
import { runCapture } from './capture-command.ts';
import { runDecode } from './decode-command.ts';
import { runEncode } from './encode-command.ts';
import { runHandshake } from './handshake-command.ts';
import { runServe } from './serve-command.ts';
import { runSimulate } from './simulate-command.ts';
import { processIo, type Io } from './io.ts';
import { sanitize } from './text.ts';

interface Command {
	run(argv: readonly string[], io: Io): number | Promise<number>;
	summary: string;
}

// Only commands that exist are listed.
const COMMANDS: Readonly<Record<string, Command>> = {
	decode: { run: runDecode, summary: 'decode a pasted capture and explain every byte' },
	encode: { run: runEncode, summary: 'build a frame and explain every byte' },
	accept: { run: runAccept, summary: 'compute Sec-WebSocket-Accept for a key, step by step' },
	handshake: {
		run: runHandshake,
		summary: 'check an opening handshake: request, response, or both'
	},
	simulate: {
		run: runSimulate,
		summary: 'compare polling, long polling, streaming, SSE and WebSocket on one clock'
	},
	capture: {
		run: runCapture,
		summary: 'read a .pcap/.pcapng: every connection, handshake, both directions'
	},
	serve: { run: runServe, summary: 'serve the site and the live lab (/live) with its real server' }
};

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
	const [first, ...rest] = argv;
	if (first === undefined) return usageError(io, 'wsviz', 'a command is needed');
	if (first === '--help' || first === '-h') return print(io, HELP);
	if (first === 'help') return help(rest[0], io);
	if (first === '--version' || first === '-v') return print(io, `${version()}\n`);
	if (first.startsWith('-')) return usageError(io, 'wsviz', `unknown option ${first}`);
	const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
	if (!command) return usageError(io, 'wsviz', `unknown command '${first}'`);
	try {
		return await command.run(rest, io);
	} catch (e) {
		if (e instanceof UsageError) return usageError(io, `wsviz ${first}`, e.message);
		return internalError(io, e);
	}
}

function help(topic: string | undefined, io: Io): Promise<number> {
	if (topic === undefined) return Promise.resolve(print(io, HELP));
	return main([topic, '--help'], io);
}

function print(io: Io, text: string): number {
	io.out(text);
	return 0;
}

function usageError(io: Io, who: string, message: string): number {
	// Messages quote what was typed, which may hold escape sequences.
	io.err(`${who}: ${sanitize(message)}\nRun '${who} --help' for usage.\n`);
	return 2;
}

/** A bug, not bad input: one line, and the stack only when asked for with WSVIZ_DEBUG=1. */
function internalError(io: Io, e: unknown): number {
	const message = e instanceof Error ? e.message : String(e);
	io.err(`wsviz: internal error: ${message}\n`);
	if (io.env.WSVIZ_DEBUG && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
	else io.err('Set WSVIZ_DEBUG=1 for details, and please report it.\n');
	return 1;
}

function version(): string {
	const url = new URL('../../package.json', import.meta.url);
	return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

const commandList = Object.entries(COMMANDS)
	.map(([name, c]) => `  ${name.padEnd(11)}${c.summary}`)
	.join('\n');

const HELP = `Usage: wsviz <command> [options]

See every byte of a WebSocket (RFC 6455) conversation, explained.

Commands:
${commandList}

Options:
  -h, --help     show this help; 'wsviz <command> --help' for a command's options
  -v, --version  show the version

Output is colored only on a terminal, and never when NO_COLOR is set.
Exit status: 0 on success, 2 when the input cannot be read or on bad usage.

Examples:
  wsviz decode 818537fa213d7f9f4d5158
  pbpaste | wsviz decode --from server
  wsviz encode --mask 37fa213d --text Hello
`;
