// Runs `wsviz`: in this process through `main(argv, io)` with an Io that collects the output (what
// almost every test needs: the command's behaviour, without tsx's ~0.5 s start-up per run), or, with
// `process: true` or `npx: true`, as a real separate process, the way people and scripts run it (the
// smoke tests of bin.js, exit codes, pipes and the package's bin entry).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Per-test timeout: a test may start several processes, on a machine busy with other tests. */
export const SLOW = 30_000;

export interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

export interface RunOptions {
	/** Written to standard input, which is then closed (an empty stdin when absent). */
	input?: string | Uint8Array;
	env?: Record<string, string>;
	/** Run as a real process, `node src/cli/bin.js` (else in this process, through main()). */
	process?: boolean;
	/** Run as a real process through `npx wsviz`. */
	npx?: boolean;
}

export function wsviz(args: readonly string[], options: RunOptions = {}): Promise<Run> {
	return options.process || options.npx
		? wsvizProcess(args, options)
		: wsvizInProcess(args, options);
}

/** The environment a piped run sees: NO_COLOR off, so output is plain because it is not a terminal. */
const envOf = (options: RunOptions) => ({
	...process.env,
	NO_COLOR: '',
	WSVIZ_DEBUG: '',
	...options.env
});

async function wsvizInProcess(args: readonly string[], options: RunOptions): Promise<Run> {
	const out: string[] = [];
	const err: string[] = [];
	const input = options.input ?? '';
	const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
	// As bin.js sees a pipe: no terminal on either side.
	const io: Io = {
		out: (text) => void out.push(text),
		err: (text) => void err.push(text),
		readStdin: () => Promise.resolve(Buffer.from(bytes).toString('utf8')),
		readStdinBytes: () => Promise.resolve(bytes),
		stdinIsTTY: false,
		color: false,
		env: envOf(options)
	};
	const code = await main(args, io);
	return { code, stdout: out.join(''), stderr: err.join('') };
}

function wsvizProcess(args: readonly string[], options: RunOptions): Promise<Run> {
	const [command, argv] = options.npx
		? ['npx', ['wsviz', ...args]]
		: [process.execPath, ['src/cli/bin.js', ...args]];
	return new Promise((resolve, reject) => {
		const child = spawn(command, argv, {
			cwd: root,
			// NO_COLOR off and no terminal: the output must be plain because it is piped, not because of it.
			env: envOf(options)
		});
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		child.stdout.on('data', (b: Buffer) => out.push(b));
		child.stderr.on('data', (b: Buffer) => err.push(b));
		child.on('error', reject);
		child.on('close', (code) =>
			resolve({
				code,
				stdout: Buffer.concat(out).toString('utf8'),
				stderr: Buffer.concat(err).toString('utf8')
			})
		);
		child.stdin.end(options.input ?? '');
	});
}

/** `wsviz ... --json`, parsed; fails loudly with stderr when the command did not succeed. */
export async function wsvizJson<T = Record<string, unknown>>(
	args: readonly string[],
	options: RunOptions = {}
): Promise<T> {
	const run = await wsviz(args, options);
	if (run.code !== 0) throw new Error(`wsviz ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
	return JSON.parse(run.stdout) as T;
}

export interface FrameExpect {
	fin: boolean;
	rsv1: boolean;
	rsv2: boolean;
	rsv3: boolean;
	masked: boolean;
	opcode: number;
	maskKey?: string;
	payloadLength: number;
	payloadHex: string;
}

export interface Vector {
	id: string;
	source: { document: string; section: string };
	role: 'client' | 'server';
	hex: string;
	expect: {
		frames: FrameExpect[];
		messages?: { type: string; text?: string; hex?: string }[];
		control?: { type: string; hex: string }[];
	};
}

/** The RFC 6455 §5.7 examples, copied from ../shared/vectors/rfc.json with their source. */
export function rfcVectors(): Vector[] {
	const path = new URL('../vectors/rfc6455-5.7.json', import.meta.url);
	return (JSON.parse(readFileSync(path, 'utf8')) as { vectors: Vector[] }).vectors;
}
