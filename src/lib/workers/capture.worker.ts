// Reads a capture file off the main thread: a pcap/pcapng (containers and TCP once, then every
// connection for the list, and on request one connection in full) or a HAR (its WebSocket entries).
// The file's reading stays here between requests; only the selected connection's frames and messages
// ever reach the page, and its messages' data one message at a time.
import type { Role } from '../protocol/index.ts';
import type { PayloadInput, PayloadResult } from '../protocol/payload/types.ts';
import type { CaptureReply, CaptureRequest } from './capture-protocol.ts';
import { openSource, type CaptureSource } from './capture-sources.ts';
import { threw } from './failures.ts';

const post = (reply: CaptureReply, transfer: Transferable[] = []): void =>
	(self as unknown as Worker).postMessage(reply, transfer);

let source: CaptureSource | undefined;

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
	const bytes = new Uint8Array(await file.arrayBuffer());
	source = openSource(bytes, (fraction) =>
		post({ kind: 'progress', stage: 'connections', fraction })
	);
	post({ kind: 'summary', summary: source.summary });
}

function known(id: number): boolean {
	const ok = source?.has(id) ?? false;
	if (!ok) post({ kind: 'failed', failure: { code: 'connection_missing', params: { id } } });
	return ok;
}

/**
 * Frames and messages cross to the page in pieces of this many: the page copies each piece in its
 * own task, so a connection of 100 000 messages never holds its main thread for long.
 */
const PIECE = 2000;

function showConnection(id: number): void {
	if (!source || !known(id)) return;
	const { frames, messages, ...rest } = source.select(id)!;
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
	const read = source?.message(role, index);
	if (!read) return;
	const payload = read.input ? await carried(read.input, read.subprotocol) : null;
	post({ kind: 'message', content: read.content, payload }, [
		read.content.bytes.buffer as ArrayBuffer
	]);
}

/** What a message carries; the payload layer (and each protocol's decoder) loads on first use. */
async function carried(input: PayloadInput, subprotocol?: string): Promise<PayloadResult | null> {
	const { decodePayloads } = await import('../protocol/payload/index.ts');
	return (await decodePayloads([input], { subprotocol }))[0] ?? null;
}

/** The JSON `wsviz capture --json [--connection N]` prints for the same file. */
function exportJson(id?: number): void {
	if (!source || (id !== undefined && !known(id))) return;
	post({ kind: 'json', id, text: `${JSON.stringify(source.json(id), null, 2)}\n` });
}
