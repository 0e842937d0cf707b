// Vite plugin (client build only): a visitor downloads the texts of one language, and only those of
// the code the page loads.
//
// Paraglide compiles each message to a module holding a function with every locale's text in it; the
// browser would download Korean with English. In the client build this plugin replaces each message
// module with a stub, `key = (inputs) => formatMessage('key', inputs)` (src/lib/i18n/client-texts.ts),
// and after bundling gives every chunk that contains stubs one small text module per locale, holding
// just those keys' texts. The chunk's first statement loads the module of the page's language
// (top-level await), so the texts are there before any code of the chunk, or of a chunk importing it,
// runs. Paraglide's runtime is replaced too, by src/lib/i18n/client-runtime.ts (the few of its
// functions the browser uses, for this site's URLs). The server build (prerendering) keeps
// Paraglide's own modules.
//
// Deterministic: text modules are named by a hash of their content, and a chunk's hash covers the
// texts it loads (augmentChunkHash), so a changed text renames the chunk as well.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { TEXT_MODULES_LIST } from '../src/lib/i18n/client-texts.ts';

const MESSAGES_DIR = '/src/lib/paraglide/messages/';
const FORMATTER = path.resolve('src/lib/i18n/client-texts.ts');
const RUNTIME = '/src/lib/paraglide/runtime.js';
const CLIENT_RUNTIME = path.resolve('src/lib/i18n/client-runtime.ts');

type Catalog = Record<string, string>;

/** The message key of a Paraglide message module id, or null for anything else. */
function messageKey(id: string): string | null {
	const at = id.indexOf(MESSAGES_DIR);
	if (at < 0) return null;
	const file = id.slice(at + MESSAGES_DIR.length).split('?')[0]!;
	return file.endsWith('.js') && file !== '_index.js' ? file.slice(0, -3) : null;
}

function readCatalogs(locales: string[]): Map<string, Catalog> {
	return new Map(
		locales.map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, 'utf8')) as Catalog])
	);
}

const hash = (text: string): string => createHash('sha256').update(text).digest('base64url');

export function clientI18n(options: { locales: string[]; baseLocale: string }): Plugin {
	const catalogs = readCatalogs(options.locales);
	const textsOf = (keys: string[], locale: string): string => {
		const catalog = catalogs.get(locale)!;
		return JSON.stringify(Object.fromEntries(keys.map((k) => [k, catalog[k] ?? k])));
	};
	const keysOf = (modules: Record<string, { renderedLength: number }>): string[] =>
		Object.entries(modules)
			.filter(([, m]) => m.renderedLength > 0)
			.map(([id]) => messageKey(id))
			.filter((k): k is string => k !== null)
			.sort();
	/** The first path segment names the language: /ko/... is Korean, anything else the base locale. */
	const others = options.locales.filter((l) => l !== options.baseLocale);

	return {
		name: 'wsviz-client-i18n',
		apply: 'build',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.name === 'client',
		load(id) {
			if (id.endsWith(RUNTIME)) return `export * from ${JSON.stringify(CLIENT_RUNTIME)};\n`;
			const key = messageKey(id);
			if (key === null) return null;
			return (
				`import { formatMessage } from ${JSON.stringify(FORMATTER)};\n` +
				`export const ${key} = (inputs = {}) => formatMessage(${JSON.stringify(key)}, inputs);\n`
			);
		},
		augmentChunkHash(chunk) {
			const keys = keysOf(chunk.modules);
			if (keys.length === 0) return;
			return options.locales.map((l) => textsOf(keys, l)).join('\n');
		},
		generateBundle(_, bundle) {
			const all: string[] = [];
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk') continue;
				const keys = keysOf(chunk.modules);
				if (keys.length === 0) continue;
				const dir = path.posix.dirname(chunk.fileName);
				const files = new Map<string, string>();
				for (const locale of options.locales) {
					const source = `export default ${textsOf(keys, locale)};\n`;
					const fileName = `${dir}/t-${hash(source).slice(0, 10)}.js`;
					if (!bundle[fileName]) {
						this.emitFile({ type: 'asset', fileName, source });
						all.push(fileName);
					}
					files.set(locale, './' + path.posix.basename(fileName));
				}
				const pick = others.reduceRight(
					(rest, l) =>
						`location.pathname.split("/")[1]===${JSON.stringify(l)}?${JSON.stringify(files.get(l))}:${rest}`,
					JSON.stringify(files.get(options.baseLocale))
				);
				chunk.code = `Object.assign(globalThis.__wsvizTexts??={},(await import(${pick})).default);\n${chunk.code}`;
			}
			const source = JSON.stringify(all.sort());
			this.emitFile({ type: 'asset', fileName: TEXT_MODULES_LIST, source });
		}
	};
}
