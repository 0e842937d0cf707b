// What each frame field means (frame/fields.ts), by its `explained` code.
import { m } from '$lib/paraglide/messages.js';
import type { FrameFieldCode } from '$lib/protocol/frame/fields.ts';
import { OPCODE_MEANING_MESSAGES } from './meaning-messages.ts';
import type { MessageTable, WordsFor } from './say.ts';

export const FRAME_FIELD_MESSAGES: MessageTable<FrameFieldCode> = {
	fin_0: m.field_fin_0,
	fin_1: m.field_fin_1,
	rsv_0: m.field_rsv_0,
	rsv_undefined: m.field_rsv_undefined,
	rsv_deflate: m.field_rsv_deflate,
	rsv_defined: m.field_rsv_defined,
	opcode: m.field_opcode,
	opcode_control: m.field_opcode_control,
	mask_0: m.field_mask_0,
	mask_1: m.field_mask_1,
	length_short: m.field_length_short,
	length_marker: m.field_length_marker,
	extended_length: m.field_extended_length,
	masking_key: m.field_masking_key,
	payload: m.field_payload,
	payload_reserved: m.field_payload_reserved,
	truncated_header: m.field_truncated_header
};

/** What the opcode field's opcode does (its `does`). */
export const FRAME_FIELD_WORDS: WordsFor<'does'> = { does: OPCODE_MEANING_MESSAGES };
