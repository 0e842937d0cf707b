// The /decode examples' names and groups in the page's language: messages decode_example_<id> and
// decode_group_*, or the example's own English when a message is missing.
import { m } from '$lib/paraglide/messages.js';
import type { DecodeExample } from './examples.ts';

/** Each example's name, a message (decode_example_<id>, its hyphens as underscores: the bundle keeps
 * no export whose name holds a hyphen). */
const EXAMPLES: Readonly<Record<string, () => string>> = {
	'hello-both-ways': m.decode_example_hello_both_ways,
	fragmented: m.decode_example_fragmented,
	'ping-pong': m.decode_example_ping_pong,
	'binary-256': m.decode_example_binary_256,
	'rfc7692-shared-window': m.decode_example_rfc7692_shared_window,
	'deflate-conversation': m.decode_example_deflate_conversation,
	'rfc7692-no-context-takeover': m.decode_example_rfc7692_no_context_takeover,
	'broken-rsv1': m.decode_example_broken_rsv1,
	'broken-masked-server': m.decode_example_broken_masked_server,
	'broken-utf8': m.decode_example_broken_utf8,
	'broken-close-code': m.decode_example_broken_close_code,
	'broken-truncated': m.decode_example_broken_truncated,
	'broken-corrupt-deflate': m.decode_example_broken_corrupt_deflate,
	'socket-io': m.decode_example_socket_io,
	mqtt: m.decode_example_mqtt
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
