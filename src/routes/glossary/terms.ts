// The glossary's terms, each in English and Korean, with the RFC section that defines it and, where
// learners (and Korean blog posts) mix things up, the confusion spelled out. Content as data: the
// page only lays it out. `see` names other terms by id.
import type { Locale } from '$lib/paraglide/runtime.js';

export interface Term {
	id: string;
	/** The term as written in each language; the Korean page shows the English beside it. */
	name: Record<Locale, string>;
	definition: Record<Locale, string>;
	/** A common confusion, and the truth. */
	confusion?: Record<Locale, string>;
	rfc?: string;
	/** The lab where the term can be seen on real bytes. */
	lab?: '/build' | '/decode';
	see?: string[];
}

export const TERMS: readonly Term[] = [
	{
		id: 'websocket',
		name: { en: 'WebSocket', ko: '웹소켓' },
		definition: {
			en: 'A protocol for a long-lived, two-way connection between a browser (or any client) and a server over one TCP connection. It begins as an HTTP request that asks to upgrade; after that, either side may send a message at any time.',
			ko: '브라우저(또는 어떤 클라이언트)와 서버가 TCP 연결 하나로 오래, 양방향으로 주고받기 위한 프로토콜입니다. 업그레이드를 요청하는 HTTP 요청으로 시작하고, 그 뒤로는 어느 쪽이든 언제든 메시지를 보낼 수 있습니다.'
		},
		rfc: 'RFC 6455 §1',
		see: ['handshake', 'frame']
	},
	{
		id: 'handshake',
		name: { en: 'opening handshake', ko: '여는 핸드셰이크' },
		definition: {
			en: 'The HTTP/1.1 GET request with Upgrade: websocket and Connection: Upgrade, answered by 101 Switching Protocols. It proves both sides speak WebSocket (Sec-WebSocket-Key and Accept) and agrees on subprotocols and extensions.',
			ko: 'Upgrade: websocket과 Connection: Upgrade를 담은 HTTP/1.1 GET 요청과, 그에 대한 101 Switching Protocols 응답입니다. 양쪽이 웹소켓을 안다는 것을 보이고(Sec-WebSocket-Key와 Accept), 서브프로토콜과 확장을 정합니다.'
		},
		confusion: {
			en: 'Spelled “handshake”, not “hand-shaking”. The closing handshake is a different thing: an exchange of close frames.',
			ko: '표기는 “핸드셰이크”입니다(“핸드쉐이크”, “악수”가 아니라). 닫는 핸드셰이크(closing handshake)는 다른 것으로, close 프레임을 주고받는 과정입니다.'
		},
		rfc: 'RFC 6455 §4',
		see: ['accept', 'upgrade']
	},
	{
		id: 'upgrade',
		name: { en: 'Upgrade, 101 Switching Protocols', ko: 'Upgrade와 101 Switching Protocols' },
		definition: {
			en: 'HTTP’s way of switching the connection to another protocol: the client sends Upgrade: websocket with Connection: Upgrade, and a server that agrees answers status 101. Upgrade and Connection are hop-by-hop headers, so a proxy must be told to pass them on (nginx: proxy_http_version 1.1 and proxy_set_header Upgrade / Connection).',
			ko: '연결을 다른 프로토콜로 바꾸는 HTTP의 방법입니다. 클라이언트가 Connection: Upgrade와 함께 Upgrade: websocket을 보내고, 동의하는 서버는 상태 코드 101로 답합니다. Upgrade와 Connection은 홉 단위(hop-by-hop) 헤더라서 프록시에 전달하라고 따로 알려야 합니다(nginx: proxy_http_version 1.1, proxy_set_header Upgrade / Connection).'
		},
		rfc: 'RFC 6455 §4.1, RFC 9110 §7.8'
	},
	{
		id: 'accept',
		name: {
			en: 'Sec-WebSocket-Key and Sec-WebSocket-Accept',
			ko: 'Sec-WebSocket-Key와 Sec-WebSocket-Accept'
		},
		definition: {
			en: 'The client sends 16 random bytes in base64 as its key; the server answers base64(SHA-1(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")). It shows the server understood the WebSocket request; it is not security or authentication.',
			ko: '클라이언트는 무작위 16바이트를 base64로 키로 보내고, 서버는 base64(SHA-1(키 + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"))로 답합니다. 서버가 웹소켓 요청을 이해했다는 증거일 뿐, 보안이나 인증이 아닙니다.'
		},
		confusion: {
			en: 'The key is hashed as the text it is; it is not base64-decoded first.',
			ko: '키는 받은 문자열 그대로 해시합니다. 먼저 base64 디코딩하지 않습니다.'
		},
		rfc: 'RFC 6455 §4.2.2'
	},
	{
		id: 'frame',
		name: { en: 'frame', ko: '프레임' },
		definition: {
			en: 'The unit on the wire: a 2 to 14 byte header (FIN, RSV1-3, opcode, MASK, payload length, masking key) followed by the payload.',
			ko: '전선(wire) 위의 단위입니다. 2~14바이트 헤더(FIN, RSV1-3, 옵코드, MASK, 페이로드 길이, 마스킹 키)와 그 뒤의 페이로드로 이루어집니다.'
		},
		confusion: {
			en: 'A frame is not a message: a message is one frame or several (fragments). Frames are not “delimited by 0x00 and 0xFF”: that was the 2010 hixie-76 draft; RFC 6455 frames carry their length.',
			ko: '프레임은 메시지가 아닙니다. 메시지는 프레임 하나이거나 여러 개(조각)입니다. 프레임이 “0x00과 0xFF로 구분된다”는 것은 2010년 hixie-76 초안의 이야기이고, RFC 6455 프레임은 자기 길이를 담고 있습니다.'
		},
		rfc: 'RFC 6455 §5.2',
		lab: '/build',
		see: ['message', 'opcode', 'payload-length']
	},
	{
		id: 'message',
		name: { en: 'message', ko: '메시지' },
		definition: {
			en: 'What the application sends and receives (ws.send, onmessage): text or binary, carried by one frame or by a first frame and continuation frames.',
			ko: '애플리케이션이 보내고 받는 것(ws.send, onmessage)입니다. 텍스트나 바이너리이며, 프레임 하나 또는 첫 프레임과 이어지는 continuation 프레임들에 실립니다.'
		},
		rfc: 'RFC 6455 §5.4, §6',
		lab: '/decode',
		see: ['fragment', 'frame']
	},
	{
		id: 'fragment',
		name: { en: 'fragment, fragmentation', ko: '조각, 단편화' },
		definition: {
			en: 'A message split over several frames: the first has the message’s opcode and FIN = 0, continuation frames (opcode 0) follow, and the last has FIN = 1. Control frames may come between fragments.',
			ko: '메시지를 여러 프레임에 나누어 싣는 것입니다. 첫 프레임은 메시지의 옵코드와 FIN = 0, 그 뒤에 continuation 프레임(옵코드 0)이 오고, 마지막 프레임은 FIN = 1입니다. 조각 사이에 제어 프레임이 끼어들 수 있습니다.'
		},
		rfc: 'RFC 6455 §5.4',
		lab: '/build',
		see: ['fin', 'control-frame']
	},
	{
		id: 'fin',
		name: { en: 'FIN bit', ko: 'FIN 비트' },
		definition: {
			en: 'The first bit of a frame: 1 when this frame ends its message.',
			ko: '프레임의 첫 비트입니다. 이 프레임이 메시지의 끝이면 1입니다.'
		},
		rfc: 'RFC 6455 §5.2',
		lab: '/build'
	},
	{
		id: 'rsv',
		name: { en: 'RSV1, RSV2, RSV3', ko: 'RSV1, RSV2, RSV3 (예약 비트)' },
		definition: {
			en: 'Three reserved bits. They must be 0 unless a negotiated extension gives them a meaning (permessage-deflate uses RSV1 for “compressed”); otherwise the receiver fails the connection with 1002.',
			ko: '예약된 비트 세 개입니다. 협상된 확장이 의미를 주지 않았다면 0이어야 하고(permessage-deflate는 RSV1을 “압축됨”으로 씁니다), 그렇지 않으면 받는 쪽은 1002로 연결을 실패시킵니다.'
		},
		rfc: 'RFC 6455 §5.2',
		lab: '/build',
		see: ['permessage-deflate']
	},
	{
		id: 'opcode',
		name: { en: 'opcode', ko: '옵코드' },
		definition: {
			en: 'Four bits that say what a frame is: 0 continuation, 1 text, 2 binary, 8 close, 9 ping, 10 (0xA) pong. 3-7 and 0xB-0xF are reserved and fail the connection.',
			ko: '프레임이 무엇인지 말하는 4비트입니다. 0 continuation, 1 텍스트, 2 바이너리, 8 close, 9 ping, 10(0xA) pong. 3-7과 0xB-0xF는 예약되어 있어 받으면 연결을 실패시킵니다.'
		},
		rfc: 'RFC 6455 §5.2, §11.8',
		lab: '/build'
	},
	{
		id: 'control-frame',
		name: { en: 'control frame', ko: '제어 프레임' },
		definition: {
			en: 'Close, ping and pong (opcodes 8-10). They carry at most 125 bytes, are never fragmented (FIN = 1), and may arrive between the fragments of a message.',
			ko: 'close, ping, pong(옵코드 8-10)입니다. 최대 125바이트를 싣고, 조각으로 나뉘지 않으며(FIN = 1), 메시지 조각 사이에 도착할 수 있습니다.'
		},
		rfc: 'RFC 6455 §5.5',
		lab: '/decode',
		see: ['ping-pong', 'close']
	},
	{
		id: 'data-frame',
		name: { en: 'data frame', ko: '데이터 프레임' },
		definition: {
			en: 'Text (opcode 1), binary (opcode 2) and their continuation frames (opcode 0): the frames that carry messages.',
			ko: '텍스트(옵코드 1), 바이너리(옵코드 2)와 그 continuation 프레임(옵코드 0), 즉 메시지를 싣는 프레임입니다.'
		},
		confusion: {
			en: '“WebSocket carries only UTF-8” is a myth: text messages must be UTF-8, binary messages are any bytes.',
			ko: '“웹소켓은 UTF-8만 보낸다”는 오해입니다. 텍스트 메시지는 UTF-8이어야 하지만, 바이너리 메시지는 어떤 바이트든 됩니다.'
		},
		rfc: 'RFC 6455 §5.6'
	},
	{
		id: 'masking',
		name: { en: 'masking, masking key', ko: '마스킹, 마스킹 키' },
		definition: {
			en: 'Every frame from a client carries a fresh 4-byte key, and each payload byte i is XORed with key byte i mod 4. It stops a script from making the browser send bytes that a proxy could mistake for HTTP (cache poisoning). Servers never mask. It is not encryption: the key travels in the frame.',
			ko: '클라이언트가 보내는 모든 프레임은 새 4바이트 키를 담고, 페이로드의 i번째 바이트를 키의 (i mod 4)번째 바이트와 XOR합니다. 스크립트가 브라우저를 시켜 프록시가 HTTP로 착각할 바이트를 보내게 하는 것(캐시 오염, cache poisoning)을 막기 위해서입니다. 서버는 마스킹하지 않습니다. 키가 프레임에 함께 실리므로 암호화가 아닙니다.'
		},
		rfc: 'RFC 6455 §5.3, §10.3',
		lab: '/build'
	},
	{
		id: 'payload-length',
		name: { en: 'payload length', ko: '페이로드 길이' },
		definition: {
			en: 'In bytes, not characters, in the shortest of three forms: 0-125 in 7 bits; 126 then 16 bits; 127 then 64 bits (top bit 0). A Hangul syllable is 3 bytes of UTF-8.',
			ko: '문자 수가 아니라 바이트 수이며, 세 가지 형태 중 가장 짧은 것으로 씁니다. 0-125는 7비트에, 126이면 뒤의 16비트에, 127이면 뒤의 64비트(맨 위 비트는 0)에 씁니다. 한글 한 글자는 UTF-8로 3바이트입니다.'
		},
		rfc: 'RFC 6455 §5.2',
		lab: '/build'
	},
	{
		id: 'utf8',
		name: { en: 'UTF-8', ko: 'UTF-8' },
		definition: {
			en: 'The encoding text messages and close reasons must use. Invalid UTF-8 (overlong forms, surrogates, beyond U+10FFFF, cut short) fails the connection with 1007. A character may be split between two frames.',
			ko: '텍스트 메시지와 close 이유(reason)가 반드시 써야 하는 인코딩입니다. 잘못된 UTF-8(과잉 길이 표현, 서로게이트, U+10FFFF 초과, 중간에 끊김)은 1007로 연결을 실패시킵니다. 한 문자가 두 프레임에 나뉘어도 됩니다.'
		},
		rfc: 'RFC 6455 §8.1, RFC 3629',
		lab: '/decode'
	},
	{
		id: 'ping-pong',
		name: { en: 'ping and pong', ko: 'ping과 pong' },
		definition: {
			en: 'A ping asks the other side to answer with a pong carrying the same payload (up to 125 bytes): a heartbeat that keeps idle connections and proxies alive.',
			ko: 'ping은 같은 페이로드(최대 125바이트)를 담은 pong으로 답해 달라는 요청입니다. 쉬고 있는 연결과 프록시를 살려 두는 심장 박동(heartbeat) 역할을 합니다.'
		},
		confusion: {
			en: 'Ping and pong may carry a payload, and the pong must echo it.',
			ko: 'ping과 pong도 페이로드를 실을 수 있고, pong은 그것을 그대로 돌려줘야 합니다.'
		},
		rfc: 'RFC 6455 §5.5.2, §5.5.3'
	},
	{
		id: 'close',
		name: { en: 'close frame, close code', ko: 'close 프레임, 종료 코드' },
		definition: {
			en: 'Opcode 8, with an empty payload or a 2-byte code and a UTF-8 reason of up to 123 bytes. 1000 normal, 1001 going away, 1002 protocol error, 1007 invalid data, 1009 too big, 1011 server error; 3000-3999 registered, 4000-4999 private.',
			ko: '옵코드 8이며, 페이로드가 비었거나 2바이트 코드와 최대 123바이트의 UTF-8 이유(reason)를 담습니다. 1000 정상 종료, 1001 떠남, 1002 프로토콜 오류, 1007 잘못된 데이터, 1009 너무 큼, 1011 서버 오류. 3000-3999는 등록용, 4000-4999는 개인용입니다.'
		},
		confusion: {
			en: '1005 (no code) and 1006 (closed abnormally, no close frame) are what an API reports; no endpoint may send them, and a close frame carrying them is a protocol error.',
			ko: '1005(코드 없음)와 1006(close 프레임 없이 비정상 종료)은 API가 알려 주는 값일 뿐, 어떤 쪽도 보내서는 안 되며, 이 코드를 담은 close 프레임은 프로토콜 오류입니다. “1006은 서버가 보낸다”는 오해입니다.'
		},
		rfc: 'RFC 6455 §5.5.1, §7.4',
		lab: '/decode'
	},
	{
		id: 'fail-connection',
		name: { en: 'Fail the WebSocket Connection', ko: '웹소켓 연결 실패시키기' },
		definition: {
			en: 'What a strict endpoint must do on a protocol violation: stop processing, send a close frame with the right code if it still can (1002, 1007, 1009 ...), and close the TCP connection.',
			ko: '프로토콜 위반을 만난 엄격한 쪽이 해야 하는 일입니다. 처리를 멈추고, 아직 보낼 수 있다면 알맞은 코드(1002, 1007, 1009 ...)로 close 프레임을 보낸 뒤 TCP 연결을 닫습니다.'
		},
		rfc: 'RFC 6455 §7.1.7',
		lab: '/decode'
	},
	{
		id: 'ready-state',
		name: {
			en: 'CONNECTING, OPEN, CLOSING, CLOSED',
			ko: 'CONNECTING, OPEN, CLOSING, CLOSED (연결 상태)'
		},
		definition: {
			en: 'The four states of a connection, the browser API’s readyState 0-3: before the 101, open for messages, after a close frame was sent or received, and after the TCP connection ended.',
			ko: '연결의 네 가지 상태로, 브라우저 API의 readyState 0-3입니다. 101 이전, 메시지를 주고받는 중, close 프레임을 보내거나 받은 뒤, TCP 연결이 끝난 뒤.'
		},
		rfc: 'RFC 6455 §4.1, §7; WHATWG WebSockets'
	},
	{
		id: 'subprotocol',
		name: {
			en: 'subprotocol (Sec-WebSocket-Protocol)',
			ko: '서브프로토콜 (Sec-WebSocket-Protocol)'
		},
		definition: {
			en: 'The application protocol spoken inside the messages (e.g. chat, superchat, graphql-ws). The client offers a list; the server picks at most one of them.',
			ko: '메시지 안에서 쓰는 애플리케이션 프로토콜입니다(예: chat, superchat, graphql-ws). 클라이언트가 목록을 제안하고, 서버는 그중 많아야 하나를 고릅니다.'
		},
		rfc: 'RFC 6455 §1.9, §4.2.2'
	},
	{
		id: 'permessage-deflate',
		name: { en: 'permessage-deflate', ko: 'permessage-deflate (메시지 압축)' },
		definition: {
			en: 'The extension that compresses each message with DEFLATE, negotiated in Sec-WebSocket-Extensions. RSV1 on a message’s first frame means “compressed”; the compressor’s window may be shared across messages (context takeover) unless a no_context_takeover parameter was agreed.',
			ko: 'Sec-WebSocket-Extensions로 협상하는, 메시지마다 DEFLATE로 압축하는 확장입니다. 메시지 첫 프레임의 RSV1은 “압축됨”을 뜻합니다. no_context_takeover 매개변수에 합의하지 않았다면 압축 창(window)을 메시지 사이에 이어서 씁니다(context takeover).'
		},
		rfc: 'RFC 7692',
		lab: '/decode'
	},
	{
		id: 'polling',
		name: { en: 'polling', ko: '폴링' },
		definition: {
			en: 'The client asks the server again and again, every few seconds, whether there is anything new: a full HTTP request and response each time, mostly empty, and up to one interval late.',
			ko: '클라이언트가 몇 초마다 계속 서버에 새 소식이 있는지 묻는 방식입니다. 매번 HTTP 요청과 응답이 통째로 오가고, 대부분 비어 있으며, 최대 한 주기만큼 늦습니다.'
		},
		confusion: {
			en: 'Polling (asking repeatedly) is not pooling (keeping connections ready for reuse, as in a connection pool). In Korean, 폴링 (polling) and 풀링 (pooling) are one letter apart.',
			ko: '폴링(polling, 반복해서 묻기)은 풀링(pooling, 커넥션 풀처럼 연결을 재사용하려고 모아 두기)이 아닙니다. 한 글자 차이라 자주 헷갈립니다.'
		},
		see: ['long-polling', 'sse']
	},
	{
		id: 'long-polling',
		name: { en: 'long polling', ko: '롱 폴링' },
		definition: {
			en: 'The server holds each request open until it has something (or a timeout passes), then answers, and the client asks again at once. Less waste than polling, but still one HTTP exchange per message.',
			ko: '서버가 보낼 것이 생길 때까지(또는 시간이 다 될 때까지) 요청을 붙잡고 있다가 답하고, 클라이언트는 곧바로 다시 요청합니다. 폴링보다 낭비는 적지만 여전히 메시지마다 HTTP 요청·응답이 한 번씩 오갑니다.'
		},
		see: ['polling', 'comet']
	},
	{
		id: 'comet',
		name: { en: 'Comet, HTTP streaming', ko: 'Comet, HTTP 스트리밍' },
		definition: {
			en: 'Techniques that keep one HTTP response open and push data down it as it happens (e.g. multipart/x-mixed-replace or a chunked response). One way only: the client still needs separate requests to send.',
			ko: 'HTTP 응답 하나를 열어 둔 채 일이 생길 때마다 데이터를 흘려보내는 기법들입니다(예: multipart/x-mixed-replace, chunked 응답). 한 방향뿐이라 클라이언트가 보내려면 따로 요청해야 합니다.'
		},
		see: ['sse']
	},
	{
		id: 'sse',
		name: { en: 'server-sent events (SSE)', ko: '서버 전송 이벤트 (SSE)' },
		definition: {
			en: 'The standard form of HTTP streaming: a text/event-stream response read by the browser’s EventSource, which reconnects by itself. Server to client only.',
			ko: 'HTTP 스트리밍의 표준 형태입니다. 브라우저의 EventSource가 읽는 text/event-stream 응답이며, 끊기면 스스로 다시 연결합니다. 서버에서 클라이언트로만 갑니다.'
		},
		rfc: 'WHATWG HTML §9.2'
	},
	{
		id: 'ws-wss',
		name: { en: 'ws:// and wss://', ko: 'ws://와 wss://' },
		definition: {
			en: 'The URL schemes: ws:// over plain TCP (port 80 by default), wss:// over TLS (port 443). wss:// also gets through more proxies, which cannot read or alter what is inside.',
			ko: 'URL 스킴입니다. ws://는 평범한 TCP(기본 포트 80), wss://는 TLS 위(기본 포트 443)입니다. wss://는 프록시가 안을 읽거나 바꿀 수 없어서 더 많은 프록시를 통과합니다.'
		},
		rfc: 'RFC 6455 §3'
	},
	{
		id: 'socket-io',
		name: { en: 'socket.io', ko: 'socket.io' },
		definition: {
			en: 'A library with its own protocol (Engine.IO packets such as 0{...}, 40, 42["event",...]) carried inside WebSocket text frames, or over long polling when WebSocket is not available. A plain WebSocket client cannot talk to a socket.io server.',
			ko: '자체 프로토콜(0{...}, 40, 42["event",...] 같은 Engine.IO 패킷)을 웹소켓 텍스트 프레임 안에, 웹소켓을 못 쓰면 롱 폴링으로 실어 나르는 라이브러리입니다. 평범한 웹소켓 클라이언트는 socket.io 서버와 대화할 수 없습니다.'
		},
		see: ['long-polling']
	}
];
