import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, SLOW, wsviz } from './run.ts';

const version = (
	JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
).version;

describe('the wsviz command', { timeout: SLOW }, () => {
	it('lists every command of the contract in --help', async () => {
		const run = await wsviz(['--help']);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^Usage: wsviz/);
		for (const command of ['decode', 'encode', 'accept', 'handshake', 'simulate'])
			expect(run.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'));
	});

	it('prints the version from package.json', async () => {
		const run = await wsviz(['--version']);
		expect(run).toMatchObject({ code: 0, stdout: `${version}\n` });
	});

	it('has help for each command', async () => {
		const runs = await Promise.all([
			wsviz(['decode', '--help']),
			wsviz(['encode', '-h']),
			wsviz(['help', 'decode'])
		]);
		expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
		expect(runs[0]!.stdout).toMatch(/^Usage: wsviz decode/);
		expect(runs[1]!.stdout).toMatch(/^Usage: wsviz encode/);
		expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
	});

	it('exits 2 on an unknown or missing command', async () => {
		const [unknown, none] = await Promise.all([wsviz(['upgrade', 'x']), wsviz([])]);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toContain("unknown command 'upgrade'");
		expect(none.code).toBe(2);
		expect(none.stdout).toBe('');
	});

	it('is an executable node script', () => {
		const bin = join(root, 'src/cli/bin.js');
		expect(statSync(bin).mode & 0o111).not.toBe(0);
		expect(readFileSync(bin, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
	});

	// npx links the project's own bin (package.json "bin") from its npx cache: no build, no install.
	it('runs as `npx wsviz` from the project folder', { timeout: 60_000 }, async () => {
		const run = await wsviz(['--version'], { npx: true });
		expect(run.code).toBe(0);
		expect(run.stdout).toBe(`${version}\n`);
	});
});

// Every other CLI test runs main() in this process; these run bin.js as people do, so its exit code,
// its standard input and output pipes and its error path are covered for real.
describe('the wsviz command as a real process', { timeout: SLOW }, () => {
	it('decodes standard input and exits 0', async () => {
		const run = await wsviz(['decode', '--json'], { process: true, input: '81 05 48 65 6c 6c 6f' });
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout) as { frames: { opcode: number; payloadLength: number }[] };
		expect(json.frames).toMatchObject([{ opcode: 1, payloadLength: 5 }]);
	});

	it('exits 2 with the usage error on standard error', async () => {
		const run = await wsviz(['upgrade', 'x'], { process: true });
		expect(run).toMatchObject({ code: 2, stdout: '' });
		expect(run.stderr).toContain("unknown command 'upgrade'");
	});

	it('exits 2 on unreadable input, pointing at the bad token', async () => {
		const run = await wsviz(['decode'], { process: true, input: '81 05\n48 6x 6c 6c 6f\n' });
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('line 2, column 4');
	});
});
