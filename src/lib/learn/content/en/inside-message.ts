import type { InsideMessageFacts } from '../../material/inside-message.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: 'The frame carries bytes, not meaning',
				paragraphs: [
					[
						'A frame says what kind of data it carries (text or binary), how long it is, and whether it is masked. It says nothing about what the bytes mean: a text message is valid UTF-8 and a binary message is any bytes, and that is all a WebSocket receiver checks. Most real traffic is an application protocol written inside those bytes.'
					],
					[
						'Below is a binary frame from an MQTT broker. Its payload is ',
						c(f.publish),
						': to the frame layer, just bytes. To MQTT it is a PUBLISH to ',
						c(f.topic),
						' whose application message is ',
						c(f.message),
						'.'
					]
				]
			},
			{
				heading: 'A few languages spoken on top',
				paragraphs: [
					[
						'STOMP is text, shaped like HTTP: a command line (SEND, SUBSCRIBE, MESSAGE), headers, a blank line, a body, and a NUL byte at the end. MQTT is binary: a fixed header with the packet type and flags, its own length, then topic, packet id and payload. GraphQL over WebSocket (graphql-transport-ws) sends JSON objects with a type: connection_init, subscribe, next, complete, each with an id. Socket.IO writes its packet type as digits before JSON, as the previous lesson showed.'
					],
					[
						'JSON and MessagePack are encodings, not protocols: many applications invent their own messages and write them as JSON in text frames, or as MessagePack (a compact binary form of the same values) in binary frames.'
					]
				]
			},
			{
				heading: 'The subprotocol names the language',
				paragraphs: [
					[
						'The client lists the protocols it can speak in the Sec-WebSocket-Protocol header of its handshake, and the server answers with exactly one of them, or with none (RFC 6455 §1.9, §4.1, §4.2.2). The names are registered with IANA (§11.5): ',
						c('mqtt'),
						', ',
						c('v12.stomp'),
						', ',
						c('graphql-transport-ws'),
						', ',
						c('wamp.2.json'),
						'.'
					],
					[
						'When no subprotocol was agreed, only the application knows what the bytes mean; a tool can only guess from the content, and should say that it guessed. The decoder here says how it chose: by the subprotocol, by the content, or by your choice.'
					]
				]
			}
		],
		embed: [
			"The broker's binary frame, decoded: the frame layer sees a header and a payload, and no more."
		],
		lab: 'The decoder opens on the same frame, with every bit and field.',
		exercises: {
			which_ack: {
				prompt: [
					'A Socket.IO client and server exchange these packets, each a WebSocket text message. Which one is an acknowledgement: the answer to an event sent with a callback?'
				],
				explain: [
					c(f.ack),
					' is Engine.IO 4 (message), Socket.IO 3 (ACK), ack id 1, then the arguments the callback receives. It answers ',
					c(f.event),
					', the EVENT that asked for an answer with the same id 1.'
				],
				hints: {
					event: [
						'This packet asks for the answer: Socket.IO 2 (EVENT) with ack id 1. The answer is type 3 and carries the same id.'
					],
					connect: ['Socket.IO 0 (CONNECT) joins the default namespace: it acknowledges nothing.'],
					pong: [
						'Engine.IO 3 (PONG) answers a ping: a heartbeat of the transport, not the answer to an event.'
					]
				}
			},
			which_protocol: {
				prompt: [
					'No subprotocol was negotiated. A client sends this text message: ',
					c(f.graphql),
					'. Which protocol is it written in?'
				],
				choices: {
					'graphql-ws': 'GraphQL over WebSocket',
					json: 'Plain JSON of the application',
					'socket.io': 'Socket.IO',
					stomp: 'STOMP'
				},
				explain: [
					'Its type is subscribe, it has an id, and its payload is a GraphQL query: a message of graphql-transport-ws. With the subprotocol negotiated, the handshake would have said so; without it, this is a reading of the content.'
				],
				hints: {
					json: [
						'It is JSON, but JSON is only the encoding: the type subscribe, the id and the query are the messages of a protocol built on it.'
					],
					'socket.io': [
						'A Socket.IO packet starts with its packet type in digits, before any JSON. This message starts with a brace.'
					],
					stomp: [
						'A STOMP frame starts with a command line such as SEND, then headers. This message is a JSON object.'
					]
				}
			},
			qos_byte: {
				prompt: ["In the broker's frame, which byte holds the PUBLISH's QoS?"],
				explain: [
					"MQTT's first byte comes right after the 2 bytes of the WebSocket header. Its high four bits are the packet type (3, PUBLISH) and its low four the flags: DUP, QoS (two bits) and RETAIN."
				],
				hints: {
					fin: [
						'Byte 0 is the WebSocket header: FIN and the opcode. The frame knows nothing of QoS.'
					],
					mask: ['Byte 1 is the WebSocket header: MASK and the payload length.'],
					payload: [
						'That byte is in the MQTT packet, but not where MQTT keeps its flags: they share the first byte of the packet with its type.'
					]
				}
			},
			remaining_length: {
				prompt: [
					'The MQTT packet is ',
					c(f.publish),
					'. How many bytes follow its fixed header (what MQTT calls the remaining length)?'
				],
				explain: [
					'MQTT writes the remaining length in the byte after the type byte. It counts the topic with its two length bytes, the packet id and the application message: MQTT keeps its own length inside the WebSocket payload, and the frame layer never reads it.'
				],
				hints: {
					counted_fixed_header: [
						'That is the whole packet. The remaining length leaves out the fixed header: the type byte and the length itself.'
					],
					whole_frame: [
						'That is the whole WebSocket frame, header included. MQTT counts only its own bytes, after its fixed header.'
					],
					message_only: [
						'That is only the application message, ',
						c(f.message),
						'. The topic and the packet id are counted too.'
					],
					other: [
						'Read the byte after the type byte: MQTT writes the remaining length there (seven bits per byte; one byte is enough here).'
					]
				}
			}
		}
	})
} satisfies LessonText<InsideMessageFacts>;
