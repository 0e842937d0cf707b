// The inputs the benchmark decodes: masked client frames (RFC 6455 §5.3), concatenated into one buffer.
// Each run gets a fresh copy, because ws unmasks in place and would otherwise decode garbage.
import { randomBytes } from 'node:crypto';
import { encodeFrame } from '../../src/lib/protocol/index.ts';

export interface Workload {
	name: string;
	/** 'text' or 'binary': what every frame carries. */
	type: 'text' | 'binary';
	frames: number;
	payloadSize: number;
	/** Feed the input in chunks of this many bytes (the whole buffer at once when absent). */
	chunkSize?: number;
	/** All the frames, back to back. */
	bytes: Buffer;
	/** The last frame's payload, to check that each side really decoded the input. */
	lastPayload: Buffer;
}

const TEXT_20 = 'Hello, WebSocket! 20';

export function buildWorkload(
	type: 'text' | 'binary',
	frames: number,
	payloadSize: number
): Workload {
	const parts: Uint8Array[] = [];
	let payload: Buffer = Buffer.alloc(0);
	for (let i = 0; i < frames; i++) {
		payload = type === 'text' ? textOf(payloadSize, i) : randomBytes(payloadSize);
		parts.push(encodeFrame({ opcode: type, mask: 'random', payload }));
	}
	const size = payloadSize >= 1 << 20 ? `${payloadSize >> 20} MiB` : sizeName(payloadSize);
	const count = frames >= 1000 ? `${frames / 1000}k` : String(frames);
	return {
		name: `${count} × ${size} ${type}, one buffer`,
		type,
		frames,
		payloadSize,
		bytes: Buffer.concat(parts),
		lastPayload: payload
	};
}

/** The same input, fed in chunks as a socket delivers it. */
export function inChunks(w: Workload, chunkSize: number): Workload {
	const name = w.name.replace('one buffer', `${sizeName(chunkSize)} chunks`);
	return { ...w, name, chunkSize };
}

function sizeName(n: number): string {
	return n >= 1024 ? `${n >> 10} KiB` : `${n} B`;
}

function textOf(size: number, i: number): Buffer {
	const text = `${TEXT_20.slice(0, -String(i % 100).length)}${i % 100}`;
	return Buffer.from(text.repeat(Math.ceil(size / text.length)).slice(0, size));
}

/** A fresh copy of the input, cut into the workload's chunks (views of the copy). */
export function freshInput(w: Workload): Buffer[] {
	const copy = Buffer.from(w.bytes);
	if (!w.chunkSize) return [copy];
	const chunks: Buffer[] = [];
	for (let at = 0; at < copy.length; at += w.chunkSize) {
		chunks.push(copy.subarray(at, at + w.chunkSize));
	}
	return chunks;
}
