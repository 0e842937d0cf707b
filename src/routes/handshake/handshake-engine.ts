// The /handshake lab's engine work: checkHandshake judges the texts, buildHandshake builds from the
// form, edit.ts edits headers, dump.ts reads a pasted hex dump. Kept apart from the lab's state so
// the page opens without it: the default state's reading is made at build time (+page.server.ts)
// and arrives as data in the prerendered page; this module, and the engine with it, is imported on
// the first edit, or when a link opens another state (lab.svelte.ts: loadHandshakeEngine).
import {
	buildHandshake,
	checkHandshake,
	handshakePresets,
	missingHeaderEffect,
	type BuildResult,
	type HandshakeResult,
	type HandshakeSide
} from '$lib/protocol/index.ts';
import { DEFAULT_STATE, type HandshakeOpening } from './lab.svelte.ts';
import { buildOptionsOf, type BuildForm } from './build-form.ts';

export { randomKey, setHeaderValue } from '$lib/protocol/index.ts';
export { handshakeFromDump } from '$lib/protocol/handshake/dump.ts';

/** Text that is only whitespace is no message at all. */
const given = (text: string): string | undefined => (/\S/.test(text) ? text : undefined);

export function check(request: string, response: string): HandshakeResult {
	return checkHandshake(given(request), given(response));
}

export function build(form: BuildForm): BuildResult {
	return buildHandshake(buildOptionsOf(form));
}

/** What a strict peer says when line `index` of `side` is left out. */
export function effectOf(request: string, response: string, side: HandshakeSide, index: number) {
	return missingHeaderEffect(given(request), given(response), side, index);
}

/** What the page opens on: the presets' texts, and the engine's reading of the default state. */
export function readOpening(): HandshakeOpening {
	const presets = handshakePresets().map(({ id, request, response }) => ({
		id,
		request,
		response
	}));
	const { request, response, build: form } = DEFAULT_STATE;
	return { presets, result: check(request, response), built: build(form) };
}
