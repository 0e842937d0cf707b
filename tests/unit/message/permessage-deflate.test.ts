import { describe, expect, it } from 'vitest';
import { decode, type Role } from '$lib/protocol/index.ts';
import { MessageDeflater, MessageInflater } from '$lib/protocol/extensions/deflate-codec.ts';
import { parseExtensionsHeader } from '$lib/protocol/extensions/header.ts';
import {
	readDeflateParams,
	type NegotiationSide
} from '$lib/protocol/extensions/permessage-deflate.ts';
import vectors from '../../vectors/rfc7692-7.2.3.json' with { type: 'json' };
import { fromHex, toHex } from '../../helpers.ts';

interface Vector {
	id: string;
	role: Role;
	negotiatedExtensions: string;
	hex: string;
	expect: {
		frames: { rsv1: boolean; opcode: number; payloadHex: string }[];
		messages: { type: string; text: string }[];
	};
}

describe('the RFC 7692 §7.2.3 examples', () => {
	for (const v of vectors.vectors as Vector[]) {
		it(`${v.id} inflates to ${JSON.stringify(v.expect.messages.map((m) => m.text))}`, () => {
			const result = decode(fromHex(v.hex), { from: v.role, extensions: v.negotiatedExtensions });
			expect(result.verdict).toMatchObject({ ok: true, closeCode: null });
			expect(result.frames.map((f) => [f.rsv1, f.opcode, toHex(f.payload)])).toEqual(
				v.expect.frames.map((f) => [f.rsv1, f.opcode, f.payloadHex])
			);
			expect(result.messages.map((m) => ({ type: m.type, text: m.text }))).toEqual(
				v.expect.messages
			);
		});
	}

	it('keeps the compressed bytes beside the inflated ones', () => {
		const [message] = decode(fromHex('c107f248cdc9c90700'), {
			from: 'server',
			extensions: 'permessage-deflate'
		}).messages;
		expect(toHex(message!.compressedPayload!)).toBe('f248cdc9c90700');
		expect(toHex(message!.payload)).toBe('48656c6c6f');
	});

	it('fails data that does not inflate with 1007', () => {
		const result = decode(fromHex('c104ffffffff'), {
			from: 'server',
			extensions: 'permessage-deflate'
		});
		expect(result.verdict).toMatchObject({ ok: false, closeCode: 1007 });
		expect(result.verdict.firstError?.code).toBe('inflate_failed');
	});

	it('inflates every message of a sender that ends each with a BFINAL block (§7.2.3.4)', () => {
		// A block with BFINAL set ends the DEFLATE stream: the next message is a new stream, even with
		// context takeover. The inflater that read the first must not swallow the second as trailing data.
		const bfinal = 'c108f348cdc9c9070000';
		const result = decode(fromHex(bfinal.repeat(3)), {
			from: 'server',
			extensions: 'permessage-deflate'
		});
		expect(result.verdict).toMatchObject({ ok: true, closeCode: null });
		expect(result.messages.map((m) => m.text)).toEqual(['Hello', 'Hello', 'Hello']);
	});

	it('stops inflating past the size limit, as ws stops zlib, and fails with 1009', () => {
		// 4 MiB of zeros deflate to about 4 KiB: with a limit of 64 KiB (which the compressed bytes
		// fit) the engine must not inflate them all (RFC 6455 §10.4), yet still fail with 1009.
		const deflater = new MessageDeflater({ windowBits: 15, noContextTakeover: false });
		const wire = deflater.deflate(new Uint8Array(4 * 1024 * 1024));
		expect(wire.length).toBeLessThan(8 * 1024);
		const frame = new Uint8Array([0xc2, 0x7e, wire.length >> 8, wire.length & 0xff, ...wire]);
		const result = decode(frame, {
			from: 'server',
			extensions: 'permessage-deflate',
			maxMessage: 65536
		});
		expect(result.verdict).toMatchObject({ ok: false, closeCode: 1009 });
		expect(result.verdict.firstError).toMatchObject({ code: 'message_too_big', bitOffset: 0 });
		const [message] = result.messages;
		// Shown as it came: the compressed bytes, not megabytes of inflated ones.
		expect(message).toMatchObject({ compressed: true, complete: true });
		expect(message!.payload.length).toBe(wire.length);
		expect(message!.compressedPayload).toBeUndefined();
	});

	it('fails a second message that needs a window the sender promised not to keep', () => {
		const hex = 'c107f248cdc9c90700c105f200110000';
		const shared = decode(fromHex(hex), { from: 'server', extensions: 'permessage-deflate' });
		expect(shared.messages.map((m) => m.text)).toEqual(['Hello', 'Hello']);
		const reset = decode(fromHex(hex), {
			from: 'server',
			extensions: 'permessage-deflate; server_no_context_takeover'
		});
		expect(reset.verdict).toMatchObject({ ok: false, closeCode: 1007 });
	});
});

