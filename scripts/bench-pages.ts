// `npm run bench:pages`: what each route costs a first-time visitor. Builds the site, serves it with
// `vite preview`, and prints per route
//   - the JavaScript the browser requests until the network is idle, with no service worker yet
//     (every script request, SvelteKit's modulepreloads included): files and gzip bytes (level 9,
//     counted here from each response body, so the figure does not depend on the server);
//   - Lighthouse's mobile performance score and total blocking time (Lighthouse from npm, driving
//     the system Chromium; about 40 s per route).
//
//   npm run bench:pages                          every route below
//   npm run bench:pages -- /decode /ko/build     only these routes
//   npm run bench:pages -- --no-build --js-only  reuse build/, skip Lighthouse
//   npm run bench:pages -- --runs=3              Lighthouse's median of 3 runs per route
//   npm run bench:pages -- --files /decode       and each script with its size (to see what to cut)
//   npm run bench:pages -- --modules /decode     and the modules in those scripts, largest first
//                                                (bytes before minification; the shell chunk left
//                                                out, since every page loads it: see --files)
//   WSVIZ_BENCH_PORT=5208 npm run bench:pages    another port (default 5207)
//
// Not part of `npm test`: the scores depend on the machine. The issue's budget: ≤ 60 kB, ≥ 0.98,
// TBT ≤ 50 ms.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath, launchOptions } from '../chromium.config.ts';
import { reachable, servePreview } from './bench/preview.ts';
import type { ChunkReport } from './vite-chunk-report.ts';

const ROUTES = [
	'/',
	'/decode',
	'/build',
	'/handshake',
	'/transports',
	'/learn/frame',
	'/glossary',
	'/ko/decode',
	'/ko/learn/frame'
];
const BUDGET = { kB: 60, score: 0.98, tbtMs: 50 };

const args = process.argv.slice(2);
const routes = args.filter((a) => a.startsWith('/'));
const port = Number(process.env.WSVIZ_BENCH_PORT ?? 5207);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 1);
const base = `http://127.0.0.1:${port}`;

interface Weight {
	files: number;
	gzip: number;
	/** Each script's path and gzip bytes, largest first (`--files` prints them). */
	scripts: [string, number][];
}

/** Every script the page requests until the network is idle, from a fresh context (no SW). */
async function jsWeight(browser: Browser, route: string): Promise<Weight> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	// By URL: a script requested twice (a worker started twice) is fetched once, since
	// /_app/immutable/ is served `immutable` and the second request comes from the browser's cache.
	const bodies = new Map<string, Promise<number>>();
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script' || bodies.has(response.url())) return;
		bodies.set(
			response.url(),
			response.body().then(
				(b) => gzipSync(b, { level: 9 }).length,
				() => 0
			)
		);
	});
	await page.goto(base + route, { waitUntil: 'networkidle' });
	const sizes = await Promise.all(bodies.values());
	await context.close();
	const paths = [...bodies.keys()].map((url) => new URL(url).pathname);
	const scripts = paths.map((path, i): [string, number] => [path, sizes[i]!]);
	scripts.sort((a, b) => b[1] - a[1]);
	return { files: sizes.length, gzip: sizes.reduce((a, b) => a + b, 0), scripts };
}

interface Score {
	score: number;
	tbtMs: number;
	/** Lighthouse's measure of the CPU during the run (a free desktop core: 1000-2000). */
	benchmarkIndex: number;
}

function lighthouseOnce(route: string): Score | null {
	let json: string;
	try {
		json = execFileSync(
			process.execPath,
			[
				'node_modules/lighthouse/cli/index.js',
				base + route,
				'--output=json',
				'--quiet',
				'--only-categories=performance',
				'--chrome-flags=--headless=new --no-sandbox --disable-gpu'
			],
			{ env: { ...process.env, CHROME_PATH: chromiumPath }, maxBuffer: 256 << 20, stdio: 'pipe' }
		).toString();
	} catch (error) {
		console.error(`lighthouse failed on ${route}: ${String(error).split('\n')[0]}`);
		return null;
	}
	const report = JSON.parse(json);
	return {
		score: report.categories.performance.score,
		tbtMs: report.audits['total-blocking-time'].numericValue,
		benchmarkIndex: report.environment.benchmarkIndex
	};
}

