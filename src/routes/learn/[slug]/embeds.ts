// Each kind of lesson embed in its own chunk: a lesson loads the one view it embeds (its load
// function awaits it, so it is there before the page hydrates), not the handshake checker, the
// capture reader and the transports tables of every other lesson.
import type { Embed } from '$lib/learn/types.ts';

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

/** The component that shows an embed of this kind. */
export async function loadEmbed<K extends Embed['kind']>(kind: K): Promise<EmbedComponents[K]> {
	return (await EMBEDS[kind]()).default as EmbedComponents[K];
}
