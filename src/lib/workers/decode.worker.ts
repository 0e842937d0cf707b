// Parses and decodes a large capture off the main thread, so a 10 MB paste never freezes the page.
// Posts progress, then the bytes and the compact analysis (typed-array columns, transferred).
import { parseInput } from '../protocol/index.ts';
import { analyze, transferables } from './analysis.ts';
import type { DecodeReply, DecodeRequest } from './protocol.ts';
import { threw } from './failures.ts';

const post = (reply: DecodeReply, transfer: Transferable[] = []): void =>
	(self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = async (event: MessageEvent<DecodeRequest>) => {
	try {
		const request = event.data;
		let text = request.text ?? '';
		if (request.file) {
			post({ kind: 'progress', stage: 'reading', fraction: 0 });
			text = await request.file.text();
		}
		post({ kind: 'progress', stage: 'parsing', fraction: 0 });
		const parsed = parseInput(text);
		if (!parsed.ok) {
			post({ kind: 'bytes', parsed, input: new Uint8Array(0), analysis: null });
			return;
		}
		const { bytes, ...info } = parsed;
		const { from, extensions, maxMessage } = request;
		const analysis = analyze(bytes, { from, extensions, maxMessage }, (f) =>
			post({ kind: 'progress', stage: 'decoding', fraction: f })
		);
		post({ kind: 'bytes', parsed: info, input: bytes, analysis }, [
			bytes.buffer as ArrayBuffer,
			...transferables(analysis)
		]);
	} catch (error) {
		post({ kind: 'failed', failure: threw(error) });
	}
};
