// Building payload fields: byte ranges inside the message, a meaning code and params, and the English
// sentence the code stands for (from meanings.ts), so the frame layer's views can show them as they are.
// A field named by a code carries the code, not its English: the worker that decodes for the site
// ships no field names, the site renders the code (payload_label_*), the CLI adds the English (json.ts).
import { MEANINGS, renderTemplate, type MeaningCode } from './meanings.ts';
import type { JsonNode } from './json-tree.ts';
import type { FieldLabel } from './labels.ts';
import type { PayloadField, PayloadInput, PayloadParams } from './types.ts';

/** Fields past this many are not built (a huge JSON array stays readable and cheap). */
export const FIELD_LIMIT = 2000;

export interface FieldSpec {
	id: string;
	label: FieldLabel;
	/** Byte range inside the message. */
	start: number;
	length: number;
	value: unknown;
	meaning: MeaningCode;
	params?: PayloadParams;
	raw?: number;
	children?: PayloadField[];
}

/** A field of protocol `spec` (its specification and section, e.g. 'MQTT 5.0 §3.3.2'). */
export function field(spec: string, f: FieldSpec): PayloadField {
	const params = f.params ?? {};
	const out: PayloadField = {
		id: f.id,
		label: typeof f.label === 'string' ? f.label : f.label.name,
		bitOffset: f.start * 8,
		bitLength: f.length * 8,
		value: f.value,
		meaning: renderTemplate(MEANINGS[f.meaning], params),
		meaningCode: f.meaning,
		params,
		rfc: spec
	};
	if (typeof f.label === 'string') out.labelCode = f.label;
	if (f.raw !== undefined) out.raw = f.raw;
	if (f.children && f.children.length > 0) out.children = f.children;
	return out;
}

/** Counts fields as they are built, so one message never builds more than FIELD_LIMIT. */
export class FieldBudget {
	used = 0;
	take(): boolean {
		return ++this.used <= FIELD_LIMIT;
	}
	get exceeded(): boolean {
		return this.used > FIELD_LIMIT;
	}
}

const KIND_MEANING: Record<JsonNode['kind'], MeaningCode> = {
	object: 'json_object',
	array: 'json_array',
	string: 'json_string',
	number: 'json_number',
	true: 'json_literal',
	false: 'json_literal',
	null: 'json_literal',
	binary: 'binary_data',
	extension: 'msgpack_extension',
	tag: 'cbor_tag',
	undefined: 'json_literal',
	simple: 'cbor_simple'
};

/** A JSON node and what it holds, as fields; `label` names the node (a member's key by default). */
export function jsonField(
	spec: string,
	node: JsonNode,
	label: FieldLabel,
	budget = new FieldBudget(),
	id = `json_${node.kind}`
): PayloadField {
	const count = node.children?.length ?? 0;
	const container = node.kind === 'object' || node.kind === 'array' || node.kind === 'tag';
	const children: PayloadField[] = [];
	for (const [i, child] of (node.children ?? []).entries()) {
		if (!budget.take()) break;
		children.push(jsonField(spec, child, { name: child.key?.text ?? `[${i}]` }, budget));
	}
	// A member's range starts at its key, so selecting it highlights "key": value.
	const start = node.key?.start ?? node.start;
	const value = container ? count : node.value;
	const params: Record<string, PayloadParams[string]> = container
		? { count }
		: {
				value: String(node.value),
				length: String(node.value ?? '').length,
				count: node.end - node.start
			};
	if (node.kind === 'tag') params.tag = Number(node.value);
	return field(spec, {
		id,
		label,
		start,
		length: node.end - start,
		value,
		meaning: KIND_MEANING[node.kind],
		params,
		children
	});
}

/** The text of a message, or undefined when it is binary or not UTF-8. */
export function textOf(input: PayloadInput): string | undefined {
	if (input.text !== undefined) return input.text;
	if (input.type !== 'text') return undefined;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
	} catch {
		return undefined;
	}
}
