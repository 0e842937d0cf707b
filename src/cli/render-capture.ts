// The report `wsviz capture` prints for people: the file, then per connection what it is, its
// handshake in one line, each direction's verdict, the conversation in time order and the problems.
import {
	endpointText,
	type CaptureConnection,
	type CaptureReading,
	type DirectionFrames,
	type Message
} from '../lib/protocol/index.ts';
import { renderDiagnostics } from './render.ts';
import { hexPreview, plural, quoteText, sanitize, type Palette } from './text.ts';

interface Options {
	/** One connection asked for: every message, not the first few. */
	detail: boolean;
	palette: Palette;
}

const SUMMARY_MESSAGES = 10;

export function renderCapture(
	reading: CaptureReading,
	connections: readonly CaptureConnection[],
	options: Options
): string {
	const pal = options.palette;
	const head = `${reading.format}, ${plural(reading.packets, 'packet')}, ${plural(reading.bytes, 'byte')}, ${plural(reading.connections.length, 'TCP connection')}`;
	const blocks = [[pal.bold(head)]];
	for (const c of connections) blocks.push(renderConnection(c, options));
	blocks.push(renderDiagnostics(reading.diagnostics, pal));
	return `${blocks
		.filter((b) => b.length > 0)
		.map((b) => b.join('\n'))
		.join('\n\n')}\n`;
}

function renderConnection(c: CaptureConnection, options: Options): string[] {
	const pal = options.palette;
	const span = Number.isNaN(c.start) ? '' : `  ${isoTime(c.start)}  ${seconds(c.end - c.start)}`;
	const out = [
		`${pal.bold(`#${c.id} ${c.kind}`)}  ${endpointText(c.client)} → ${endpointText(c.server)}${span}  ${plural(c.packets, 'packet')}`
	];
	if (c.websocket) out.push(...renderWebSocket(c, options));
	if (c.tls) {
		const { sni, alpn, records } = c.tls;
		out.push(`  TLS: server name ${sni ?? '(none)'}, ALPN ${alpn?.join(', ') ?? '(none)'}`);
		out.push(`  records: client ${records.client.length}, server ${records.server.length}`);
	}
	if (c.http) {
		for (const h of [...c.http.requests, ...c.http.responses].sort((a, b) => a.time - b.time))
			out.push(`  ${clock(h.time, c.start)}  ${sanitize(h.startLine)}`);
	}
	const gaps = c.streams.client.gaps.length + c.streams.server.gaps.length;
	if (gaps > 0) out.push(`  ${pal.yellow(plural(gaps, 'gap'))} in the TCP streams`);
	const diagnostics = renderDiagnostics(c.diagnostics, pal);
	return diagnostics.length > 0 ? [...out, ...diagnostics.map((l) => `  ${l}`)] : out;
}

function renderWebSocket(c: CaptureConnection, options: Options): string[] {
	const ws = c.websocket!;
	const pal = options.palette;
	const out: string[] = [];
	const h = ws.handshake;
	if (h) {
		const request = h.request ? sanitize(h.request.startLine.text) : '(no request)';
		const response = h.response ? sanitize(h.response.startLine.text) : '(no response)';
		const ok = h.verdict.ok ? pal.green('ok') : pal.red('problems');
		out.push(`  handshake: ${request} → ${response} (${ok})`);
	}
	if (ws.extensions) out.push(`  extensions: ${sanitize(ws.extensions)}`);
	if (ws.protocol) out.push(`  subprotocol: ${sanitize(ws.protocol)}`);
	for (const role of ['client', 'server'] as const)
		out.push(`  ${directionLine(role, ws[role], pal)}`);
	const timeline = conversation(ws.client, ws.server);
	const shown = options.detail ? timeline : timeline.slice(0, SUMMARY_MESSAGES);
	for (const { role, message, time } of shown) {
		out.push(`  ${clock(time, c.start)}  ${role.padEnd(6)}  ${messageText(message)}`);
	}
	if (shown.length < timeline.length) {
		out.push(
			pal.dim(`  … ${timeline.length - shown.length} more (--connection ${c.id} lists all)`)
		);
	}
	return out;
}

function directionLine(role: string, d: DirectionFrames, pal: Palette): string {
	const { frames, messages, verdict } = d.result;
	const state = verdict.ok
		? pal.green('ok')
		: pal.red(`a strict peer closes with ${verdict.closeCode ?? 'an error'}`);
	return `${role}: ${plural(frames.length, 'frame')}, ${plural(messages.length, 'message')}, ${state}`;
}

function conversation(client: DirectionFrames, server: DirectionFrames) {
	const all = [
		...client.result.messages.map((m, i) => ({
			role: 'client',
			message: m,
			time: client.messageTimes[i]!
		})),
		...server.result.messages.map((m, i) => ({
			role: 'server',
			message: m,
			time: server.messageTimes[i]!
		}))
	];
	return all.sort((a, b) => a.time - b.time);
}

export function messageText(m: Message): string {
	const zip = m.compressed ? ' (compressed)' : '';
	if (m.type === 'text' && m.text !== undefined) return `text ${quoteText(m.text)}${zip}`;
	if (m.type === 'close')
		return `close ${m.code ?? ''} ${m.reason ? quoteText(m.reason) : ''}`.trim();
	return `${m.type} ${plural(m.payload.length, 'byte')} ${hexPreview(m.payload)}${zip}`.trim();
}

/** Seconds since the connection's first packet: `+0.012345`. */
export function clock(time: number, start: number): string {
	return Number.isNaN(time) ? '        ?' : `+${(time - start).toFixed(6)}`;
}

export function seconds(s: number): string {
	return `${s.toFixed(3)} s`;
}

export function isoTime(t: number): string {
	return new Date(t * 1000).toISOString();
}