/**
 * The median run of `runs` (by score). Lighthouse's mobile preset slows the CPU 4× from what it
 * observes, so a machine busy with other work scores far lower (its benchmarkIndex shows it): a
 * figure is only valid with the machine otherwise idle, and the median of several runs is steadier.
 */
function lighthouse(route: string): Score | null {
	const scores: Score[] = [];
	for (let i = 0; i < runs; i++) {
		const score = lighthouseOnce(route);
		if (score) scores.push(score);
	}
	scores.sort((a, b) => a.score - b.score);
	return scores[Math.floor(scores.length / 2)] ?? null;
}

const pad = (s: string, n: number): string => s.padEnd(n);
const mark = (ok: boolean): string => (ok ? ' ' : '✗');

const REPORT = 'node_modules/.cache/wsviz/chunk-report.json';

/** The modules in a route's scripts (the shell chunk left out), with their bytes before minifying. */
function modulesOf(scripts: [string, number][]): [string, number][] {
	const report = JSON.parse(readFileSync(REPORT, 'utf8')) as ChunkReport;
	const sizes = new Map<string, number>();
	for (const [script] of scripts) {
		const modules = report[script.replace(/^\//, '')];
		// The texts' modules (scripts/vite-client-i18n.ts) are written after the report: by file.
		if (!modules && existsSync(`build${script}`))
			sizes.set(`${script} (texts)`, statSync(`build${script}`).size);
		if (!modules || Object.keys(modules).some((id) => id.includes('kit/src/runtime/client/client')))
			continue;
		for (const [id, bytes] of Object.entries(modules)) sizes.set(id, (sizes.get(id) ?? 0) + bytes);
	}
	return [...sizes].sort((a, b) => b[1] - a[1]);
}

mkdirSync(dirname(REPORT), { recursive: true });
if (!args.includes('--no-build'))
	execFileSync('npm', ['run', 'build'], {
		stdio: 'inherit',
		env: { ...process.env, WSVIZ_CHUNK_REPORT: resolve(REPORT) }
	});
if (args.includes('--modules') && !existsSync(REPORT))
	throw new Error(`--modules needs ${REPORT}: build once without --no-build`);
if (await reachable(base)) throw new Error(`port ${port} is taken: set WSVIZ_BENCH_PORT`);
const server = await servePreview(port);
const browser = await chromium.launch(launchOptions);
try {
	const header = `${pad('route', 18)} ${pad('JS files', 9)} ${pad('JS gzip', 12)}`;
	console.log(`\n${header} score   TBT       CPU (benchmarkIndex, load average)`);
	for (const route of routes.length ? routes : ROUTES) {
		const js = await jsWeight(browser, route);
		const kB = js.gzip / 1000;
		let line = `${pad(route, 18)} ${pad(String(js.files), 9)} ${pad(kB.toFixed(1) + ' kB', 10)}${mark(kB <= BUDGET.kB)}`;
		if (!args.includes('--js-only')) {
			const lh = lighthouse(route);
			if (!lh) line += ' failed';
			else
				line +=
					` ${lh.score.toFixed(2)}${mark(lh.score >= BUDGET.score)}` +
					` ${pad(`${Math.round(lh.tbtMs)} ms${mark(lh.tbtMs <= BUDGET.tbtMs)}`, 9)}` +
					` ${Math.round(lh.benchmarkIndex)}, ${os.loadavg()[0]!.toFixed(1)}`;
		}
		console.log(line);
		if (args.includes('--files'))
			for (const [path, gzip] of js.scripts)
				console.log(`    ${(gzip / 1000).toFixed(1).padStart(6)} kB  ${path}`);
		if (args.includes('--modules'))
			for (const [id, bytes] of modulesOf(js.scripts).slice(0, 60))
				console.log(`    ${String(bytes).padStart(8)} B  ${id}`);
	}
	console.log(
		`\nbudget: ≤ ${BUDGET.kB} kB gzip JS, score ≥ ${BUDGET.score}, TBT ≤ ${BUDGET.tbtMs} ms (✗: missed)` +
			`\nscores are valid on an otherwise idle machine only (load average well under the core count)`
	);
} finally {
	await browser.close();
	server.kill();
}
