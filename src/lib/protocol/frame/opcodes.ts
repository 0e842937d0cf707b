// RFC 6455 §5.2 / §11.8: the opcode registry as data. Control frames are those with the high bit of the
// opcode set (0x8-0xF, §5.5).
import type { FrameType } from './types.ts';

export interface OpcodeSpec {
	name: FrameType;
	control: boolean;
	meaning: string;
	rfc: string;
}

export const OPCODES: readonly OpcodeSpec[] = [
	{
		name: 'continuation',
		control: false,
		meaning: 'continues a fragmented message',
		rfc: 'RFC 6455 §5.4'
	},
	{ name: 'text', control: false, meaning: 'starts a text message (UTF-8)', rfc: 'RFC 6455 §5.6' },
	{ name: 'binary', control: false, meaning: 'starts a binary message', rfc: 'RFC 6455 §5.6' },
	...[3, 4, 5, 6, 7].map((n) => reserved(n, false)),
	{ name: 'close', control: true, meaning: 'closes the connection', rfc: 'RFC 6455 §5.5.1' },
	{ name: 'ping', control: true, meaning: 'asks the peer for a pong', rfc: 'RFC 6455 §5.5.2' },
	{ name: 'pong', control: true, meaning: 'answers a ping', rfc: 'RFC 6455 §5.5.3' },
	...[0xb, 0xc, 0xd, 0xe, 0xf].map((n) => reserved(n, true))
];

function reserved(n: number, control: boolean): OpcodeSpec {
	const kind = control ? 'control' : 'non-control';
	return {
		name: 'reserved',
		control,
		meaning: `reserved for further ${kind} frames (0x${n.toString(16)})`,
		rfc: 'RFC 6455 §5.2'
	};
}

/** Opcode numbers by name, for encoders and the CLI's `--opcode text`. */
export const OPCODE_BY_NAME = {
	continuation: 0,
	text: 1,
	binary: 2,
	close: 8,
	ping: 9,
	pong: 10
} as const;

export type OpcodeName = keyof typeof OPCODE_BY_NAME;

export function opcodeSpec(opcode: number): OpcodeSpec {
	return OPCODES[opcode & 0xf]!;
}

export function isControl(opcode: number): boolean {
	return (opcode & 0x8) !== 0;
}
