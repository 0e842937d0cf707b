// Standard output for big results: text is gathered into blocks and each block written synchronously, so
// the output never piles up in memory (a stream would queue everything a slow reader has not taken) and
// a write that fails (EPIPE, ENOSPC) fails where it happens, as an OutputError the command line reports
// in one line instead of a stack trace.
import { writeSync } from 'node:fs';

/** Written in blocks of about this many characters: one system call per block, not per line. */
const BLOCK = 1 << 16;

/** The output could not be written: `code` is the system's (EPIPE when the reader went away). */
export class OutputError extends Error {
	constructor(readonly code: string) {
		super(OUTPUT_PROBLEMS[code] ?? `cannot write the output (${code})`);
	}
}

const OUTPUT_PROBLEMS: Readonly<Record<string, string>> = {
	EPIPE: 'the reader of the output stopped reading (EPIPE)',
	ENOSPC: 'cannot write the output: no space left on the device (ENOSPC)',
	EDQUOT: 'cannot write the output: disk quota exceeded (EDQUOT)',
	EFBIG: 'cannot write the output: the file is too large (EFBIG)',
	EIO: 'cannot write the output: input/output error (EIO)'
};

export class BlockWriter {
	private pending: string[] = [];
	private size = 0;

	constructor(private readonly fd: number) {}

	write(text: string): void {
		this.pending.push(text);
		this.size += text.length;
		if (this.size >= BLOCK) this.flush();
	}

	flush(): void {
		if (this.size === 0) return;
		const block = Buffer.from(this.pending.join(''), 'utf8');
		this.pending = [];
		this.size = 0;
		writeFully(this.fd, block);
	}
}

function writeFully(fd: number, block: Buffer): void {
	let at = 0;
	while (at < block.length) {
		try {
			at += writeSync(fd, block, at);
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
			// A pipe another part of Node made non-blocking: wait for the reader, then go on.
			if (code === 'EAGAIN') waitBriefly();
			else throw new OutputError(code);
		}
	}
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

function waitBriefly(): void {
	Atomics.wait(sleeper, 0, 0, 2);
}
