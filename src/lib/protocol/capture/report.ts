// Collects diagnostics of a capture, keeping at most LIMIT of each code: a damaged 100 MB file would
// otherwise drown its one real problem in a million copies of the same warning.
import { diagnostic, type DiagnosticCode } from '../diagnostics.ts';
import type { Diagnostic, DiagnosticParams } from '../types.ts';

const LIMIT = 50;

export class Reporter {
	readonly diagnostics: Diagnostic[] = [];
	private counts = new Map<string, number>();

	/** A problem at byte `offset` of the file, `length` bytes long. */
	add(code: DiagnosticCode, offset: number, length: number, params: DiagnosticParams = {}): void {
		const count = (this.counts.get(code) ?? 0) + 1;
		this.counts.set(code, count);
		if (count <= LIMIT) this.diagnostics.push(diagnostic(code, offset * 8, length * 8, params));
	}

	/** The diagnostics in file order, with one line per code that went past the limit. */
	finish(): Diagnostic[] {
		const list = [...this.diagnostics].sort((a, b) => a.bitOffset - b.bitOffset);
		for (const [code, count] of this.counts) {
			if (count > LIMIT) {
				list.push(diagnostic('capture_diagnostics_omitted', 0, 0, { code, count: count - LIMIT }));
			}
		}
		return list;
	}
}
