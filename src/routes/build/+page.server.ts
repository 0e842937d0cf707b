// At build time only (the page is prerendered): the engine's reading of the default frame, so the
// page opens showing it without loading the engine (src/lib/state/builder.svelte.ts), and its
// decoder link.
import { compactViews } from '$lib/server/compact.ts';
import { DEFAULT_STATE } from '$lib/state/builder.svelte.ts';
import { readBuilder } from '$lib/state/builder-engine.ts';
import { decoderHash } from './decoder-link.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const reading = readBuilder(DEFAULT_STATE);
	return {
		builder: compactViews(reading),
		decoderHash: await decoderHash(reading.bytes, DEFAULT_STATE.from)
	};
};
