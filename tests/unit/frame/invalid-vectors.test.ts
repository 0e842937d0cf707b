// The malformed and boundary cases of shared/vectors/invalid-sample.json, with the verdict a strict
// endpoint must reach, and the catalog code that must decide it.
import { describe, expect, it } from 'vitest';
import { decode, type Role } from '$lib/protocol/index.ts';
import data from '../../vectors/invalid-frames.json' with { type: 'json' };
import { fromHex } from '../../helpers.ts';

interface Case {
	id: string;
	category: string;
	role: Role;
	hex: string;
	negotiatedExtensions?: string;
	receiverMaxPayload?: number;
	strict: { outcome: string; closeCode: number | null };
}

/** What each family's first error must be, by catalog code. */
const EXPECTED_CODES: Record<string, string[]> = {
	'reserved-bits': ['rsv_bit_without_extension'],
	'reserved-opcode': ['reserved_opcode'],
	'control-too-long': ['control_frame_too_long'],
	'fragmented-control': ['control_frame_fragmented'],
	masking: ['server_frame_masked', 'client_frame_unmasked'],
	'non-minimal-length': ['length_not_minimal', 'length_beyond_limit'],
	'continuation-without-start': ['continuation_without_start'],
	'data-frame-during-fragmented-message': ['data_frame_inside_message'],
	'size-limit': ['message_too_big'],
	'invalid-utf8': ['invalid_utf8', 'utf8_truncated'],
	'invalid-utf8-fragmented': ['invalid_utf8', 'utf8_truncated'],
	'close-payload': ['close_payload_one_byte'],
	'invalid-close-code': ['invalid_close_code'],
	'permessage-deflate': ['compressed_bit_misplaced', 'rsv_bit_without_extension', 'inflate_failed']
};

const cases = data.cases as Case[];

describe('malformed and boundary frames', () => {
	it('covers every family of the sample', () => {
		expect(new Set(cases.map((c) => c.category))).toEqual(
			new Set([...Object.keys(EXPECTED_CODES), 'truncated'])
		);
	});

	for (const c of cases) {
		it(`${c.id}: ${c.strict.outcome}${c.strict.closeCode ? ` with ${c.strict.closeCode}` : ''}`, () => {
			const result = decode(fromHex(c.hex), {
				from: c.role,
				extensions: c.negotiatedExtensions,
				maxMessage: c.receiverMaxPayload
			});
			const { verdict } = result;
			if (c.strict.outcome === 'fail') {
				expect(verdict.ok).toBe(false);
				expect(verdict.closeCode).toBe(c.strict.closeCode);
				expect(EXPECTED_CODES[c.category]).toContain(verdict.firstError?.code);
			} else if (c.strict.outcome === 'ok') {
				expect(verdict).toMatchObject({ ok: true, closeCode: null, needMoreBytes: 0 });
			} else if (c.strict.outcome === 'incomplete') {
				expect(verdict.ok).toBe(true);
				expect(verdict.needMoreBytes).toBeGreaterThan(0);
			} else {
				// 'incomplete-or-limit': waiting for 2^53 bytes, or refusing them with 1009 (§10.4).
				expect(verdict.needMoreBytes > 0 || verdict.closeCode === 1009).toBe(true);
			}
		});
	}
});
