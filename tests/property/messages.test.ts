import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	concatBytes,
	decode,
	encodeFrame,
	encodeMessage,
	MessageDeflater,
	type Role
} from '$lib/protocol/index.ts';

const message = fc.record({
	type: fc.constantFrom('text' as const, 'binary' as const),
	text: fc.oneof(
		fc.string({ maxLength: 60 }),
		fc.constantFrom('안녕하세요', '😀 emoji', 'a'.repeat(500))
	),
	bytes: fc.uint8Array({ maxLength: 300 }),
	fragments: fc.integer({ min: 1, max: 4 }),
	pingAfterFirst: fc.boolean()
});

const session = fc.record({
	from: fc.constantFrom<Role>('client', 'server'),
	deflate: fc.option(
		fc.record({ noContextTakeover: fc.boolean(), windowBits: fc.integer({ min: 9, max: 15 }) }),
		{ nil: undefined }
	),
	messages: fc.array(message, { minLength: 1, maxLength: 6 })
});

function extensionsFor(from: Role, d: { noContextTakeover: boolean; windowBits: number }): string {
	const side = from === 'server' ? 'server' : 'client';
	return [
		'permessage-deflate',
		...(d.noContextTakeover ? [`${side}_no_context_takeover`] : []),
		`${side}_max_window_bits=${d.windowBits}`
	].join('; ');
}

describe('message properties', () => {
	it('decodes what was encoded: messages, fragmented, compressed or not, pings in between', () => {
		fc.assert(
			fc.property(session, ({ from, deflate, messages }) => {
				const deflater = deflate && new MessageDeflater(deflate);
				const mask = from === 'client' ? ('random' as const) : null;
				const parts: Uint8Array[] = [];
				const expected: { type: string; data: string }[] = [];
				for (const m of messages) {
					const data = m.type === 'text' ? { text: m.text } : { payload: m.bytes };
					const encoded = encodeMessage(
						{ type: m.type, ...data, fragments: m.fragments, mask },
						deflater
					);
					const hex = Buffer.from(encoded.data).toString('hex');
					const delivered = { type: m.type, data: m.type === 'text' ? m.text : hex };
					// A ping after the first frame comes before the message unless that frame ended it.
					const ping = m.pingAfterFirst ? [{ type: 'ping', data: '70' }] : [];
					const whole = encoded.frames.length === 1;
					expected.push(...(whole ? [delivered, ...ping] : [...ping, delivered]));
					parts.push(encoded.frames[0]!);
					if (m.pingAfterFirst) parts.push(encodeFrame({ opcode: 'ping', text: 'p', mask }));
					parts.push(...encoded.frames.slice(1));
				}
				const extensions = deflate && extensionsFor(from, deflate);
				const result = decode(concatBytes(parts), { from, extensions });
				expect(result.verdict).toMatchObject({ ok: true, closeCode: null, needMoreBytes: 0 });
				expect(
					result.messages.map((x) => ({
						type: x.type,
						data: x.type === 'text' ? x.text : Buffer.from(x.payload).toString('hex')
					}))
				).toEqual(expected);
			}),
			{ numRuns: 200 }
		);
	});
});
