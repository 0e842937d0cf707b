// Each kind of lesson embed in its own chunk, and what it is given. The server renders a lesson's
// embed (its load imports the one view the lesson embeds); the browser imports that view only when
// the reader comes near it (StaticFirst.svelte), and never for a view that does not change.
import type { Component } from 'svelte';
import type { LabChange } from '$lib/learn/extras.ts';
import type { Embed } from '$lib/learn/types.ts';
import type { EmbedReading } from './embed-reading.ts';

const EMBEDS = {
	frames: () => import('./FramesEmbed.svelte'),
	capture: () => import('./CaptureEmbed.svelte'),
	explorer: () => import('./ExplorerEmbed.svelte'),
	metrics: () => import('./MetricsTable.svelte'),
	mask: () => import('./MaskTable.svelte'),
	handshake: () => import('./HandshakeEmbed.svelte'),
	calls: () => import('./CallsEmbed.svelte'),
	'engine-io': () => import('./EngineIoEmbed.svelte')
} satisfies Record<Embed['kind'], () => Promise<unknown>>;

export type EmbedComponents = {
	[K in Embed['kind']]: Awaited<ReturnType<(typeof EMBEDS)[K]>>['default'];
};

/** Views that show their reading and nothing more: their prerendered markup is all they are. */
export const STILL_EMBEDS: ReadonlySet<Embed['kind']> = new Set(['mask', 'calls']);

/** The component that shows an embed of this kind. */
export async function loadEmbed<K extends Embed['kind']>(kind: K): Promise<EmbedComponents[K]> {
	return (await EMBEDS[kind]()).default as EmbedComponents[K];
}

type EmbedOf<K extends Embed['kind']> = Extract<Embed, { kind: K }>;
type OnLab = ((change: LabChange | null) => void) | undefined;

/** The props of each kind's view: the embed's preset, and the engine's reading of it. */
const PROPS: {
	[K in Embed['kind']]: (embed: EmbedOf<K>, reading: EmbedReading, onlab: OnLab) => object;
} = {
	frames: (e, r) => ({ bytes: e.bytes, result: r.frames! }),
	capture: (e, r) => ({ bytes: e.bytes, from: e.from, result: r.capture!, payloads: e.payloads }),
	explorer: (e, r) => ({ text: e.text, reading: r.explorer! }),
	metrics: (e, _, onlab) => ({ results: e.results, onlab }),
	mask: (e, r) => ({ bytes: e.bytes, steps: r.mask! }),
	handshake: (e, r, onlab) => ({
		request: e.request,
		response: e.response,
		accept: r.handshake!,
		onlab
	}),
	calls: (e, r) => ({ rows: e.rows, frames: r.calls! }),
	'engine-io': (_, r) => ({ rows: r.engineIo! })
};

export function embedProps(embed: Embed, reading: EmbedReading, onlab: OnLab): object {
	return (PROPS[embed.kind] as (e: Embed, r: EmbedReading, o: OnLab) => object)(
		embed,
		reading,
		onlab
	);
}

/** Any kind's view, as StaticFirst takes it. */
export type EmbedView = Component<Record<string, unknown>>;
