// The /decode state that opens a built frame in the decoder: the frame's bytes as capture text in
// its sender's box (the shape /decode's link reads). Made at build time for the opening frame, so
// the prerendered "Open in decoder" link is right before any script runs, and in the page after.
import { bytesToHex, type Role } from '$lib/protocol/index.ts';
import { encodeState } from '$lib/state/url-state.ts';

export function decoderHash(bytes: Uint8Array, from: Role): Promise<string> {
	const text = bytesToHex(bytes, ' ');
	return encodeState({
		client: from === 'client' ? text : '',
		server: from === 'server' ? text : '',
		extensions: ''
	});
}
