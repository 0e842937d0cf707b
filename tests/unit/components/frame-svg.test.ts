import { describe, expect, it } from 'vitest';
import { escapeXml, frameDiagramSvg, type DiagramPalette } from '$lib/components/frame-svg.ts';
import { decode, hexToBytes } from '$lib/protocol/index.ts';

const families = ['flags', 'opcode', 'mask', 'length', 'key', 'payload', 'truncated', 'other'];
const palette: DiagramPalette = {
	background: '#fff',
	text: '#000',
	muted: '#555',
	fields: Object.fromEntries(
		families.map((f) => [f, { bg: `bg-${f}`, line: `line-${f}` }])
	) as DiagramPalette['fields']
};

function diagram(hex: string, options = {}) {
	const input = hexToBytes(hex);
	const frame = decode(input, { annotate: true }).frames[0]!;
	return { svg: frameDiagramSvg(frame, input, palette, options), frame };
}

describe('the frame diagram', () => {
	it('draws the masked "Hello" of RFC 6455 §5.7 as rows of 32 bits, a box per field per row', () => {
		const { svg, frame } = diagram('818537fa213d7f9f4d5158');
		// 11 bytes = 88 bits = 3 rows; the key crosses from row 0 into row 1, the payload from 1 to 2.
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="736" height="206"/);
		const rects = [...svg.matchAll(/<rect x="(\d+)" y="(\d+)" width="(\d+)"/g)].map((m) =>
			m.slice(1).map(Number)
		);
		const fields = frame.fields!.filter((f) => f.bitLength > 0);
		expect(rects.length).toBe(fields.length + 2);
		// FIN: bit 0 of row 0, one cell wide.
		expect(rects[0]).toEqual([16, 52, 22]);
		// Masking key: bits 16-31 on row 0, then 32-47 on row 1.
		expect(rects).toContainEqual([16 + 16 * 22, 52, 16 * 22]);
		expect(rects).toContainEqual([16, 98, 16 * 22]);
		expect(svg).toContain('Payload length = 5');
		expect(svg).toContain('fill="bg-key" stroke="line-key"');
	});

	it('stops after the payload limit and counts what it left out', () => {
		const payload = '00'.repeat(200);
		const { svg } = diagram(`827e00c8${payload}`, {
			payloadLimit: 8,
			more: (n: number) => `+${n}`
		});
		expect(svg).toContain('>+192</text>');
	});

	it('escapes everything it writes as text', () => {
		expect(escapeXml(`<img src=x onerror="a">&'`)).toBe(
			'&#60;img src=x onerror=&#34;a&#34;&#62;&#38;&#39;'
		);
		const { svg } = diagram('810548656c6c6f', { title: '</svg><script>alert(1)</script>' });
		expect(svg).not.toContain('<script>');
		expect(svg.match(/<\/svg>/g)).toHaveLength(1);
	});
});
