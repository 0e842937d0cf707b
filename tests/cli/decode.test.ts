import { describe, expect, it } from 'vitest';
import { rfcVectors, SLOW, wsviz, wsvizJson } from './run.ts';

interface DecodeJson {
	input: { format: string; bytes: number; line?: number };
	from: string;
	fromInferred: boolean;
	frames: Record<string, unknown>[];
	messages: Record<string, unknown>[];
	diagnostics: { code: string; severity: string; closeCode?: number; offset: number }[];
	verdict: { ok: boolean; closeCode: number | null; needMoreBytes: number };
}

const maskedHello = '818537fa213d7f9f4d5158';
const STACK = /\n\s+at /;

describe('wsviz decode --json on the RFC 6455 §5.7 examples', { timeout: SLOW }, () => {
	for (const v of rfcVectors()) {
		it(`decodes ${v.id} (RFC 6455 §${v.source.section}) as the RFC says`, async () => {
			// The 64 KiB example is longer than one argument may be on Linux (128 KiB): it goes via stdin.
			const viaStdin = v.hex.length > 100_000;
			const args = ['decode', '--json', '--from', v.role, ...(viaStdin ? [] : [v.hex])];
			const json = await wsvizJson<DecodeJson>(args, viaStdin ? { input: v.hex } : {});
			expect(json.input).toEqual({ format: 'hex', bytes: v.hex.length / 2 });
			expect(json.frames).toMatchObject(v.expect.frames);
			for (const f of json.frames) if (!f.masked) expect(f).not.toHaveProperty('maskKey');
			expect(json.messages).toMatchObject([
				...(v.expect.messages ?? []),
				...(v.expect.control ?? [])
			]);
			expect(json.verdict).toEqual({ ok: true, closeCode: null, needMoreBytes: 0 });
		});
	}

	it('infers the sender from the mask bit when --from is absent, and says so', async () => {
		const json = await wsvizJson<DecodeJson>(['decode', '--json', maskedHello]);
		expect(json.from).toBe('client');
		expect(json.fromInferred).toBe(true);
		expect(json.diagnostics.map((d) => d.code)).toContain('role_inferred');
	});
});

describe('wsviz decode: verdicts and options', { timeout: SLOW }, () => {
	it('fails a masked frame sent by a server with 1002', async () => {
		const json = await wsvizJson<DecodeJson>(['decode', '--json', '--from', 'server', maskedHello]);
		expect(json.verdict).toEqual({ ok: false, closeCode: 1002, needMoreBytes: 0 });
		expect(json.diagnostics).toContainEqual(
			expect.objectContaining({
				code: 'server_frame_masked',
				severity: 'error',
				closeCode: 1002,
				offset: 1
			})
		);
	});

	it('fails an unmasked frame sent by a client with 1002', async () => {
		const json = await wsvizJson<DecodeJson>([
			'decode',
			'--json',
			'--from=client',
			'810548656c6c6f'
		]);
		expect(json.verdict.closeCode).toBe(1002);
		expect(json.diagnostics.map((d) => d.code)).toContain('client_frame_unmasked');
	});

	it('closes with 1009 past --max-message', async () => {
		const json = await wsvizJson<DecodeJson>([
			'decode',
			'--json',
			'--max-message',
			'4',
			maskedHello
		]);
		expect(json.verdict).toMatchObject({ ok: false, closeCode: 1009 });
	});

	it('allows RSV1 once --extensions negotiates permessage-deflate', async () => {
		const frame = 'c107f248cdc9c90700'; // RFC 7692 §7.2.3.1: "Hello", compressed
		const [plain, deflate] = await Promise.all([
			wsvizJson<DecodeJson>(['decode', '--json', frame]),
			wsvizJson<DecodeJson>(['decode', '--json', '--extensions', 'permessage-deflate', frame])
		]);
		expect(plain.diagnostics.map((d) => d.code)).toContain('rsv_bit_without_extension');
		expect(deflate.diagnostics.map((d) => d.code)).not.toContain('rsv_bit_without_extension');
	});

	it('says how many bytes a cut frame still needs, and exits 0', async () => {
		const run = await wsviz(['decode', '--json', '8185', '37fa21']);
		expect(run.code).toBe(0);
		expect(JSON.parse(run.stdout).verdict).toEqual({ ok: true, closeCode: null, needMoreBytes: 6 });
	});

	it('reads the capture from standard input, with or without -', async () => {
		const input = '81 85 37 fa 21 3d\n7f 9f 4d 51 58\n';
		const [bare, dash] = await Promise.all([
			wsvizJson<DecodeJson>(['decode', '--json'], { input }),
			wsvizJson<DecodeJson>(['decode', '--json', '-'], { input })
		]);
		expect(bare.messages).toMatchObject([{ type: 'text', text: 'Hello' }]);
		expect(dash).toEqual(bare);
	});

	it('rejects a --from that is neither client nor server with exit 2', async () => {
		const run = await wsviz(['decode', '--from', 'proxy', maskedHello]);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('--from');
		expect(run.stdout).toBe('');
	});
});

