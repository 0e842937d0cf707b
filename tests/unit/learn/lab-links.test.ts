import { describe, expect, it } from 'vitest';
import { LESSON_EXTRAS, type LabLink } from '$lib/learn/extras.ts';
import { LESSONS } from '$lib/learn/lessons.ts';
import { checkHandshake, decode, parseInput, presetById } from '$lib/protocol/index.ts';
import { DEFAULT_STATE, readBuilderState } from '$lib/state/builder.svelte.ts';
import { decodeState } from '$lib/state/url-state.ts';
import { readLink as readDecodeLink } from '../../../src/routes/decode/link.ts';
import { readLink as readHandshakeLink } from '../../../src/routes/handshake/link.ts';
import { labHash } from '../../../src/routes/learn/lab-links.ts';
import { readLink as readTransportsLink } from '../../../src/routes/transports/link.ts';
import { presetScenario } from '$lib/protocol/index.ts';

const links = LESSONS.flatMap((l) => {
	const link = LESSON_EXTRAS[l.slug]?.lab?.();
	return link ? [{ slug: l.slug, link }] : [];
});
const of = <P extends LabLink['path']>(path: P) =>
	links.filter(
		(x): x is { slug: string; link: Extract<LabLink, { path: P }> } => x.link.path === path
	);

describe('lab links', () => {
	it('open each lab the way the lab itself reads its hash', () => {
		const labs = ['/build', '/decode', '/handshake', '/transports'] as const;
		expect(labs.reduce((n, path) => n + of(path).length, 0)).toBe(links.length);
		expect(links.length).toBe(LESSONS.length);
	});

	for (const { slug, link } of of('/build')) {
		it(`${slug}: /build opens on the preset frame`, async () => {
			const reading = await decodeState(await labHash(link), readBuilderState);
			expect(reading).toEqual({ ok: true, value: { ...DEFAULT_STATE, ...link.state } });
		});
	}

	for (const { slug, link } of of('/decode')) {
		it(`${slug}: /decode opens on the lesson's capture, from the right sender`, async () => {
			const reading = await readDecodeLink(await labHash(link));
			if (!reading?.ok) throw new Error(`unreadable: ${JSON.stringify(reading)}`);
			const text = reading.value[link.from];
			const parsed = parseInput(text);
			if (!parsed.ok) throw new Error('the link holds no bytes');
			expect(Buffer.from(parsed.bytes).toString('hex')).toBe(link.hex.replace(/\s/g, ''));
			expect(decode(parsed.bytes, { from: link.from }).frames.length).toBeGreaterThan(0);
		});
	}

	for (const { slug, link } of of('/handshake')) {
		it(`${slug}: /handshake opens on the ${link.preset} preset`, async () => {
			const reading = await readHandshakeLink(await labHash(link));
			const preset = presetById(link.preset)!;
			expect(reading).toMatchObject({
				ok: true,
				value: { request: preset.request, response: preset.response }
			});
		});
	}

	for (const { slug, link } of of('/transports')) {
		it(`${slug}: /transports opens on the ${link.preset} preset`, async () => {
			const reading = await readTransportsLink(await labHash(link));
			expect(reading).toMatchObject({ ok: true, value: { scenario: presetScenario(link.preset) } });
		});
	}

	it('carries a key typed in the handshake embed: the request holds it, the response its accept', async () => {
		const key = 'AQIDBAUGBwgJCgsMDQ4PEA==';
		const reading = await readHandshakeLink(
			await labHash({ path: '/handshake', preset: 'rfc_6455', key })
		);
		if (!reading?.ok) throw new Error(`unreadable: ${JSON.stringify(reading)}`);
		const accept = checkHandshake(reading.value.request, reading.value.response).accept;
		expect(accept?.key).toBe(key);
		expect(accept?.matches).toBe(true);
		expect(accept?.base64).not.toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
	});

	it('carries the rate a student moved the transports slider to', async () => {
		const reading = await readTransportsLink(
			await labHash({ path: '/transports', preset: 'chat', rate: 5 })
		);
		expect(reading).toMatchObject({
			ok: true,
			value: { scenario: { serverEvents: { kind: 'poisson', perSecond: 5 } } }
		});
	});
});
