// Counted nouns: English says "1 byte" and "2 bytes", Korean 바이트 either way. Each count has a
// message for one and one for the rest, and these pick.
import { m } from '$lib/paraglide/messages.js';

type Counted = (inputs: { count: number | string }) => string;

function counted(one: Counted, other: Counted): (count: number) => string {
	return (count) => (count === 1 ? one : other)({ count: count.toLocaleString('en') });
}

/** "1 byte", "11 bytes" */
export const bytesText = counted(m.count_bytes_one, m.count_bytes);
/** "1 more byte", "7 more bytes" */
export const moreBytesText = counted(m.count_more_bytes_one, m.count_more_bytes);
/** "1 frame", "3 frames" */
export const framesText = counted(m.count_frames_one, m.count_frames);
/** "1 message", "2 messages" */
export const messagesText = counted(m.count_messages_one, m.count_messages);
/** "… and 1 more diagnostic.", "… and 3 more diagnostics." */
export const moreDiagnosticsText = counted(
	m.decode_diagnostics_more_one,
	m.decode_diagnostics_more
);
/** "… and 2 more messages not listed." */
export const moreMessagesText = counted(m.decode_messages_more_one, m.decode_messages_more);
