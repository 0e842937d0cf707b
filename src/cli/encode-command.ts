// `wsviz encode`: build one frame from options, print its bytes, and read them back with the decoder
// to show every field and the rules the frame breaks (invalid frames are allowed: they teach).
import {
	bytesToHex,
	decode,
	diagnosticToJson,
	encode,
	frameToJson,
	OPCODE_BY_NAME,
	type FrameSpec
} from '../lib/protocol/index.ts';
import { parseArgs, UsageError, type ParsedOptions } from './args.ts';
import type { Io } from './io.ts';
import { renderDiagnostics, renderFrames, renderVerdict } from './render.ts';
import { palette } from './text.ts';

const OPTIONS = {
	opcode: 'value',
	'no-fin': 'flag',
	rsv1: 'flag',
	rsv2: 'flag',
	rsv3: 'flag',
	mask: 'value',
	'no-mask': 'flag',
	text: 'value',
	hex: 'value',
	'close-code': 'value',
	reason: 'value',
	'length-bits': 'value',
	json: 'flag',
	help: 'flag'
} as const;

type Options = ParsedOptions<typeof OPTIONS>;

export function runEncode(argv: readonly string[], io: Io): number {
	const { options, positionals } = parseArgs(argv, OPTIONS);
	if (options.help) {
		io.out(ENCODE_HELP);
		return 0;
	}
	if (positionals.length > 0) {
		throw new UsageError(
			`unexpected argument '${positionals[0]}': give the payload with --text or --hex`
		);
	}
	const spec = frameSpec(options);
	const encoded = encode(spec);
	if (options.json) {
		const json = {
			hex: bytesToHex(encoded.bytes),
			frame: frameToJson(encoded.frame),
			diagnostics: encoded.diagnostics.map(diagnosticToJson)
		};
		io.out(`${JSON.stringify(json, null, 2)}\n`);
		return 0;
	}
	io.out(renderEncode(encoded.bytes, encoded.from, spec.mask === 'random', io));
	return 0;
}

function renderEncode(
	bytes: Uint8Array,
	from: 'client' | 'server',
	random: boolean,
	io: Io
): string {
	const pal = palette(io.color);
	// Decoded again (as encode itself does) for the DecodeResult the shared report renders.
	const result = decode(bytes, { from, annotate: true });
	const key = result.frames[0]?.maskKey;
	const head = [bytesToHex(bytes, ' ')];
	if (random && key) {
		head.push(
			pal.dim(`note: masking key ${bytesToHex(key)} chosen at random (fix it with --mask)`)
		);
	}
	const view = { input: bytes, result, columns: io.columns };
	const blocks = [head, ...renderFrames(view, pal), renderDiagnostics(result.diagnostics, pal)];
	blocks.push([renderVerdict(result, pal)]);
	return `${blocks
		.filter((b) => b.length > 0)
		.map((b) => b.join('\n'))
		.join('\n\n')}\n`;
}

function frameSpec(o: Options): FrameSpec {
	if (o.mask !== undefined && o['no-mask'])
		throw new UsageError('give --mask or --no-mask, not both');
	if (o.text !== undefined && o.hex !== undefined)
		throw new UsageError('give --text or --hex, not both');
	const spec: FrameSpec = {
		opcode: readOpcode(o),
		fin: !o['no-fin'],
		rsv1: o.rsv1 === true,
		rsv2: o.rsv2 === true,
		rsv3: o.rsv3 === true,
		// A client frame by default: clients must mask (RFC 6455 §5.3), with a fresh unpredictable key.
		mask: o['no-mask'] ? null : o.mask === undefined ? 'random' : readMask(o.mask)
	};
	if (o.text !== undefined) spec.text = o.text;
	if (o.hex !== undefined) spec.payload = readHex(o.hex, '--hex');
	Object.assign(spec, readClose(o));
	if (o['length-bits'] !== undefined) spec.lengthBits = readLengthBits(o['length-bits']);
	return spec;
}

function readOpcode(o: Options): FrameSpec['opcode'] {
	const value = o.opcode;
	// `--close-code 1000` alone means a close frame: nothing else can carry a close code.
	if (value === undefined) return o['close-code'] === undefined ? 'text' : 'close';
	if (Object.hasOwn(OPCODE_BY_NAME, value)) return value as keyof typeof OPCODE_BY_NAME;
	const n = /^(\d+|0x[0-9a-f]+)$/i.test(value) ? Number(value) : NaN;
	if (Number.isInteger(n) && n >= 0 && n <= 15) return n;
	const names = Object.keys(OPCODE_BY_NAME).join(', ');
	throw new UsageError(`--opcode must be one of ${names} or a number 0-15, not '${value}'`);
}

