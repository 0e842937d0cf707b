#!/usr/bin/env node
// `npm test`: every check the project has, in order, ending with one summary line.
//
//   chromium  find (or on a fresh Debian machine, as root, install) the browser: scripts/ensure-chromium.js
//   capture tools  tcpdump and tshark for the real-capture tests, installed like Chromium: scripts/ensure-capture-tools.js
//   check     npm run check:types (svelte-check, after `npm run prepare`) counts as one check
//   build     npm run build, once check has ended                    counts as one check
//   build 2   the same sources as the next deploy, for tests/e2e/sw-update.test.ts: one check
//   format    npm run lint:format  (prettier --check)                counts as one check
//   lint      npm run lint:code    (eslint, with type information)   counts as one check;
//             check, format, build and build 2 on one core, eslint (the longest: its typed rules
//             build the whole TypeScript program) on the other, their output printed as each ends
//   vitest    both projects, `unit` in Node and `browser` in Chromium; counts read from its JSON report
//   e2e       playwright test against `vite preview` of that build; counts read from its JSON report;
//             vitest and e2e run side by side (WSVIZ_TEST_SERIAL=1: one after the other)
//
// A failing stage does not stop the later ones, except that e2e needs the build and a browser.
// A stage that dies without writing its report counts as a failure, never as "0 failed"; so does a
// run in which no test at all ran. The last line is `N passed, N failed` (plus `, N skipped`), and
// the exit code is non-zero when anything failed.
//
// Plain Node ESM with built-ins only.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.js';
import { ensureCaptureTools } from './ensure-capture-tools.js';
import { nextDeployEnv } from './next-deploy.js';
import {
	byFile,
	playwrightTimings,
	printFailures,
	printSlowest,
	vitestFileTimings,
	vitestTimings
} from './slowest-tests.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

/**
 * @typedef {object} Stage
 * @property {string} name
 * @property {'passed' | 'failed' | 'skipped'} status
 * @property {number} passed   tests (or 1 for a one-check stage) that passed
 * @property {number} failed
 * @property {number} skipped
 * @property {number} ran      individual tests that ran (passed + failed), 0 for one-check stages
 * @property {string} detail
 * @property {number} ms
 */

/** @type {Stage[]} */
const stages = [];
const env = { ...process.env };
/** When `npm test` began: the total is the wall time (stages side by side overlap). */
const began = Date.now();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'wsviz-test-'));
/** @typedef {import('./slowest-tests.js').Timing} Timing */
/** @type {Timing[]} every test's duration; the slowest are listed last */
const timings = [];
/** @type {Timing[]} every test file's time (Vitest: its wall time; Playwright: its tests' sum) */
const fileTimings = [];

/**
 * The build runs beside lint, so it must not rewrite what eslint reads: it writes its own SvelteKit
 * folder (svelte.config.js reads WSVIZ_KIT_DIR; node_modules is ignored by prettier and eslint), not
 * the .svelte-kit that `npm run prepare` wrote, and it uses the messages prepare compiled into
 * src/lib/paraglide instead of compiling them again (vite.config.ts reads WSVIZ_I18N_COMPILED).
 */
const BUILD_ENV = {
	WSVIZ_KIT_DIR: path.join('node_modules', '.cache', 'wsviz', 'kit-test'),
	WSVIZ_I18N_COMPILED: '1'
};
/** The service worker's update test deploys a second build over the first: built on the same core. */
const NEXT_DEPLOY = nextDeployEnv(path.join('node_modules', '.cache', 'wsviz', 'next-deploy'));

/** @type {Set<import('node:child_process').ChildProcess>} the stages running now (check and lint run side by side) */
const running = new Set();
/** @type {NodeJS.Signals | null} */
let interrupted = null;
for (const signal of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => {
		interrupted = signal;
		// Children run in their own process group (see run()): signal the whole group, so that
		// grandchildren (npm -> sh -> svelte-check, the preview server, ...) stop too.
		for (const child of running) {
			try {
				process.kill(-(child.pid ?? 0), signal);
			} catch {
				child.kill(signal);
			}
		}
	});
}

/**
 * @typedef {{ code: number | null, signal: NodeJS.Signals | null, error?: Error }} Exit
 */

