// The capture layers' problems (issue 13), as rows of the engine's one catalog: file containers, link
// layers, IP, TCP reassembly and what sits on TCP. Offsets are byte offsets in the capture file.
import type { DiagnosticSpec } from '../types.ts';

export const CAPTURE_DIAGNOSTICS = {
	capture_format_unknown: {
		severity: 'error',
		rfc: 'pcap §4, pcapng §4.1',
		text: 'this file does not start with a pcap or pcapng magic number (it starts with {magic})'
	},
	capture_file_truncated: {
		severity: 'error',
		rfc: 'pcap §4, pcapng §3.1',
		text: 'the file ends inside a {structure}: {needed} bytes are needed, {available} are left'
	},
	capture_block_length_invalid: {
		severity: 'error',
		rfc: 'pcapng §3.1',
		text: 'a block declares a length of {length} bytes, which is impossible (at least 12, a multiple of 4, inside the file)'
	},
	capture_block_trailer_mismatch: {
		severity: 'warning',
		rfc: 'pcapng §3.1',
		text: 'a block starts with the length {length} but ends with {trailer}'
	},
	capture_section_byte_order_invalid: {
		severity: 'error',
		rfc: 'pcapng §4.1',
		text: 'the section header’s byte-order magic is {magic}, neither 1a2b3c4d nor 4d3c2b1a'
	},
	capture_block_skipped: {
		severity: 'info',
		rfc: 'pcapng §3.1',
		text: 'blocks of type 0x{type} carry no packets this reader needs; they were skipped by their length'
	},
	capture_interface_undefined: {
		severity: 'warning',
		rfc: 'pcapng §4.3',
		text: 'a packet names interface {interface}, which no interface description block in its section defines'
	},
	capture_record_too_long: {
		severity: 'error',
		rfc: 'pcap §5',
		text: 'a packet record declares {length} captured bytes, more than the file’s snapshot length {snaplen} allows'
	},
	capture_link_type_unsupported: {
		severity: 'warning',
		rfc: 'LINKTYPE registry',
		text: 'link type {linkType} is not read: the packets of this interface were skipped'
	},
	capture_packet_snapped: {
		severity: 'warning',
		rfc: 'pcap §5',
		text: 'only {captured} of this packet’s {original} bytes were captured (snapshot length)'
	},
	capture_packet_too_short: {
		severity: 'warning',
		rfc: 'LINKTYPE registry',
		text: 'the packet ends inside its {layer} header: {needed} bytes needed, {available} captured'
	},
	capture_ip_header_invalid: {
		severity: 'warning',
		rfc: 'RFC 791 §3.1, RFC 8200 §3',
		text: 'the {layer} header is malformed ({field} = {value}); the packet was skipped'
	},
	capture_ip_fragment: {
		severity: 'warning',
		rfc: 'RFC 791 §2.3, RFC 8200 §4.5',
		text: 'an IP fragment (identification {id}, offset {offset}) was not reassembled; its bytes are missing from the stream'
	},
	capture_diagnostics_omitted: {
		severity: 'info',
		rfc: 'wsviz',
		text: '{count} more {code} problems were found and not listed one by one'
	},
	tcp_header_invalid: {
		severity: 'warning',
		rfc: 'RFC 9293 §3.1',
		text: 'the TCP data offset is {dataOffset} words, outside 5 to 15 or past the packet; the segment was skipped'
	},
	tcp_start_not_captured: {
		severity: 'info',
		rfc: 'RFC 9293 §3.5',
		text: 'the capture began after this connection was opened (no SYN): it is read from the first bytes seen'
	},
	tcp_gap: {
		severity: 'warning',
		rfc: 'RFC 9293 §3.10.7.4',
		text: 'the capture missed {length} bytes the {role} sent (stream offset {streamOffset}); nothing after them is joined to what came before'
	},
	tcp_overlap_conflict: {
		severity: 'warning',
		rfc: 'RFC 9293 §3.10.7.4',
		text: 'a retransmitted segment from the {role} carries different bytes for {length} bytes at stream offset {streamOffset}; the first copy is kept'
	},
	tcp_reset: {
		severity: 'info',
		rfc: 'RFC 9293 §3.10.7.3',
		text: 'the {role} reset the connection (RST)'
	},
	capture_stream_stops_at_gap: {
		severity: 'warning',
		rfc: 'RFC 6455 §5.2',
		text: 'the {role}’s {length} bytes after the gap are not read: a frame boundary cannot be found without the missing bytes'
	},
	capture_handshake_not_captured: {
		severity: 'info',
		rfc: 'RFC 6455 §4',
		text: 'the opening handshake is not in the capture: frames are read without its extensions or subprotocol'
	},
	http_messages_not_listed: {
		severity: 'info',
		rfc: 'RFC 9112 §2.1',
		text: 'the {role} sent more than {limit} HTTP messages on this connection: the first {limit} are listed, the rest are not read (a limit of wsviz)'
	},
	tls_records_not_listed: {
		severity: 'info',
		rfc: 'RFC 8446 §5.1',
		text: 'the {role} sent more than {limit} TLS records on this connection: the first {limit} are listed, the rest are not read (a limit of wsviz)'
	},
	tls_frames_encrypted: {
		severity: 'info',
		rfc: 'RFC 8446 §5.2',
		text: 'this connection is TLS (wss): its records are encrypted, so its frames cannot be read without the session keys'
	},
	har_json_invalid: {
		severity: 'error',
		rfc: 'RFC 8259 §2',
		text: 'this file is not valid JSON: {token} at line {line}, column {column} is not expected there'
	},
	har_json_ends_early: {
		severity: 'error',
		rfc: 'RFC 8259 §2',
		text: 'this file is not valid JSON: it ends (line {line}, column {column}) before the JSON does'
	},
	har_not_har: {
		severity: 'error',
		rfc: 'HAR 1.2 §log',
		text: '{path} is missing or not a list: this is not a HAR file'
	},
	har_no_websocket: {
		severity: 'warning',
		rfc: 'HAR 1.2 §entries',
		text: 'none of the {entries} entries has _webSocketMessages: no WebSocket was recorded in this HAR'
	},
	har_handshake_not_recorded: {
		severity: 'info',
		rfc: 'RFC 6455 §4',
		text: 'entry {entry} keeps no request or response headers: its opening handshake cannot be checked'
	},
	har_message_skipped: {
		severity: 'warning',
		rfc: 'HAR 1.2 §entries',
		text: '{path} holds {value}, which is not what a recorded message has there: the message was skipped'
	},
	har_message_time_missing: {
		severity: 'warning',
		rfc: 'HAR 1.2 §entries',
		text: '{path} has no time: it is placed at the start of its connection'
	}
} as const satisfies Record<string, DiagnosticSpec>;
