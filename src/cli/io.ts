// What the commands need from the outside world, in one object, so they never touch `process` directly.

export interface Io {
	out(text: string): void;
	err(text: string): void;
	/** All of standard input as UTF-8 text. */
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

export function processIo(): Io {
	// `wsviz decode ... | head` closes the pipe early: that is the reader's choice, not an error.
	process.stdout.on('error', (e: NodeJS.ErrnoException) => {
		if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		throw e;
	});
	return {
		out: (text) => void process.stdout.write(text),
		err: (text) => void process.stderr.write(text),
		readStdin,
		readStdinBytes,
		stdinIsTTY: process.stdin.isTTY === true,
		color: wantsColor(process.stdout.isTTY === true, process.env),
		columns: process.stdout.isTTY ? process.stdout.columns : undefined,
		env: process.env
	};
}

/** https://no-color.org: NO_COLOR set to anything but the empty string turns colour off. */
export function wantsColor(isTTY: boolean, env: Io['env']): boolean {
	return isTTY && !env.NO_COLOR;
}

async function readStdin(): Promise<string> {
	// Joined before decoding, so a UTF-8 sequence split between chunks stays whole.
	return Buffer.from(await readStdinBytes()).toString('utf8');
}

async function readStdinBytes(): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}
