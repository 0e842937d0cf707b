// What a close code means and what an opcode does, in the page's language.
import { closeCodeInfo, opcodeSpec } from '$lib/protocol/index.ts';
import { CLOSE_MEANING_MESSAGES, OPCODE_MEANING_MESSAGES } from './meaning-messages.ts';
import { say } from './say.ts';

/** What a close code means (RFC 6455 §7.4), in the page's language. */
export function closeMeaning(code: number): string {
	return say(CLOSE_MEANING_MESSAGES, { code: closeCodeInfo(code).meaningId, params: {} });
}

/** What an opcode does (RFC 6455 §5.2, §11.8), in the page's language; no "control frame" prefix. */
export function opcodeMeaning(opcode: number): string {
	const spec = opcodeSpec(opcode);
	const params = { hex: (opcode & 0xf).toString(16) };
	return say(OPCODE_MEANING_MESSAGES, { code: spec.meaningId, params });
}
