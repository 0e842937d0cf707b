// The RSV1-looks-like-deflate hint (src/lib/protocol/deflate-hint.ts), by code.
import { m } from '$lib/paraglide/messages.js';
import type { DeflateHint } from '$lib/protocol/deflate-hint.ts';
import type { MessageTable } from './say.ts';

export const DEFLATE_HINT_MESSAGES: MessageTable<DeflateHint> = {
	rsv1_looks_like_deflate: m.deflate_hint_rsv1_looks_like_deflate
};
