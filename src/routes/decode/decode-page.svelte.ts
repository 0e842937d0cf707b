// The /decode page's state: the two directions, the negotiated extensions and a HAR when one was
// pasted. The page keeps it in the URL hash with useHashState.
import { m } from '$lib/paraglide/messages.js';
import { bytesToHex, encodeFrame, encodeMessage } from '$lib/protocol/index.ts';
import type { HarMessage, HarReading } from '$lib/protocol/input/har.ts';
import { Direction } from './direction.svelte.ts';
import type { DecodeExample } from './examples.ts';
import { LINK_TEXT_LIMIT, type DecodeLink } from './link.ts';
import { PAGE_MAX_MESSAGE } from '$lib/workers/analysis.ts';
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
	har = $state.raw<HarReading | null>(null);
	/** The boxes hold messages re-encoded from a HAR: the masking keys are made up. */
	reconstructed = $state(false);
	readonly client = new Direction('client', (har) => this.showHar(har));
	readonly server = new Direction('server', (har) => this.showHar(har));

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
		this.client.large || this.server.large || this.har
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

	load(example: DecodeExample): void {
		this.har = null;
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
		this.har = null;
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

	private showHar(har: HarReading): void {
		this.har = har;
	}

	closeHar(): void {
		this.har = null;
		for (const d of [this.client, this.server]) if (d.large || /^\s*\{/.test(d.text)) d.setText('');
	}

	/**
	 * Turns the HAR's messages into frames (RFC 6455 §5.4) and puts them in the boxes as hex. The HAR
	 * keeps messages, not frames: fragmentation, compression and the client's masking keys are lost, so
	 * client frames get fresh random keys.
	 */
	reencode(entry: number): void {
		if (!this.har?.ok) return;
		const hex = (messages: HarMessage[], masked: boolean): string =>
			messages
				.filter((m) => m.entry === entry)
				.map((m) => bytesToHex(frameOf(m, masked), ' '))
				.join('\n');
		const { send, receive } = this.har;
		this.har = null;
		this.extensions = '';
		this.client.setText(hex(send, true));
		this.server.setText(hex(receive, false));
		this.client.selected = 0;
		this.server.selected = 0;
		this.reconstructed = true;
	}
}

function frameOf(m: HarMessage, masked: boolean): Uint8Array {
	const mask = masked ? 'random' : null;
	if (m.opcode === 1 || m.opcode === 2) {
		const type = m.opcode === 1 ? 'text' : 'binary';
		return encodeMessage({ type, payload: m.data, mask }).bytes;
	}
	return encodeFrame({ opcode: m.opcode, mask, payload: m.data });
}
