// The two scales the page draws with, linear (the timeline's clock) and log (the summary chart),
// with d3-scale's arithmetic and ticks to the last bit (tests/unit/transports-page/scales.test.ts
// compares them with d3-scale's): the same drawing without 25 kB of d3 on the first load.

export interface LinearScale {
	(value: number): number;
	ticks(count: number): number[];
}

export interface LogScale {
	(value: number): number;
	domain: readonly [number, number];
	ticks(count: number): number[];
}

type Pair = readonly [number, number];

/** t in [0, 1] across [a, b] to a point of [r0, r1], as d3's normalize and interpolateNumber. */
function interpolator([a, b]: Pair, [r0, r1]: Pair): (x: number) => number {
	const span = b - a;
	return (x) => {
		const t = span ? (x - a) / span : 0.5;
		return r0 * (1 - t) + r1 * t;
	};
}

export function linearScale(domain: Pair, range: Pair): LinearScale {
	const scale = interpolator(domain, range) as LinearScale;
	scale.ticks = (count) => ticks(domain[0], domain[1], count);
	return scale;
}

/** Base 10, positive domain; `nice` widens it to powers of ten as d3's scaleLog().nice(). */
export function logScale(domain: Pair, range: Pair, nice = false): LogScale {
	const [u, v] = nice
		? [pow10(Math.floor(Math.log10(domain[0]))), pow10(Math.ceil(Math.log10(domain[1])))]
		: domain;
	const at = interpolator([Math.log(u), Math.log(v)], range);
	const scale = ((x: number) => at(Math.log(x))) as LogScale;
	scale.domain = [u, v];
	scale.ticks = (count) => logTicks(u, v, count);
	return scale;
}

const pow10 = (x: number): number => (isFinite(x) ? +('1e' + x) : x < 0 ? 0 : x);

/** d3-scale's log ticks for base 10 and u ≤ v, u > 0: 1…9 × each power when few decades. */
function logTicks(u: number, v: number, n: number): number[] {
	const i = Math.log10(u);
	const j = Math.log10(v);
	if (j - i >= n) return ticks(i, j, Math.min(j - i, n)).map(pow10);
	let z: number[] = [];
	for (let p = Math.floor(i); p <= Math.ceil(j); ++p) {
		for (let k = 1; k < 10; ++k) {
			const t = p < 0 ? k / pow10(-p) : k * pow10(p);
			if (t < u) continue;
			if (t > v) break;
			z.push(t);
		}
	}
	if (z.length * 2 < n) z = ticks(u, v, n);
	return z;
}

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** d3-array's tickSpec: the first and last tick as multiples of the step, and the step. */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
	const step = (stop - start) / Math.max(0, count);
	const power = Math.floor(Math.log10(step));
	const error = step / Math.pow(10, power);
	const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
	let i1: number, i2: number, inc: number;
	if (power < 0) {
		inc = Math.pow(10, -power) / factor;
		i1 = Math.round(start * inc);
		i2 = Math.round(stop * inc);
		if (i1 / inc < start) ++i1;
		if (i2 / inc > stop) --i2;
		inc = -inc;
	} else {
		inc = Math.pow(10, power) * factor;
		i1 = Math.round(start / inc);
		i2 = Math.round(stop / inc);
		if (i1 * inc < start) ++i1;
		if (i2 * inc > stop) --i2;
	}
	if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
	return [i1, i2, inc];
}

/** d3-array's ticks for start ≤ stop: about `count` round values (1, 2 or 5 × a power of ten). */
export function ticks(start: number, stop: number, count: number): number[] {
	if (!(count > 0)) return [];
	if (start === stop) return [start];
	const [i1, i2, inc] = tickSpec(start, stop, count);
	if (!(i2 >= i1)) return [];
	return Array.from({ length: i2 - i1 + 1 }, (_, i) =>
		inc < 0 ? (i1 + i) / -inc : (i1 + i) * inc
	);
}
