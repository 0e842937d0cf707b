// Every problem the engine can report, as data (STYLE.md §2). Codes are stable snake_case ids; tests
// assert codes, severities, close codes and bit ranges, never the wording, so `text` can improve freely.
import type { Diagnostic, DiagnosticParams, DiagnosticSpec } from './types.ts';

export const DIAGNOSTICS = {
	// ── frame header ─────────────────────────────────────────────────────────────
	rsv_bit_without_extension: {
		severity: 'error',
		closeCode: 1002,
		rfc: 'RFC 6455 §5.2',
		text: 'RSV{bit} is set, but no negotiated extension defines it'
	},
	reserved_opcode: {
		severity: 'error',
		closeCode: 1002,
		rfc: 'RFC 6455 §5.2',
		text: 'opcode {opcode} (0x{hex}) is reserved: no frame type is defined for it'
	},
	control_frame_too_long: {
		severity: 'error',
		closeCode: 1002,
		rfc: 'RFC 6455 §5.5',
		text: 'control frames carry at most 125 bytes; this one declares {length}'
	},
	control_frame_fragmented: {
		severity: 'error',
		closeCode: 1002,
		rfc: 'RFC 6455 §5.5',
		text: 'control frames must not be fragmented, but this {type} frame has FIN = 0'
	},
	client_frame_unmasked: {
		severity: 'error',
		closeCode: 1002,
		rfc: 'RFC 6455 §5.1',
		text: 'a client must mask every frame it sends; a server closes the connection on this unmasked frame'
	},
	server_frame_masked: {
		severity: 'error',
		closeCode: 1002,
		rfc: 'RFC 6455 §5.1',
		text: 'a server must not mask its frames; a client closes the connection on this masked frame'
	},
	length_not_minimal: {
		severity: 'error',
		closeCode: 1002,
		rfc: 'RFC 6455 §5.2',
		text: 'the length {length} is written in the {form}-bit form, but the minimal number of bytes must be used ({minimal})'
	},
	length_top_bit_set: {
		severity: 'error',
		closeCode: 1002,
		rfc: 'RFC 6455 §5.2',
		text: 'the most significant bit of a 64-bit payload length must be 0'
	},
	length_beyond_limit: {
		severity: 'error',
		closeCode: 1009,
		rfc: 'RFC 6455 §10.4',
		text: 'the frame declares {length} bytes, more than this endpoint accepts ({limit}); it closes with 1009'
	},
	frame_truncated: {
		severity: 'warning',
		rfc: 'RFC 6455 §5.2',
		text: 'the input ends inside the {part}: {missing} more bytes are needed to finish this frame'
	},
	mask_key_all_zero: {
		severity: 'info',
		rfc: 'RFC 6455 §5.3',
		text: 'the masking key is 00 00 00 00, so masking changes nothing; keys must be unpredictable'
	},
	role_inferred: {
		severity: 'info',
		rfc: 'RFC 6455 §5.1',
		text: 'no sender was given: the first frame is {masked}, so these bytes are read as sent by the {role}'
	},
	// ── messages ─────────────────────────────────────────────────────────────────
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
		text: 'the negotiated extensions are not valid: {problem}; they are read as far as they make sense'
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

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** Builds a diagnostic from the catalog: the message is the row's text with params filled in. */
export function diagnostic(
	code: DiagnosticCode,
	bitOffset: number,
	bitLength: number,
	params: DiagnosticParams = {}
): Diagnostic {
	const spec: DiagnosticSpec = DIAGNOSTICS[code];
	const message = spec.text.replace(/\{(\w+)\}/g, (_, name: string) =>
		String(params[name] ?? `{${name}}`)
	);
	const result: Diagnostic = {
		code,
		severity: spec.severity,
		message,
		rfc: spec.rfc,
		bitOffset,
		bitLength,
		params
	};
	if (spec.closeCode !== undefined) result.closeCode = spec.closeCode;
	return result;
}
