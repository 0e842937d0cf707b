// WAMP v2 (the Web Application Messaging Protocol, RFC draft §6): each message is an array whose first
// element is its type code, over wamp.2.json (text) or wamp.2.msgpack / wamp.2.cbor (binary). The
// table names every element so each field says what it is.
import type { PayloadDiagnostic as Diagnostic } from '../diagnostics.ts';
import type { DecodeContext } from '../context.ts';
import { payloadDiagnostic } from '../diagnostics.ts';
import { compact } from '../plain.ts';
import { readWholeJson, type JsonNode } from '../json-tree.ts';
import type { Decoded, PayloadField, PayloadInput } from '../types.ts';
import { readCbor } from './cbor.ts';
import { treeFields } from './json.ts';
import { readMsgpack } from './msgpack.ts';
import { WAMP_MESSAGES, type Element, type Row } from './wamp-table.ts';

const SPEC = 'WAMP (RFC draft) §6';
const KINDS: Record<Element, (n: JsonNode) => boolean> = {
	id: (n) => n.kind === 'number' && Number.isInteger(n.value),
	int: (n) => n.kind === 'number' && Number.isInteger(n.value),
	uri: (n) => n.kind === 'string',
	string: (n) => n.kind === 'string',
	dict: (n) => n.kind === 'object',
	list: (n) => n.kind === 'array'
};

function readTree(input: PayloadInput, subprotocol: string | undefined) {
	if (input.type === 'text') return readWholeJson(input.bytes);
	const reading = subprotocol === 'wamp.2.cbor' ? readCbor(input.bytes) : readMsgpack(input.bytes);
	if (reading.node) reading.node.value = reading.value;
	return reading;
}

export function decodePayload(input: PayloadInput, context: DecodeContext): Decoded {
	const reading = readTree(input, context.subprotocol);
	const diagnostics = [...reading.diagnostics];
	const node = reading.node;
	const fields = node ? [treeFields(SPEC, node, 'message', diagnostics, 'wamp_message')] : [];
	const first = node?.children?.[0];
	const row = first && WAMP_MESSAGES[Number(first.value)];
	if (!node || node.kind !== 'array' || !first || first.kind !== 'number') {
		if (node)
			diagnostics.push(payloadDiagnostic('wamp_not_array', node.start, node.end - node.start));
		return {
			protocol: 'wamp',
			summary: { code: 'wamp_invalid', params: {} },
			value: node?.value ?? null,
			fields,
			diagnostics
		};
	}
	if (!row)
		diagnostics.push(
			payloadDiagnostic('wamp_unknown_message', first.start, first.end - first.start, {
				code: Number(first.value)
			})
		);
	else checkElements(node, row, fields[0]!, diagnostics);
	const name = row?.[0] ?? '?';
	const value = node.value as unknown[];
	return {
		protocol: 'wamp',
		summary: summaryOf(name, row, value),
		value: { type: name, message: value },
		fields,
		diagnostics
	};
}

function checkElements(
	node: JsonNode,
	[name, elements]: Row,
	tree: PayloadField,
	diagnostics: Diagnostic[]
): void {
	const children = node.children ?? [];
	const labels = tree.children ?? [];
	if (labels[0]) Object.assign(labels[0], { label: 'type', labelCode: 'type' });
	elements.forEach(([label, type], i) => {
		const element = label.replace('?', '');
		const child = children[i + 1];
		if (labels[i + 1]) labels[i + 1]!.label = element;
		if (!child) {
			if (!label.endsWith('?'))
				diagnostics.push(
					payloadDiagnostic('wamp_missing_element', node.start, node.end - node.start, {
						name,
						element
					})
				);
			return;
		}
		if (!KINDS[type](child))
			diagnostics.push(
				payloadDiagnostic('wamp_wrong_element', child.start, child.end - child.start, {
					index: i + 1,
					name,
					element,
					expected: type
				})
			);
	});
}

function summaryOf(name: string, row: Row | undefined, value: unknown[]) {
	const at = (element: string) => row?.[1].findIndex(([l]) => l.replace('?', '') === element) ?? -1;
	const target = [at('Topic'), at('Procedure'), at('Realm'), at('Reason'), at('Error')].find(
		(i) => i >= 0 && value[i + 1] !== undefined
	);
	const args = at('Arguments');
	return {
		code: 'wamp_message',
		params: {
			name,
			target: target === undefined ? '' : String(value[target + 1]),
			args: args >= 0 && value[args + 1] !== undefined ? compact(value[args + 1]) : ''
		}
	};
}
