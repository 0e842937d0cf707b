// What the commands need from the outside world, in one object, so they never touch `process` directly.
import { isatty } from 'node:tty';
import { BlockWriter } from './output.ts';

export interface Io {
	/** Standard output; may throw an OutputError (EPIPE, ENOSPC ...) that main() reports. */
	out(text: string): void;
	/** Writes what `out` still holds; main() calls it once the command is done. */
	flush?(): void;
	err(text: string): void;
	/** All of standard input as UTF-8 text; an InputTooBig error past MAX_TEXT_BYTES. */
	readStdin(): Promise<string>;
	/** All of standard input as bytes (capture files are binary). */
	readStdinBytes(): Promise<Uint8Array>;
	stdinIsTTY: boolean;
	/** Colour on standard output: only on a terminal, and never when NO_COLOR is set. */
	color: boolean;
	/** Terminal width, when standard output is a terminal: long meanings wrap to it. */
	columns?: number;
	env: Readonly<Record<string, string | undefined>>;
}

/**
 * The most text wsviz reads from standard input (or a file): JavaScript strings stop at about this
 * size in Node (2^29 characters), and a capture this big is not something to read in a terminal.
 */
export const MAX_TEXT_BYTES = 512 * 1024 * 1024 - 64;

/** The input is bigger than wsviz reads: a usage problem (exit 2), said in one line. */
export class InputTooBig extends Error {
	constructor(readonly limit: number) {
		super(`the input is more than ${limit} bytes, the most wsviz reads; split it into parts`);
	}
}

export function processIo(): Io {
	// Standard output is written with blocking writes (see output.ts), never through process.stdout.
	const stdout = new BlockWriter(1);
	const tty = isatty(1);
	return {
		out: (text) => stdout.write(text),
		flush: () => stdout.flush(),
		err: (text) => void process.stderr.write(text),
		readStdin,
		readStdinBytes: () => readStdinBytes(),
		stdinIsTTY: isatty(0),
		color: wantsColor(tty, process.env),
		columns: tty ? process.stdout.columns : undefined,
		env: process.env
	};
}

/** https://no-color.org: NO_COLOR set to anything but the empty string turns colour off. */
export function wantsColor(isTTY: boolean, env: Io['env']): boolean {
	return isTTY && !env.NO_COLOR;
}

async function readStdin(): Promise<string> {
	// Joined before decoding, so a UTF-8 sequence split between chunks stays whole.
	return Buffer.from(await readStdinBytes(MAX_TEXT_BYTES)).toString('utf8');
}

async function readStdinBytes(limit = Infinity): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of process.stdin) {
		size += (chunk as Buffer).length;
		if (size > limit) throw new InputTooBig(limit);
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks);
}
