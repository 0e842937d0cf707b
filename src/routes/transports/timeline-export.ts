// The timeline as a file for a handout (TimelineExport.svelte loads this on the first click): the
// drawing on screen, with each element's computed colours written into it so the file stands alone.
import { downloadPng, downloadSvg } from '$lib/components/svg-download.ts';

const PROPERTIES = [
	'fill',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'opacity',
	'font-size',
	'font-family',
	'font-weight',
	'text-anchor'
] as const;

function standalone(svg: SVGSVGElement): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [copy, ...copy.querySelectorAll('*')];
	originals.forEach((original, i) => {
		const style = getComputedStyle(original);
		const target = copies[i]!;
		for (const p of PROPERTIES) target.setAttribute(p, style.getPropertyValue(p));
		target.removeAttribute('class');
	});
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', getComputedStyle(document.body).backgroundColor);
	copy.insertBefore(background, copy.firstChild);
	return new XMLSerializer().serializeToString(copy);
}

/** Downloads `svg` as an SVG file, or as a PNG drawn at twice its size. */
export function exportTimeline(svg: SVGSVGElement, format: 'svg' | 'png', name: string): void {
	const text = standalone(svg);
	if (format === 'svg') return downloadSvg(text, name);
	const size = { width: svg.width.baseVal.value, height: svg.height.baseVal.value };
	void downloadPng(text, name, size);
}