/**
 * Runs a command (no stdin: CI has none). Its output goes to the terminal as it comes, or, with
 * `collect`, is kept and printed as one block when it ends, so that stages running side by side
 * do not interleave their lines.
 * @param {string} cmd
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [extraEnv]
 * @param {{ collect?: boolean }} [options]
 * @returns {Promise<Exit>}
 */
function run(cmd, args, extraEnv = {}, { collect = false } = {}) {
	const title = `\n\u25b6 ${cmd} ${args.join(' ')}\n`;
	if (!collect) console.log(title);
	return new Promise((resolve) => {
		const child = spawn(cmd, args, {
			stdio: ['ignore', collect ? 'pipe' : 'inherit', collect ? 'pipe' : 'inherit'],
			env: { ...env, ...extraEnv },
			detached: true
		});
		running.add(child);
		/** @type {Buffer[]} */
		const output = [];
		child.stdout?.on('data', (chunk) => output.push(chunk));
		child.stderr?.on('data', (chunk) => output.push(chunk));
		/** @param {Exit} exit */
		const end = (exit) => {
			running.delete(child);
			if (collect) {
				console.log(title);
				process.stdout.write(Buffer.concat(output));
			}
			resolve(exit);
		};
		child.on('error', (error) => end({ code: null, signal: null, error }));
		child.on('close', (code, signal) => end({ code, signal }));
	});
}

/** @param {{ code: number | null, signal: NodeJS.Signals | null, error?: Error }} result */
function describeExit(result) {
	if (result.error) return `could not start: ${result.error.message}`;
	if (result.signal) return `killed by ${result.signal}`;
	return `exit code ${result.code}`;
}

/**
 * @param {string} name
 * @param {number} started
 * @param {Partial<Stage>} fields
 */
function record(name, started, fields) {
	const stage = {
		name,
		status: /** @type {Stage['status']} */ ('passed'),
		passed: 0,
		failed: 0,
		skipped: 0,
		ran: 0,
		detail: '',
		ms: Date.now() - started,
		...fields
	};
	if (!fields.status) stage.status = stage.failed > 0 ? 'failed' : 'passed';
	stages.push(stage);
	return stage;
}

/** @param {string} file */
function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}

/**
 * A stage that is a single check: passes when the command exits 0.
 * @param {string} name
 * @param {string} script  npm script to run
 * @param {{ collect?: boolean }} [options]  see run()
 * @param {NodeJS.ProcessEnv} [extraEnv]
 */
async function checkStage(name, script, options = {}, extraEnv = {}) {
	const started = Date.now();
	const result = await run('npm', ['run', script], extraEnv, options);
	const ok = result.code === 0;
	return record(name, started, {
		passed: ok ? 1 : 0,
		failed: ok ? 0 : 1,
		detail: ok ? 'ok' : describeExit(result)
	});
}

/**
 * @param {boolean} haveBrowser
 * @param {{ collect?: boolean }} [options]  see run(): collected when e2e runs beside it
 */
async function vitestStage(haveBrowser, options = {}) {
	const started = Date.now();
	const report = path.join(tmp, 'vitest.json');
	const args = ['--no', 'vitest', 'run', '--reporter=default', '--reporter=json'];
	args.push(`--outputFile=${report}`, '--passWithNoTests');
	// Without a browser only the Node project can run; the browser project is reported as skipped.
	if (!haveBrowser) args.push('--project', 'unit');
	// `npm run prepare` has compiled the messages: vite.config.ts would otherwise compile them again
	// before the first test (~7 s of a loaded machine).
	const result = await run('npx', args, { WSVIZ_I18N_COMPILED: '1' }, options);
	const json = readJson(report);
	timings.push(...vitestTimings(json));
	fileTimings.push(...vitestFileTimings(json));
	if (!json || !Array.isArray(json.testResults)) {
		return record('vitest', started, {
			failed: 1,
			detail: `no JSON report (${describeExit(result)})`
		});
	}

	const passed = json.numPassedTests ?? 0;
	let failed = json.numFailedTests ?? 0;
	const skipped = json.numPendingTests ?? 0;
	const todo = json.numTodoTests ?? 0;
	const notes = [];
	// A file that fails to load (syntax error, bad import, a throw at top level) has no tests to fail:
	// count it as one failure.
	const brokenFiles = json.testResults.filter(
		(/** @type {{ status: string, assertionResults?: { status: string }[] }} */ file) =>
			file.status === 'failed' &&
			!(file.assertionResults ?? []).some((test) => test.status === 'failed')
	).length;
	if (brokenFiles > 0) {
		failed += brokenFiles;
		notes.push(`${brokenFiles} file(s) failed to run`);
	}
	// Unhandled errors, or an exit for any other reason, with no failing test to show for it.
	if ((result.code !== 0 || json.success === false) && failed === 0) {
		failed = 1;
		notes.push(`vitest reported failure (${describeExit(result)}) without a failing test`);
	}
	const extraSkipped = haveBrowser ? 0 : 1;
	if (!haveBrowser) notes.push('browser project skipped: no Chromium');
	if (passed + failed + skipped + todo === 0) notes.push('no tests');
	const counts = `${passed} passed, ${failed} failed, ${skipped} skipped, ${todo} todo`;
	return record('vitest', started, {
		passed,
		failed,
		skipped: skipped + todo + extraSkipped,
		ran: passed + (json.numFailedTests ?? 0),
		detail: [counts, ...notes].join('; ')
	});
}

