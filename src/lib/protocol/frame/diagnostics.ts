// The frame header's problems (RFC 6455 §5.2-5.3, RFC 7692 §6.1), as rows of the engine's one catalog
// (diagnostics.ts). Offsets are bit offsets in the decoded bytes.
import type { DiagnosticSpec } from '../types.ts';

export const FRAME_DIAGNOSTICS = {
	rsv_bit_without_extension: {
		severity: 'error',
		closeCode: 1002,
		rfc: 'RFC 6455 §5.2',
		text: 'RSV{bit} is set, but no negotiated extension defines it'
	},
	compressed_bit_misplaced: {
		severity: 'error',
		closeCode: 1002,
		rfc: 'RFC 7692 §6.1',
		text: 'RSV1 means "compressed" only on the first frame of a data message; this {type} frame must not set it'
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
	control_frame_length_form: {
		severity: 'error',
		closeCode: 1002,
		rfc: 'RFC 6455 §5.5',
		text: 'the 7-bit length {field} announces the {form}-bit length form, but control frames carry at most 125 bytes'
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
		text: 'the length {length} is written in the {form}-bit form, but the minimal number of bytes must be used ({minimal}-bit form)'
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
	}
} as const satisfies Record<string, DiagnosticSpec>;
