// Lesson 11: socket.io on top of WebSocket. Its Engine.IO and Socket.IO packets are ordinary text
// messages; the frames here are the engine's encoding of them, as a server sends them.
import { concatBytes, decode, encodeFrame } from '$lib/protocol/index.ts';
import type { Material } from '../types.ts';
import { hex, utf8 } from './shared.ts';
import { upgradeFacts, upgradeSteps } from './socket-io-upgrade.ts';

/** The packet before the Hangul: 안 starts right after it. */
const BEFORE_HANGUL = '42["chat","';

/** Engine.IO v4 packets: 0 open (with the handshake as JSON), 2 ping; Socket.IO 40 connect, 42 event. */
export const PACKETS = [
	'0{"sid":"Lbo5JLzTotvW3g2LAAAA","upgrades":[],"pingInterval":25000,"pingTimeout":20000}',
	'40{"sid":"wZX3oN0bSVIhsaknAAAI"}',
	'42["chat","안녕"]',
	'2'
];

const framesOf = () => PACKETS.map((text) => encodeFrame({ opcode: 'text', text }));

/** All four packets as the server's frames: what the lab link opens. */
export const socketIoCapture = (): string => hex(concatBytes(framesOf()));

export function socketIo() {
	const frames = framesOf();
	const event = decode(frames[2]!, { from: 'server' }).frames[0]!;
	const length = Number(event.payloadLength);
	return {
		facts: {
			open: PACKETS[0]!,
			connect: PACKETS[1]!,
			event: PACKETS[2]!,
			ping: PACKETS[3]!,
			eventFrame: hex(frames[2]!),
			...upgradeFacts()
		},
		// The session from its first poll to the upgrade, both sides, read by the real payload layer.
		embed: { kind: 'engine-io', steps: upgradeSteps() },
		exercises: [
			{
				id: 'event_length',
				kind: 'number',
				answer: length,
				mistakes: [
					{ value: PACKETS[2]!.length, because: 'counted_characters' },
					{ value: event.headerLength + length, because: 'whole_frame' },
					{ value: length * 8, because: 'counted_bits' }
				]
			},
			{
				id: 'event_opcode',
				kind: 'choice',
				options: ['text', 'binary', 'continuation', 'ping'].map((id) => ({ id })),
				answer: event.type
			},
			{
				id: 'hangul_starts',
				kind: 'pick-byte',
				bytes: frames[2]!,
				from: 'server',
				answer: event.payloadOffset + utf8(BEFORE_HANGUL).length
			}
		]
	} satisfies Material;
}
export type SocketIoFacts = ReturnType<typeof socketIo>['facts'];

export const SOCKET_IO_SAMPLE = `import { io } from 'socket.io-client';

// Long polling first (it works through any proxy), then an upgrade to WebSocket.
const socket = io('https://example.com', { transports: ['polling', 'websocket'] });

socket.on('connect', () => socket.emit('chat', '안녕'));   // 42["chat","안녕"]
socket.on('chat', (text) => console.log(text));
`;
