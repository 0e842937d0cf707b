// The JSON shape of a message's payload in `wsviz decode --json` (DESIGN.md): { protocol, detectedBy,
// summary: { code, params, text }, value, fields, diagnostics }, fields and diagnostics as the frame
// layer prints them (bit offsets inside the message) plus each field's meaning code and params.
import { diagnosticToJson, fieldToJson } from '../json.ts';
import { FIELD_LABELS } from './labels.ts';
import { summaryText } from './meanings.ts';
import type { Diagnostic } from '../types.ts';
import type { PayloadField, PayloadResult } from './types.ts';

export function payloadToJson(payload: PayloadResult | null): Record<string, unknown> | null {
	if (!payload) return null;
	const json: Record<string, unknown> = {
		protocol: payload.protocol,
		detectedBy: payload.detectedBy,
		summary: {
			code: payload.summary.code,
			params: payload.summary.params,
			text: summaryText(payload.summary)
		},
		value: payload.value,
		fields: payload.fields.map(payloadFieldToJson),
		diagnostics: payload.diagnostics.map((d) => diagnosticToJson(d as unknown as Diagnostic))
	};
	if (payload.carried) json.carried = payload.carried;
	return json;
}

function payloadFieldToJson(f: PayloadField): Record<string, unknown> {
	// A coded name's English comes from the catalog here, so the site's worker carries no names.
	const label = f.labelCode ? FIELD_LABELS[f.labelCode] : f.label;
	const json = fieldToJson({ ...f, label, children: undefined });
	if (f.labelCode) json.labelCode = f.labelCode;
	Object.assign(json, { meaningCode: f.meaningCode, params: f.params });
	if (f.children) json.children = f.children.map(payloadFieldToJson);
	return json;
}
