// The /decode examples' names and groups in the page's language: messages decode_example_<id> and
// decode_group_*, or the example's own English when a message is missing.
import { m } from '$lib/paraglide/messages.js';
import type { DecodeExample } from './examples.ts';

/** Examples whose names are messages (decode_example_<id>); the rest are named by their bytes. */
const EXAMPLES: Readonly<Record<string, () => string>> = {
	fragmented: m.decode_example_fragmented
};

const GROUPS: Record<DecodeExample['group'], () => string> = {
	'RFC 6455 §5.7': m.decode_group_rfc6455,
	'Compressed (RFC 7692)': m.decode_group_compressed,
	'Broken captures': m.decode_group_broken,
	'Protocols inside': m.decode_group_protocols
};

export function decodeGroupLabel(group: DecodeExample['group']): string {
	return GROUPS[group]();
}

export function decodeExampleLabel(example: Pick<DecodeExample, 'id' | 'label'>): string {
	return EXAMPLES[example.id]?.() ?? example.label;
}
