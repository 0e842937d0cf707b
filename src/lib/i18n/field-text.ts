// A frame field's name and meaning in the page's language (the bit grid, the field table, lessons).
import type { Field } from '$lib/protocol/index.ts';
import { m } from '$lib/paraglide/messages.js';
import { FRAME_FIELD_MESSAGES, FRAME_FIELD_WORDS } from './field-messages.ts';
import { say, type MessageTable } from './say.ts';

// Field meanings carry codes typed as strings (frame and handshake fields share Field).
const frameFields: MessageTable<string> = FRAME_FIELD_MESSAGES;

/** Frame field names by id (FIN, RSV and MASK are names in every language). */
const FIELD_LABELS: Readonly<Record<string, (params: { bits: number }) => string>> = {
	opcode: m.field_label_opcode,
	payload_length: m.field_label_payload_length,
	extended_payload_length: m.field_label_extended_payload_length,
	masking_key: m.field_label_masking_key,
	payload: m.field_label_payload,
	truncated_header: m.field_label_truncated_header
};

/** A frame field's name in the page's language. */
export function fieldLabel(field: Pick<Field, 'id' | 'label' | 'bitLength'>): string {
	return FIELD_LABELS[field.id]?.({ bits: field.bitLength }) ?? field.label;
}

/** A frame field's meaning in the page's language, from its code. */
export function fieldMeaning(field: Pick<Field, 'explained' | 'meaning'>): string {
	return field.explained ? say(frameFields, field.explained, FRAME_FIELD_WORDS) : field.meaning;
}
