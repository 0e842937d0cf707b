// RFC 6455 §5.2 / §11.8: the opcode registry as data. Control frames are those with the high bit of the
// opcode set (0x8-0xF, §5.5).
import { fill } from '../text.ts';
import type { FrameType } from './types.ts';

export interface OpcodeSpec {
	name: FrameType;
	control: boolean;
	/** What a frame of this type does: OPCODE_MEANINGS[meaningId] with {hex} filled. */
	meaning: string;
	meaningId: OpcodeMeaningId;
	rfc: string;
}

/** What each kind of opcode does (RFC 6455 §5.2, §11.8); reserved ones by whether they are control. */
export const OPCODE_MEANINGS = {
	continuation: 'continues a fragmented message',
	text: 'starts a text message (UTF-8)',
	binary: 'starts a binary message',
	close: 'closes the connection',
	ping: 'asks the peer for a pong',
	pong: 'answers a ping',
	reserved_data: 'reserved for further non-control frames (0x{hex})',
	reserved_control: 'reserved for further control frames (0x{hex})'
} as const;

export type OpcodeMeaningId = keyof typeof OPCODE_MEANINGS;

export const OPCODES: readonly OpcodeSpec[] = [
	defined('continuation', false, 'RFC 6455 §5.4'),
	defined('text', false, 'RFC 6455 §5.6'),
	defined('binary', false, 'RFC 6455 §5.6'),
	...[3, 4, 5, 6, 7].map((n) => reserved(n, false)),
	defined('close', true, 'RFC 6455 §5.5.1'),
	defined('ping', true, 'RFC 6455 §5.5.2'),
	defined('pong', true, 'RFC 6455 §5.5.3'),
	...[0xb, 0xc, 0xd, 0xe, 0xf].map((n) => reserved(n, true))
];

function defined(name: Exclude<FrameType, 'reserved'>, control: boolean, rfc: string): OpcodeSpec {
	return { name, control, meaning: OPCODE_MEANINGS[name], meaningId: name, rfc };
}

function reserved(n: number, control: boolean): OpcodeSpec {
	const meaningId = control ? 'reserved_control' : 'reserved_data';
	const meaning = fill(OPCODE_MEANINGS[meaningId], { hex: n.toString(16) });
	return { name: 'reserved', control, meaning, meaningId, rfc: 'RFC 6455 §5.2' };
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
