// The JSON of `wsviz handshake --json` (issue 4): request, response, the accept steps, diagnostics
// and the verdict of strict peers. Bytes become hex, as in the frame JSON.
import { bytesToHex } from '../bytes.ts';
import { diagnosticToJson, fieldToJson } from '../json.ts';
import type { HandshakeResult } from './check.ts';
import type { HttpMessage } from './types.ts';

export function handshakeResultToJson(result: HandshakeResult): Record<string, unknown> {
	const { accept, rest, verdict } = result;
	const json: Record<string, unknown> = {
		request: result.request ? httpMessageToJson(result.request) : null,
		response: result.response ? httpMessageToJson(result.response) : null,
		accept: accept
			? {
					key: accept.key,
					guid: accept.guid,
					concatenated: accept.concatenated,
					sha1Hex: accept.sha1Hex,
					base64: accept.base64,
					received: accept.received,
					matches: accept.matches,
					mistakes: accept.mistakes.map((m) => m.id)
				}
			: null
	};
	if (rest) {
		json.rest = { offset: rest.offset, length: rest.bytes.length, after: rest.after };
		if (rest.bytes.length <= 4096)
			(json.rest as Record<string, unknown>).hex = bytesToHex(rest.bytes);
	}
	json.diagnostics = result.diagnostics.map((d) => ({ side: d.side, ...diagnosticToJson(d) }));
	json.verdict = { ok: verdict.ok, status: verdict.status, clientAccepts: verdict.clientAccepts };
	return json;
}

export function httpMessageToJson(m: HttpMessage): Record<string, unknown> {
	const json: Record<string, unknown> = {
		offset: m.offset,
		length: m.length,
		complete: m.complete,
		startLine: m.startLine.text
	};
	if (m.kind === 'request') Object.assign(json, { method: m.method, target: m.target });
	json.version = m.version;
	if (m.kind === 'response') {
		const status = m.status === undefined || Number.isNaN(m.status) ? null : m.status;
		Object.assign(json, { status, reason: m.reason ?? '' });
	}
	json.headers = m.headers.map((h) => ({
		name: h.name,
		value: h.value,
		offset: h.offset,
		length: h.length
	}));
	json.fields = m.fields.map((f) => fieldToJson(f));
	return json;
}
