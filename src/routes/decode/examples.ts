// The /decode examples: the frames of RFC 6455 §5.7, a permessage-deflate conversation (RFC 7692
// §7.2.3 and one built with the engine), and broken captures from tests/vectors/invalid-frames.json.
// Kept as the text a person would paste, so loading one is the same as pasting it.

export interface DecodeExample {
	id: string;
	group: 'RFC 6455 §5.7' | 'Compressed (RFC 7692)' | 'Broken captures' | 'Protocols inside';
	label: string;
	/** Client → server and server → client bytes, as spaced hex. */
	client: string;
	server: string;
	extensions: string;
	/** The negotiated Sec-WebSocket-Protocol, when the example has one. */
	subprotocol?: string;
}

const none = { client: '', server: '', extensions: '' };

export const EXAMPLES: readonly DecodeExample[] = [
	{
		...none,
		id: 'hello-both-ways',
		group: 'RFC 6455 §5.7',
		label: '“Hello” both ways (masked from the client, not from the server)',
		client: '81 85 37 fa 21 3d 7f 9f 4d 51 58',
		server: '81 05 48 65 6c 6c 6f'
	},
	{
		...none,
		id: 'fragmented',
		group: 'RFC 6455 §5.7',
		label: 'A fragmented text message: “Hel” + “lo”',
		server: '01 03 48 65 6c\n80 02 6c 6f'
	},
	{
		...none,
		id: 'ping-pong',
		group: 'RFC 6455 §5.7',
		label: 'Ping from the server, masked pong from the client',
		server: '89 05 48 65 6c 6c 6f',
		client: '8a 85 37 fa 21 3d 7f 9f 4d 51 58'
	},
	{
		...none,
		id: 'binary-256',
		group: 'RFC 6455 §5.7',
		label: '256-byte binary message (16-bit length)',
		server: `82 7e 01 00 ${Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0')).join(' ')}`
	},
	{
		id: 'rfc7692-shared-window',
		group: 'Compressed (RFC 7692)',
		label: 'RFC 7692 §7.2.3.2: two compressed “Hello”s sharing the LZ77 window',
		client: '',
		server: 'c1 07 f2 48 cd c9 c9 07 00\nc1 05 f2 00 11 00 00',
		extensions: 'permessage-deflate'
	},
	{
		id: 'deflate-conversation',
		group: 'Compressed (RFC 7692)',
		label:
			'A compressed conversation: the second message of each side is shorter (context takeover)',
		client:
			'c1 a2 37 fa 21 3d c5 b2 ec f4 fe 2d 70 15 79 d7 0b 76 1a a8 75 45 04 4f c2 48 dc 2e 96 6e 50 46 48 e4 c6 9c f7 29 37 fa\nc1 85 1a 2b 3c 4d e8 eb 17 46 1a',
		server:
			'c1 14 f2 48 cd c9 c9 d7 51 48 ce c9 4c cd 2b 51 54 f0 40 e1 02 00\nc1 05 f2 c0 27 09 00',
		extensions: 'permessage-deflate'
	},
	{
		id: 'rfc7692-no-context-takeover',
		group: 'Compressed (RFC 7692)',
		label: 'RFC 7692 §7.2.3.2: server_no_context_takeover, the same bytes twice',
		client: '',
		server: 'c1 07 f2 48 cd c9 c9 07 00\nc1 07 f2 48 cd c9 c9 07 00',
		extensions: 'permessage-deflate; server_no_context_takeover'
	},
	{
		...none,
		id: 'broken-rsv1',
		group: 'Broken captures',
		label: 'RSV1 set without an extension (1002)',
		client: 'c1 85 40 99 21 b7 33 f4 40 db 2c'
	},
	{
		...none,
		id: 'broken-masked-server',
		group: 'Broken captures',
		label: 'A server frame that is masked (1002)',
		server: '81 85 37 fa 21 3d 44 97 40 51 5b'
	},
	{
		...none,
		id: 'broken-utf8',
		group: 'Broken captures',
		label: 'Invalid UTF-8 split across fragments, a ping between them (1007)',
		client: '01 81 b5 ea 01 79 4a\n89 81 06 b1 50 8d 76\n80 81 8d 84 48 69 f5'
	},
	{
		...none,
		id: 'broken-close-code',
		group: 'Broken captures',
		label: 'Close code 1005, which may never be sent (1002)',
		client: '88 85 30 9e 15 d1 33 73 77 b0 54'
	},
	{
		...none,
		id: 'broken-truncated',
		group: 'Broken captures',
		label: 'Ends mid-frame: the masking key is cut short',
		client: '81 85 37 fa'
	},
	{
		...none,
		id: 'broken-corrupt-deflate',
		group: 'Broken captures',
		label: 'Compressed data that does not inflate (1007)',
		server: 'c1 04 ff ff ff ff',
		extensions: 'permessage-deflate'
	},
	{
		...none,
		id: 'socket-io',
		group: 'Protocols inside',
		label:
			'Socket.IO from the server: the Engine.IO handshake, CONNECT, an event, an acknowledgement',
		server:
			'81 56 30 7b 22 73 69 64 22 3a 22 4c 62 6f 35 4a 4c 7a 54 6f 74 76 57 33 67 32 4c 41 41 41 41 22 2c 22 75 70 67 72 61 64 65 73 22 3a 5b 5d 2c 22 70 69 6e 67 49 6e 74 65 72 76 61 6c 22 3a 32 35 30 30 30 2c 22 70 69 6e 67 54 69 6d 65 6f 75 74 22 3a 32 30 30 30 30 7d\n81 20 34 30 7b 22 73 69 64 22 3a 22 77 5a 58 33 6f 4e 30 62 53 56 49 68 73 61 78 59 41 41 41 42 22 7d\n81 13 34 32 5b 22 63 68 61 74 22 2c 22 ec 95 88 eb 85 95 22 5d\n81 09 34 33 31 5b 22 6f 6b 22 5d'
	},
	{
		...none,
		id: 'mqtt',
		group: 'Protocols inside',
		label: 'MQTT from the broker: CONNACK, SUBACK and a PUBLISH to sensors/1 with QoS 1',
		subprotocol: 'mqtt',
		server:
			'82 04 20 02 00 00\n82 05 90 03 00 01 01\n82 13 32 11 00 09 73 65 6e 73 6f 72 73 2f 31 00 07 32 31 2e 35'
	}
];
