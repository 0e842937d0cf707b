// The report `wsviz capture` prints for people when the file is a HAR: per WebSocket entry its URL,
// the handshake rebuilt from the recorded headers, and the recorded messages in time order. A HAR has
// messages, not frames, and the report says so once.
import type { HarCapture, HarConnection } from '../lib/protocol/capture/har.ts';
import { renderDiagnostics } from './render.ts';
import { clock, isoTime, messageText, seconds } from './render-capture.ts';
import { plural, sanitize, type Palette } from './text.ts';

const SUMMARY_MESSAGES = 10;

export function renderHar(
	capture: HarCapture,
	connections: readonly HarConnection[],
	options: { detail: boolean; palette: Palette }
): string {
	const pal = options.palette;
	const entries = `${capture.entries} ${capture.entries === 1 ? 'entry' : 'entries'}`;
	const head = `har, ${entries}, ${plural(capture.connections.length, 'WebSocket connection')}`;
	const note = pal.dim(
		'A HAR keeps the messages the page sent and received, not the frames: no frame headers, masks, pings or close frames.'
	);
	const blocks = [[pal.bold(head), note]];
	for (const c of connections) blocks.push(renderConnection(c, options));
	blocks.push(renderDiagnostics(capture.diagnostics, pal));
	return `${blocks
		.filter((b) => b.length > 0)
		.map((b) => b.join('\n'))
		.join('\n\n')}\n`;
}

function renderConnection(
	c: HarConnection,
	options: { detail: boolean; palette: Palette }
): string[] {
	const pal = options.palette;
	const origin = c.origin ? `${sanitize(c.origin)} → ` : '';
	const out = [
		`${pal.bold(`#${c.id} websocket`)}  ${origin}${sanitize(c.url)}  ${isoTime(c.start)}  ${seconds(c.end - c.start)}`
	];
	const h = c.handshake;
	if (h)
		out.push(
			`  handshake (recorded headers): ${h.verdict.ok ? pal.green('ok') : pal.red('problems')}`
		);
	if (c.extensions) out.push(`  extensions: ${sanitize(c.extensions)}`);
	if (c.protocol) out.push(`  subprotocol: ${sanitize(c.protocol)}`);
	out.push(
		`  client: ${plural(c.messages.client.length, 'message')}, server: ${plural(c.messages.server.length, 'message')}`
	);
	const next = { client: 0, server: 0 };
	const timeline = c.order.map((role) => {
		const i = next[role]++;
		return { role, message: c.messages[role][i]!, time: c.times[role][i]! };
	});
	const shown = options.detail ? timeline : timeline.slice(0, SUMMARY_MESSAGES);
	for (const { role, message, time } of shown)
		out.push(`  ${clock(time, c.start)}  ${role.padEnd(6)}  ${messageText(message)}`);
	if (shown.length < timeline.length)
		out.push(
			pal.dim(`  … ${timeline.length - shown.length} more (--connection ${c.id} lists all)`)
		);
	const diagnostics = renderDiagnostics(c.diagnostics, pal);
	return diagnostics.length > 0 ? [...out, ...diagnostics.map((l) => `  ${l}`)] : out;
}
