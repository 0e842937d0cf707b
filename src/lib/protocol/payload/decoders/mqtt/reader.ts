// Reading one MQTT packet's fields over the message's bytes (MQTT 5 §1.5 data representation), each
// read leaving a field with its byte range. Running past the packet's end stops the packet: Overrun.
import { bytesToHex } from '../../../bytes.ts';
import type { PayloadDiagnostic as Diagnostic } from '../../diagnostics.ts';
import { payloadDiagnostic as diagnosticAt } from '../../diagnostics.ts';
import { field } from '../../fields.ts';
import type { FieldLabel, LabelCode } from '../../labels.ts';
import type { PAYLOAD_PARAM_WORDS } from '../../words.ts';
import type { MeaningCode } from '../../meanings.ts';
import type { PayloadField, PayloadParams } from '../../types.ts';
import { PROPERTIES, type PropertyType } from './tables.ts';

export const SPEC = 'MQTT 3.1.1 / 5.0';

/** What ran past the end: a field's id (PAYLOAD_PARAM_WORDS.field), or an MQTT property's own name. */
export type OverrunField = keyof typeof PAYLOAD_PARAM_WORDS.field | (string & {});

export class Overrun {
	constructor(
		readonly what: OverrunField,
		readonly at: number
	) {}
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export class MqttReader {
	fields: PayloadField[] = [];
	diagnostics: Diagnostic[] = [];
	constructor(
		readonly bytes: Uint8Array,
		public at: number,
		/** The packet's end: its Remaining Length after the fixed header. */
		readonly end: number
	) {}

	get left(): number {
		return this.end - this.at;
	}

	private need(n: number, what: OverrunField): number {
		if (this.at + n > this.end) throw new Overrun(what, this.at);
		const start = this.at;
		this.at += n;
		return start;
	}

	add(
		id: string,
		label: FieldLabel,
		start: number,
		value: unknown,
		meaning: MeaningCode,
		params: PayloadParams = {},
		raw?: number
	): PayloadField {
		const f = field(SPEC, {
			id,
			label,
			start,
			length: this.at - start,
			value,
			meaning,
			params: { value: String(value), ...params },
			raw
		});
		this.fields.push(f);
		return f;
	}

	rawByte(what: OverrunField): number {
		return this.bytes[this.need(1, what)]!;
	}
	rawU16(what: OverrunField): number {
		const s = this.need(2, what);
		return (this.bytes[s]! << 8) | this.bytes[s + 1]!;
	}
	rawU32(what: OverrunField): number {
		const s = this.need(4, what);
		return (
			((this.bytes[s]! << 24) >>> 0) +
			(this.bytes[s + 1]! << 16) +
			(this.bytes[s + 2]! << 8) +
			this.bytes[s + 3]!
		);
	}
	/** §1.5.5 Variable Byte Integer: 7 bits a byte, at most four bytes. */
	rawVarint(what: OverrunField): number {
		let value = 0;
		for (let i = 0; i < 4; i++) {
			const b = this.rawByte(what);
			value += (b & 0x7f) * 128 ** i;
			if (!(b & 0x80)) return value;
		}
		throw new Overrun(what, this.at);
	}
	/** §1.5.4 UTF-8 string: a two-byte length, then the bytes (invalid UTF-8 is malformed). */
	rawString(what: OverrunField): string {
		const length = this.rawU16(what);
		const s = this.need(length, what);
		try {
			return utf8.decode(this.bytes.subarray(s, s + length));
		} catch {
			return new TextDecoder().decode(this.bytes.subarray(s, s + length));
		}
	}
	rawBinary(what: OverrunField): Uint8Array {
		const length = this.rawU16(what);
		const s = this.need(length, what);
		return this.bytes.subarray(s, s + length);
	}

	u8(id: string, label: LabelCode, meaning: MeaningCode = 'number_value'): number {
		const start = this.at;
		const v = this.rawByte(label);
		this.add(id, label, start, v, meaning, {}, v);
		return v;
	}
	u16(id: string, label: LabelCode, meaning: MeaningCode = 'number_value'): number {
		const start = this.at;
		const v = this.rawU16(label);
		this.add(id, label, start, v, meaning, {}, v);
		return v;
	}
	string(id: string, label: LabelCode, meaning: MeaningCode = 'mqtt_string'): string {
		const start = this.at;
		const v = this.rawString(label);
		this.add(id, label, start, v, meaning, { length: this.at - start - 2 });
		return v;
	}
	binary(id: string, label: LabelCode): Uint8Array {
		const start = this.at;
		const v = this.rawBinary(label);
		this.add(id, label, start, bytesToHex(v), 'binary_data', { count: v.length });
		return v;
	}

	/** MQTT 5 §2.2.2: a Variable Byte Integer length, then identifier + value pairs. */
	properties(): Record<string, unknown> {
		const start = this.at;
		const length = this.rawVarint('property_length');
		const end = this.at + length;
		if (end > this.end) throw new Overrun('properties', start);
		const out: Record<string, unknown> = {};
		const children: PayloadField[] = [];
		while (this.at < end) {
			const f = this.property(out, end);
			if (!f) break;
			children.push(f);
		}
		this.at = end;
		const f = field(SPEC, {
			id: 'mqtt_properties',
			label: 'properties',
			start,
			length: end - start,
			value: length,
			meaning: 'mqtt_properties',
			params: { count: children.length, value: length },
			children
		});
		this.fields.push(f);
		return out;
	}

	private property(out: Record<string, unknown>, end: number): PayloadField | undefined {
		const start = this.at;
		const id = this.rawVarint('property_identifier');
		const spec = PROPERTIES[id];
		if (!spec) {
			this.diagnostics.push(diagnosticAt('mqtt_property_unknown', start, this.at - start, { id }));
			return undefined;
		}
		const [name, type] = spec;
		const value = this.propertyValue(type, name);
		if (this.at > end) throw new Overrun(name, start);
		if (type === 'pair') {
			const pairs = (out[name] ??= {}) as Record<string, string | string[]>;
			const [k, v] = value as [string, string];
			const prior = pairs[k];
			pairs[k] = prior === undefined ? v : ([] as string[]).concat(prior, v);
		} else if (name === 'subscriptionIdentifier' && out[name] !== undefined) {
			out[name] = ([] as unknown[]).concat(out[name], value);
		} else out[name] = value;
		const shown =
			value instanceof Uint8Array
				? bytesToHex(value)
				: Array.isArray(value)
					? value.join(': ')
					: value;
		return field(SPEC, {
			id: `mqtt_property_${id}`,
			label: { name },
			start,
			length: this.at - start,
			value: shown,
			meaning: 'mqtt_property',
			params: { id, name, value: String(shown) },
			raw: id
		});
	}

	private propertyValue(type: PropertyType, name: string): unknown {
		switch (type) {
			case 'byte':
				return this.rawByte(name);
			case 'u16':
				return this.rawU16(name);
			case 'u32':
				return this.rawU32(name);
			case 'varint':
				return this.rawVarint(name);
			case 'string':
				return this.rawString(name);
			case 'binary':
				return this.rawBinary(name);
			case 'pair':
				return [this.rawString(name), this.rawString(name)];
		}
	}
}
