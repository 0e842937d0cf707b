// What "check yourself" says about an answer the engine judged (src/lib/learn/exercises.ts), in the
// page's language: imported with the checker on the first answer, so a lesson opens without the
// diagnostics' sentences.
import { diagnosticText } from '$lib/i18n/diagnostic-text.ts';
import { withParticle } from '$lib/i18n/particles.ts';
import type { Check, CheckReason } from '$lib/learn/exercises.ts';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';

export { checkAnswer } from '$lib/learn/exercises.ts';
export { hintFor } from './hints.ts';

const problem = (check: Check) => (check.diagnostic ? diagnosticText(check.diagnostic) : '');

const RESULTS: Readonly<Record<CheckReason, (check: Check) => string>> = {
	correct: () => m.learn_result_correct(),
	wrong: () => m.learn_result_wrong(),
	empty: () => m.learn_result_empty(),
	unreadable: () => m.learn_result_unreadable(),
	incomplete: () => m.learn_result_incomplete(),
	other_message: () => m.learn_result_other_message(),
	unfinished: () => m.learn_result_unfinished(),
	warned: (check) => m.learn_result_warned({ problem: problem(check) }),
	rejected: (check) =>
		m.learn_result_rejected({ code: String(check.closeCode ?? ''), problem: problem(check) })
};

/** The verdict in a sentence. */
export function resultText(check: Check): string {
	return RESULTS[check.reason](check);
}

/** A word as the object of a Korean sentence takes 을/를 (안녕을, world를); English takes none. */
const asObject = (word: string) => (getLocale() === 'ko' ? withParticle(word, '을/를') : word);

/** Where to look, from the engine's diagnostic: the byte, the bit and the rule. */
export function whereToLook(check: Check): string {
	const d = check.correct ? undefined : check.diagnostic;
	if (!d) return '';
	const bit = d.bitOffset % 8;
	return m.learn_hint_at({
		byte: Math.floor(d.bitOffset / 8),
		bit: asObject(m.learn_bit_name({ bit })),
		rfc: d.rfc.replace(/^RFC\s*/, '')
	});
}

/** Built from the frame typed (not a stock sentence): what each of its fields said. */
export function explainFrame(check: Check): string {
	const f = check.correct ? check.frame : undefined;
	if (!f || check.text === undefined) return '';
	return m.learn_explain_frame({
		fin: Number(f.fin),
		opcode: f.opcode,
		mask: Number(f.masked),
		key: f.key ? m.learn_explain_key({ key: f.key }) : '',
		length: f.length,
		lengthBits: f.lengthBits,
		text: asObject(`"${check.text}"`)
	});
}
