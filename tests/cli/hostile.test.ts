// Hostile input through the real command: a DEFLATE bomb, millions of tiny frames, a payload whose hex
// passes V8's longest string, a reader that goes away, a full disk, a huge handshake. Each one gets a
// result or a limit message, exit status 0 or 2, no stack trace, and stays under a memory ceiling: the
// child runs with a capped heap (a heap past it is a fatal error, exit 134), and where /usr/bin/time
// exists its peak resident memory is checked as well. Each input is only as big as it must be to cross
// its limit (a smaller input under a tighter heap checks the same thing at a fraction of the cost).
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, createDeflateRaw } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { root } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'wsviz-hostile-'));
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const STACK = /\n\s+at /;
/** The heap each child may use, in MiB: far below what the old, all-in-memory output needed. */
const HEAP_MIB = 256;
/**
 * The heap for the many-tiny-frames runs, in MiB: the command itself runs in 24 (measured), while
 * keeping the frames it no longer shows would not fit (decode() keeps ~2 KiB a tiny frame: 1 GiB for
 * 500k, measured), nor would its output as one string (65 MB for 25k frames as --json).
 */
const SMALL_HEAP_MIB = 48;
/** Peak resident memory allowed, in KiB (input text, its bytes, the heap, buffers; 0.7-0.9 GiB for the 90 MiB payload). */
const RSS_KIB = 1200 * 1024;

interface Capped {
	code: number | null;
	stderr: string;
	/** Bytes written to stdout, of which the first and last 64 KiB are kept. */
	bytes: number;
	head: string;
	tail: string;
	/** Peak resident memory in KiB, when /usr/bin/time could measure it. */
	maxRssKiB?: number;
}

/** Runs `wsviz` with a capped heap, stdin from `file`; keeps only the ends of what it prints. */
function capped(args: readonly string[], file?: string, heapMiB = HEAP_MIB): Promise<Capped> {
	const node = [process.execPath, `--max-old-space-size=${heapMiB}`, 'src/cli/bin.js', ...args];
	const [command, ...argv] = TIME ? [TIME, '-q', '-f', 'wsviz-maxrss=%M', ...node] : node;
	return new Promise((resolve, reject) => {
		const child = spawn(command!, argv, { cwd: root, env: { ...process.env, WSVIZ_DEBUG: '' } });
		let bytes = 0;
		// Buffers, not strings: the 90 MiB payload's run prints over half a gigabyte, and turning each
		// chunk into text (and the tail into a new string each time) costs this process seconds.
		let head: Buffer = Buffer.alloc(0);
		let tail: Buffer = Buffer.alloc(0);
		const err: Buffer[] = [];
		child.stdout.on('data', (b: Buffer) => {
			bytes += b.length;
			if (head.length < 65536) head = Buffer.concat([head, b]);
			tail = b.length >= 65536 ? b.subarray(-65536) : Buffer.concat([tail, b]).subarray(-65536);
		});
		child.stderr.on('data', (b: Buffer) => err.push(b));
		child.on('error', reject);
		child.on('close', (code) => {
			let stderr = Buffer.concat(err).toString('utf8');
			const rss = /wsviz-maxrss=(\d+)\n?$/.exec(stderr);
			if (rss) stderr = stderr.slice(0, rss.index);
			const run: Capped = {
				code,
				stderr,
				bytes,
				head: head.toString('latin1'),
				tail: tail.toString('latin1')
			};
			if (rss) run.maxRssKiB = Number(rss[1]);
			console.log(
				`wsviz ${args.join(' ')}: exit ${code}, ${bytes} bytes out, ${rss?.[1]} KiB peak`
			);
			resolve(run);
		});
		if (file) createReadStream(file).pipe(child.stdin);
		else child.stdin.end();
	});
}

function expectBounded(run: Capped): void {
	expect(run.stderr).not.toMatch(STACK);
	if (run.maxRssKiB !== undefined) expect(run.maxRssKiB).toBeLessThan(RSS_KIB);
}

/** The frame's header for a payload of n bytes: FIN + opcode byte, then the 7/16/64-bit length. */
function header(first: number, n: number): Buffer {
	if (n < 126) return Buffer.from([first, n]);
	if (n < 65536) return Buffer.from([first, 126, n >> 8, n & 255]);
	const h = Buffer.alloc(10);
	h[0] = first;
	h[1] = 127;
	h.writeBigUInt64BE(BigInt(n), 2);
	return h;
}

/** One compressed binary message (RSV1) whose payload inflates to `mib` MiB of zeros. */
async function bombFile(mib: number): Promise<string> {
	const deflate = createDeflateRaw({ level: 9 });
	const parts: Buffer[] = [];
	deflate.on('data', (b: Buffer) => parts.push(b));
	const zeros = Buffer.alloc(1 << 20);
	for (let i = 0; i < mib; i++) deflate.write(zeros);
	await new Promise<void>((done) => deflate.flush(constants.Z_SYNC_FLUSH, () => done()));
	const body = Buffer.concat(parts).subarray(0, -4); // RFC 7692 §7.2.1: without 00 00 ff ff
	const file = join(dir, `bomb${mib}.hex`);
	writeFileSync(file, Buffer.concat([header(0xc2, body.length), body]).toString('hex'));
	return file;
}

/** The verdict, the last member of the JSON object. */
function verdictOf(run: Capped): Record<string, unknown> {
	const rest = run.tail.slice(run.tail.lastIndexOf('\n  "verdict": ') + 14);
	return JSON.parse(rest.slice(0, rest.indexOf('\n  }') + 4)) as Record<string, unknown>;
}

