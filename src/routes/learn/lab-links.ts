// A lesson's lab link: the lab's own URL hash for the preset, written by the lab's own link code,
// so a link always opens what the lab itself would write. Runs at build time (the page is prerendered)
// and again in the browser once the student changes the embed (a typed key, a moved slider), so the
// link opens what is on screen.
import type { LabLink } from '$lib/learn/extras.ts';
import { computeAccept, presetById, presetScenario, setHeaderValue } from '$lib/protocol/index.ts';
import { DEFAULT_STATE as BUILD_DEFAULT } from '$lib/state/builder.svelte.ts';
import { encodeState } from '$lib/state/url-state.ts';
import { DEFAULT_STATE as HANDSHAKE_DEFAULT } from '../handshake/lab.svelte.ts';
import { writeLink as writeHandshakeLink } from '../handshake/link.ts';
import { writeLink as writeTransportsLink } from '../transports/link.ts';
import { DEFAULT_VIEW as TRANSPORTS_DEFAULT } from '../transports/view.ts';

export async function labHash(link: LabLink): Promise<string> {
	switch (link.path) {
		case '/build':
			return encodeState({ ...BUILD_DEFAULT, ...link.state });
		case '/decode': {
			// /decode's simple form (decode/link.ts reads it): hex digits, the sender, the extensions.
			const params = new URLSearchParams({ hex: link.hex.replace(/\s+/g, ''), from: link.from });
			if (link.extensions) params.set('ext', link.extensions);
			return params.toString();
		}
		case '/handshake': {
			const preset = presetById(link.preset);
			// Presets are the engine's fixed table: an unknown id is a bug in extras.ts.
			if (!preset) throw new Error(`lesson lab: no handshake preset ${link.preset}`);
			// RFC 6455 §4.2.2: a typed key goes into the request, and the engine's accept for it
			// into the response, as the embed showed them.
			const key = link.key;
			return writeHandshakeLink({
				...HANDSHAKE_DEFAULT,
				request:
					key === undefined
						? preset.request
						: setHeaderValue(preset.request, 'request', 'Sec-WebSocket-Key', key),
				response:
					key === undefined
						? preset.response
						: setHeaderValue(
								preset.response,
								'response',
								'Sec-WebSocket-Accept',
								computeAccept(key).base64
							)
			});
		}
		case '/transports': {
			const scenario = presetScenario(link.preset);
			return writeTransportsLink({
				...TRANSPORTS_DEFAULT,
				scenario:
					link.rate === undefined
						? scenario
						: { ...scenario, serverEvents: { kind: 'poisson', perSecond: link.rate } }
			});
		}
	}
}
