import type { ExtensionsFacts } from '../../material/extensions.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: 'Subprotocols: what the messages mean',
				paragraphs: [
					[
						'WebSocket moves messages; it does not say what is in them. A client can offer application protocols, most preferred first: ',
						c('Sec-WebSocket-Protocol: chat, superchat'),
						'. The server picks exactly one of those and names it in its 101 (',
						c('Sec-WebSocket-Protocol: chat'),
						'), or sends no such header at all. A server that names one the client did not offer has broken the handshake, and the client must fail the connection (RFC 6455 §4.1).'
					]
				]
			},
			{
				heading: 'Extensions: what the frames look like',
				paragraphs: [
					[
						'Extensions change the framing itself, and are negotiated the same way with ',
						c('Sec-WebSocket-Extensions'),
						'. The one in wide use is ',
						c(f.extension),
						' (RFC 7692): each message is compressed with DEFLATE, and the first frame of a compressed message has RSV1 set. The text "Hello" compressed is ',
						c(f.compressed),
						', and its frame is ',
						c(f.bytes),
						': the first byte ',
						c(f.byte0),
						' has FIN, RSV1 and opcode 1.'
					],
					[
						'RSV1, RSV2 and RSV3 mean nothing unless an extension has been negotiated that defines them (§5.2). That is why a receiver must know what the handshake agreed: the same bytes are a compressed "',
						c(f.inflated),
						'" on one connection and a protocol error on another.'
					]
				]
			}
		],
		embed: [
			'The compressed frame, decoded on a connection that negotiated ',
			c(f.extension),
			': the decoder inflates the payload back to the text.'
		],
		lab: 'The handshake lab opens on a real Chromium handshake that offers and accepts permessage-deflate.',
		exercises: {
			rsv1_unnegotiated: {
				prompt: [
					'The same frame, ',
					c(f.bytes),
					', arrives on a connection whose handshake negotiated no extension. What does a strict client do?'
				],
				choices: {
					inflate: 'It inflates the payload anyway',
					ignore: 'It ignores RSV1 and reads the payload as text',
					fail_1002: 'It fails the connection with 1002 (protocol error)',
					fail_1007: 'It fails the connection with 1007 (invalid payload data)'
				},
				explain: [
					'A reserved bit that no negotiated extension defines is a protocol error: the receiver must fail the connection (RFC 6455 §5.2), with 1002.'
				],
				hints: {
					inflate: [
						'A receiver inflates only when permessage-deflate was negotiated in the handshake (RFC 7692 §6); here nothing was.'
					],
					ignore: [
						'A set reserved bit that no extension defines cannot be ignored: the receiver must fail (RFC 6455 §5.2).'
					],
					fail_1007: [
						'1007 is for payload data (such as UTF-8); this is a header bit, a framing error.'
					]
				}
			},
			compressed_first_byte: {
				prompt: [
					'With permessage-deflate negotiated, a server sends a compressed binary message in one frame. What is the first byte of that frame? (Write it in decimal, or in hex with 0x.)'
				],
				explain: [
					'FIN (1), RSV1 (1: compressed, RFC 7692 §6), RSV2 and RSV3 (0), opcode 2: 1100 0010 = 0xc2.'
				],
				hints: {
					no_rsv1: [
						'That is a binary frame without RSV1: a compressed message sets RSV1 on its first frame (RFC 7692 §6).'
					],
					no_fin: ['That byte has FIN = 0: one frame is the whole message, so FIN is 1.'],
					text_opcode: ['That is the compressed text frame: binary is opcode 2, not 1.'],
					other: ['Write the bits: FIN, RSV1, RSV2, RSV3, then the 4-bit opcode.']
				}
			},
			rsv2_set: {
				prompt: [
					'On a connection with permessage-deflate, a server sends this frame. A strict client fails the connection. Which field breaks a rule?'
				],
				explain: [
					'permessage-deflate gives a meaning to RSV1 only (RFC 7692 §6). RSV2 is still reserved: set without an extension that defines it, it is a protocol error (RFC 6455 §5.2).'
				],
				hints: {
					rsv1: [
						'RSV1 = 1 is what permessage-deflate uses for a compressed message: negotiated, so allowed.'
					],
					payload: ['The payload is compressed "Hello", which inflates fine.']
				}
			}
		}
	})
} satisfies LessonText<ExtensionsFacts>;
