// The nginx location block /handshake hands out, for URL paths with characters nginx's config syntax
// reads specially. The table pins the quoting; with nginx installed, the real nginx reads each block
// (nginx -t) and routes a request for the URL into it (502: the block's upstream is not running)
// while a neighbouring path is not (404).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nginxLocation, nginxSnippet } from '../../../src/lib/protocol/handshake/snippets.ts';
import { parseWsUrl } from '../../../src/lib/protocol/handshake/url.ts';

const PATHS: [string, string][] = [
	['/chat', '/chat'],
	['/chat;v=1', '"/chat;v=1"'],
	['/a%20b', '"/a b"'],
	["/it's", `"/it's"`],
	['/q%22uote', '"/q\\"uote"'],
	['/back%5Cslash', '"/back\\\\slash"'],
	['/%7Bbrace%7D', '"/{brace}"'],
	['/%ED%95%9C', '"/한"'],
	['/bad%FF', '/bad%FF'],
	['/nl%0A', '/nl%0A']
];

describe('nginxLocation', () => {
	it.each(PATHS)('%s → location %s', (path, location) => {
		expect(nginxLocation(path)).toBe(location);
	});

	it('the snippet uses it', () => {
		const reading = parseWsUrl('ws://example.com/chat;v=1?x=1');
		expect(reading.ok && nginxSnippet(reading.url)).toContain('location "/chat;v=1" {');
	});
});

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const PORT = 4323;

function get(path: string): Promise<number> {
	return new Promise((resolve, reject) => {
		request({ host: '127.0.0.1', port: PORT, path }, (res) => {
			res.resume();
			resolve(res.statusCode ?? 0);
		})
			.on('error', reject)
			.end();
	});
}

describe.skipIf(!NGINX)('the real nginx reads the block and routes the URL into it', () => {
	const urls = ['/chat;v=1', "/it's", '/a%20b', '/q%22uote', '/%7Bbrace%7D', '/%ED%95%9C'];
	it.each(urls)('ws://127.0.0.1%s', async (path) => {
		const dir = mkdtempSync(join(tmpdir(), 'wsviz-nginx-'));
		const reading = parseWsUrl(`ws://127.0.0.1${path}`);
		if (!reading.ok) throw new Error(reading.problems.join());
		const conf = join(dir, 'nginx.conf');
		writeFileSync(
			conf,
			`daemon off; master_process off; pid ${dir}/pid; error_log ${dir}/error.log;
events {}
http { access_log off; client_body_temp_path ${dir}; proxy_temp_path ${dir};
server { listen 127.0.0.1:${PORT}; root ${dir};
${nginxSnippet(reading.url)}
} }
`
		);
		execFileSync(NGINX!, ['-t', '-q', '-c', conf, '-p', dir]);
		const server = spawn(NGINX!, ['-c', conf, '-p', dir], { stdio: 'ignore' });
		try {
			let status = 0;
			for (let i = 0; i < 50 && status === 0; i++) {
				status = await get(path).catch(
					() => new Promise<number>((r) => setTimeout(() => r(0), 50))
				);
			}
			expect(status).toBe(502); // inside the block: its upstream, 127.0.0.1:8080, is not running
			expect(await get('/elsewhere')).toBe(404);
		} finally {
			server.kill();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
