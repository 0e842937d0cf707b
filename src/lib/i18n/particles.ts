// Korean particles that depend on the word before them: 을/를, 이/가, 은/는, 와/과 take their first
// form after a final consonant (받침) and their second after a vowel: 안녕을, world를. A Hangul
// syllable says it directly (its code point minus 0xAC00, mod 28, is its final consonant). Latin
// words and digits are read the way Korean speakers say them: digits by their Korean names (1 일,
// 3 삼: final consonant), letters by their English names (B 비: vowel, L 엘: consonant), and a word
// by its last sound as a loanword: m, n, ng, l and a short k or p end in a final consonant (ping 핑,
// frame 프레임, mail 메일, stop 스톱); d, t, s and the rest take a vowel (world 월드, text 텍스트).

/** Each particle's forms: [after a final consonant, after a vowel]. */
const FORMS = {
	'을/를': ['을', '를'],
	'이/가': ['이', '가'],
	'은/는': ['은', '는'],
	'와/과': ['과', '와']
} as const satisfies Record<string, readonly [string, string]>;

export type Particle = keyof typeof FORMS;

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

/** Digits as read in Sino-Korean: 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구. */
const DIGIT_HAS_FINAL = [true, true, false, true, false, false, true, true, true, false];

/** Letters said alone (an acronym's last letter: FIN 엔, RSV 브이, URL 엘). */
const LETTER_HAS_FINAL: Readonly<Record<string, boolean>> = {
	l: true,
	m: true,
	n: true,
	r: false
};

/** A Latin word's last letters that sound like a final consonant in Korean loanwords. */
const CONSONANT_ENDINGS = /(ng|m|n|l|me|ne|le|ck|k|p)$/i;

/** Whether the text, read aloud in Korean, ends in a final consonant; null when it cannot tell. */
export function endsInConsonant(text: string): boolean | null {
	const trimmed = text.replace(/[\s"'`)\]}.,!?·…]+$/u, '');
	const last = trimmed.at(-1);
	if (last === undefined) return null;
	const code = last.charCodeAt(0);
	if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return (code - HANGUL_FIRST) % 28 !== 0;
	if (/\d/.test(last)) return DIGIT_HAS_FINAL[Number(last)]!;
	const word = /[a-z]+$/i.exec(trimmed)?.[0];
	if (!word) return null;
	// An acronym (all capitals, as FIN or RSV1's letters) is read letter by letter.
	if (word === word.toUpperCase() && word.length <= 4)
		return LETTER_HAS_FINAL[word.at(-1)!.toLowerCase()] ?? false;
	return CONSONANT_ENDINGS.test(word);
}

/** The particle's form for the word: the first after a final consonant, else the second; both
 * written as "을(를)" when the word's sound cannot be told. */
export function particle(word: string, which: Particle): string {
	const [afterConsonant, afterVowel] = FORMS[which];
	const final = endsInConsonant(word);
	if (final === null) return `${afterConsonant}(${afterVowel})`;
	return final ? afterConsonant : afterVowel;
}

/** The word with its particle attached: withParticle('안녕', '을/를') is '안녕을'. */
export function withParticle(word: string, which: Particle): string {
	return word + particle(word, which);
}
