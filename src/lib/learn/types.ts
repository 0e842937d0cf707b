// The shapes of a lesson (src/lib/learn/lessons.ts): what the engine computes for it (its material)
// and what a language says about it (its text, src/lib/learn/content/{en,ko}/). The two meet only on
// the page, so a translation can never carry its own bytes: every byte in the prose is a fact.
import type { Role, SimulationResult } from '$lib/protocol/index.ts';

/** A run of prose: plain text, or a value from the engine, shown as code. */
export type Run = string | { code: string };
export type Paragraph = Run[];

/** Values the engine computed for a lesson's prose (hex strings, counts, codes). */
export type Facts = Record<string, string | number>;

/** The interactive a lesson embeds, with its preset. Each kind reuses the site's components. */
export type Embed =
	/** One frame or a few, decoded: bits, bytes and fields that highlight each other. */
	| { kind: 'frames'; bytes: Uint8Array; from: Role; extensions?: string }
	/** Several frames, compact: their bytes, the messages and the verdict. */
	| { kind: 'capture'; bytes: Uint8Array; from: Role; payloads?: boolean }
	/** The frame explorer, opened on a capture the reader can edit. */
	| { kind: 'explorer'; text: string }
	/** The transports simulation's numbers, one row per transport. */
	| { kind: 'metrics'; results: SimulationResult[] }
	/** The masking XOR, byte by byte. */
	| { kind: 'mask'; bytes: Uint8Array }
	/** A request and its response as text, with the accept value the engine computes. */
	| { kind: 'handshake'; request: string; response: string }
	/** Calls of an API, each with the frame bytes it makes or receives. */
	| { kind: 'calls'; rows: { call: string; from: Role; bytes: Uint8Array }[] }
	/** socket.io's session, both sides in order: long-polling bodies, then WebSocket frames. */
	| { kind: 'engine-io'; steps: EngineIoStep[] };

/** One thing a side sends in an Engine.IO session: an HTTP line, its polling body, or a frame. */
export interface EngineIoStep {
	from: Role;
	/** On which transport: long polling, the WebSocket handshake (HTTP), or the WebSocket. */
	stage: 'polling' | 'handshake' | 'websocket';
	/** The request line or the status of the response. */
	http?: string;
	/** A long-polling body: Engine.IO packets separated by 0x1E. */
	body?: Uint8Array;
	/** A WebSocket frame carrying one Engine.IO packet. */
	frame?: Uint8Array;
}

/** A part of a frame or a handshake a "spot the error" question offers: an engine field. */
export interface SpotPart {
	id: string;
	/** The engine's field id (fin, opcode, masking_key …; a header line's id): names it in any language. */
	field: string;
	/** The engine's label (FIN, Opcode …), for fields the site does not name per language. */
	label: string;
	bitLength: number;
	/** What is written there: the bits, the bytes in hex, or the line as sent. */
	shown: string;
	/** A handshake line: named by what it says (`shown`), not by a field name. */
	line?: boolean;
}

/** A value a student typically answers instead, and the misconception (a hint key) it comes from. */
export interface Mistake {
	value: number;
	because: string;
}

/**
 * A "check yourself" question. Every answer is the engine's, computed with the question; `id` keys
 * its text (RenderedText.exercises) and the progress. Hints are keyed by a misconception code:
 * a wrong option's id, a Mistake's `because` (else 'other'), the field of a picked byte or part.
 */
export type Exercise = { id: string } & (
	| { kind: 'choice'; options: { id: string; label?: string }[]; answer: string }
	| { kind: 'number'; answer: number; mistakes: Mistake[] }
	/** A byte of `bytes`, the one the prompt asks for: `answer` is its offset. */
	| { kind: 'pick-byte'; bytes: Uint8Array; from: Role; answer: number }
	/** Type the bytes of a frame that carries `text` from `from`; the engine judges them. */
	| { kind: 'build-frame'; from: Role; text: string }
	/** Which part a strict receiver rejects: `answer` is the part holding its first error. */
	| { kind: 'spot-error'; parts: SpotPart[]; answer: string }
);

export type ExerciseKind = Exercise['kind'];

export interface Material<F extends Facts = Facts> {
	facts: F;
	embed: Embed;
	/** At least three, of different kinds. */
	exercises: Exercise[];
}

/** What one language says in a lesson. `render` is a method, so each lesson's text can take its own facts. */
export interface LessonText<F extends Facts = Facts> {
	render(facts: F): RenderedText;
}

export interface RenderedText {
	/** The lesson's parts: each a heading and a few paragraphs (the presenter steps through them). */
	parts: { heading: string; paragraphs: Paragraph[] }[];
	/** What the embedded interactive shows, in a sentence. */
	embed: Paragraph;
	/** Says what the lab link opens. */
	lab: string;
	/** Each exercise's text, by its id. */
	exercises: Record<string, ExerciseText>;
	/** Titles of the code samples, by sample id. */
	code?: Record<string, string>;
}

/** What one language says in an exercise. */
export interface ExerciseText {
	/** The question, and labels for choices the engine does not name. */
	prompt: Paragraph;
	choices?: Record<string, string>;
	/** Shown once answered right: why it is so. */
	explain: Paragraph;
	/** Why a wrong answer is wrong, by misconception code (see Exercise); 'other' for any other. */
	hints?: Record<string, Paragraph>;
}
