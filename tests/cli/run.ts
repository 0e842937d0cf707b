// Runs the real `wsviz` command as a separate process, the way people and scripts run it. Asynchronous,
// so a test file can start many processes at once: each one pays tsx's ~0.3-0.5 s start-up.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
	/** Run through `npx wsviz` instead of `node src/cli/bin.js`. */
	npx?: boolean;
}

export function wsviz(args: readonly string[], options: RunOptions = {}): Promise<Run> {
	const [command, argv] = options.npx
		? ['npx', ['wsviz', ...args]]
		: [process.execPath, ['src/cli/bin.js', ...args]];
	return new Promise((resolve, reject) => {
		const child = spawn(command, argv, {
			cwd: root,
			// NO_COLOR off and no terminal: the output must be plain because it is piped, not because of it.
			env: { ...process.env, NO_COLOR: '', WSVIZ_DEBUG: '', ...options.env }
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
