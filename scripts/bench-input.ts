// Paste parsing throughput (DESIGN.md: hex and base64 text → bytes at ≥ 100 MB/s of text).
// Run: npx tsx scripts/bench-input.ts [megabytes]   (default 10 MB of text per workload)

import { formatBytes, parseInput } from '../src/lib/protocol/input/index.ts';

const megabytes = Number(process.argv[2] ?? 10);
const TARGET = 100;

/** Bytes that look like WebSocket traffic: text payloads with some binary mixed in. */
function sampleBytes(count: number): Uint8Array {
	const bytes = new Uint8Array(count);
	let seed = 0x2545f491;
	for (let i = 0; i < count; i++) {
		seed ^= seed << 13;
		seed ^= seed >>> 17;
		seed ^= seed << 5;
		bytes[i] = i % 5 === 0 ? seed & 0xff : 0x20 + ((seed >>> 8) % 95);
	}
	return bytes;
}

/** Enough bytes that the formatted text is about `megabytes` MB. */
function textOf(format: Parameters<typeof formatBytes>[1], charsPerByte: number): string {
	const text = formatBytes(sampleBytes(Math.ceil((megabytes * 1e6) / charsPerByte)), format);
	return text;
}

const workloads: { name: string; text: string }[] = [
	{ name: 'hex, unspaced', text: textOf('hex', 2) },
	{ name: 'hex, spaced', text: textOf('spaced-hex', 3) },
	{ name: 'hex, spaced, 16 a line', text: textOf('spaced-hex', 3).replace(/(.{47}) /g, '$1\n') },
	{ name: 'base64', text: textOf('base64', 4 / 3) },
	{ name: 'base64, 76 a line', text: textOf('base64', 4 / 3).replace(/.{76}/g, '$&\n') },
	{ name: 'hexdump -C', text: textOf('hexdump', 78 / 16) }
];

function measure(text: string): { ms: number; bytes: number; format: string } {
	let best = Infinity;
	let result = parseInput(text);
	for (let run = 0; run < 5; run++) {
		const start = performance.now();
		result = parseInput(text);
		best = Math.min(best, performance.now() - start);
	}
	if (!result.ok) throw new Error(`bench input did not parse: ${result.error.message}`);
	return { ms: best, bytes: result.bytes.length, format: result.format };
}

console.log(
	`parseInput throughput, best of 5 runs, MB = 10^6 chars of text ` +
		`(target ≥ ${TARGET} MB/s for hex and base64)\n`
);
for (const { name, text } of workloads) {
	const { ms, bytes, format } = measure(text);
	const rate = text.length / 1e6 / (ms / 1000);
	const row = [
		name.padEnd(24),
		`${(text.length / 1e6).toFixed(1)} MB`.padStart(8),
		`→ ${(bytes / 1e6).toFixed(2)} MB`.padStart(11),
		`as ${format}`.padEnd(13),
		`${ms.toFixed(1)} ms`.padStart(10),
		`${rate.toFixed(0)} MB/s`.padStart(10)
	];
	console.log(row.join('  '));
}
