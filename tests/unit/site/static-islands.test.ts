import { compile } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';
import { withoutStaticChildren } from '../../../scripts/vite-static-islands.ts';

const clientVersion = (code: string): string | null =>
	withoutStaticChildren(code, 'Test.svelte')?.toString() ?? null;

describe('static islands: the client build of a data-static element', () => {
	it('moves the children into a snippet nobody renders, and leaves the rest alone', () => {
		const code = `<script>import T from './T.svelte'; let { x } = $props();</script>
<p>{x}</p>
<section class="intro" data-static><h2>{x}</h2><T /></section>
<footer>end</footer>`;
		const client = clientVersion(code)!;
		expect(client).toContain(
			'<section class="intro" data-static>{#snippet __wsviz_static_0()}<h2>{x}</h2><T />{/snippet}</section>'
		);
		// T is used only inside: its import keeps its styles and nothing else.
		expect(client.replace(/\{#snippet __wsviz_static_0\(\)\}|\{\/snippet\}|\?prerender/g, '')).toBe(
			code
		);
		expect(client).toContain(`import T from './T.svelte?prerender';`);
	});

	it('the compiled client template has the element empty, and keeps the styles of its children', () => {
		const code = `<div class="a" data-static><h2 class="t">{x}</h2></div><style>.t { color: red }</style>`;
		const result = compile(clientVersion(code)!, { generate: 'client', filename: 'Test.svelte' });
		expect(result.js.code).toMatch(/<div class="a" data-static=""><\/div>/);
		expect(result.css?.code).toMatch(/\.t\.svelte-\w+ \{ color: red \}/);
		expect(result.warnings.map((w) => w.code)).not.toContain('css_unused_selector');
	});

	it('handles several elements, nested ones inside blocks, and outermost only', () => {
		const code = `{#if a}<div data-static><p data-static>one</p></div>{/if}<ul data-static><li>two</li></ul>`;
		const client = clientVersion(code)!;
		expect(client.match(/\{#snippet/g)).toHaveLength(2);
		expect(client).toContain('<div data-static>{#snippet __wsviz_static_0()}<p data-static>');
		expect(client).toContain('<ul data-static>{#snippet __wsviz_static_1()}<li>two</li>');
	});

	it.each([
		['an event handler', '<button onclick={go}>go</button>', 'onclick'],
		['a binding', '<input bind:value={v} />', 'bind:value'],
		['an action', '<div use:tip></div>', 'use:tip'],
		['an attachment', '<div {@attach tip}></div>', '{@attach}'],
		["a component's handler", '<Row onselect={pick} />', 'onselect']
	])('refuses %s inside, naming it and its line', (_, inner, what) => {
		const code = `<p>first</p>\n<div data-static>\n${inner}</div>`;
		expect(() => clientVersion(code)).toThrow(`Test.svelte:3: ${what} inside`);
	});

	it('returns null for a component without data-static elements', () => {
		expect(clientVersion('<p onclick={go}>text</p>')).toBeNull();
		expect(clientVersion('<p title="data-static">text</p>')).toBeNull();
	});
});

describe('static islands: the styles of components used only inside', () => {
	it('imports such a component with ?prerender (its styles, no code), and no other', () => {
		const code = `<script>
	import Legend from './Legend.svelte';
	import Live from './Live.svelte';
	import Both from './Both.svelte';
	import Passed from './Passed.svelte';
</script>
<div data-static><Legend /><Both /><Passed /></div>
<Live /><Both /><Other view={Passed} />`;
		const client = clientVersion(code)!;
		expect(client).toContain(`import Legend from './Legend.svelte?prerender';`);
		expect(client).toContain(`import Live from './Live.svelte';`);
		expect(client).toContain(`import Both from './Both.svelte';`);
		expect(client).toContain(`import Passed from './Passed.svelte';`);
	});
});
