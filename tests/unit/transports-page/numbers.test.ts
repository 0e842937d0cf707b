// The page's number formats against Intl's, in both of the site's languages.
import { describe, expect, it, vi } from 'vitest';

const locale = vi.hoisted(() => ({ current: 'en' }));
vi.mock('$lib/paraglide/runtime.js', () => ({ getLocale: () => locale.current }));

const { localCompact, localNumber, localTenths } =
	await import('../../../src/routes/transports/numbers.ts');

/** Counts, byte totals, latencies, tick values: whole, tenths, and a few awkward ones. */
const VALUES = [
	0, 1, 7, 12, 99, 100, 999, 1000, 1001, 1234, 9999, 10_000, 12_345, 99_999, 100_000, 123_456,
	999_499, 999_500, 999_999, 1e6, 1_234_567, 2e7, 99_950_000, 1e8, 123_456_789, 5e9, 1.5e12, 0.5,
	0.25, 2.5, 12.34, 996.1132075471698, 1904.75, 0.04, 0.05, 0.125, 414.98148148148147, 60.25, 0.001
];

describe('numbers', () => {
	for (const lang of ['en', 'ko']) {
		it(`write as Intl.NumberFormat does in ${lang}`, () => {
			locale.current = lang;
			const plain = new Intl.NumberFormat(lang);
			const tenths = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
			const compact = new Intl.NumberFormat(lang, { notation: 'compact' });
			for (const n of VALUES) {
				expect(localNumber(n), `${n}`).toBe(plain.format(n));
				expect(localTenths(n), `${n}`).toBe(tenths.format(n));
				expect(localCompact(n), `${n} compact`).toBe(compact.format(n));
			}
			for (let i = 0; i < 2000; i++) {
				const n = Math.round(10 ** (((i * 0.618033988749895) % 1) * 11)); // spread evenly over 11 decades
				expect(localCompact(n), `${n} compact`).toBe(compact.format(n));
				expect(localNumber(n)).toBe(plain.format(n));
			}
		});
	}
});
