// One capture worker per opened file: it keeps the file's reading, so selecting another connection is
// a message, not a new read. Opening another file terminates it.
import type { CaptureReply, CaptureRequest } from './capture-protocol.ts';
import { workerError } from './failures.ts';
import { looksLikeHar } from '../protocol/input/har.ts';

export interface CaptureWorker {
	send(request: CaptureRequest): void;
	stop(): void;
}

export function startCaptureWorker(onreply: (reply: CaptureReply) => void): CaptureWorker {
	const worker = new Worker(new URL('./capture.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = (event: MessageEvent<CaptureReply>) => onreply(event.data);
	worker.onerror = (event) => onreply({ kind: 'failed', failure: workerError(event) });
	return { send: (request) => worker.postMessage(request), stop: () => worker.terminate() };
}

/** pcap (both byte orders, µs and ns) and pcapng magic numbers, as the file's first four bytes. */
const MAGICS = ['d4c3b2a1', 'a1b2c3d4', '4d3cb2a1', 'a1b23c4d', '0a0d0d0a'];

/**
 * Whether a file is one the capture view reads: a pcap/pcapng (its magic number) or a HAR (JSON with
 * a `log`, judged from its first 4 KiB). Its name does not matter.
 */
export async function isCaptureFile(file: Blob): Promise<boolean> {
	const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
	const hex = Array.from(head.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join('');
	return MAGICS.includes(hex) || looksLikeHar(new TextDecoder().decode(head));
}