function readMask(value: string): Uint8Array {
	const digits = value.replace(/^0x/i, '').replace(/[\s:]/g, '');
	if (!/^[0-9a-f]{8}$/i.test(digits)) {
		throw new UsageError(`--mask must be 8 hex digits (4 bytes), e.g. 37fa213d, not '${value}'`);
	}
	return readHex(digits, '--mask');
}

/** Strict hex (spaces allowed), not the paste detector: `--hex` must never be read as base64. */
function readHex(value: string, option: string): Uint8Array {
	const digits = value.replace(/^0x/i, '').replace(/\s/g, '');
	const bad = digits.search(/[^0-9a-f]/i);
	if (bad >= 0)
		throw new UsageError(`${option}: '${digits[bad]}' is not a hex digit (in '${value}')`);
	if (digits.length % 2 !== 0) {
		throw new UsageError(`${option}: ${digits.length} hex digits is not a whole number of bytes`);
	}
	const bytes = new Uint8Array(digits.length / 2);
	for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(digits.slice(2 * i, 2 * i + 2), 16);
	return bytes;
}

function readClose(o: Options): Pick<FrameSpec, 'closeCode' | 'reason'> {
	const code = o['close-code'];
	if (code === undefined) {
		if (o.reason !== undefined)
			throw new UsageError('--reason needs --close-code (RFC 6455 §5.5.1)');
		return {};
	}
	if (o.text !== undefined || o.hex !== undefined) {
		throw new UsageError(
			'with --close-code, give the close reason with --reason, not --text or --hex'
		);
	}
	if (o.opcode !== undefined && o.opcode !== 'close' && o.opcode !== '8') {
		throw new UsageError(`--close-code needs --opcode close, not '${o.opcode}'`);
	}
	// Any 16-bit value is allowed, 1005 or 999 included: building invalid close frames is a lesson.
	if (!/^\d+$/.test(code) || Number(code) > 0xffff) {
		throw new UsageError(`--close-code must be a number 0-65535, not '${code}'`);
	}
	return o.reason === undefined
		? { closeCode: Number(code) }
		: { closeCode: Number(code), reason: o.reason };
}

function readLengthBits(value: string): 7 | 16 | 64 {
	if (value === '7' || value === '16' || value === '64') return Number(value) as 7 | 16 | 64;
	throw new UsageError(`--length-bits must be 7, 16 or 64, not '${value}'`);
}

export const ENCODE_HELP = `Usage: wsviz encode [--opcode text|binary|close|ping|pong|continuation|<0-15>]
                    [--no-fin] [--rsv1] [--rsv2] [--rsv3] [--mask <8 hex digits>|--no-mask]
                    [--text <s> | --hex <h>] [--close-code N [--reason s]]
                    [--length-bits 16|64] [--json]

Build one WebSocket frame (RFC 6455 §5.2), print its bytes as hex, and explain
every field. Frames that break a rule are built anyway, with the diagnostics a
strict receiver would raise.

Options:
  --opcode NAME|N      text (default), binary, close, ping, pong, continuation,
                       or any number 0-15 (reserved ones included)
  --no-fin             clear FIN: more frames of this message follow
  --rsv1, --rsv2, --rsv3
                       set a reserved bit (RSV1 = compressed under permessage-deflate)
  --mask HEX           the masking key, 8 hex digits (e.g. 37fa213d)
  --no-mask            no masking key: a server's frame. Default: a random key,
                       a client's frame
  --text S             the payload as UTF-8 text
  --hex H              the payload as hex bytes (spaces allowed)
  --close-code N       a close frame with status code N (0-65535; implies
                       --opcode close)
  --reason S           the close reason (UTF-8), after --close-code
  --length-bits 16|64  write the length in a longer form than needed (7 = minimal)
  --json               print {"hex", "frame", "diagnostics"} as JSON
  -h, --help           show this help

Exit status: 0 when the frame was built (whatever rules it breaks); 2 on bad usage.

Examples:
  wsviz encode --mask 37fa213d --text Hello          # 818537fa213d7f9f4d5158
  wsviz encode --no-mask --opcode ping --text Hello  # 890548656c6c6f
  wsviz encode --close-code 1000 --reason bye --no-mask
`;
