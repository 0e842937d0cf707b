// The slowest tests of a `npm test` run, read from the reports scripts/test.js already collects
// (Vitest's and Playwright's JSON), so that the next slowdown shows at the end of every run.
//
// Plain Node ESM with built-ins only.

/** @typedef {{ ms: number, name: string }} Timing */

/**
 * Vitest's JSON reporter: testResults[] (one per file), each with assertionResults[].duration.
 * @param {any} json
 * @returns {Timing[]}
 */
export function vitestTimings(json) {
	const cwd = process.cwd() + '/';
	return (json?.testResults ?? []).flatMap((/** @type {any} */ file) =>
		(file.assertionResults ?? []).map((/** @type {any} */ test) => ({
			ms: test.duration ?? 0,
			name: `${String(file.name).replace(cwd, '')} › ${test.fullName ?? test.title}`
		}))
	);
}

/**
 * Playwright's JSON reporter: nested suites[] with specs[], each spec's tests[].results[].duration.
 * @param {any} json
 * @returns {Timing[]}
 */
export function playwrightTimings(json) {
	/** @type {Timing[]} */
	const out = [];
	/** @param {any} suite */
	const walk = (suite) => {
		for (const spec of suite.specs ?? []) {
			const ms = (spec.tests ?? [])
				.flatMap((/** @type {any} */ t) => t.results ?? [])
				.reduce((/** @type {number} */ sum, /** @type {any} */ r) => sum + (r.duration ?? 0), 0);
			out.push({ ms, name: `${spec.file} › ${spec.title}` });
		}
		for (const child of suite.suites ?? []) walk(child);
	};
	for (const suite of json?.suites ?? []) walk(suite);
	return out;
}

/**
 * Prints the `count` slowest of all timings.
 * @param {Timing[]} timings
 * @param {number} [count]
 */
export function printSlowest(timings, count = 10) {
	if (timings.length === 0) return;
	console.log(`\nslowest tests:`);
	for (const t of [...timings].sort((a, b) => b.ms - a.ms).slice(0, count))
		console.log(`${(t.ms / 1000).toFixed(1).padStart(6)}s  ${t.name}`);
}
