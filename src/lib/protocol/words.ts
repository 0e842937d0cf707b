// The English of every parameter whose value is an id (text.ts), by parameter name: a name means the
// same in every catalog. Some ids stand for a nested sentence (an accept mistake, a peer note, why a
// close code is refused, what is wrong with a header line): their catalogs live beside the code that
// finds them, and the site maps the same ids to its messages (src/lib/i18n/say.ts: one-word ids there,
// the sentence ones in the topic's word tables, such as DIAGNOSTIC_WORDS).
import { OPCODE_MEANINGS } from './frame/opcodes.ts';
import { HANDSHAKE_PROBLEMS } from './handshake/problems.ts';
import { INPUT_PROBLEMS } from './input/problems.ts';
import { READING_NAMES } from './input/readings.ts';
import { MISTAKE_TEXT } from './handshake/mistake-text.ts';
import { PEER_NOTE_TEXT } from './handshake/peer-notes.ts';
import { CLOSE_MEANINGS } from './message/close-codes.ts';
import type { ParamWords } from './text.ts';

export const PARAM_WORDS = {
	/** role_inferred: whether the first frame has MASK = 1. */
	masked: { true: 'masked', false: 'not masked' },
	/** Who sent the bytes (RFC 6455 §5.1). */
	role: { client: 'client', server: 'server' },
	/** frame_truncated: where the input ends. */
	part: { header: 'header', payload: 'payload' },
	/** capture_file_truncated: the part of a capture file it ends inside (pcap §4-5, pcapng §3-4). */
	structure: {
		file_header: 'file header',
		record_header: 'packet record header',
		packet: 'packet',
		block_header: 'block header',
		section_header: 'section header block',
		block: 'block'
	},
	/** Which message of the handshake. */
	side: { request: 'request', response: 'response' },
	/** handshake_not_http, handshake_start_line_invalid: which start line (RFC 9112 §3, §4). */
	start_line: {
		request_line: 'request line',
		status_line: 'status line',
		start_line: 'request line or status line'
	},
	/** handshake_upgrade_not_websocket: what each side's Upgrade must be (RFC 6455 §4.1, §4.2.1). */
	need: { token_among: 'the token websocket among its values', exactly: 'exactly websocket' },
	/** handshake_connection_missing_upgrade: the header's value, or that there is none. */
	found: { absent: 'absent', value: '{value}' },
	/** A count's noun: "1 byte", "2 bytes". */
	unit: { one: 'byte', many: 'bytes' },
	/** A payload field: whether the input ends before the declared length. */
	cut: { true: ' (of {declared} declared)', false: '' },
	/** A payload field: whether it is shown after unmasking. */
	unmasked: { true: ', shown unmasked', false: '' },
	/** invalid_close_code: what the code means (RFC 6455 §7.4). */
	why: CLOSE_MEANINGS,
	/** What an opcode does (RFC 6455 §5.2). */
	does: OPCODE_MEANINGS,
	mistake: MISTAKE_TEXT,
	note: PEER_NOTE_TEXT,
	problem: HANDSHAKE_PROBLEMS,
	/** What is wrong with a token of a paste (a HAR's base64 data, a reading that failed). */
	token_problem: INPUT_PROBLEMS,
	/** A paste format: one that was tried, or the one a paste was read as. */
	format: READING_NAMES,
	reading: READING_NAMES,
	/** json_invalid: what the JSON reader wanted where it stopped (RFC 8259 §2). */
	wanted: {
		value: 'a value',
		string: 'a string',
		number: 'a number',
		true: 'true',
		false: 'false',
		null: 'null',
		closing_quote: 'the closing quote of a string',
		member_name_quoted: 'a member name in quotes',
		member_name: 'a member name',
		colon: 'a colon',
		comma_or_brace: 'a comma or a closing brace',
		comma_or_bracket: 'a comma or a closing bracket',
		complete_object: 'a complete object',
		complete_array: 'a complete array'
	}
} as const satisfies ParamWords;
