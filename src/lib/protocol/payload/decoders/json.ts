// Any JSON text message (RFC 8259): the value as a tree of fields, each with its byte range.
import type { PayloadDiagnostic as Diagnostic } from '../diagnostics.ts';
import { payloadDiagnostic } from '../diagnostics.ts';
import { compact } from '../plain.ts';
import { FIELD_LIMIT, FieldBudget, jsonField } from '../fields.ts';
import type { FieldLabel } from '../labels.ts';
import { readWholeJson, type JsonNode } from '../json-tree.ts';
import type { Decoded, PayloadField, PayloadInput, PayloadSummary } from '../types.ts';

export const JSON_SPEC = 'RFC 8259 §2';

/** The fields of one JSON value, with a diagnostic when there were too many to build. */
export function treeFields(
	spec: string,
	node: JsonNode,
	label: FieldLabel,
	diagnostics: Diagnostic[],
	id?: string
): PayloadField {
	const budget = new FieldBudget();
	const f = jsonField(spec, node, label, budget, id);
	if (budget.exceeded)
		diagnostics.push(
			payloadDiagnostic('payload_fields_truncated', node.start, 0, { limit: FIELD_LIMIT })
		);
	return f;
}

export function jsonSummary(node: JsonNode | undefined): PayloadSummary {
	if (!node) return { code: 'json_invalid', params: {} };
	const count = node.children?.length ?? 0;
	return { code: 'json_value', params: { kind: node.kind, count, preview: preview(node.value) } };
}

/** A short one-line form of a value for a message list. */
export function preview(value: unknown): string {
	return compact(value, 80);
}

export function decodePayload(input: PayloadInput): Decoded {
	const reading = readWholeJson(input.bytes);
	const diagnostics = [...reading.diagnostics];
	const fields = reading.node
		? [treeFields(JSON_SPEC, reading.node, { name: 'JSON' }, diagnostics, 'json_root')]
		: [];
	return {
		protocol: 'json',
		summary: jsonSummary(reading.node),
		value: reading.node?.value ?? null,
		fields,
		diagnostics
	};
}
