// The slowest tests and test files of a `npm test` run, read from the reports scripts/test.js
// already collects (Vitest's and Playwright's JSON), so that the next slowdown shows at the end of
// every run.
//
// Plain Node ESM with built-ins only.

/**
 * @typedef {object} Timing
 * @property {number} ms
 * @property {string} name
 * @property {string} file
 * @property {'failed' | 'flaky'} [outcome]  absent when the test passed (or was skipped)
 * @property {string} [message]  the first line of its (first) failure
 */

/** @param {unknown} text */
function firstLine(text) {
	// eslint-disable-next-line no-control-regex -- strip the reporters' ANSI colours
	const plain = String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '');
	return (
		plain
			.split('\n')
			.find((line) => line.trim() !== '')
			?.trim()
			.slice(0, 200) ?? ''
	);
}

/**
 * Vitest's JSON reporter: testResults[] (one per file), each with assertionResults[].duration.
 * @param {any} json
 * @returns {Timing[]}
 */
export function vitestTimings(json) {
	const cwd = process.cwd() + '/';
	return (json?.testResults ?? []).flatMap((/** @type {any} */ result) => {
		const file = String(result.name).replace(cwd, '');
		return (result.assertionResults ?? []).map((/** @type {any} */ test) => ({
			ms: test.duration ?? 0,
			name: `${file} › ${test.fullName ?? test.title}`,
			file,
			...(test.status === 'failed'
				? { outcome: 'failed', message: firstLine(test.failureMessages?.[0]) }
				: {})
		}));
	});
}

/**
 * Vitest's JSON reporter: a file's time from the start of its collection to its last test (its
 * imports and hooks included, which its tests' durations leave out).
 * @param {any} json
 * @returns {Timing[]}
 */
export function vitestFileTimings(json) {
	const cwd = process.cwd() + '/';
	return (json?.testResults ?? []).map((/** @type {any} */ result) => {
		const file = String(result.name).replace(cwd, '');
		const ms = Math.max(0, (result.endTime ?? 0) - (result.startTime ?? 0));
		return { ms, name: file, file };
	});
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
			const tests = spec.tests ?? [];
			const results = tests.flatMap((/** @type {any} */ t) => t.results ?? []);
			const ms = results.reduce(
				(/** @type {number} */ sum, /** @type {any} */ r) => sum + (r.duration ?? 0),
				0
			);
			const statuses = tests.map((/** @type {any} */ t) => t.status);
			const outcome = statuses.includes('unexpected')
				? 'failed'
				: statuses.includes('flaky')
					? 'flaky'
					: undefined;
			const error = results.find((/** @type {any} */ r) => r.error)?.error;
			out.push({
				ms,
				name: `${spec.file} › ${spec.title}`,
				file: spec.file,
				...(outcome ? { outcome, message: firstLine(error?.message) } : {})
			});
		}
		for (const child of suite.suites ?? []) walk(child);
	};
	for (const suite of json?.suites ?? []) walk(suite);
	return out;
}

/**
 * A file's tests' times added up: with Playwright's fullyParallel, the worker time the file costs
 * (its tests run on both workers, so its wall time says less).
 * @param {Timing[]} timings
 * @returns {Timing[]}
 */
export function byFile(timings) {
	/** @type {Map<string, number>} */
	const sums = new Map();
	for (const t of timings) sums.set(t.file, (sums.get(t.file) ?? 0) + t.ms);
	return [...sums].map(([file, ms]) => ({ ms, name: file, file }));
}

/**
 * Prints the `count` slowest of all timings under a title.
 * @param {string} title
 * @param {Timing[]} timings
 * @param {number} [count]
 */
export function printSlowest(title, timings, count = 10) {
	if (timings.length === 0) return;
	console.log(`\n${title}:`);
	for (const t of [...timings].sort((a, b) => b.ms - a.ms).slice(0, count))
		console.log(`${(t.ms / 1000).toFixed(1).padStart(6)}s  ${t.name}`);
}

/**
 * Lists the tests that failed (and those that passed only on a retry) with the first line of their
 * error, so that the end of a long log names them: a side-by-side stage's own output is printed
 * minutes before the summary.
 * @param {Timing[]} timings
 */
export function printFailures(timings) {
	for (const outcome of /** @type {const} */ (['failed', 'flaky'])) {
		const hits = timings.filter((t) => t.outcome === outcome);
		if (hits.length === 0) continue;
		console.log(`\n${outcome === 'failed' ? 'failed tests' : 'flaky tests (passed on retry)'}:`);
		for (const t of hits) console.log(`  ${t.name}\n      ${t.message ?? ''}`);
	}
}
