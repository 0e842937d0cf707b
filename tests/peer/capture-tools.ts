// tcpdump and tshark for the real-capture tests: record the loopback while real peers talk, and let
// Wireshark's dissector read the same file. Missing tools fail the test with the command to run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { CAPTURE_TOOLS_HINT, missingCaptureTools } from '../../scripts/ensure-capture-tools.js';

/** Throws, with the install command, when tcpdump or tshark is missing or capturing is not allowed. */
export function requireCaptureTools(): void {
	const missing = missingCaptureTools();
	if (missing.length > 0) {
		throw new Error(`${missing.join(' and ')} missing: install with  ${CAPTURE_TOOLS_HINT}`);
	}
	if (process.getuid?.() !== 0) {
		throw new Error(
			'capturing on lo needs root (or: sudo setcap cap_net_raw,cap_net_admin=eip "$(command -v tcpdump)")'
		);
	}
}

export interface Recorder {
	/** Stops tcpdump and settles once the file is complete. */
	stop(): Promise<void>;
}

/** Starts tcpdump on the loopback for one TCP port, writing packets to `file` as they come (-U). */
export function startTcpdump(
	port: number,
	file: string,
	format: 'pcap' | 'pcapng' = 'pcap'
): Promise<Recorder> {
	// -B: a 64 MiB kernel buffer (KiB), so that a tcpdump starved of CPU by tests running beside it
	// on a busy machine loses no packets (a loss shows as tcp_gap: seen once with two test workers).
	const args = ['-i', 'lo', '-n', '-U', '--immediate-mode', '-B', '65536', '-s', '0', '-w', file];
	if (format === 'pcapng') args.push('--time-stamp-precision=nano');
	const child = spawn('tcpdump', [...args, `tcp port ${port}`], {
		stdio: ['ignore', 'ignore', 'pipe']
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	return new Promise((resolve, reject) => {
		let err = '';
		child.stderr.on('data', (chunk: Buffer) => {
			err += chunk.toString();
			if (err.includes('listening on')) {
				resolve({
					stop: async () => {
						await settled(file);
						child.kill('SIGINT');
						return exited;
					}
				});
			}
		});
		child.once('exit', (code) => reject(new Error(`tcpdump exited ${code}: ${err}`)));
	});
}

/**
 * tcpdump may still be writing what the kernel handed it on a busy machine: waits until the file has
 * stopped growing for half a second (at most ten seconds), so the capture is complete when stopped.
 */
async function settled(file: string): Promise<void> {
	let size = -1;
	for (let waited = 0; waited < 10_000; waited += 500) {
		const now = existsSync(file) ? statSync(file).size : 0;
		if (now === size) return;
		size = now;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

/** `tshark -T fields` rows for the WebSocket frames of `file`, the port decoded as HTTP. */
export function tsharkFields(file: string, port: number, fields: readonly string[]): string[][] {
	const args = ['-r', file, '-d', `tcp.port==${port},http`, '-Y', 'websocket', '-T', 'fields'];
	args.push('-E', 'separator=/t', '-E', 'aggregator=|', ...fields.flatMap((f) => ['-e', f]));
	const result = spawnSync('tshark', args, { encoding: 'utf8', maxBuffer: 64 << 20 });
	if (result.status !== 0) throw new Error(`tshark failed: ${result.stderr}`);
	return result.stdout
		.split('\n')
		.filter((line) => line.length > 0)
		.map((line) => line.split('\t'));
}
