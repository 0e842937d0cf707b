// Vite plugin (client build, only when WSVIZ_CHUNK_REPORT names a file): writes which modules each
// chunk holds and their rendered size, for `npm run bench:pages -- --modules` to say what a route's
// scripts are made of. Off by default: it changes nothing in the build.
import { writeFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Chunk file name → module id (shortened) → rendered bytes, before minification. */
export type ChunkReport = Record<string, Record<string, number>>;

const shortId = (id: string): string =>
	id.replace(/.*\/node_modules\//, '').replace(`${process.cwd()}/`, '');

export function chunkReport(file = process.env.WSVIZ_CHUNK_REPORT): Plugin {
	return {
		name: 'wsviz-chunk-report',
		apply: () => Boolean(file),
		applyToEnvironment: (environment) => environment.name === 'client',
		generateBundle(_, bundle) {
			const report: ChunkReport = {};
			for (const [name, chunk] of Object.entries(bundle)) {
				if (chunk.type !== 'chunk') continue;
				report[name] = Object.fromEntries(
					Object.entries(chunk.modules).map(([id, m]) => [shortId(id), m.renderedLength])
				);
			}
			writeFileSync(file!, JSON.stringify(report));
		}
	};
}
