// The built site's files (adapter-static's build/), for `wsviz serve`. A path maps to the file, or to
// the prerendered page `<path>.html` or `<path>/index.html`; nothing outside the folder is reachable.
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

function fileAt(root: string, pathname: string): string | undefined {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const base = normalize(join(root, decoded));
	if (base !== root && !base.startsWith(root + sep)) return undefined;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		try {
			if (statSync(candidate).isFile()) return candidate;
		} catch {
			// not this one
		}
	}
	return undefined;
}

export function staticFiles(root: string): (req: IncomingMessage, res: ServerResponse) => void {
	const folder = normalize(root);
	return (req, res) => {
		const pathname = new URL(req.url ?? '/', 'http://site.invalid').pathname;
		const file = fileAt(folder, pathname);
		const missing = file === undefined;
		const path = file ?? fileAt(folder, '/404');
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		if (!path) {
			res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
			return;
		}
		res.writeHead(missing ? 404 : 200, {
			'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
			'Cache-Control': path.includes(`${sep}_app${sep}immutable${sep}`)
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		});
		if (req.method === 'HEAD') return void res.end();
		createReadStream(path)
			.on('error', () => res.destroy())
			.pipe(res);
	};
}
