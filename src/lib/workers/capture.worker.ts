// Reads a capture file off the main thread: the containers and TCP once, then every connection for
// the list (plain decode, no fields), and on request one connection in full. The file's reading stays
// here between requests; only the selected connection's frames ever reach the page, and its messages'
// data one message at a time.
import {
	analyzeConnection,
	captureToJson,
	connectionDetail,
	connectionRow,
	readCapture,
	type CaptureConnection,
	type CaptureReading
} from '../protocol/capture/index.ts';
import { messageContent, payloadInput } from '../protocol/capture/content.ts';
import type { Role } from '../protocol/index.ts';
import type { PayloadInput, PayloadResult } from '../protocol/payload/types.ts';
import type { CaptureReply, CaptureRequest } from './capture-protocol.ts';
import { threw } from './failures.ts';

const post = (reply: CaptureReply, transfer: Transferable[] = []): void =>
	(self as unknown as Worker).postMessage(reply, transfer);

let reading: CaptureReading | undefined;
/** The selected connection, analysed (kept for its messages' data). */
let selected: CaptureConnection | undefined;

self.onmessage = async (event: MessageEvent<CaptureRequest>) => {
	try {
		const request = event.data;
		if (request.kind === 'open') await open(request.file);
		else if (request.kind === 'connection') showConnection(request.id);
		else if (request.kind === 'message') await showMessage(request.role, request.index);
		else exportJson(request.id);
	} catch (error) {
		post({ kind: 'failed', failure: threw(error) });
	}
};

async function open(file: Blob): Promise<void> {
	post({ kind: 'progress', stage: 'reading', fraction: 0 });
	reading = readCapture(new Uint8Array(await file.arrayBuffer()));
	selected = undefined;
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

function tcpConnection(id: number) {
	const c = reading?.connections.find((x) => x.id === id);
	if (!c) post({ kind: 'failed', failure: { code: 'connection_missing', params: { id } } });
	return c;
}

/**
 * Frames and messages cross to the page in pieces of this many: the page copies each piece in its
 * own task, so a connection of 100 000 messages never holds its main thread for long.
 */
const PIECE = 2000;

function showConnection(id: number): void {
	const c = tcpConnection(id);
	if (!c) return;
	selected = analyzeConnection(c, { annotate: false });
	const { frames, messages, ...rest } = connectionDetail(selected);
	const detail = { ...rest, frames: frames.slice(0, PIECE), messages: messages.slice(0, PIECE) };
	const count = Math.max(frames.length, messages.length);
	post({ kind: 'connection', detail, complete: count <= PIECE }, [
		detail.bytes.client.buffer as ArrayBuffer,
		detail.bytes.server.buffer as ArrayBuffer
	]);
	for (let at = PIECE; at < count; at += PIECE) {
		const last = at + PIECE >= count;
		const piece = {
			frames: frames.slice(at, at + PIECE),
			messages: messages.slice(at, at + PIECE)
		};
		post({ kind: 'more', id, ...piece, last });
	}
}

async function showMessage(role: Role, index: number): Promise<void> {
	if (!selected) return;
	const content = messageContent(selected, role, index);
	if (!content) return;
	const input = payloadInput(selected, role, index);
	const payload = input ? await carried(input, selected.websocket?.protocol) : null;
	post({ kind: 'message', content, payload }, [content.bytes.buffer as ArrayBuffer]);
}

/** What a message carries; the payload layer (and each protocol's decoder) loads on first use. */
async function carried(input: PayloadInput, subprotocol?: string): Promise<PayloadResult | null> {
	const { decodePayloads } = await import('../protocol/payload/index.ts');
	return (await decodePayloads([input], { subprotocol }))[0] ?? null;
}

/** The JSON `wsviz capture --json [--connection N]` prints for the same file. */
function exportJson(id?: number): void {
	if (!reading) return;
	const one = id === undefined ? undefined : tcpConnection(id);
	if (id !== undefined && !one) return;
	const chosen = one ? [one] : reading.connections;
	const connections = chosen.map((c) => analyzeConnection(c, { annotate: true }));
	post({
		kind: 'json',
		id,
		text: `${JSON.stringify(captureToJson(reading, connections), null, 2)}\n`
	});
}
