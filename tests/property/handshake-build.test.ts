import fc from 'fast-check';
import { describe, it } from 'vitest';
import { built, expectClean } from '../unit/handshake/built.ts';

describe('buildHandshake on any input', () => {
	it('any URL, subprotocols, offer, origin and cookies make a handshake that validates clean', () => {
		const token = fc.stringMatching(/^[a-z][a-z0-9.-]{0,11}$/);
		const offers = fc.constantFrom(
			undefined,
			'permessage-deflate',
			'permessage-deflate; client_max_window_bits',
			'permessage-deflate; server_no_context_takeover; client_no_context_takeover',
			'permessage-deflate; server_max_window_bits=10, permessage-deflate',
			'x-unknown, permessage-deflate; client_max_window_bits=12'
		);
		fc.assert(
			fc.property(
				fc.constantFrom('ws', 'wss'),
				fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
				fc.array(token, { maxLength: 3 }),
				fc.uniqueArray(token, { maxLength: 4 }),
				offers,
				fc.option(fc.stringMatching(/^[a-z0-9=;. ]{1,20}$/), { nil: undefined }),
				(scheme, port, path, protocols, extensions, cookies) => {
					const url = `${scheme}://example.org${port ? `:${port}` : ''}/${path.join('/')}`;
					const b = built({ url, protocols, extensions, cookies, origin: 'https://example.org' });
					expectClean(b);
				}
			)
		);
	});
});
