// RFC 6455's constants and its example handshake (§1.2, §1.3), in a module of their own: pages open
// on them without importing the engine that checks and computes (accept.ts, presets.ts).

/** RFC 6455 §1.3: the fixed string every server appends to the key. */
export const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** RFC 6455 §1.3's example: this key gives s3pPLMBiTxaQ9kYGzzhZRbK+xOo=. */
export const RFC_EXAMPLE_KEY = 'dGhlIHNhbXBsZSBub25jZQ==';

/** RFC 6455 §1.2: the client's handshake and the server's answer (§1.3 computes its accept). */
export const RFC_REQUEST =
	'GET /chat HTTP/1.1\r\nHost: server.example.com\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nOrigin: http://example.com\r\nSec-WebSocket-Protocol: chat, superchat\r\nSec-WebSocket-Version: 13\r\n\r\n';
export const RFC_RESPONSE =
	'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nSec-WebSocket-Protocol: chat\r\n\r\n';
