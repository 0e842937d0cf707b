// What a lesson's embed shows that the engine computes: made by the lesson's build-time load, so the
// page opens showing it without loading the engine. Embeds not listed here compute their own.
import type { Embed } from '$lib/learn/types.ts';
import { decode, type DecodeResult } from '$lib/protocol/index.ts';
import { readExplorerText } from '$lib/state/explorer-engine.ts';
import type { ExplorerReading } from '$lib/state/explorer-reading.ts';

export interface EmbedReading {
	/** A `frames` embed: its bytes decoded. */
	frames?: DecodeResult;
	/** An `explorer` embed: its capture as the explorer reads it. */
	explorer?: ExplorerReading;
}

export function readEmbed(embed: Embed): EmbedReading {
	if (embed.kind === 'frames')
		return { frames: decode(embed.bytes, { from: embed.from, extensions: embed.extensions }) };
	if (embed.kind === 'explorer') return { explorer: readExplorerText(embed.text, 'auto') };
	return {};
}