describe('compressing like browsers do', () => {
	it('writes the RFC 7692 bytes, sharing the window', () => {
		const deflater = new MessageDeflater({ windowBits: 15, noContextTakeover: false });
		const hello = new TextEncoder().encode('Hello');
		expect(toHex(deflater.deflate(hello))).toBe('f248cdc9c90700');
		expect(toHex(deflater.deflate(hello))).toBe('f200110000');
	});

	it('round-trips messages with and without context takeover', () => {
		for (const noContextTakeover of [false, true]) {
			for (const windowBits of [9, 12, 15]) {
				const direction = { windowBits, noContextTakeover };
				const deflater = new MessageDeflater(direction);
				const inflater = new MessageInflater(direction);
				for (const text of ['안녕하세요 '.repeat(50), 'abc', '', 'abcabcabc'.repeat(300)]) {
					const bytes = new TextEncoder().encode(text);
					const out = inflater.inflate(deflater.deflate(bytes));
					expect(out.ok && new TextDecoder().decode(out.bytes)).toBe(text);
				}
			}
		}
	});
});

describe('permessage-deflate parameters', () => {
	const read = (value: string, side: NegotiationSide) =>
		readDeflateParams(parseExtensionsHeader(value)[0]!, side);

	it('reads the four parameters', () => {
		expect(
			read(
				'permessage-deflate; server_no_context_takeover; client_no_context_takeover; server_max_window_bits=10; client_max_window_bits=12',
				'response'
			)
		).toEqual({
			config: {
				serverNoContextTakeover: true,
				clientNoContextTakeover: true,
				serverMaxWindowBits: 10,
				clientMaxWindowBits: 12
			},
			problems: []
		});
	});

	it('lets an offer send client_max_window_bits without a value, but not a response', () => {
		expect(read('permessage-deflate; client_max_window_bits', 'offer').problems).toEqual([]);
		expect(read('permessage-deflate; client_max_window_bits', 'response').problems[0]?.kind).toBe(
			'invalid_value'
		);
	});

	it.each([
		['permessage-deflate; client_max_window_bits=16', 'invalid_value'],
		['permessage-deflate; server_max_window_bits=7', 'invalid_value'],
		['permessage-deflate; server_max_window_bits=010', 'invalid_value'],
		['permessage-deflate; server_no_context_takeover=1', 'invalid_value'],
		['permessage-deflate; foo=bar', 'unknown_param'],
		[
			'permessage-deflate; server_no_context_takeover; server_no_context_takeover',
			'duplicate_param'
		]
	])('finds the problem in %s', (value, kind) => {
		expect(read(value, 'offer').problems.map((p) => p.kind)).toEqual([kind]);
	});

	it('accepts a quoted value', () => {
		expect(
			read('permessage-deflate; server_max_window_bits="10"', 'offer').config.serverMaxWindowBits
		).toBe(10);
	});

	it('keeps the position of each parameter in the header text', () => {
		const [item] = parseExtensionsHeader('x-foo, permessage-deflate;  client_max_window_bits');
		expect(item?.name).toBe('x-foo');
		const [, deflate] = parseExtensionsHeader('x-foo, permessage-deflate;  client_max_window_bits');
		expect(deflate?.offset).toBe(7);
		expect(deflate?.params[0]).toMatchObject({ name: 'client_max_window_bits', offset: 28 });
	});
});

describe('inflated payloads own their bytes', () => {
	// pako hands out a view into a fresh 64 KiB buffer per push: kept as it was, 87k small messages
	// held 5 GB. Each payload must hold only its own bytes, so memory follows the input.
	it('gives each small message a buffer of its own size', () => {
		const deflater = new MessageDeflater({ noContextTakeover: false, windowBits: 15 });
		const inflater = new MessageInflater({ noContextTakeover: false, windowBits: 15 });
		const text = new TextEncoder().encode('{"tick":1}');
		for (let i = 0; i < 3; i++) {
			const outcome = inflater.inflate(deflater.deflate(text));
			expect(outcome.ok && toHex(outcome.bytes)).toBe(toHex(text));
			if (outcome.ok) expect(outcome.bytes.buffer.byteLength).toBe(text.length);
		}
	});

	it('keeps a big message whole across pako output buffers', () => {
		const big = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 251);
		const deflater = new MessageDeflater({ noContextTakeover: true, windowBits: 15 });
		const inflater = new MessageInflater({ noContextTakeover: true, windowBits: 15 });
		const outcome = inflater.inflate(deflater.deflate(big));
		expect(outcome.ok && toHex(outcome.bytes)).toBe(toHex(big));
	});
});
