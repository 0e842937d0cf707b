// Problems of messages made of frames (RFC 6455 §5.4-5.5, §8.1, §7.4; RFC 7692 §7), as rows of the
// engine's one catalog (diagnostics.ts): fragmentation, UTF-8, close payloads, inflating.
import type { DiagnosticSpec } from '../types.ts';

export const MESSAGE_DIAGNOSTICS = {
	continuation_without_start: {
		severity: 'error',
		closeCode: 1002,
		rfc: 'RFC 6455 §5.4',
		text: 'a continuation frame arrived, but no fragmented message is open'
	},
	data_frame_inside_message: {
		severity: 'error',
		closeCode: 1002,
		rfc: 'RFC 6455 §5.4',
		text: 'a new {type} frame arrived while a fragmented message is still open; only continuation frames may follow'
	},
	message_unfinished: {
		severity: 'warning',
		rfc: 'RFC 6455 §5.4',
		text: 'the input ends before the fragmented message is finished (no frame with FIN = 1)'
	},
	message_too_big: {
		severity: 'error',
		closeCode: 1009,
		rfc: 'RFC 6455 §7.4.1',
		text: 'the message reaches {size} bytes, more than the limit of {limit}'
	},
	invalid_utf8: {
		severity: 'error',
		closeCode: 1007,
		rfc: 'RFC 6455 §8.1',
		text: 'this byte cannot appear here in UTF-8 text'
	},
	utf8_truncated: {
		severity: 'error',
		closeCode: 1007,
		rfc: 'RFC 6455 §8.1',
		text: 'the text ends inside a UTF-8 sequence: the last character is cut short'
	},
	invalid_close_code: {
		severity: 'error',
		closeCode: 1002,
		rfc: 'RFC 6455 §7.4',
		text: 'close code {code} may not appear in a close frame: {why}'
	},
	inflate_failed: {
		severity: 'error',
		closeCode: 1007,
		rfc: 'RFC 7692 §7.2.2',
		text: 'this compressed message does not inflate: {reason}'
	},
	inflated_invalid_utf8: {
		severity: 'error',
		closeCode: 1007,
		rfc: 'RFC 6455 §8.1',
		text: 'the inflated text is not valid UTF-8 (at byte {at} of the inflated message)'
	},
	extension_param_invalid: {
		severity: 'warning',
		rfc: 'RFC 7692 §7',
		text: 'the negotiated extensions are not valid ({problem}); they are read as far as they make sense'
	},
	close_payload_one_byte: {
		severity: 'error',
		closeCode: 1002,
		rfc: 'RFC 6455 §5.5.1',
		text: 'a close payload is empty or starts with a 2-byte code; a single byte is not allowed'
	},
	frame_after_close: {
		severity: 'warning',
		rfc: 'RFC 6455 §5.5.1',
		text: 'this frame follows a close frame: the receiver discards it'
	}
} as const satisfies Record<string, DiagnosticSpec>;
