// `npm run bench:capture-page`: a 100 MB pcapng (the capture bench's generator) opened on /decode in
// the system Chromium, as a reader would: how long until the connection list shows (the worker reads
// containers, TCP and every connection), until the selected connection's frames and messages show,
// the longest main-thread task (PerformanceObserver 'longtask'; the bound is 100 ms), the
// page's JS heap, and the browser's resident memory at its peak (every Chromium process, sampled).
// Uses build/ (run `npm run build` first) served by `vite preview` on WSVIZ_BENCH_PORT (5209).
//
//   npm run bench:capture-page                      100 MB
//   WSVIZ_BENCH_CAPTURE_MB=20 npm run bench:capture-page
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from '../chromium.config.ts';
import { generateCapture } from './bench/capture.ts';

const megabytes = Number(process.env.WSVIZ_BENCH_CAPTURE_MB ?? 100);
const port = Number(process.env.WSVIZ_BENCH_PORT ?? 5209);

/** Marks this run's browser among the other Chromium processes on the machine. */
const TAG = `--wsviz-bench-capture=${process.pid}`;

/** Resident memory of this run's browser: its main process and every descendant, in MB. */
function browserRss(): number {
	const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' })
		.split('\n')
		.map((line) => line.trim().split(/\s+/))
		.filter((cols) => cols.length >= 4);
	const ours = new Set(rows.filter((c) => c.slice(3).includes(TAG)).map((c) => c[0]));
	let grew = true;
	while (grew) {
		grew = false;
		for (const [pid, ppid] of rows) {
			if (!ours.has(pid) && ours.has(ppid)) grew = ours.add(pid) !== undefined;
		}
	}
	return rows.filter((c) => ours.has(c[0])).reduce((n, c) => n + Number(c[2]), 0) / 1024;
}

interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	dur?: number;
	tdur?: number;
	args?: { name?: string };
}

/**
 * The renderer main thread's longest task, by its thread CPU time (tdur) and its wall time (dur): on a
 * machine shared by many processes a task's wall time includes the time it waited for a core, its CPU
 * time does not, so the CPU time is the page's own cost.
 */
function mainThreadLongest(trace: { traceEvents: TraceEvent[] }): { cpu: number; wall: number } {
	const main = trace.traceEvents.find(
		(e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
	);
	let cpu = 0;
	let wall = 0;
	for (const e of trace.traceEvents) {
		if (e.pid !== main?.pid || e.tid !== main.tid || e.name !== 'RunTask' || e.ph !== 'X') continue;
		cpu = Math.max(cpu, (e.tdur ?? 0) / 1000);
		wall = Math.max(wall, (e.dur ?? 0) / 1000);
	}
	return { cpu, wall };
}

const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
	stdio: 'ignore',
	detached: true
});
const dir = mkdtempSync(join(tmpdir(), 'wsviz-capture-page-'));
try {
	const { bytes, connections } = generateCapture(megabytes);
	const file = join(dir, 'big.pcapng');
	writeFileSync(file, bytes);
	for (let i = 0; i < 60; i++) {
		if (
			await fetch(`http://127.0.0.1:${port}/decode`).then(
				(r) => r.ok,
				() => false
			)
		)
			break;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	const browser = await chromium.launch({
		...launchOptions,
		args: [...launchOptions.args, TAG]
	});
	const page = await browser.newPage();
	await page.goto(`http://127.0.0.1:${port}/decode`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.evaluate(() => {
		const w = window as unknown as { longest: number };
		w.longest = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
		}).observe({ type: 'longtask', buffered: false });
	});
	await browser.startTracing(page, {
		categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']
	});
	let peak = browserRss();
	const sampler = setInterval(() => (peak = Math.max(peak, browserRss())), 200);
	const start = performance.now();
	await page.locator('input[type="file"]').first().setInputFiles(file);
	await page.locator('section.capture .status').waitFor({ timeout: 600_000 });
	const listed = performance.now() - start;
	await page
		.locator('section.capture [role="grid"] .body [role="row"]')
		.first()
		.waitFor({ timeout: 600_000 });
	const shown = performance.now() - start;
	// Scroll the message table end to end by keyboard, as a reader would.
	await page.locator('section.capture [role="grid"]').focus();
	await page.keyboard.press('End');
	await page.keyboard.press('Home');
	for (let i = 0; i < 20; i++) await page.keyboard.press('PageDown');
	await page.waitForTimeout(500);
	clearInterval(sampler);
	const { longest, heap, messages, rows } = await page.evaluate(() => ({
		longest: (window as unknown as { longest: number }).longest,
		heap:
			(performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
			0,
		messages: document.querySelector('section.capture h4')?.textContent ?? '',
		rows: document.querySelectorAll('section.capture [role="grid"] .body [role="row"]').length
	}));
	const longestCpu = mainThreadLongest(JSON.parse((await browser.stopTracing()).toString()));
	await browser.close();
	const load = `load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`;
	console.log(
		`Capture on /decode (${load}): ${(bytes.length / 1e6).toFixed(1)} MB pcapng, ${connections} connections`
	);
	console.log(
		`  connection list shown after   ${(listed / 1000).toFixed(2)} s (worker: containers, TCP, every connection)`
	);
	console.log(
		`  first connection shown after  ${(shown / 1000).toFixed(2)} s (${messages.trim()}; ${rows} rows in the DOM)`
	);
	console.log(
		`  longest main-thread task      ${longestCpu.cpu.toFixed(0)} ms of CPU (aim ≤ 100 ms: ${longestCpu.cpu <= 100 ? 'met' : 'MISSED'}); ${longestCpu.wall.toFixed(0)} ms of wall time in the trace, ${longest.toFixed(0)} ms as 'longtask' (both include waiting for a core)`
	);
	console.log(`  page JS heap                  ${(heap / 1e6).toFixed(0)} MB`);
	console.log(
		`  Chromium resident, peak       ${peak.toFixed(0)} MB (this browser's processes, the worker's included)`
	);
} finally {
	rmSync(dir, { recursive: true, force: true });
	if (server.pid) process.kill(-server.pid);
}
