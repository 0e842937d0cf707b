// Every code of every engine catalog, rendered in English and Korean with sample params: the site's
// English equals the engine's (the CLI and the JSON), the Korean has no English sentence, each message
// takes exactly its code's params, and no two codes of a catalog share a sentence.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { LINK_PROBLEM_CODES } from '$lib/state/url-state.ts';
import { LINK_PROBLEM_MESSAGES } from '$lib/i18n/link-messages.ts';
import { DIAGNOSTICS } from '$lib/protocol/diagnostics.ts';
import { FRAME_FIELD_TEXT } from '$lib/protocol/frame/fields.ts';
import { OPCODE_MEANINGS } from '$lib/protocol/frame/opcodes.ts';
import { HANDSHAKE_FIELD_TEXT } from '$lib/protocol/handshake/fields.ts';
import { MISTAKE_TEXT } from '$lib/protocol/handshake/mistakes.ts';
import { PEER_NOTE_TEXT } from '$lib/protocol/handshake/peer-notes.ts';
import { PRESET_SOURCES } from '$lib/protocol/handshake/presets.ts';
import { BUILD_PROBLEMS } from '$lib/protocol/handshake/build-problems.ts';
import { HANDSHAKE_PROBLEMS } from '$lib/protocol/handshake/problems.ts';
import { HAR_PROBLEMS } from '$lib/protocol/input/har.ts';
import { DEFLATE_HINTS } from '$lib/protocol/deflate-hint.ts';
import { DEFLATE_HINT_MESSAGES } from '$lib/i18n/deflate-hint-messages.ts';
import { INPUT_NOTES } from '$lib/protocol/input/notes.ts';
import { INPUT_PROBLEMS } from '$lib/protocol/input/problems.ts';
import { READING_NAMES } from '$lib/protocol/input/readings.ts';
import { CLOSE_MEANINGS } from '$lib/protocol/message/close-codes.ts';
import { fill, placeholders, type TextParams } from '$lib/protocol/text.ts';
import { PARAM_WORDS } from '$lib/protocol/words.ts';
import { baseLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime.js';
import { DIAGNOSTIC_MESSAGES, DIAGNOSTIC_WORDS } from '$lib/i18n/diagnostic-messages.ts';
import { PAYLOAD_DIAGNOSTIC_MESSAGES } from '$lib/i18n/payload-diagnostic-messages.ts';
import { PAYLOAD_DIAGNOSTICS } from '$lib/protocol/payload/diagnostics.ts';
import { FIELD_LABELS } from '$lib/protocol/payload/labels.ts';
import { FIELD_LABEL_MESSAGES } from '$lib/i18n/payload-text.ts';
import { FRAME_FIELD_MESSAGES, FRAME_FIELD_WORDS } from '$lib/i18n/field-messages.ts';
import { HANDSHAKE_FIELD_MESSAGES } from '$lib/i18n/handshake-field-messages.ts';
import {
	HAR_PROBLEM_MESSAGES,
	INPUT_NOTE_MESSAGES,
	INPUT_PROBLEM_MESSAGES,
	INPUT_WORDS,
	READING_MESSAGES
} from '$lib/i18n/input-messages.ts';
import { PROBLEM_MESSAGES } from '$lib/i18n/problem-messages.ts';
import { BUILD_PROBLEM_MESSAGES, BUILD_PROBLEM_WORDS } from '$lib/i18n/build-problem-messages.ts';
import { WORKER_FAILURE_MESSAGES } from '$lib/i18n/worker-failure-messages.ts';
import { WORKER_FAILURES } from '$lib/workers/failures.ts';
import { SCENARIO_PROBLEM_MESSAGES } from '$lib/i18n/scenario-messages.ts';
import { SCENARIO_PROBLEMS } from '$lib/protocol/transports/scenario-problems.ts';
import { CLOSE_MEANING_MESSAGES, OPCODE_MEANING_MESSAGES } from '$lib/i18n/meaning-messages.ts';
import { MISTAKE_MESSAGES, PEER_NOTE_MESSAGES } from '$lib/i18n/handshake-note-messages.ts';
import { PRESET_SOURCE_MESSAGES } from '$lib/i18n/preset-messages.ts';
import { say as sayCode, type MessageTable, type ParamMessages } from '$lib/i18n/say.ts';
import { PAYLOAD_PARAM_MESSAGES } from '$lib/i18n/payload-words.ts';
import { PAYLOAD_WORDS } from '$lib/protocol/payload/words.ts';

const setLocale = (locale: Locale) => overwriteGetLocale(() => locale);
afterEach(() => setLocale(baseLocale));

type Catalog = Readonly<Record<string, string>>;
/**
 * The words a catalog's sentences are rendered with: their English, and the site's words the page
 * passes to say() beside say.ts' one-word ones (a catalog's own ids, or the sentences of other
 * catalogs its params name). A table the site forgets to pass shows as an id here, not the English.
 */
type OwnWords = { english: typeof PAYLOAD_WORDS | typeof PARAM_WORDS; site: ParamMessages };
const PAYLOAD_OWN: OwnWords = { english: PAYLOAD_WORDS, site: PAYLOAD_PARAM_MESSAGES };
const siteWords = (site: ParamMessages): OwnWords => ({ english: PARAM_WORDS, site });

const CATALOGS: [name: string, english: Catalog, messages: MessageTable<string>, own?: OwnWords][] =
	[
		['diagnostics', mapText(DIAGNOSTICS), DIAGNOSTIC_MESSAGES, siteWords(DIAGNOSTIC_WORDS)],
		['payload diagnostics', mapText(PAYLOAD_DIAGNOSTICS), PAYLOAD_DIAGNOSTIC_MESSAGES, PAYLOAD_OWN],
		['payload field labels', FIELD_LABELS, FIELD_LABEL_MESSAGES],
		['frame fields', FRAME_FIELD_TEXT, FRAME_FIELD_MESSAGES, siteWords(FRAME_FIELD_WORDS)],
		['handshake fields', HANDSHAKE_FIELD_TEXT, HANDSHAKE_FIELD_MESSAGES],
		['input problems', INPUT_PROBLEMS, INPUT_PROBLEM_MESSAGES, siteWords(INPUT_WORDS)],
		['input notes', INPUT_NOTES, INPUT_NOTE_MESSAGES, siteWords(INPUT_WORDS)],
		['input readings', READING_NAMES, READING_MESSAGES],
		['handshake problems', HANDSHAKE_PROBLEMS, PROBLEM_MESSAGES],
		[
			'handshake build problems',
			BUILD_PROBLEMS,
			BUILD_PROBLEM_MESSAGES,
			siteWords(BUILD_PROBLEM_WORDS)
		],
		['accept mistakes', MISTAKE_TEXT, MISTAKE_MESSAGES],
		['peer notes', PEER_NOTE_TEXT, PEER_NOTE_MESSAGES],
		['handshake preset sources', PRESET_SOURCES, PRESET_SOURCE_MESSAGES],
		['close meanings', CLOSE_MEANINGS, CLOSE_MEANING_MESSAGES],
		['opcode meanings', OPCODE_MEANINGS, OPCODE_MEANING_MESSAGES],
		['HAR problems', HAR_PROBLEMS, HAR_PROBLEM_MESSAGES, siteWords(INPUT_WORDS)],
		['deflate hints', DEFLATE_HINTS, DEFLATE_HINT_MESSAGES],
		['scenario problems', SCENARIO_PROBLEMS, SCENARIO_PROBLEM_MESSAGES],
		['worker failures', WORKER_FAILURES, WORKER_FAILURE_MESSAGES],
		// Link problems are the site's own: their English is messages/en.json's.
		['link problems', fromMessages('link_problem_', LINK_PROBLEM_CODES), LINK_PROBLEM_MESSAGES]
	];

function fromMessages(prefix: string, codes: readonly string[]): Catalog {
	const en = JSON.parse(readFileSync('messages/en.json', 'utf8')) as Record<string, string>;
	return Object.fromEntries(codes.map((code) => [code, en[`${prefix}${code}`] ?? '']));
}

function mapText(rows: Readonly<Record<string, { text: string }>>): Catalog {
	return Object.fromEntries(Object.entries(rows).map(([code, row]) => [code, row.text]));
}

const engineWords: Readonly<Record<string, Catalog | undefined>> = PARAM_WORDS;

/**
 * Sample params for a template: data params get a value that cannot be mistaken for a word (so a
 * message that drops one is caught); id params are rendered once with each of their ids.
 */
function sampleParams(
	template: string,
	words: Readonly<Record<string, Catalog | undefined>> = engineWords
): TextParams[] {
	const names = [...new Set(placeholders(template))];
	const nested = names.flatMap((n) => Object.values(words[n] ?? {}).flatMap(placeholders));
	const data: Record<string, string> = {};
	for (const [i, name] of [...names, ...nested].entries()) data[name] = `#${i}#`;
	let out: TextParams[] = [data];
	for (const name of names.filter((n) => words[n])) {
		out = out.flatMap((p) => Object.keys(words[name]!).map((id) => ({ ...p, [name]: id })));
	}
	return out.slice(0, 64);
}

/**
 * English sentences in Korean text: a run of three or more Latin words, outside parentheses,
 * quotes and backticks (RFC terms and quoted values are kept in English on purpose), and outside
 * the names of headers, tokens and identifiers (words with -, _, / or digits).
 */
function englishRun(text: string): string | undefined {
	const outside = text
		.replace(/\([^()]*\)/g, ' ')
		.replace(/`[^`]*`|"[^"]*"|'[^']*'/g, ' ')
		.replace(/#\d+#/g, ' ');
	const words = outside.split(/[\s,.:;]+/).filter(Boolean);
	let run: string[] = [];
	for (const word of words) {
		if (/^[A-Za-z]+$/.test(word) && !/[A-Z].*[A-Z]/.test(word)) run.push(word);
		else run = [];
		if (run.length >= 3) return run.join(' ');
	}
	return undefined;
}

describe.each(CATALOGS)('the %s catalog', (_name, english, messages, own) => {
	const codes = Object.keys(english);
	const words = own?.english ?? PARAM_WORDS;
	const samples = (template: string) => sampleParams(template, words);
	const say = (table: MessageTable<string>, said: { code: string; params: TextParams }) =>
		sayCode(table, said, own?.site);

	it('has a message for every code, and none for a code it lacks', () => {
		expect(Object.keys(messages).sort()).toEqual([...codes].sort());
	});

	it('renders every code in English exactly as the engine does', () => {
		for (const code of codes)
			for (const params of samples(english[code]!))
				expect([code, say(messages, { code, params })]).toEqual([
					code,
					fill(english[code]!, params, words)
				]);
	});

	it('renders every code in Korean, in Hangul, with every data param and no English sentence', () => {
		setLocale('ko');
		for (const code of codes) {
			for (const params of samples(english[code]!)) {
				const text = say(messages, { code, params });
				const english = fill(englishOf(code), params, words);
				const dataShown = [...english.matchAll(/#\d+#/g)].map((m) => m[0]);
				expect([code, /[\uac00-\ud7a3]/.test(text) || text === english]).toEqual([code, true]);
				for (const value of dataShown) expect([code, text.includes(value)]).toEqual([code, true]);
				expect([code, englishRun(text)]).toEqual([code, undefined]);
			}
		}
		function englishOf(code: string) {
			return english[code]!;
		}
	});

	it('gives no two codes the same sentence, in either language', () => {
		for (const locale of ['en', 'ko'] as const) {
			setLocale(locale);
			const seen = new Map<string, string>();
			for (const code of codes) {
				const text = say(messages, { code, params: samples(english[code]!)[0]! });
				expect([locale, code, seen.get(text)]).toEqual([locale, code, undefined]);
				seen.set(text, code);
			}
		}
	});
});

describe('the English-run check', () => {
	it('finds an English sentence and lets RFC terms in parentheses through', () => {
		expect(englishRun('서버가 this is english 입니다')).toBe('this is english');
		expect(englishRun('조각난 메시지(fragmented message that continues)를 이어 갑니다')).toBe(
			undefined
		);
		expect(englishRun('Sec-WebSocket-Key must send this 입니다')).toBe('must send this');
	});
});
