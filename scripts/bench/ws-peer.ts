// The `ws` library's frame receiver, loaded the way a server uses it, with its optional native addons
// switched off: the benchmark compares our decoder with ws's JavaScript, not with C++.
//
// ws honours WS_NO_BUFFER_UTIL only when Node has no `http.websocketMask` (Node 26.12+ has one, and ws
// then prefers it), and WS_NO_UTF_8_VALIDATE only when Node has no `buffer.isUtf8` (Node 18.14+ has
// one: ws then validates UTF-8 of 24 bytes and more natively, whatever the variable says).
// `describeWs()` reports what this process actually got.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Writable } from 'node:stream';

process.env.WS_NO_BUFFER_UTIL = '1';
process.env.WS_NO_UTF_8_VALIDATE = '1';

const require = createRequire(import.meta.url);
// ws's package.json exports only its entry point; its modules are loaded by absolute path, which
// shares Node's module cache with ws itself.
const wsDir = path.dirname(require.resolve('ws/package.json'));
const wsModule = (name: string): unknown => require(path.join(wsDir, 'lib', name));

export interface ReceiverOptions {
	isServer?: boolean;
	maxPayload?: number;
	skipUTF8Validation?: boolean;
}

export type WsReceiver = Writable;

export const Receiver = wsModule('receiver.js') as new (options: ReceiverOptions) => WsReceiver;

export const wsVersion = (require(path.join(wsDir, 'package.json')) as { version: string }).version;

/** How ws unmasks and validates UTF-8 in this process (its JavaScript fallbacks keep their names). */
export function describeWs(): { unmask: string; utf8: string } {
	const bufferUtil = wsModule('buffer-util.js') as { unmask: { name: string } };
	const validation = wsModule('validation.js') as { isValidUTF8: { name: string } };
	const http = require('node:http') as { websocketUnmask?: unknown };
	const bufferutil = resolves('bufferutil') ? 'installed' : 'not installed';
	const unmask =
		bufferUtil.unmask.name === '_unmask'
			? `JavaScript byte loop (bufferutil ${bufferutil}, no http.websocketUnmask)`
			: http.websocketUnmask
				? 'native http.websocketUnmask for 24 bytes and more'
				: 'bufferutil (native) for 32 bytes and more';
	const isUtf8 = (require('node:buffer') as { isUtf8?: unknown }).isUtf8;
	const utf8 =
		validation.isValidUTF8.name === '_isValidUTF8'
			? 'JavaScript loop'
			: isUtf8
				? "JavaScript loop under 24 bytes, Node's native buffer.isUtf8 from 24 bytes"
				: 'utf-8-validate (native) for 32 bytes and more';
	return { unmask, utf8 };
}

function resolves(name: string): boolean {
	try {
		require.resolve(name);
		return true;
	} catch {
		return false;
	}
}