describe('wsviz decode: input that cannot be read', { timeout: SLOW }, () => {
	it('exits 2 and points at the line and column of the bad token', async () => {
		const run = await wsviz(['decode'], { input: '81 05\n48 6x 6c 6c 6f\n' });
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain('line 2, column 4');
		expect(run.stderr).not.toMatch(STACK);
		// The caret sits under the token in the echoed line.
		const lines = run.stderr.split('\n');
		const echoed = lines.findIndex((l) => l.includes('48 6x 6c'));
		expect(echoed).toBeGreaterThan(0);
		const caret = lines[echoed + 1] ?? '';
		expect(caret.indexOf('^')).toBe(lines[echoed]!.indexOf('6x'));
	});

	it('--each-line prints one JSON object per line, an error object for a bad line, and goes on', async () => {
		const input = `810548656c6c6f\n\n81 05 zz\n${maskedHello}\n`;
		const run = await wsviz(['decode', '--each-line'], { input });
		expect(run.code).toBe(0);
		const lines = run.stdout
			.trimEnd()
			.split('\n')
			.map((l) => JSON.parse(l) as Record<string, unknown>);
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatchObject({ input: { format: 'hex', bytes: 7, line: 1 } });
		expect(lines[0]!.messages).toMatchObject([{ type: 'text', text: 'Hello' }]);
		expect(lines[1]).toMatchObject({
			input: { line: 3 },
			error: { line: 1, column: 7, text: 'zz' }
		});
		expect(lines[2]).toMatchObject({
			input: { line: 4 },
			frames: [{ masked: true, maskKey: '37fa213d' }]
		});
	});

	it('--each-line writes, for each line, the object decode --json writes (input.line added)', async () => {
		// Text with a newline and quotes inside (escaped in JSON), a close frame, CRLF line ends.
		const capture = '8108610a6222635c2264 8802 03e8';
		const run = await wsviz(['decode', '--each-line'], { input: `${capture}\r\n${capture}\r\n` });
		const single = await wsviz(['decode', '--json', capture]);
		const expected = JSON.parse(single.stdout) as { input: Record<string, unknown> };
		const lines = run.stdout.split('\n');
		expect(lines).toHaveLength(3); // two objects, each on one line, and the final newline
		for (const [i, line] of lines.slice(0, 2).entries()) {
			expected.input.line = i + 1;
			expect(JSON.parse(line)).toEqual(expected);
		}
	});

	it('--each-line exits 2 when no line at all can be read', async () => {
		const run = await wsviz(['decode', '--each-line', '--json'], { input: '81 zz\nqq qq\n' });
		expect(run.code).toBe(2);
		expect(run.stdout.trimEnd().split('\n')).toHaveLength(2);
	});
});

describe('wsviz decode: the report for people', { timeout: SLOW }, () => {
	it('labels every field and ends with the verdict of the receiver', async () => {
		const run = await wsviz(['decode', maskedHello]);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^hex, 11 bytes/);
		for (const label of [
			'FIN',
			'RSV1',
			'Opcode',
			'MASK',
			'Payload length',
			'Masking key',
			'Payload'
		]) {
			expect(run.stdout).toContain(label);
		}
		expect(run.stdout).toContain('1... ....'); // FIN as a bit mask of byte 0
		expect(run.stdout).toContain('37 fa 21 3d');
		expect(run.stdout).toContain('"Hello"');
		expect(run.stdout).toMatch(/^Verdict: OK .*server/m);
		expect(run.stdout).not.toContain('\x1b['); // piped: no colour
	});

	it('names the close code and the first error in the verdict', async () => {
		const run = await wsviz(['decode', '--from', 'server', maskedHello]);
		expect(run.stdout).toMatch(/^Verdict: .*client.*1002.*server_frame_masked/m);
		expect(run.stdout).toMatch(/error .*server_frame_masked/);
	});

	it('says how many more bytes an incomplete frame needs', async ({ expect }) => {
		const run = await wsviz(['decode', '818537fa21']);
		expect(run.stdout).toMatch(/needs 6 more bytes/);
	});

	it('keeps long payloads short', async () => {
		const payload = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0')).join('');
		const run = await wsviz(['decode', `827e0100${payload}`]);
		expect(run.stdout).toContain('… 248 more bytes');
		expect(run.stdout.length).toBeLessThan(4000);
	});

	it('escapes control characters of a pasted text instead of sending them to the terminal', async () => {
		// A text frame whose payload is ESC [ 3 1 m A (a colour change) and a right-to-left override.
		const run = await wsviz(['decode', '8109e280ae1b5b33316d41']);
		expect(run.stdout).not.toContain('\x1b');
		expect(run.stdout).not.toContain('\u202e');
		expect(run.stdout).toContain('\\x1b[31mA');
	});
});
