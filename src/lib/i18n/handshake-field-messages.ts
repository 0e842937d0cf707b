// What each line and part of a handshake means (handshake/fields.ts), by its `explained` code: only
// /handshake loads them.
import { m } from '$lib/paraglide/messages.js';
import type { MessageTable } from './say.ts';

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
