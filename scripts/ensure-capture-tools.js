#!/usr/bin/env node
// Finds tcpdump and tshark, which the real-capture tests (tests/peer/capture*.test.ts) run: tcpdump
// records the loopback while a `ws` client and server talk, tshark dissects the same file. Also nginx,
// which reads the location blocks /handshake hands out (tests/unit/handshake/nginx-location.test.ts).
// On a fresh Debian machine, as root, installs Debian's packages, the way ensure-chromium.js installs
// Chromium. Where they cannot be installed, the capture tests fail with the command to run (they are
// never skipped); the nginx test skips its real-nginx part.
//
// Run alone:  node scripts/ensure-capture-tools.js   (exit 0 when both are there afterwards)
// Used by scripts/test.js before the unit tests.
//
// Plain Node ESM, built-ins only.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CAPTURE_TOOLS = ['tcpdump', 'tshark'];
export const CAPTURE_TOOLS_HINT =
	'sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y tcpdump tshark';

/** Each tool: the command that proves it runs, and the Debian package that has it. */
const TOOLS = {
	tcpdump: { command: 'tcpdump', args: ['--version'], pkg: 'tcpdump' },
	tshark: { command: 'tshark', args: ['--version'], pkg: 'tshark' },
	// /usr/sbin is not on every user's PATH; nginx answers -v, not --version.
	nginx: { command: '/usr/sbin/nginx', args: ['-v'], pkg: 'nginx-light' }
};

/** @param {keyof typeof TOOLS} name */
function works(name) {
	const { command, args } = TOOLS[name];
	const result = spawnSync(command, args, { stdio: 'ignore', timeout: 20_000 });
	return result.status === 0;
}

/** The capture tools that are missing (none when all run). */
export function missingCaptureTools() {
	return CAPTURE_TOOLS.filter((name) => !works(/** @type {keyof typeof TOOLS} */ (name)));
}

/** Every tool the peer tests use that is missing. */
function missingTools() {
	return /** @type {(keyof typeof TOOLS)[]} */ (Object.keys(TOOLS)).filter((name) => !works(name));
}

/**
 * Installs the missing tools when root with apt-get. Returns the names still missing.
 * @param {{ env?: NodeJS.ProcessEnv }} [options]
 */
export function ensureCaptureTools({ env = process.env } = {}) {
	const missing = missingTools();
	if (missing.length === 0) {
		console.log(`[capture tools] using ${Object.keys(TOOLS).join(', ')}`);
		return [];
	}
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const aptGet = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
	if (!isRoot || !aptGet) {
		const why = !aptGet ? 'apt-get is not available' : 'not running as root';
		console.error(`[capture tools] ${missing.join(', ')} missing; cannot install (${why}).`);
		console.error(`[capture tools] Install with:  ${CAPTURE_TOOLS_HINT}`);
		return missing;
	}
	const installEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
	const packages = missing.map((name) => TOOLS[name].pkg);
	for (const args of [['update'], ['install', '-y', ...packages]]) {
		console.log(`[capture tools] $ apt-get ${args.join(' ')}`);
		const result = spawnSync('apt-get', args, {
			stdio: ['ignore', 'inherit', 'inherit'],
			env: installEnv
		});
		if (result.status !== 0) {
			console.error(
				`[capture tools] apt-get ${args.join(' ')} failed; run:  ${CAPTURE_TOOLS_HINT}`
			);
			return missingCaptureTools();
		}
	}
	return missingCaptureTools();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	process.exitCode = ensureCaptureTools().length === 0 ? 0 : 1;
}