/** @param {boolean} nextBuilt  the next deploy's build is there (else sw-update.test.ts builds it) */
async function e2eStage(nextBuilt) {
	const started = Date.now();
	const report = path.join(tmp, 'playwright.json');
	const result = await run('npx', ['--no', 'playwright', 'test', '--reporter=list,json'], {
		PLAYWRIGHT_JSON_OUTPUT_FILE: report,
		// The build stage has just built the site: playwright.config.ts then only starts `vite preview`,
		// which serves it from the build's own SvelteKit folder.
		WSVIZ_E2E_PREBUILT: '1',
		...BUILD_ENV,
		...(nextBuilt ? { WSVIZ_E2E_NEXT_BUILD: NEXT_DEPLOY.WSVIZ_BUILD_DIR } : {})
	});
	const json = readJson(report);
	const e2eTimings = playwrightTimings(json);
	timings.push(...e2eTimings);
	fileTimings.push(...byFile(e2eTimings));
	if (!json || typeof json.stats !== 'object' || json.stats === null) {
		return record('e2e', started, {
			failed: 1,
			detail: `no JSON report (${describeExit(result)})`
		});
	}
	const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = json.stats;
	const passed = expected + flaky;
	let failed = unexpected;
	const notes = [];
	if (flaky > 0) notes.push(`${flaky} flaky (passed on retry)`);
	// Errors outside any test: the web server did not start, a test file did not load, ...
	const errors = Array.isArray(json.errors) ? json.errors.length : 0;
	if (errors > 0) {
		failed += errors;
		notes.push(`${errors} error(s) outside tests`);
	}
	if (result.code !== 0 && failed === 0) {
		failed = 1;
		notes.push(`playwright failed (${describeExit(result)}) without a failing test`);
	}
	if (passed + unexpected + skipped === 0) notes.push('no tests');
	return record('e2e', started, {
		passed,
		failed,
		skipped,
		ran: passed + unexpected,
		detail: [`${passed} passed, ${failed} failed, ${skipped} skipped`, ...notes].join('; ')
	});
}

/** @param {number} ms */
function seconds(ms) {
	return `${(ms / 1000).toFixed(1)}s`;
}

