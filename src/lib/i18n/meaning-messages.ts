// What a close code means (RFC 6455 §7.4) and what an opcode does (RFC 6455 §5.2): the words of the
// `why` and `does` params, and closeMeaning / opcodeMeaning (meaning-text.ts).
import { m } from '$lib/paraglide/messages.js';
import type { PARAM_WORDS } from '$lib/protocol/words.ts';
import type { MessageTable } from './say.ts';

type Words = typeof PARAM_WORDS;

/** What a close code means (RFC 6455 §7.4), by CloseCodeInfo.meaningId. */
export const CLOSE_MEANING_MESSAGES: MessageTable<string> = {
	1000: m.close_meaning_1000,
	1001: m.close_meaning_1001,
	1002: m.close_meaning_1002,
	1003: m.close_meaning_1003,
	1004: m.close_meaning_1004,
	1005: m.close_meaning_1005,
	1006: m.close_meaning_1006,
	1007: m.close_meaning_1007,
	1008: m.close_meaning_1008,
	1009: m.close_meaning_1009,
	1010: m.close_meaning_1010,
	1011: m.close_meaning_1011,
	1012: m.close_meaning_1012,
	1013: m.close_meaning_1013,
	1014: m.close_meaning_1014,
	1015: m.close_meaning_1015,
	range_0: m.close_range_0,
	range_1000: m.close_unassigned,
	range_3000: m.close_range_3000,
	range_4000: m.close_range_4000,
	range_5000: m.close_range_5000
};

/** What an opcode does (RFC 6455 §5.2), by OpcodeSpec.meaningId. */
export const OPCODE_MEANING_MESSAGES: MessageTable<keyof Words['does']> = {
	continuation: m.opcode_meaning_continuation,
	text: m.opcode_meaning_text,
	binary: m.opcode_meaning_binary,
	close: m.opcode_meaning_close,
	ping: m.opcode_meaning_ping,
	pong: m.opcode_meaning_pong,
	reserved_data: m.opcode_meaning_reserved_data,
	reserved_control: m.opcode_meaning_reserved_control
};
