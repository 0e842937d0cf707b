// Reads a capture file off the main thread: the containers and TCP once, then every connection for
// the list (plain decode, no fields), and on request one connection in full. The file's reading stays
// here between requests; only the selected connection's frames ever reach the page.
import { engineThrew } from './failure.ts';
import {
	analyzeConnection,
	connectionDetail,
	connectionRow,
	readCapture,
	type CaptureReading
} from '../protocol/capture/index.ts';
import type { CaptureReply, CaptureRequest } from './capture-protocol.ts';

const post = (reply: CaptureReply, transfer: Transferable[] = []): void =>
	(self as unknown as Worker).postMessage(reply, transfer);

let reading: CaptureReading | undefined;

self.onmessage = async (event: MessageEvent<CaptureRequest>) => {
	try {
		const request = event.data;
		if (request.kind === 'open') await open(request.file);
		else showConnection(request.id);
	} catch (error) {
		post({ kind: 'failed', failure: engineThrew(error) });
	}
};

async function open(file: Blob): Promise<void> {
	post({ kind: 'progress', stage: 'reading', fraction: 0 });
	reading = readCapture(new Uint8Array(await file.arrayBuffer()));
	const rows = [];
	const total = reading.connections.length;
	for (const [i, c] of reading.connections.entries()) {
		rows.push(connectionRow(analyzeConnection(c, { annotate: false })));
		if (i % 16 === 0) post({ kind: 'progress', stage: 'connections', fraction: i / total });
	}
	const { format, packets, bytes, diagnostics } = reading;
	post({
		kind: 'summary',
		summary: { format: format ?? null, packets, bytes, diagnostics, connections: rows }
	});
}

function showConnection(id: number): void {
	const c = reading?.connections.find((x) => x.id === id);
	if (!c) return post({ kind: 'failed', failure: engineThrew(new Error(`no connection ${id}`)) });
	const detail = connectionDetail(analyzeConnection(c, { annotate: false }));
	post({ kind: 'connection', detail }, [
		detail.bytes.client.buffer as ArrayBuffer,
		detail.bytes.server.buffer as ArrayBuffer
	]);
}
