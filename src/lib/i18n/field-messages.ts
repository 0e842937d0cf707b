// What each field means (frame/fields.ts, handshake/fields.ts), by its `explained` code.
import { m } from '$lib/paraglide/messages.js';
import type { FrameFieldCode } from '$lib/protocol/frame/fields.ts';
import type { MessageTable } from './say.ts';

export const FRAME_FIELD_MESSAGES: MessageTable<FrameFieldCode> = {
	fin_0: m.field_fin_0,
	fin_1: m.field_fin_1,
	rsv_0: m.field_rsv_0,
	rsv_undefined: m.field_rsv_undefined,
	rsv_deflate: m.field_rsv_deflate,
	rsv_defined: m.field_rsv_defined,
	opcode: m.field_opcode,
	opcode_control: m.field_opcode_control,
	mask_0: m.field_mask_0,
	mask_1: m.field_mask_1,
	length_short: m.field_length_short,
	length_marker: m.field_length_marker,
	extended_length: m.field_extended_length,
	masking_key: m.field_masking_key,
	payload: m.field_payload,
	payload_reserved: m.field_payload_reserved,
	truncated_header: m.field_truncated_header
};

/** A handshake line's or part's meaning: header_<name>_<side> and the start line's parts. */
export const HANDSHAKE_FIELD_MESSAGES: MessageTable<string> = {
	header_host_request: m.hs_header_host_request,
	header_upgrade_request: m.hs_header_upgrade_request,
	header_upgrade_response: m.hs_header_upgrade_response,
	header_connection_request: m.hs_header_connection_request,
	header_connection_response: m.hs_header_connection_response,
	header_sec_websocket_key_request: m.hs_header_sec_websocket_key_request,
	header_sec_websocket_version_request: m.hs_header_sec_websocket_version_request,
	header_sec_websocket_version_response: m.hs_header_sec_websocket_version_response,
	header_origin_request: m.hs_header_origin_request,
	header_sec_websocket_protocol_request: m.hs_header_sec_websocket_protocol_request,
	header_sec_websocket_protocol_response: m.hs_header_sec_websocket_protocol_response,
	header_sec_websocket_extensions_request: m.hs_header_sec_websocket_extensions_request,
	header_sec_websocket_extensions_response: m.hs_header_sec_websocket_extensions_response,
	header_sec_websocket_accept_response: m.hs_header_sec_websocket_accept_response,
	header_cookie_request: m.hs_header_cookie_request,
	header_set_cookie_response: m.hs_header_set_cookie_response,
	header_location_response: m.hs_header_location_response,
	header_other: m.hs_header_other,
	header_name: m.hs_part_header_name,
	header_value: m.hs_part_header_value,
	request_line: m.hs_request_line,
	method: m.hs_part_method,
	target: m.hs_part_target,
	version_request: m.hs_part_version_request,
	version_response: m.hs_part_version_response,
	status_101: m.hs_status_101,
	status_other: m.hs_status_other,
	status_unreadable: m.hs_status_unreadable,
	reason: m.hs_part_reason
};
