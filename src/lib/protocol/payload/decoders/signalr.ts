// ASP.NET Core SignalR's JSON hub protocol (HubProtocol.md): JSON records, each ended by the record
// separator 0x1E; one WebSocket message may hold several. The first records are the handshake
// ({"protocol":"json","version":1} and its answer {} or {"error": ...}), which have no `type`.
import type { PayloadDiagnostic as Diagnostic } from '../diagnostics.ts';
import { payloadDiagnostic } from '../diagnostics.ts';
import { compact } from '../plain.ts';
import { field } from '../fields.ts';
import { readWholeJson } from '../json-tree.ts';
import type { Decoded, PayloadField, PayloadInput, PayloadSummary } from '../types.ts';
import { treeFields } from './json.ts';

const SPEC = 'SignalR HubProtocol §JSON encoding';
export const RECORD_SEPARATOR = 0x1e;

// HubProtocol.md §Message types: each type's name and the members it must carry.
const TYPES: Record<number, { name: string; required: readonly string[] }> = {
	1: { name: 'Invocation', required: ['target', 'arguments'] },
	2: { name: 'StreamItem', required: ['invocationId', 'item'] },
	3: { name: 'Completion', required: ['invocationId'] },
	4: { name: 'StreamInvocation', required: ['invocationId', 'target', 'arguments'] },
	5: { name: 'CancelInvocation', required: ['invocationId'] },
	6: { name: 'Ping', required: [] },
	7: { name: 'Close', required: [] },
	8: { name: 'Ack', required: ['sequenceId'] },
	9: { name: 'Sequence', required: ['sequenceId'] }
};

interface SignalrRecord {
	name: string;
	value: unknown;
}

export function decodePayload(input: PayloadInput): Decoded {
	const { bytes } = input;
	const diagnostics: Diagnostic[] = [];
	const fields: PayloadField[] = [];
	const records: SignalrRecord[] = [];
	let at = 0;
	while (at < bytes.length) {
		const separator = bytes.indexOf(RECORD_SEPARATOR, at);
		const end = separator < 0 ? bytes.length : separator;
		if (separator < 0)
			diagnostics.push(payloadDiagnostic('signalr_record_unterminated', at, end - at));
		const record = readRecord(bytes, at, end, diagnostics);
		records.push(record.record);
		fields.push(record.field);
		if (separator >= 0)
			fields.push(
				field(SPEC, {
					id: 'signalr_separator',
					label: 'record_separator',
					start: end,
					length: 1,
					value: RECORD_SEPARATOR,
					meaning: 'signalr_separator',
					raw: RECORD_SEPARATOR
				})
			);
		at = end + 1;
	}
	const value = records.map((r) => r.value);
	return {
		protocol: 'signalr',
		summary: summaryOf(records),
		value: value.length === 1 ? value[0] : value,
		fields,
		diagnostics
	};
}

function readRecord(bytes: Uint8Array, start: number, end: number, diagnostics: Diagnostic[]) {
	const reading = readWholeJson(bytes, start, end);
	diagnostics.push(...reading.diagnostics);
	const node = reading.node;
	if (!node) {
		const f = field(SPEC, {
			id: 'signalr_record',
			label: 'record',
			start,
			length: end - start,
			value: null,
			meaning: 'signalr_record',
			params: { name: '?' }
		});
		return { record: { name: '?', value: null }, field: f };
	}
	const value = node.value as Record<string, unknown>;
	if (node.kind !== 'object') {
		diagnostics.push(payloadDiagnostic('signalr_not_object', node.start, node.end - node.start));
		return {
			record: { name: '?', value },
			field: treeFields(SPEC, node, 'record', diagnostics, 'signalr_record')
		};
	}
	const name = recordName(value, node.start, node.end, diagnostics);
	return {
		record: { name, value },
		field: treeFields(SPEC, node, { name }, diagnostics, 'signalr_record')
	};
}

function recordName(
	value: Record<string, unknown>,
	start: number,
	end: number,
	diagnostics: Diagnostic[]
): string {
	if (value.type === undefined) {
		if ('protocol' in value) return 'HandshakeRequest';
		return 'HandshakeResponse';
	}
	const spec = TYPES[Number(value.type)];
	if (!spec) {
		diagnostics.push(
			payloadDiagnostic('signalr_unknown_type', start, end - start, { type: String(value.type) })
		);
		return '?';
	}
	for (const member of spec.required)
		if (value[member] === undefined)
			diagnostics.push(
				payloadDiagnostic('signalr_missing_member', start, end - start, { name: spec.name, member })
			);
	return spec.name;
}

function summaryOf(records: SignalrRecord[]): PayloadSummary {
	if (records.length !== 1)
		return {
			code: 'signalr_records',
			params: { count: records.length, names: records.map((r) => r.name).join(', ') }
		};
	const { name, value } = records[0]!;
	const v = (value ?? {}) as Record<string, unknown>;
	const target = typeof v.target === 'string' ? v.target : '';
	const args = Array.isArray(v.arguments) ? compact(v.arguments) : '';
	const id = typeof v.invocationId === 'string' ? v.invocationId : '';
	return { code: 'signalr_record', params: { name, target, args, id } };
}
