// Seeded randomness. The same seed must give the same timeline in the browser, in a worker and in
// Node, so Math.random is out. mulberry32 (Tommy Ettinger, public domain) keeps 32 bits of state
// and walks all 2^32 of them: plenty for arrival times and masking keys, and five lines anyone can
// check.

/** A number in [0, 1). */
export type Random = () => number;

export function mulberry32(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Separate streams from one seed, so changing the client's message rate never moves the server's
 * events, and masking keys never move either. */
const STREAMS = { server: 0x9e3779b9, client: 0x85ebca6b, mask: 0xc2b2ae35 } as const;
export type StreamName = keyof typeof STREAMS;

export function randomStream(seed: number, name: StreamName): Random {
	// One round of a murmur3-style mix, so seeds 1 and 2 do not start out correlated.
	let h = Math.imul((seed >>> 0) ^ STREAMS[name], 0x27d4eb2d);
	h ^= h >>> 15;
	return mulberry32(h);
}

/** Time to the next arrival of a Poisson process (inverse transform: -ln(U) / rate). */
export function exponential(random: Random, ratePerMs: number): number {
	// 1 - U lies in (0, 1], so the logarithm is finite.
	return -Math.log(1 - random()) / ratePerMs;
}

export function randomBytes(random: Random, n: number): Uint8Array {
	const out = new Uint8Array(n);
	for (let i = 0; i < n; i++) out[i] = Math.floor(random() * 256);
	return out;
}
