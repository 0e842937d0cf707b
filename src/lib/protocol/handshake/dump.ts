// A handshake pasted as a hex dump of its bytes (Wireshark's "Copy as Hex Dump" of the upgrade, xxd,
// hexdump -C ...) rather than as text: read the dump the way /decode and `wsviz decode` do, and when
// its bytes are HTTP, hand back the request and response as text (latin1, byte for byte).
import { parseInput } from '../input/index.ts';
import type { InputFormat } from '../input/types.ts';
import { parseHandshake } from './check.ts';

export interface DumpedHandshake {
	request?: string;
	response?: string;
	format: InputFormat;
	/** How many bytes the dump held. */
	bytes: number;
}

const latin1 = new TextDecoder('latin1');

/** The handshake a hex dump holds, or null when the text is HTTP already, or no dump of HTTP. */
export function handshakeFromDump(text: string): DumpedHandshake | null {
	if (!/\S/.test(text)) return null;
	const asText = parseHandshake(text);
	if (asText.request || asText.response) return null;
	const dump = parseInput(text);
	if (!dump.ok || dump.bytes.length === 0) return null;
	const { request, response } = parseHandshake(dump.bytes);
	if (!request && !response) return null;
	const span = (m: { offset: number; length: number }) =>
		latin1.decode(dump.bytes.subarray(m.offset, m.offset + m.length));
	const found: DumpedHandshake = { format: dump.format, bytes: dump.bytes.length };
	if (request) found.request = span(request);
	if (response) found.response = span(response);
	return found;
}
