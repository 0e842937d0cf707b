// The "build" part's form as the page keeps it (text fields, as typed) and as buildHandshake takes
// it. Shared by the page and +page.server.ts, which highlights the snippets of the default form.
import type { BuildOptions } from '$lib/protocol/index.ts';
import { RFC_EXAMPLE_KEY } from '$lib/protocol/handshake/rfc-example.ts';

export interface BuildForm {
	url: string;
	/** Comma-separated, most preferred first. */
	protocols: string;
	extensions: string;
	origin: string;
	key: string;
}

/** RFC 6455 §1.2's handshake, over TLS, offering permessage-deflate as browsers do. */
export const DEFAULT_BUILD_FORM: BuildForm = {
	url: 'wss://server.example.com/chat',
	protocols: 'chat, superchat',
	extensions: 'permessage-deflate; client_max_window_bits',
	origin: 'http://example.com',
	key: RFC_EXAMPLE_KEY
};

export function buildOptionsOf(form: BuildForm): BuildOptions {
	const options: BuildOptions = {
		url: form.url,
		protocols: form.protocols
			.split(',')
			.map((p) => p.trim())
			.filter((p) => p !== ''),
		// The key as typed: an empty one is a problem to show, not a reason to pick a random one.
		key: form.key.trim()
	};
	if (form.extensions.trim()) options.extensions = form.extensions;
	if (form.origin.trim()) options.origin = form.origin.trim();
	return options;
}
