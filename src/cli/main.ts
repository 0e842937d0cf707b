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
import { InputTooBig, processIo, type Io } from './io.ts';
import { OutputError } from './output.ts';
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
	const who = argv[0] && !argv[0].startsWith('-') ? `wsviz ${argv[0]}` : 'wsviz';
	try {
		const status = await dispatch(argv, io);
		io.flush?.();
		return status;
	} catch (e) {
		return failure(io, who, e);
	}
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
	const [first, ...rest] = argv;
	if (first === undefined) return usageError(io, 'wsviz', 'a command is needed');
	if (first === '--help' || first === '-h') return print(io, HELP);
	if (first === 'help') return help(rest[0], io);
	if (first === '--version' || first === '-v') return print(io, `${version()}\n`);
	if (first.startsWith('-')) return usageError(io, 'wsviz', `unknown option ${first}`);
	const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
	if (!command) return usageError(io, 'wsviz', `unknown command '${first}'`);
	return command.run(rest, io);
}

/** Every way a command can fail, as exit status 2 and one line on stderr. */
function failure(io: Io, who: string, e: unknown): number {
	if (e instanceof UsageError) return usageError(io, who, e.message);
	// `wsviz decode ... | head` closes the pipe early: that is the reader's choice, not an error.
	if (e instanceof OutputError && e.code === 'EPIPE') return 0;
	if (e instanceof OutputError || e instanceof InputTooBig) {
		io.err(`${who}: ${e.message}\n`);
		return 2;
	}
	return internalError(io, who, e);
}

function help(topic: string | undefined, io: Io): Promise<number> {
	if (topic === undefined) return Promise.resolve(print(io, HELP));
	return dispatch([topic, '--help'], io);
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
function internalError(io: Io, who: string, e: unknown): number {
	const message = sanitize(e instanceof Error ? e.message : String(e));
	if (io.env.WSVIZ_DEBUG && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
	else
		io.err(`${who}: internal error: ${message} (WSVIZ_DEBUG=1 shows details; please report it)\n`);
	return 2;
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
Exit status: 0 on success; 2, with one line on stderr, when the input cannot be
read, the output cannot be written, or on bad usage. Never anything else.

Examples:
  wsviz decode 818537fa213d7f9f4d5158
  pbpaste | wsviz decode --from server
  wsviz encode --mask 37fa213d --text Hello
`;
