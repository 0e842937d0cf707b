// The statuses a strict server answers a handshake with (RFC 6455 §4.2.1, §4.2.2, §4.4), as people
// read them: the code, the reason phrase of RFC 9110 §15, and what comes with it.
export const HANDSHAKE_STATUS_TEXT: Readonly<Record<number, string>> = {
	101: '101 Switching Protocols',
	400: '400 Bad Request',
	// RFC 9110 §15.5.6: the resource exists, but not for this method.
	405: '405 Method Not Allowed',
	// RFC 6455 §4.4: the answer names the versions the server speaks.
	426: '426 Upgrade Required (with Sec-WebSocket-Version: 13)',
	// RFC 6585 §5: a header field (here a list) too large to process.
	431: '431 Request Header Fields Too Large'
};

/** "426 Upgrade Required (…)"; a status without a row as its number. */
export function handshakeStatusText(status: number): string {
	return HANDSHAKE_STATUS_TEXT[status] ?? String(status);
}
