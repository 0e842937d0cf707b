// `npm run bench:transports`: the /transports timeline's frame rate while it plays, in Chromium, with
// about 1000 server events on screen (the issue's bar: 60 fps). Opens the built site (`npm run
// build` first, or it builds), plays each scenario for a few seconds and counts animation frames.
//
//   npm run bench:transports                   serves build/ on WSVIZ_E2E_PORT (default 4173)
//   WSVIZ_E2E_PORT=4174 npm run bench:transports
//
// Not part of `npm test`: frame rates depend on the machine.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptions } from '../chromium.config.ts';
import { simulateAll, type ScenarioInput } from '../src/lib/protocol/index.ts';

const port = Number(process.env.WSVIZ_E2E_PORT ?? 4173);
const base = `http://localhost:${port}`;
const SECONDS = 5;

interface Case {
	name: string;
	scenario: ScenarioInput;
	/** The window in view (ms; 0: the whole run) and the playing speed. */
	zoom: number;
	speed: number;
}

// 1000 events over a minute, every transport delivering them: about 1000 data arrows per lane.
const THOUSAND = { serverEvents: { kind: 'poisson', perSecond: 1000 / 60 } } as const;
const CASES: Case[] = [
	{ name: '1000 events, whole run in view, 1x', scenario: THOUSAND, zoom: 0, speed: 1 },
	{ name: '1000 events, whole run in view, 10x', scenario: THOUSAND, zoom: 0, speed: 10 },
	{ name: '1000 events, 10 s window, 5x (pages flip)', scenario: THOUSAND, zoom: 10_000, speed: 5 }
];

const hashOf = (c: Case): string =>
	deflateRawSync(
		Buffer.from(JSON.stringify({ v: 1, s: c.scenario, t: 0, x: c.speed, z: c.zoom }))
	).toString('base64url');

async function reachable(): Promise<boolean> {
	try {
		return (await fetch(`${base}/transports`)).ok;
	} catch {
		return false;
	}
}

async function serve(): Promise<ChildProcess | null> {
	if (await reachable()) return null;
	if (!existsSync('build/transports.html'))
		execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
	const server = spawn(
		process.execPath,
		['node_modules/.bin/vite', 'preview', '--port', String(port), '--strictPort'],
		{ stdio: 'ignore' }
	);
	for (let i = 0; i < 100 && !(await reachable()); i++)
		await new Promise((r) => setTimeout(r, 100));
	return server;
}

const server = await serve();
const browser = await chromium.launch(launchOptions);
try {
	console.log(`Chromium ${browser.version()}, ${SECONDS} s of playback per case\n`);
	for (const c of CASES) {
		const results = simulateAll(c.scenario);
		const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
		await page.goto(`${base}/transports#${hashOf(c)}`);
		await page.locator('.intro[data-ready="true"][data-state="ready"]').waitFor();
		const drawn = await page.locator('line.arrow').count();
		await page.getByRole('button', { name: /Play/ }).click();
		// A second of playing first: the first frames pay for compiling and for the first layout.
		await page.waitForTimeout(1000);
		// As text: tsx would wrap a function in helpers the page does not have.
		const frames = (await page.evaluate(`new Promise((resolve) => {
			const times = [];
			const tick = (now) => {
				times.push(now);
				if (now - times[0] < ${SECONDS * 1000}) requestAnimationFrame(tick);
				else resolve(times);
			};
			requestAnimationFrame(tick);
		})`)) as number[];
		const gaps = frames
			.slice(1)
			.map((t, i) => t - frames[i]!)
			.sort((a, b) => a - b);
		const fps = ((frames.length - 1) / (frames.at(-1)! - frames[0]!)) * 1000;
		const p95 = gaps[Math.ceil(gaps.length * 0.95) - 1]!;
		const events = results[0]!.events.length;
		const items = results.reduce((n, r) => n + r.timeline.length, 0);
		console.log(
			`${c.name}: ${fps.toFixed(1)} fps (p95 frame ${p95.toFixed(1)} ms, longest ${gaps.at(-1)!.toFixed(1)} ms); ` +
				`${events} events, ${items} wire items, ${drawn} arrow elements drawn at the start`
		);
		await page.close();
	}
} finally {
	await browser.close();
	server?.kill();
}