describe('wsviz decode on hostile input', { timeout: 180_000 }, () => {
	it('stops inflating a DEFLATE bomb at the default 100 MiB and says 1009', async () => {
		// 128 KiB that inflate to 128 MiB: past the default limit (a bigger bomb only costs this
		// process the time to compress it; the command stops at the limit either way).
		const run = await capped(
			['decode', '--json', '--from', 'server', '--extensions', 'permessage-deflate', '-'],
			await bombFile(128)
		);
		expect(run.code).toBe(0);
		expectBounded(run);
		expect(verdictOf(run)).toMatchObject({ ok: false, closeCode: 1009 });
		expect(run.tail).toContain('"code": "message_too_big"');
		expect(run.stderr).toMatch(/^wsviz decode: .*104857600.*--max-message N/);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
	});

	it('uses --max-message instead of the default, and says nothing then', async () => {
		const run = await capped(
			[
				'decode',
				'--from',
				'server',
				'--extensions',
				'permessage-deflate',
				'--max-message',
				'1048576',
				'-'
			],
			await bombFile(16)
		);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		expect(run.tail).toContain('message_too_big');
		expect(run.tail).toMatch(/close with 1009/);
	});

	it('reports half a million tiny frames in bounded memory, saying how many are not shown', async () => {
		const file = join(dir, 'tiny.hex');
		writeFileSync(file, '8200'.repeat(500_000));
		const run = await capped(['decode', '--from', 'server', '-'], file, SMALL_HEAP_MIB);
		expect(run.code).toBe(0);
		expectBounded(run);
		expect(run.head).toMatch(/^hex, 1000000 bytes/);
		expect(run.tail).toContain('499000 more frames not shown');
		expect(run.tail).toContain('499000 more messages not shown');
	});

	it('writes --json for 50k tiny frames as they are decoded', async () => {
		// 130 MB of JSON, more than twice the child's whole heap: it can only have been written in pieces.
		const file = join(dir, 'tiny50k.hex');
		writeFileSync(file, '8200'.repeat(50_000));
		const run = await capped(['decode', '--json', '--from', 'server', '-'], file, SMALL_HEAP_MIB);
		expect(run.code).toBe(0);
		expectBounded(run);
		expect(run.bytes).toBeGreaterThan(2 * SMALL_HEAP_MIB * 1024 * 1024);
		expect(run.tail).toMatch(
			/"frames": \[\n\s+49999\n\s+\],\n\s+"hex": "",\n\s+"payload": null\n\s+}\n {2}\],/
		);
		expect(verdictOf(run)).toEqual({ ok: true, closeCode: null, needMoreBytes: 0 });
	});

	it('writes the hex of a 90 MiB payload (past V8 string limits three times over) in pieces', async () => {
		const n = 90 * 1024 * 1024;
		const file = join(dir, 'big.hex');
		const chunk = Buffer.alloc(1 << 20, 0xab).toString('hex');
		writeFileSync(file, header(0x82, n).toString('hex') + chunk.repeat(90));
		const run = await capped(['decode', '--json', '--from', 'server', '-'], file);
		expect(run.code).toBe(0);
		expectBounded(run);
		// payloadHex, the payload field's value and the message's hex: 2 characters per byte each.
		expect(run.bytes).toBeGreaterThan(3 * 2 * n);
		expect(run.head).toContain('"payloadHex": "abab');
		expect(verdictOf(run)).toEqual({ ok: true, closeCode: null, needMoreBytes: 0 });
	});

	it('exits 0 without a word when the reader stops early (| head -c 10)', async () => {
		const file = join(dir, 'tiny200k.hex');
		writeFileSync(file, '8200'.repeat(200_000));
		const script = `node src/cli/bin.js decode --json --from server - < '${file}' | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`;
		const run = await new Promise<{ stderr: string }>((resolve) => {
			const child = spawn('bash', ['-c', script], { cwd: root });
			let stderr = '';
			child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
			child.on('close', () => resolve({ stderr }));
		});
		expect(run.stderr).toBe('status=0\n');
	});

	it('exits 2 with one line when the disk is full (ENOSPC)', async () => {
		const child = spawn(
			'bash',
			['-c', 'node src/cli/bin.js decode --json 818537fa213d7f9f4d5158 > /dev/full'],
			{
				cwd: root
			}
		);
		let stderr = '';
		child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
		const code = await new Promise((resolve) => child.on('close', resolve));
		expect(code).toBe(2);
		expect(stderr).toMatch(/^wsviz decode: .*ENOSPC\)\n$/);
	});
});

describe('wsviz handshake on hostile input', { timeout: 60_000 }, () => {
	const request = (extra: string): string =>
		`GET / HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n${extra}\r\n`;

	it('refuses a handshake over 1 MiB in one line, and --max-bytes raises the limit', async () => {
		const file = join(dir, 'huge-request.txt');
		writeFileSync(file, request(`X-Filler: ${'a'.repeat(100)}\r\n`.repeat(12_000)));
		const [refused, raised] = await Promise.all([
			capped(['handshake', file]),
			capped(['handshake', '--json', '--max-bytes', '4194304', file])
		]);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toMatch(/^wsviz handshake: .*1048576.*--max-bytes N.*\n$/);
		expect(raised.code).toBe(0);
		expectBounded(raised);
	});

	it('checks a 100k-token Sec-WebSocket-Protocol in bounded memory', async () => {
		const file = join(dir, 'tokens.txt');
		const tokens = Array.from({ length: 100_000 }, (_, i) => `p${i}`).join(', ');
		writeFileSync(file, request(`Sec-WebSocket-Protocol: ${tokens}\r\n`));
		const run = await capped(['handshake', '--json', file]);
		expect(run.code).toBe(0);
		expectBounded(run);
		expect(run.tail).toContain('"verdict"');
	});
});
