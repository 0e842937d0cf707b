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

/** Resident memory of every Chromium process, in MB. */
function chromiumRss(): number {
	const out = execFileSync('ps', ['-C', 'chromium', '-o', 'rss='], { encoding: 'utf8' });
	return out.split('\n').reduce((n, line) => n + (Number(line.trim()) || 0), 0) / 1024;
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
	const browser = await chromium.launch(launchOptions);
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
	let peak = chromiumRss();
	const sampler = setInterval(() => (peak = Math.max(peak, chromiumRss())), 200);
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
		`  longest main-thread task      ${longest.toFixed(0)} ms (aim ≤ 100 ms: ${longest <= 100 ? 'met' : 'MISSED'})`
	);
	console.log(`  page JS heap                  ${(heap / 1e6).toFixed(0)} MB`);
	console.log(
		`  Chromium resident, peak       ${peak.toFixed(0)} MB (all processes, the worker's included)`
	);
} finally {
	rmSync(dir, { recursive: true, force: true });
	if (server.pid) process.kill(-server.pid);
}
