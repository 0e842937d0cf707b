// Vite plugin (client build only): markup that never changes after the page is built is not shipped
// to the browser twice.
//
// Every page is prerendered, so the HTML already holds all of its text; hydration then runs the
// page's components again in the browser, and for that the browser downloads their code and every
// text they print. For a part of the page that never changes (an explanation, a reading made at
// build time) that download buys nothing. An element marked `data-static` is such a part:
//
//     <section class="intro" data-static> …anything, components included… </section>
//
// In the client build this plugin moves the element's children into a snippet nobody renders, so
// the element hydrates empty-handed: Svelte adopts the element and never walks into its children
// (they stay as the server wrote them), and the minifier drops the snippet with every component
// and text only it used. The children stay in the template (inside the snippet) so that Svelte
// still sees the elements the component's styles select, and keeps those rules.
//
// A component used only inside static elements would lose its styles that way: its code is all
// dropped, and its stylesheet with it. So its import becomes a `?prerender` import
// (scripts/vite-static-first.ts), which in the client build holds just the styles of the component
// and of the components it uses.
//
// What this asks of the markup inside a `data-static` element: nothing that must run in the browser
// (no event handlers, bindings, actions or state shown there). The plugin refuses the obvious cases
// (on… attributes, bind:, use:, {@attach}) by failing the build; a component inside is trusted to be
// static, as the element's author said. Pages navigate with full loads (`data-sveltekit-reload` in
// src/app.html): a client-side navigation would render the page in the browser, where these
// elements are empty.
//
// The server build and `vite dev` (and so Vitest) are untouched.
import MagicString from 'magic-string';
import { parse, type AST } from 'svelte/compiler';
import type { Plugin } from 'vite';
import { PRERENDER_QUERY } from './vite-static-first.ts';

export const STATIC_ATTRIBUTE = 'data-static';

type Node = AST.SvelteNode | AST.Fragment;

function hasStaticAttribute(node: AST.RegularElement): boolean {
	return node.attributes.some((a) => a.type === 'Attribute' && a.name === STATIC_ATTRIBUTE);
}

/** Why a node cannot sit inside a static element, or null if it can. */
function dynamicPart(node: Node): string | null {
	if (node.type === 'AttachTag') return '{@attach}';
	if (node.type === 'BindDirective') return `bind:${node.name}`;
	if (node.type === 'UseDirective') return `use:${node.name}`;
	if (node.type === 'OnDirective') return `on:${node.name}`;
	if (node.type === 'Attribute' && /^on[a-z]/.test(node.name)) {
		return node.name;
	}
	return null;
}

/** The children of every `data-static` element of `fragment`, outermost only. */
function staticElements(root: AST.Root): AST.RegularElement[] {
	const found: AST.RegularElement[] = [];
	const visit = (value: unknown): void => {
		if (Array.isArray(value)) return value.forEach(visit);
		if (!value || typeof value !== 'object') return;
		const node = value as AST.RegularElement;
		if (node.type === 'RegularElement' && hasStaticAttribute(node)) {
			found.push(node);
			return;
		}
		for (const [key, child] of Object.entries(node)) {
			if (key !== 'metadata' && key !== 'expression') visit(child);
		}
	};
	visit(root.fragment);
	return found;
}

/** Every dynamic part inside `element`'s children, as "name at offset". */
function dynamicParts(element: AST.RegularElement): { what: string; at: number }[] {
	const parts: { what: string; at: number }[] = [];
	const visit = (value: unknown): void => {
		if (Array.isArray(value)) return value.forEach(visit);
		if (!value || typeof value !== 'object') return;
		const node = value as AST.SvelteNode;
		if (typeof node.type === 'string') {
			const why = dynamicPart(node);
			if (why) parts.push({ what: why, at: (node as { start: number }).start });
		}
		for (const [key, child] of Object.entries(node)) {
			if (key !== 'metadata') visit(child);
		}
	};
	visit(element.fragment);
	return parts;
}

/** Svelte's parser gives every node of the script its offsets in the file. */
const located = (node: object) => node as unknown as { start: number; end: number };

/** The names of the components used in `value` (a node, or nodes, and what they hold). */
function componentNames(value: unknown, names = new Set<string>()): Set<string> {
	if (Array.isArray(value)) value.forEach((v) => componentNames(v, names));
	else if (value && typeof value === 'object') {
		const node = value as AST.Component;
		if (node.type === 'Component') names.add(node.name);
		for (const [key, child] of Object.entries(node))
			if (key !== 'metadata') componentNames(child, names);
	}
	return names;
}

/**
 * Components used only inside static elements: their imports (`import X from './X.svelte'`, X named
 * nowhere else in the file) get `?prerender`, which keeps their styles and nothing else.
 */
function stylesOnly(root: AST.Root, elements: AST.RegularElement[], s: MagicString): void {
	const imports = (root.instance?.content.body ?? []).filter((s) => s.type === 'ImportDeclaration');
	// The file as the name can be read in it: static elements and import paths blanked out.
	let rest = s.original;
	for (const { start, end } of [...elements, ...imports.map((i) => located(i.source))])
		rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
	for (const statement of imports) {
		if (statement.specifiers.length !== 1) continue;
		const [specifier] = statement.specifiers;
		const source = { ...located(statement.source), value: String(statement.source.value) };
		if (specifier?.type !== 'ImportDefaultSpecifier' || !source.value.endsWith('.svelte')) continue;
		const name = specifier.local.name;
		const named = rest.match(new RegExp(`(?<![\\w$.])${name}(?![\\w$])`, 'g'))?.length ?? 0;
		if (named === 1 && componentNames(elements).has(name))
			s.overwrite(source.start + 1, source.end - 1, `${source.value}${PRERENDER_QUERY}`);
	}
}

/**
 * The client's version of a component: each static element's children wrapped in a snippet nobody
 * renders. Null when the component has none. Throws (failing the build) on a dynamic part inside.
 */
export function withoutStaticChildren(code: string, filename: string): MagicString | null {
	if (!code.includes(STATIC_ATTRIBUTE)) return null;
	const root = parse(code, { modern: true, filename });
	const elements = staticElements(root);
	if (elements.length === 0) return null;
	const s = new MagicString(code);
	stylesOnly(root, elements, s);
	elements.forEach((element, i) => {
		const nodes = element.fragment.nodes;
		const [dynamic] = dynamicParts(element);
		if (dynamic) {
			const line = code.slice(0, dynamic.at).split('\n').length;
			throw new Error(
				`${filename}:${line}: ${dynamic.what} inside a ${STATIC_ATTRIBUTE} element would never run in the browser`
			);
		}
		if (nodes.length === 0) return;
		s.appendLeft(nodes[0]!.start, `{#snippet __wsviz_static_${i}()}`);
		s.prependRight(nodes.at(-1)!.end, '{/snippet}');
	});
	return s;
}

export function staticIslands(): Plugin {
	return {
		name: 'wsviz-static-islands',
		apply: 'build',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.name === 'client',
		transform(code, id) {
			if (!id.endsWith('.svelte')) return null;
			const s = withoutStaticChildren(code, id);
			return s && { code: s.toString(), map: s.generateMap({ hires: true, source: id }) };
		}
	};
}
