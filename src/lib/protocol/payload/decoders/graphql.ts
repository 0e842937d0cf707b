// GraphQL over WebSocket: graphql-transport-ws (the graphql-ws library, PROTOCOL.md) and the older
// graphql-ws of subscriptions-transport-ws. Both are JSON objects with a `type`; the subprotocol or
// the types used tell the two dialects apart.
import type { PayloadDiagnostic as Diagnostic } from '../diagnostics.ts';
import type { DecodeContext } from '../context.ts';
import { payloadDiagnostic } from '../diagnostics.ts';
import { readWholeJson, type JsonNode } from '../json-tree.ts';
import type { Decoded, PayloadInput } from '../types.ts';
import { treeFields } from './json.ts';

const SPEC = 'graphql-ws PROTOCOL.md';
type Dialect = 'graphql-transport-ws' | 'graphql-ws';

// Each dialect's message types and the members each must carry (besides `type`).
const TYPES: Record<Dialect, Record<string, readonly string[]>> = {
	'graphql-transport-ws': {
		connection_init: [],
		connection_ack: [],
		ping: [],
		pong: [],
		subscribe: ['id', 'payload'],
		next: ['id', 'payload'],
		error: ['id', 'payload'],
		complete: ['id']
	},
	'graphql-ws': {
		connection_init: [],
		connection_ack: [],
		connection_error: [],
		connection_terminate: [],
		ka: [],
		start: ['id', 'payload'],
		data: ['id', 'payload'],
		error: ['id'],
		complete: ['id'],
		stop: ['id']
	}
};

export const GRAPHQL_TYPES = new Set(Object.values(TYPES).flatMap((t) => Object.keys(t)));

/** The dialect: the subprotocol's, else the one that alone defines this type, else the current one. */
function dialectOf(type: string, subprotocol: string | undefined): Dialect {
	if (subprotocol === 'graphql-transport-ws' || subprotocol === 'graphql-ws') return subprotocol;
	if (type in TYPES['graphql-ws'] && !(type in TYPES['graphql-transport-ws'])) return 'graphql-ws';
	return 'graphql-transport-ws';
}

export function decodePayload(input: PayloadInput, context: DecodeContext): Decoded {
	const reading = readWholeJson(input.bytes);
	const diagnostics = [...reading.diagnostics];
	const node = reading.node;
	const fields = node ? [treeFields(SPEC, node, 'message', diagnostics, 'graphql_message')] : [];
	const value = node?.value as Record<string, unknown> | undefined;
	if (!node || node.kind !== 'object' || typeof value?.type !== 'string') {
		if (node)
			diagnostics.push(payloadDiagnostic('graphql_not_object', node.start, node.end - node.start));
		return {
			protocol: 'graphql-ws',
			summary: { code: 'graphql_invalid', params: {} },
			value: node?.value ?? null,
			fields,
			diagnostics
		};
	}
	const type = value.type;
	const dialect = dialectOf(type, context.subprotocol);
	checkMembers(node, type, dialect, diagnostics);
	const payload = value.payload as Record<string, unknown> | undefined;
	const operation =
		typeof payload?.query === 'string' ? operationOf(payload.query, payload.operationName) : '';
	return {
		protocol: 'graphql-ws',
		summary: {
			code: 'graphql_message',
			params: { type, id: typeof value.id === 'string' ? value.id : '', operation, dialect }
		},
		value: { dialect, ...value },
		fields,
		diagnostics
	};
}

function checkMembers(
	node: JsonNode,
	type: string,
	dialect: Dialect,
	diagnostics: Diagnostic[]
): void {
	const required = TYPES[dialect][type];
	const typeNode = node.children?.find((c) => c.key?.text === 'type') ?? node;
	if (!required) {
		diagnostics.push(
			payloadDiagnostic('graphql_unknown_type', typeNode.start, typeNode.end - typeNode.start, {
				type,
				dialect
			})
		);
		return;
	}
	const value = node.value as Record<string, unknown>;
	for (const member of required)
		if (value[member] === undefined)
			diagnostics.push(
				payloadDiagnostic('graphql_missing_member', node.start, node.end - node.start, {
					type,
					member
				})
			);
	// graphql-transport-ws: subscribe's payload carries the query (the GraphQL request).
	if (
		(type === 'subscribe' || type === 'start') &&
		value.payload !== undefined &&
		typeof (value.payload as Record<string, unknown>)?.query !== 'string'
	)
		diagnostics.push(
			payloadDiagnostic('graphql_missing_member', node.start, node.end - node.start, {
				type,
				member: 'payload.query'
			})
		);
}

/** "subscription OnChat" from the query text: the operation's kind and name, for a message list. */
function operationOf(query: string, name: unknown): string {
	const match = /^\s*(query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?/.exec(query);
	const kind = match?.[1] ?? (query.trim().startsWith('{') ? 'query' : '');
	const opName = typeof name === 'string' && name ? name : (match?.[2] ?? '');
	return [kind, opName].filter(Boolean).join(' ');
}
