// `wsviz serve`: the built site plus the live lab's real server (/live/...), for one machine or a
// classroom. Loopback only unless --host says otherwise; on another host, classroom mode: the join URL
// and its QR code are printed, and the tap API needs the teacher token printed beside them.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { renderUnicodeCompact } from 'uqr';
import { createLiveServer } from '../server/live/index.ts';
import { createLiveHttpServer } from '../server/live/http-server.ts';
import { staticFiles } from '../server/static-files.ts';
import { parseArgs, UsageError } from './args.ts';
import type { Io } from './io.ts';

const OPTIONS = { port: 'value', host: 'value', help: 'flag' } as const;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export interface ServeHandle {
	url: string;
	close(): Promise<void>;
}

function portOf(value: string | undefined): number {
	if (value === undefined) return 5180;
	const port = Number(value);
	if (!/^\d+$/.test(value) || port > 65535)
		throw new UsageError(`--port must be 0-65535, not ${value}`);
	return port;
}

/** build/ from adapter-static; built first when there is none (npm run build, in the package). */
function siteFolder(io: Io): string | undefined {
	const folder = io.env.WSVIZ_SITE_DIR ?? `${ROOT}build`;
	if (existsSync(`${folder}/index.html`)) return folder;
	io.err('wsviz serve: no build of the site yet; building it (npm run build) ...\n');
	const run = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
	return run.status === 0 && existsSync(`${folder}/index.html`) ? folder : undefined;
}

/** Addresses students can reach: each IPv4 address of this machine's network cards. */
function joinHosts(host: string): string[] {
	if (host !== '0.0.0.0' && host !== '::') return [host];
	const found = Object.values(networkInterfaces())
		.flat()
		.filter((a) => a && a.family === 'IPv4' && !a.internal)
		.map((a) => a!.address);
	return found.length > 0 ? found : ['127.0.0.1'];
}

export async function startServe(argv: readonly string[], io: Io): Promise<ServeHandle | number> {
	const { options, positionals } = parseArgs(argv, OPTIONS);
	if (options.help) {
		io.out(SERVE_HELP);
		return 0;
	}
	if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
	const port = portOf(options.port);
	const host = options.host ?? '127.0.0.1';
	const folder = siteFolder(io);
	if (!folder) {
		io.err('wsviz serve: the site could not be built; run npm run build and look at its errors.\n');
		return 1;
	}
	const classroom = !LOOPBACK.has(host);
	const token = classroom ? randomBytes(12).toString('base64url') : undefined;
	const join: string[] = [];
	const live = createLiveServer({ token, join });
	const server = createLiveHttpServer({ live, fallback: staticFiles(folder) });
	const listening = await new Promise<AddressInfo | Error>((resolve) => {
		server.once('error', resolve);
		server.listen(port, host, () => resolve(server.address() as AddressInfo));
	});
	if (listening instanceof Error) {
		await live.close();
		io.err(`wsviz serve: cannot listen on ${host}:${port}: ${listening.message}\n`);
		return 1;
	}
	const base = (h: string): string => `http://${h.includes(':') ? `[${h}]` : h}:${listening.port}`;
	const url = base(classroom ? joinHosts(host)[0]! : host);
	io.out(`wsviz serve: the site on ${url}/ and the live lab on ${url}/live\n`);
	if (classroom) {
		// The page shows the same join addresses and QR code as the terminal (GET /live/api/status).
		join.push(...joinHosts(host).map((h) => `${base(h)}/live`));
		io.out(classroomNotice(join, token!));
	} else io.out(loopbackNotice(url));
	io.out('Press Ctrl-C to stop.\n');
	// Standard output is written in blocks: without this, a terminal log or a pipe (tee, a class's
	// screen recorder) would see the join address only when the server stops.
	io.flush?.();
	return {
		url,
		close: async () => {
			await live.close();
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}

function classroomNotice(join: string[], token: string): string {
	return [
		'',
		'Classroom mode: anyone on this network can open the live lab and send.',
		`Students join: ${join.join('  ')}`,
		renderUnicodeCompact(join[0]!, { border: 1 }),
		`Teacher view, for the projector (keep the link to yourself): ${join[0]}/teacher#token=${token}`,
		''
	].join('\n');
}

function loopbackNotice(url: string): string {
	return [
		`Teacher view: ${url}/live/teacher`,
		'Only this machine can open it. To teach a class on this network: npx wsviz serve --host 0.0.0.0',
		''
	].join('\n');
}

export async function runServe(argv: readonly string[], io: Io): Promise<number> {
	const started = await startServe(argv, io);
	if (typeof started === 'number') return started;
	await new Promise<void>((resolve) => {
		process.once('SIGINT', resolve);
		process.once('SIGTERM', resolve);
	});
	await started.close();
	return 0;
}

const SERVE_HELP = `Usage: wsviz serve [--port 5180] [--host 127.0.0.1]

Serves the built site (building it first when there is no build) and the live lab's real server:
  /live/echo                    an echo WebSocket (the ws library; permessage-deflate, subprotocol chat)
  /live/events/<transport>      one event source: polling, long-polling, streaming, sse (?interval=MS)
  GET  /live/api/connections    every byte each recent connection sent and received, as hex
  POST /live/api/raw            raw frames (hex body) sent to ws and to a strict server; their answers

Options:
  --port N     the port (default 5180; 0 picks a free one)
  --host H     the address to listen on (default 127.0.0.1, this machine only). Any other, such as
               0.0.0.0, is classroom mode: the join URL and a QR code are printed, and the tap of
               every connection needs the teacher token printed with them.
  -h, --help   show this help

Nothing is written to disk. Limits: 200 connections, 1 MiB messages, 200 messages a second each.
`;
