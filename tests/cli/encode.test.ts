import { describe, expect, it } from 'vitest';
import { type FrameExpect, rfcVectors, SLOW, wsviz, wsvizJson } from './run.ts';

interface EncodeJson {
	hex: string;
	frame: Record<string, unknown> & { fields: { id: string }[]; diagnostics: unknown[] };
	diagnostics: { code: string; severity: string; closeCode?: number }[];
}

const STACK = /\n\s+at /;

/** The options that rebuild one expected frame of a vector. */
function encodeArgs(f: FrameExpect): string[] {
	return [
		'encode',
		'--json',
		'--opcode',
		String(f.opcode),
		...(f.fin ? [] : ['--no-fin']),
		...(f.masked ? ['--mask', f.maskKey ?? ''] : ['--no-mask']),
		'--hex',
		f.payloadHex
	];
}

describe(
	'wsviz encode rebuilds the RFC 6455 §5.7 examples byte for byte',
	{ timeout: SLOW },
	() => {
		// The 64 KiB payload does not fit in one argument (Linux caps one at 128 KiB); the decode tests
		// cover that example, and --length-bits 64 below covers the 64-bit length form.
		for (const v of rfcVectors().filter((v) => v.hex.length < 100_000)) {
			it(`encodes ${v.id}`, async () => {
				const frames = await Promise.all(
					v.expect.frames.map((f) => wsvizJson<EncodeJson>(encodeArgs(f)))
				);
				expect(frames.map((f) => f.hex).join('')).toBe(v.hex);
				expect(frames.map((f) => f.frame)).toMatchObject(v.expect.frames);
				// Frame rules only: a continuation frame built alone rightly has no message to continue.
				for (const f of frames) expect(f.frame.diagnostics).toEqual([]);
			});
		}

		it('writes the masked Hello from --text', async () => {
			const json = await wsvizJson<EncodeJson>([
				'encode',
				'--json',
				'--mask',
				'37fa213d',
				'--text',
				'Hello'
			]);
			expect(json.hex).toBe('818537fa213d7f9f4d5158');
			expect(json.frame.fields.map((f) => f.id)).toContain('masking_key');
		});

		it('writes the unmasked ping from --text', async () => {
			const args = ['encode', '--json', '--no-mask', '--opcode', 'ping', '--text', 'Hello'];
			expect((await wsvizJson<EncodeJson>(args)).hex).toBe('890548656c6c6f');
		});
	}
);

describe('wsviz encode: defaults and rule-breaking frames', { timeout: SLOW }, () => {
	it('masks with a random key by default, and the frame decodes back', async () => {
		const json = await wsvizJson<EncodeJson>(['encode', '--json', '--text', 'Hi']);
		expect(json.frame).toMatchObject({ opcode: 1, fin: true, masked: true, payloadHex: '4869' });
		expect(json.frame.maskKey).toMatch(/^[0-9a-f]{8}$/);
		expect(json.hex.slice(0, 4)).toBe('8182');
		const back = await wsvizJson<{ messages: unknown[] }>(['decode', '--json', json.hex]);
		expect(back.messages).toMatchObject([{ type: 'text', text: 'Hi' }]);
	});

	it('builds a close frame from --close-code and --reason', async () => {
		const json = await wsvizJson<EncodeJson>([
			'encode',
			'--json',
			'--no-mask',
			'--close-code',
			'1000',
			'--reason',
			'bye'
		]);
		expect(json.hex).toBe('880503e8627965');
	});

	it('writes a forced 16-bit length and reports that it is not minimal', async () => {
		const json = await wsvizJson<EncodeJson>([
			'encode',
			'--json',
			'--no-mask',
			'--length-bits',
			'16',
			'--text',
			'x'
		]);
		expect(json.hex).toBe('817e000178');
		expect(json.diagnostics).toContainEqual(
			expect.objectContaining({ code: 'length_not_minimal', severity: 'error', closeCode: 1002 })
		);
	});

	it('writes a forced 64-bit length', async () => {
		const args = ['encode', '--json', '--no-mask', '--length-bits', '64', '--hex', '00'];
		expect((await wsvizJson<EncodeJson>(args)).hex).toBe('817f000000000000000100');
	});

	it('names the rules that reserved bits, reserved opcodes and fragmented pings break', async () => {
		const [rsv, reserved, ping] = await Promise.all([
			wsvizJson<EncodeJson>(['encode', '--json', '--no-mask', '--rsv1', '--rsv3', '--text', 'x']),
			wsvizJson<EncodeJson>(['encode', '--json', '--no-mask', '--opcode', '3']),
			wsvizJson<EncodeJson>([
				'encode',
				'--json',
				'--mask',
				'00000000',
				'--opcode',
				'ping',
				'--no-fin'
			])
		]);
		expect(rsv.hex).toBe('d10178');
		expect(rsv.diagnostics.map((d) => d.code)).toContain('rsv_bit_without_extension');
		expect(reserved.diagnostics.map((d) => d.code)).toContain('reserved_opcode');
		expect(ping.hex).toBe('098000000000');
		expect(ping.diagnostics.map((d) => d.code)).toEqual(
			expect.arrayContaining(['control_frame_fragmented', 'mask_key_all_zero'])
		);
	});

	it('prints the hex, the annotated fields and the verdict for people', async () => {
		const run = await wsviz(['encode', '--mask', '37fa213d', '--text', 'Hello']);
		expect(run.code).toBe(0);
		const [first] = run.stdout.split('\n');
		expect(first).toBe('81 85 37 fa 21 3d 7f 9f 4d 51 58');
		for (const label of ['FIN', 'Opcode', 'MASK', 'Payload length', 'Masking key', 'Payload']) {
			expect(run.stdout).toContain(label);
		}
		expect(run.stdout).toMatch(/^Verdict: OK .*server/m);
	});
});

describe('wsviz encode: bad option values exit 2 with a precise message', { timeout: SLOW }, () => {
	const cases: [string[], string][] = [
		[['--mask', 'xyz'], '--mask'],
		[['--opcode', '16'], '--opcode'],
		[['--hex', '4g'], '--hex'],
		[['--text', 'a', '--hex', '00'], '--hex'],
		[['--close-code', '70000'], '--close-code'],
		[['--length-bits', '32'], '--length-bits'],
		[['--frobnicate'], '--frobnicate']
	];
	for (const [args, option] of cases) {
		it(`rejects ${args.join(' ')}`, async () => {
			const run = await wsviz(['encode', ...args]);
			expect(run.code).toBe(2);
			expect(run.stdout).toBe('');
			expect(run.stderr).toContain(option);
			expect(run.stderr).not.toMatch(STACK);
		});
	}
});
