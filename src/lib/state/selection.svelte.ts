// What a person points at in a frame view, shared by every page that shows one: the field under the
// pointer, the field with keyboard focus, and the diagnostic whose bits are marked.
import type { Diagnostic } from '$lib/protocol/index.ts';

/** How a field was pointed at: the pointer wins while it is over something, then focus. */
export type PointedBy = 'pointer' | 'focus';

export class Selection {
	/** Field keys (see fieldKey) under the pointer and under keyboard focus. */
	hovered = $state<string | null>(null);
	focused = $state<string | null>(null);
	/** Index into `diagnostics` of the one selected. */
	selectedDiagnostic = $state<number | null>(null);

	/** The field to highlight everywhere: the one pointed at, else the one focused. */
	activeField = $derived(this.hovered ?? this.focused);

	diagnostic: Diagnostic | null = $derived(
		this.selectedDiagnostic === null ? null : (this.diagnostics[this.selectedDiagnostic] ?? null)
	);

	/** The diagnostics a selected index points into; a page with a decode result overrides it. */
	get diagnostics(): readonly Diagnostic[] {
		return [];
	}

	point(key: string | null, by: PointedBy): void {
		if (by === 'pointer') this.hovered = key;
		else this.focused = key;
	}

	/** Selecting a diagnostic marks its bits; selecting it again clears the mark. */
	toggleDiagnostic(index: number): void {
		this.selectedDiagnostic = this.selectedDiagnostic === index ? null : index;
	}

	clearSelection(): void {
		this.hovered = null;
		this.focused = null;
		this.selectedDiagnostic = null;
	}
}
