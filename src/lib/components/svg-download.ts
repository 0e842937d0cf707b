// Handouts: a standalone SVG text downloaded as it is, or drawn at twice its size through a canvas
// and downloaded as PNG. Frame diagrams and the transports timeline both export this way.

const dataUrl = (text: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;

function download(href: string, filename: string): void {
	const link = document.createElement('a');
	link.href = href;
	link.download = filename;
	link.click();
}

export function downloadSvg(svg: string, name: string): void {
	download(dataUrl(svg), `${name}.svg`);
}

/** `size` is the drawing's size in CSS pixels; without it, the SVG's own width and height. */
export async function downloadPng(
	svg: string,
	name: string,
	size?: { width: number; height: number }
): Promise<void> {
	const image = new Image();
	image.src = dataUrl(svg);
	await image.decode();
	const { width, height } = size ?? image;
	const canvas = document.createElement('canvas');
	canvas.width = width * 2;
	canvas.height = height * 2;
	const context = canvas.getContext('2d');
	if (!context) return;
	context.scale(2, 2);
	context.drawImage(image, 0, 0);
	download(canvas.toDataURL('image/png'), `${name}.png`);
}
