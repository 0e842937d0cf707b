// socket.io's way onto WebSocket (Engine.IO protocol v4 §Upgrade): an HTTP long-polling session
// first, whose request and response bodies hold Engine.IO packets separated by 0x1E; then a WebSocket
// on the same session id, tested with a probe (2probe, 3probe) before the client sends 5 (UPGRADE) and
// moves over. The packets are engine.io-parser's and socket.io-parser's encodings
// (tests/unit/learn/socket-io-upgrade.test.ts); the lesson's embed reads each with the payload layer.
import { encodeFrame } from '$lib/protocol/index.ts';
import type { Role } from '$lib/protocol/types.ts';
import type { EngineIoStep } from '../types.ts';
import { RFC_KEY, utf8 } from './shared.ts';

/** The Engine.IO session id and the Socket.IO one of the default namespace. */
export const SESSION = 'Lbo5JLzTotvW3g2LAAAA';
export const SOCKET = 'wZX3oN0bSVIhsaknAAAI';

const POLLING = '/socket.io/?EIO=4&transport=polling';
const IN_SESSION = `${POLLING}&sid=${SESSION}`;

/** The Engine.IO v4 handshake: OPEN with the session, the upgrades it offers and the timing. */
export const OPEN = `0{"sid":"${SESSION}","upgrades":["websocket"],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}`;

/** Bodies and messages in order: what each side sends (packets joined by 0x1E in a polling body). */
export const UPGRADE_SEQUENCE: {
	from: Role;
	/** A request or response of the WebSocket handshake (RFC 6455 §4), not of long polling. */
	handshake?: true;
	http?: string;
	packets?: string[];
	websocket?: string;
}[] = [
	{ from: 'client', http: `GET ${POLLING}` },
	{ from: 'server', http: '200 OK', packets: [OPEN] },
	{ from: 'client', http: `POST ${IN_SESSION}`, packets: ['40'] },
	{ from: 'server', http: '200 OK "ok"' },
	{ from: 'client', http: `GET ${IN_SESSION}` },
	{ from: 'server', http: '200 OK', packets: [`40{"sid":"${SOCKET}"}`, '42["chat","어서 와"]'] },
	{ from: 'client', http: `GET ${IN_SESSION}` },
	{
		from: 'client',
		handshake: true,
		http: `GET /socket.io/?EIO=4&transport=websocket&sid=${SESSION}`
	},
	{ from: 'server', handshake: true, http: '101 Switching Protocols' },
	{ from: 'client', websocket: '2probe' },
	{ from: 'server', websocket: '3probe' },
	// The poll still waiting is answered with NOOP, so the client can pause polling and upgrade.
	{ from: 'server', http: '200 OK', packets: ['6'] },
	{ from: 'client', websocket: '5' },
	{ from: 'client', websocket: '421["chat","안녕"]' },
	{ from: 'server', websocket: '431["ok"]' }
];

/** Engine.IO v4 §HTTP long-polling: the packets of one body are separated by the record separator. */
export const pollingBody = (packets: readonly string[]): string => packets.join('\x1e');

/** The sequence as the embed shows it: polling bodies as bytes, WebSocket messages as frames. */
export function upgradeSteps(): EngineIoStep[] {
	return UPGRADE_SEQUENCE.map(({ from, handshake, http, packets, websocket }) => {
		const stage = websocket !== undefined ? 'websocket' : handshake ? 'handshake' : 'polling';
		const step: EngineIoStep = { from, stage };
		if (http) step.http = http;
		if (packets) step.body = utf8(pollingBody(packets));
		if (websocket !== undefined)
			step.frame = encodeFrame({
				opcode: 'text',
				text: websocket,
				// A client masks its frames (RFC 6455 §5.3); a fixed key keeps the lesson's bytes stable.
				mask: from === 'client' ? RFC_KEY : null
			});
		return step;
	});
}

/** The upgrade's packets, for the lesson's prose: each is the sequence's own. */
export function upgradeFacts() {
	const sent = (from: Role, index: number) =>
		UPGRADE_SEQUENCE.filter((s) => s.from === from && s.websocket !== undefined)[index]!.websocket!;
	const lastPoll = UPGRADE_SEQUENCE.findLast((s) => s.packets)!.packets!;
	return {
		probe: sent('client', 0),
		probeAnswer: sent('server', 0),
		upgrade: sent('client', 1),
		noop: lastPoll[0]!,
		pollingSid: `sid=${SESSION}`
	};
}
