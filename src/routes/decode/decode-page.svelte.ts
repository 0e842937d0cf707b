// The /decode page's state: the two directions and the negotiated extensions. A HAR pasted in either
// box goes to the capture view (`onhar`). The page keeps it in the URL hash with useHashState.
import { m } from '$lib/paraglide/messages.js';
import { Direction } from './direction.svelte.ts';
import type { DecodeExample } from './examples.ts';
import type { DecodeReading } from './decode-reading.ts';
import { LINK_TEXT_LIMIT, type DecodeLink } from './link-state.ts';
import { PAGE_MAX_MESSAGE } from '$lib/workers/frame-table.ts';
import type { PayloadChoice } from '$lib/protocol/payload/types.ts';

const MIB = 1024 * 1024;

export class DecodePage {
	extensions = $state('');
	/** The negotiated Sec-WebSocket-Protocol: it names what the messages carry. */
	subprotocol = $state('');
	/** What to read the messages as: detect (`auto`), nothing, or one protocol. */
	payload = $state<PayloadChoice>('auto');
	/** The receiver's message size limit, in MiB: 64 unless the reader changes it (past it: 1009). */
	maxMessageMiB = $state(PAGE_MAX_MESSAGE / MIB);

	get maxMessage(): number {
		const mib =
			Number.isFinite(this.maxMessageMiB) && this.maxMessageMiB > 0 ? this.maxMessageMiB : 64;
		return Math.round(mib * MIB);
	}
	/** The boxes hold messages re-encoded from a HAR (an older page did that; its links still can). */
	reconstructed = $state(false);
	/** Where a HAR pasted in a box goes: the page opens it in the capture view. */
	onhar: (har: Blob) => void = () => {};
	readonly client = new Direction('client', (har) => this.showHar('client', har));
	readonly server = new Direction('server', (har) => this.showHar('server', har));

	/** The state a link reopens; null parts are too large for a link. */
	link: DecodeLink = $derived({
		client: this.client.text.length <= LINK_TEXT_LIMIT ? this.client.text : '',
		server: this.server.text.length <= LINK_TEXT_LIMIT ? this.server.text : '',
		extensions: this.extensions,
		clientFrame: this.client.selected,
		serverFrame: this.server.selected,
		reconstructed: this.reconstructed,
		subprotocol: this.subprotocol,
		payload: this.payload,
		capture: null
	});

	/** Why the link leaves a capture out, if it does. */
	linkNote: string | null = $derived(
		this.client.large || this.server.large
			? m.decode_link_too_large()
			: this.client.text.length > LINK_TEXT_LIMIT || this.server.text.length > LINK_TEXT_LIMIT
				? m.decode_link_text_too_long({ kib: LINK_TEXT_LIMIT / 1024 })
				: null
	);

	/** A stream began with a 101 that negotiated extensions: the page decodes both directions with them. */
	adoptNegotiated(): void {
		const heads = [this.client, this.server].map((d) => d.analysis?.head);
		const negotiated = heads.map((h) => h?.extensions ?? '').find((x) => x !== '');
		if (negotiated && this.extensions === '') this.extensions = negotiated;
		// The 101's Sec-WebSocket-Protocol names what the messages carry (RFC 6455 §4.2.2).
		const protocol = heads.map((h) => h?.protocol ?? '').find((x) => x !== '');
		if (protocol && this.subprotocol === '') this.subprotocol = protocol;
	}

	direction(role: 'client' | 'server'): Direction {
		return role === 'client' ? this.client : this.server;
	}

	/** Opens on a reading made at build time (the default example): no engine until an input changes. */
	open(reading: DecodeReading): void {
		this.reconstructed = false;
		this.extensions = reading.extensions;
		this.subprotocol = reading.payload.subprotocol;
		this.payload = reading.payload.choice;
		this.client.open(reading.client);
		this.server.open(reading.server);
		this.client.selected = 0;
		this.server.selected = 0;
	}

	load(example: DecodeExample): void {
		this.reconstructed = false;
		this.extensions = example.extensions;
		this.subprotocol = example.subprotocol ?? '';
		this.payload = 'auto';
		this.client.setText(example.client);
		this.server.setText(example.server);
		this.client.selected = 0;
		this.server.selected = 0;
	}

	restore(link: DecodeLink): void {
		this.extensions = link.extensions;
		this.reconstructed = link.reconstructed;
		this.subprotocol = link.subprotocol;
		this.payload = link.payload;
		this.client.setText(link.client);
		this.server.setText(link.server);
		this.client.selected = link.clientFrame;
		this.server.selected = link.serverFrame;
	}

	setText(role: 'client' | 'server', text: string): void {
		this.reconstructed = false;
		this.direction(role).setText(text);
	}

	/** A HAR replaces both panes: the capture view shows it, and the box it was pasted in empties. */
	private showHar(role: 'client' | 'server', har: Blob): void {
		this.direction(role).setText('');
		this.onhar(har);
	}
}
