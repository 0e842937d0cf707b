// The engine's data model (DESIGN.md): everything the pages, the CLI and the tests show is one of these.
import type { DiagnosticCode } from './diagnostics.ts';
import type { Coded, TextParams } from './text.ts';

/** Who sent the bytes. Client frames must be masked, server frames must not (RFC 6455 §5.1). */
export type Role = 'client' | 'server';

export type Severity = 'error' | 'warning' | 'info';

/** A run of bits in the input with what they are and what they mean. */
export interface Field {
	/** Stable snake_case id: also the URL anchor and the JSON key. */
	id: string;
	/** What a person reads. */
	label: string;
	/** Absolute: bit 0 is the most significant bit of byte 0 of the input. */
	bitOffset: number;
	bitLength: number;
	/** The bits as an unsigned number (bigint past 2^53); absent for byte runs such as a payload. */
	raw?: number | bigint;
	/** What the bits mean: true, 'text', 300, a byte array. */
	value: unknown;
	/** A sentence built from value: `explained` in English. */
	meaning: string;
	/** What the bits mean as a code of its catalog and params (the site renders it in any language). */
	explained?: Coded;
	/** Where the rule lives, e.g. 'RFC 6455 §5.2'. */
	rfc: string;
	children?: Field[];
}

/** One row of the diagnostics catalog. `text` has {placeholders} filled from a diagnostic's params. */
export interface DiagnosticSpec {
	severity: Severity;
	/** The close code a strict endpoint sends when it fails the connection for this (errors only). */
	closeCode?: number;
	rfc: string;
	text: string;
}

export type DiagnosticParams = TextParams;

export interface Diagnostic {
	/** A row of the catalog (diagnostics.ts). */
	code: DiagnosticCode;
	severity: Severity;
	message: string;
	rfc: string;
	/** Absolute bit range of the offending bits in the input. */
	bitOffset: number;
	bitLength: number;
	closeCode?: number;
	params: DiagnosticParams;
}
