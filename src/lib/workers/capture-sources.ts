// What the capture worker opened: a pcap/pcapng (read once, each connection analysed on request) or
// a HAR (its WebSocket entries). Both answer in the capture view's one data model (summary.ts), so
// the page shows either with the same view.
import {
	analyzeConnection,
	captureFormatOf,
	captureToJson,
	connectionDetail,
	connectionRow,
	readCapture,
	type CaptureConnection,
	type ConnectionDetail
} from '../protocol/capture/index.ts';
import { messageContent, payloadInput, type MessageContent } from '../protocol/capture/content.ts';
import { readHarCapture } from '../protocol/capture/har.ts';
import {
	harConnectionDetail,
	harConnectionRow,
	harMessageContent,
	harPayloadInput,
	harToJson
} from '../protocol/capture/har-view.ts';
import { looksLikeHar } from '../protocol/input/har.ts';
import type { Role } from '../protocol/index.ts';
import type { PayloadInput } from '../protocol/payload/types.ts';
import type { CaptureSummary } from './capture-protocol.ts';

export interface CaptureSource {
	summary: CaptureSummary;
	/** Whether connection `id` exists. */
	has(id: number): boolean;
	/** Reads connection `id` in full and keeps it as the selected one. */
	select(id: number): ConnectionDetail | null;
	/** One message of the selected connection, and what the payload layer reads of it. */
	message(
		role: Role,
		index: number
	): { content: MessageContent; input: PayloadInput | null; subprotocol?: string } | null;
	/** `wsviz capture --json` for one connection, or (no id) for all. */
	json(id?: number): Record<string, unknown>;
}

/** Opens a file's bytes as a HAR when its text looks like one, else as a pcap/pcapng. */
export function openSource(bytes: Uint8Array, progress: (fraction: number) => void): CaptureSource {
	if (!captureFormatOf(bytes)) {
		const text = new TextDecoder().decode(bytes);
		if (looksLikeHar(text)) return harSource(text, bytes.length);
	}
	return pcapSource(bytes, progress);
}

function pcapSource(bytes: Uint8Array, progress: (fraction: number) => void): CaptureSource {
	const reading = readCapture(bytes);
	const rows = [];
	const total = reading.connections.length;
	for (const [i, c] of reading.connections.entries()) {
		rows.push(connectionRow(analyzeConnection(c, { annotate: false })));
		if (i % 16 === 0) progress(i / total);
	}
	const { format, packets, diagnostics } = reading;
	const byId = (id: number) => reading.connections.find((x) => x.id === id);
	let selected: CaptureConnection | undefined;
	return {
		summary: {
			format: format ?? null,
			packets,
			bytes: bytes.length,
			diagnostics,
			connections: rows
		},
		has: (id) => byId(id) !== undefined,
		select(id) {
			const c = byId(id);
			selected = c && analyzeConnection(c, { annotate: false });
			return selected ? connectionDetail(selected) : null;
		},
		message(role, index) {
			const content = selected && messageContent(selected, role, index);
			if (!selected || !content) return null;
			const input = payloadInput(selected, role, index);
			return { content, input, subprotocol: selected.websocket?.protocol };
		},
		json(id) {
			const chosen = id === undefined ? reading.connections : [byId(id)!];
			const connections = chosen.map((c) => analyzeConnection(c, { annotate: true }));
			return captureToJson(reading, connections);
		}
	};
}

function harSource(text: string, size: number): CaptureSource {
	const capture = readHarCapture(text);
	const byId = (id: number) => capture.connections.find((x) => x.id === id);
	let selected = capture.connections[0];
	return {
		summary: {
			format: 'har',
			packets: 0,
			bytes: size,
			diagnostics: capture.diagnostics,
			connections: capture.connections.map(harConnectionRow)
		},
		has: (id) => byId(id) !== undefined,
		select(id) {
			selected = byId(id);
			return selected ? harConnectionDetail(selected) : null;
		},
		message(role, index) {
			const content = selected && harMessageContent(selected, role, index);
			if (!selected || !content) return null;
			const input = harPayloadInput(selected, role, index);
			return { content, input, subprotocol: selected.protocol };
		},
		json(id) {
			return harToJson(capture, id === undefined ? capture.connections : [byId(id)!]);
		}
	};
}
