// Numbers as the page's language writes them (en and ko alike: 1,234.5), as Intl.NumberFormat
// would, but without it: a page's first Intl.NumberFormat loads ICU's data, a 15-150 ms task on
// these machines, right in the first paint. tests/unit/transports-page/numbers.test.ts checks each
// against Intl in both languages.
import { getLocale } from '$lib/paraglide/runtime.js';

/** Digits with a comma between each three, from the right. */
const grouped = (digits: string): string => digits.replace(/\B(?=(\d{3})+$)/g, ',');

/** `n` to at most `fraction` decimals, trailing zeros dropped, digits grouped. */
function decimal(n: number, fraction: number): string {
	const [whole, part = ''] = Math.abs(n).toFixed(fraction).split('.');
	const rest = part.replace(/0+$/, '');
	const sign = n < 0 && (whole !== '0' || rest !== '') ? '-' : '';
	return `${sign}${grouped(whole!)}${rest ? `.${rest}` : ''}`;
}

/** `new Intl.NumberFormat(locale).format(n)`. */
export const localNumber = (n: number): string => decimal(n, 3);

/** `new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)`. */
export const localTenths = (n: number): string => decimal(n, 1);

/** Compact units, largest first: English counts in thousands, Korean in 만 (10⁴) and 억 (10⁸). */
const UNITS: Record<string, readonly (readonly [number, string])[]> = {
	en: [
		[1e12, 'T'],
		[1e9, 'B'],
		[1e6, 'M'],
		[1e3, 'K']
	],
	ko: [
		[1e12, '조'],
		[1e8, '억'],
		[1e4, '만'],
		[1e3, '천']
	]
};

/** `n` to a multiple of 10^k, half away from zero, on its decimal digits (n / 10^k first would
 * round 2150 / 1000 = 2.1499… down). */
function roundTo(n: number, k: number): number {
	return k >= 0 ? Math.round(n / 10 ** k) * 10 ** k : Math.round(n * 10 ** -k) / 10 ** -k;
}

/** `new Intl.NumberFormat(locale, { notation: 'compact' }).format(n)` for n ≥ 0: two significant
 * digits while under 100 of a unit, else whole units. */
export function localCompact(n: number, locale: string = getLocale()): string {
	if (n === 0) return '0';
	const units = UNITS[locale] ?? UNITS.en!;
	const twoDigits = roundTo(n, Math.floor(Math.log10(n)) - 1);
	for (const [i, [size, suffix]] of units.entries()) {
		if (n < size) continue;
		const v = (n / size < 100 ? twoDigits : roundTo(n, Math.log10(size))) / size;
		// Rounding up may reach the next unit (999,999 is 1M, not 1000K).
		const larger = units[i - 1];
		if (larger && v * size >= larger[0]) return localCompact(v * size, locale);
		return `${String(v)}${suffix}`;
	}
	return String(n < 100 ? twoDigits : Math.round(n));
}
