#!/usr/bin/env node
// Finds the Chromium that Vitest browser mode and Playwright drive (see chromium.config.ts), and on a
// fresh Debian machine installs Debian's package. Playwright's own browser download does not work on
// these machines and is never used.
//
// Run alone:  node scripts/ensure-chromium.js [--dry-run]
//   prints the browser it found (or installed) and exits 0, or explains what to do and exits 1.
// Used by scripts/test.js, which passes the path on to its children as CHROMIUM_PATH.
//
// WSVIZ_FAKE_NO_CHROMIUM=1 makes detection find nothing (nothing is uninstalled) and implies --dry-run:
// it shows what would happen on a machine without Chromium, without installing anything.
// WSVIZ_FAKE_NO_CHROMIUM=install also fakes detection but really runs apt-get, to exercise that path on
// a machine that already has the package (apt-get then just reports it is up to date).
//
// Plain Node ESM, built-ins only: it runs before `npm ci` has necessarily produced anything useful.

import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_PATH = '/usr/bin/chromium';
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];
const INSTALL_HINT =
	'Install it with:  sudo apt-get install -y chromium\n' +
	'or point CHROMIUM_PATH at a Chromium or Chrome binary, e.g.  CHROMIUM_PATH=/path/to/chrome npm test';

/** @param {string} file */
function isExecutableFile(file) {
	try {
		if (!statSync(file).isFile()) return false;
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/**
 * @param {string} name
 * @param {NodeJS.ProcessEnv} env
 * @returns {string | null}
 */
function onPath(name, env) {
	for (const dir of (env.PATH ?? '').split(path.delimiter)) {
		if (!dir) continue;
		const candidate = path.join(dir, name);
		if (isExecutableFile(candidate)) return candidate;
	}
	return null;
}

/**
 * Where Chromium is, or null. Order: $CHROMIUM_PATH, /usr/bin/chromium, then chromium,
 * chromium-browser, google-chrome on PATH.
 * @param {{ env?: NodeJS.ProcessEnv, log?: (line: string) => void }} [options]
 * @returns {string | null}
 */
export function findChromium({ env = process.env, log = console.log } = {}) {
	if (env.WSVIZ_FAKE_NO_CHROMIUM) {
		log(
			`[chromium] WSVIZ_FAKE_NO_CHROMIUM=${env.WSVIZ_FAKE_NO_CHROMIUM}: pretending none is installed`
		);
		return null;
	}
	const fromEnv = env.CHROMIUM_PATH;
	if (fromEnv) {
		if (isExecutableFile(fromEnv)) return fromEnv;
		log(
			`[chromium] warning: CHROMIUM_PATH=${fromEnv} is not an executable file; looking elsewhere`
		);
	}
	if (isExecutableFile(DEFAULT_PATH)) return DEFAULT_PATH;
	for (const name of PATH_NAMES) {
		const found = onPath(name, env);
		if (found) return found;
	}
	return null;
}

/** @param {string} file */
function versionOf(file) {
	// Debian's launcher script prints "[: ... unexpected operator" on stderr; only stdout matters.
	const result = spawnSync(file, ['--version'], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
		timeout: 20_000
	});
	return result.status === 0 ? result.stdout.trim() : null;
}

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 */
function run(cmd, args, env) {
	console.log(`[chromium] $ ${cmd} ${args.join(' ')}`);
	const result = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
	if (result.error) throw result.error;
	if (result.status !== 0) {
		throw new Error(`${cmd} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
	}
}

/**
 * Finds Chromium, installing Debian's package when it is missing and we are root with apt-get.
 * On success sets env.CHROMIUM_PATH (so child processes use the same browser) and returns the path.
 * Returns null when Chromium is missing and cannot be installed here, after printing what to do,
 * and also in dry-run mode when it would have installed it.
 * @param {{ env?: NodeJS.ProcessEnv, dryRun?: boolean }} [options]
 * @returns {string | null}
 */
export function ensureChromium({ env = process.env, dryRun = false } = {}) {
	if (env.WSVIZ_FAKE_NO_CHROMIUM === '1') dryRun = true;
	const found = findChromium({ env });
	if (found) {
		const version = versionOf(found);
		if (version) {
			console.log(`[chromium] using ${found} (${version})`);
			env.CHROMIUM_PATH = found;
			return found;
		}
		console.log(`[chromium] ${found} exists but \`${found} --version\` failed`);
	}

	console.log('[chromium] no usable Chromium found');
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const aptGet = onPath('apt-get', env);
	if (!isRoot || !aptGet) {
		const why = !aptGet ? 'apt-get is not available' : 'not running as root';
		console.error(`[chromium] cannot install it automatically (${why}).\n${INSTALL_HINT}`);
		return null;
	}

	const installEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
	if (dryRun) {
		console.log('[chromium] dry run; would now run (as root, DEBIAN_FRONTEND=noninteractive):');
		console.log('[chromium]   apt-get update && apt-get install -y chromium');
		return null;
	}
	try {
		run('apt-get', ['update'], installEnv);
		run('apt-get', ['install', '-y', 'chromium'], installEnv);
	} catch (error) {
		console.error(
			`[chromium] installing failed: ${error instanceof Error ? error.message : error}`
		);
		console.error(INSTALL_HINT);
		return null;
	}

	// Look again, but not through a fake or a stale CHROMIUM_PATH.
	const after = findChromium({ env: { ...env, WSVIZ_FAKE_NO_CHROMIUM: '', CHROMIUM_PATH: '' } });
	const version = after && versionOf(after);
	if (!after || !version) {
		console.error(
			`[chromium] apt-get install succeeded but no working Chromium was found.\n${INSTALL_HINT}`
		);
		return null;
	}
	console.log(`[chromium] installed ${after} (${version})`);
	env.CHROMIUM_PATH = after;
	return after;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const dryRun = process.argv.includes('--dry-run');
	const found = ensureChromium({ dryRun });
	if (found) console.log(`CHROMIUM_PATH=${found}`);
	process.exitCode = found ? 0 : 1;
}