function summarize() {
	const total = { passed: 0, failed: 0, skipped: 0, ran: 0 };
	for (const stage of stages) {
		total.passed += stage.passed;
		total.failed += stage.failed;
		total.skipped += stage.skipped;
		total.ran += stage.ran;
	}
	if (total.ran === 0 && !interrupted) {
		stages.push({
			name: 'tests',
			status: 'failed',
			passed: 0,
			failed: 1,
			skipped: 0,
			ran: 0,
			detail: 'no test ran at all',
			ms: 0
		});
		total.failed += 1;
	}

	printSlowest('slowest test files', fileTimings);
	printSlowest('slowest tests', timings);
	printFailures(timings);
	const nameWidth = Math.max(...stages.map((s) => s.name.length), 5);
	const statusWidth = 7;
	const elapsed = Date.now() - began;
	const [load = 0] = os.loadavg();
	console.log('\n' + '─'.repeat(72));
	for (const s of stages) {
		const status = s.status === 'failed' ? 'FAILED' : s.status;
		console.log(
			`${s.name.padEnd(nameWidth)}  ${status.padEnd(statusWidth)} ${seconds(s.ms).padStart(7)}  ${s.detail}`
		);
	}
	console.log(
		`${'total'.padEnd(nameWidth)}  ${''.padEnd(statusWidth)} ${seconds(elapsed).padStart(7)}  wall time, load average ${load.toFixed(1)}`
	);
	if (interrupted) console.log(`interrupted by ${interrupted}`);
	let line = `${total.passed} passed, ${total.failed} failed`;
	if (total.skipped > 0) line += `, ${total.skipped} skipped`;
	console.log(line);
	return total.failed > 0 || interrupted ? 1 : 0;
}

async function main() {
	// a. Chromium
	let started = Date.now();
	const chromium = ensureChromium({ env });
	if (chromium) {
		record('chromium', started, { detail: chromium });
	} else {
		record('chromium', started, {
			failed: 1,
			detail: 'not found (see above); browser tests skipped'
		});
	}

	// a'. tcpdump and tshark, for the real-capture tests (which fail, never skip, without them)
	started = Date.now();
	const missingTools = ensureCaptureTools({ env });
	record('capture tools', started, {
		failed: missingTools.length > 0 ? 1 : 0,
		detail: missingTools.length > 0 ? `missing: ${missingTools.join(', ')}` : 'tcpdump, tshark'
	});

	// b. types, style and the build, two at a time: svelte-check, prettier, the build and the next
	// deploy's build on one core; eslint (the longest, ~80 s of CPU on its own) on the other, so the
	// two sides end at about the same time. `svelte-kit sync` (which svelte-check and eslint
	// read) and the message compilation run first, once, so no stage rewrites a file another is
	// reading (the build writes its own SvelteKit folder: BUILD_ENV).
	if (!interrupted) await run('npm', ['run', 'prepare']);
	let built = false;
	let nextBuilt = false;
	const checkThenBuild = async () => {
		await checkStage('check', 'check:types', { collect: true });
		if (interrupted) return;
		await checkStage('format', 'lint:format', { collect: true });
		if (interrupted) return;
		built = (await checkStage('build', 'build', { collect: true }, BUILD_ENV)).status === 'passed';
		if (interrupted || !built) return;
		const next = { ...NEXT_DEPLOY, WSVIZ_I18N_COMPILED: '1' };
		nextBuilt = (await checkStage('build 2', 'build', { collect: true }, next)).status === 'passed';
	};
	if (!interrupted)
		await Promise.all([checkThenBuild(), checkStage('lint', 'lint:code', { collect: true })]);

	// c. unit, property and component tests, and d. end-to-end against the built site, side by side:
	// each alone keeps about one of the two cores busy (measured: Vitest ~150 s of CPU in ~150 s,
	// Playwright's two workers ~1.2 cores; both wait on pages, peers, tcpdump and child processes),
	// so together they fill both. Vitest's output is printed as one block when it ends, e2e's as it
	// comes. WSVIZ_TEST_SERIAL=1 runs them one after the other, as before.
	if (interrupted) return;
	const serial = Boolean(env.WSVIZ_TEST_SERIAL);
	const vitest = vitestStage(Boolean(chromium), { collect: !serial });
	if (serial) await vitest;
	const e2e = async () => {
		if (interrupted) return;
		const e2eStarted = Date.now();
		if (!built) {
			const detail = 'skipped: the build failed';
			record('e2e', e2eStarted, { status: 'skipped', skipped: 1, detail });
		} else if (!chromium) {
			record('e2e', e2eStarted, { status: 'skipped', skipped: 1, detail: 'skipped: no Chromium' });
		} else {
			await e2eStage(nextBuilt);
		}
	};
	await Promise.all([vitest, e2e()]);
}

/** @type {number} */
let exitCode;
try {
	await main();
	exitCode = summarize();
} finally {
	rmSync(tmp, { recursive: true, force: true });
}
process.exit(interrupted === 'SIGINT' ? 130 : interrupted === 'SIGTERM' ? 143 : exitCode);
