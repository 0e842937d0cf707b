// The frame explorer's example captures: the frames of RFC 6455 §5.7, and one a strict peer rejects.
// Kept as the text a person would paste, so loading one is the same as pasting it.

export interface Example {
	id: string;
	label: string;
	/** What the example shows, for the button's description. */
	about: string;
	text: string;
}

/** Bytes as rows of 16 spaced hex bytes, the way hex dumps are usually pasted. */
function hexRows(bytes: number[]): string {
	const rows: string[] = [];
	for (let i = 0; i < bytes.length; i += 16) {
		rows.push(
			bytes
				.slice(i, i + 16)
				.map((b) => b.toString(16).padStart(2, '0'))
				.join(' ')
		);
	}
	return rows.join('\n');
}

/** RFC 6455 §5.7 gives only the header; the payload here is byte i = i mod 256. */
const binary256 = hexRows([0x82, 0x7e, 0x01, 0x00, ...Array.from({ length: 256 }, (_, i) => i)]);

export const EXAMPLES: readonly Example[] = [
	{
		id: 'masked-hello',
		label: 'Masked “Hello”',
		about: 'RFC 6455 §5.7: a text frame from a client, masked',
		text: '81 85 37 fa 21 3d 7f 9f 4d 51 58'
	},
	{
		id: 'unmasked-hello',
		label: 'Unmasked “Hello”',
		about: 'RFC 6455 §5.7: a text frame from a server, not masked',
		text: '81 05 48 65 6c 6c 6f'
	},
	{
		id: 'fragmented',
		label: 'Fragmented “Hel” + “lo”',
		about: 'RFC 6455 §5.7: one text message in two frames',
		text: '01 03 48 65 6c\n80 02 6c 6f'
	},
	{
		id: 'ping',
		label: 'Ping',
		about: 'RFC 6455 §5.7: a ping control frame carrying “Hello”',
		text: '89 05 48 65 6c 6c 6f'
	},
	{
		id: 'binary-256',
		label: '256-byte binary',
		about: 'RFC 6455 §5.7: a binary frame whose length needs the 16-bit form',
		text: binary256
	},
	{
		id: 'korean',
		label: 'Korean “안녕”',
		about: 'two Hangul syllables: 2 characters, 6 bytes of UTF-8 (the length counts bytes)',
		text: '81 06 ec 95 88 eb 85 95'
	},
	{
		id: 'close',
		label: 'Close 1000',
		about: 'a close frame: status code 1000 (Normal Closure) and the reason “bye”',
		text: '88 05 03 e8 62 79 65'
	},
	{
		id: 'rsv1-broken',
		label: 'Broken: RSV1 set',
		about: 'RSV1 is set, but no extension was negotiated',
		text: 'c1 85 40 99 21 b7 33 f4 40 db 2c'
	}
];

/** The capture the explorer opens with: RFC 6455 §5.7's masked "Hello". */
export const DEFAULT_TEXT = EXAMPLES[0]!.text;
