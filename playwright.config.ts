import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './chromium.config.ts';

// WSVIZ_E2E_PORT lets two checkouts run their e2e tests side by side on one machine.
const port = Number(process.env.WSVIZ_E2E_PORT ?? 4173);

// The site under test is the real build, served by `vite preview`.
// - `npm test` (scripts/test.js) has just run `npm run build` and sets WSVIZ_E2E_PREBUILT=1, so only
//   the preview server is started.
// - `npm run test:e2e` on its own always builds first. That costs a few seconds, but it can never
//   test a stale build left over from before the last edit (a check for "build/ exists" could).
// Locally an already running server on the port is reused (e.g. your own `npm run preview`); in CI
// never.
const preview = `npm run preview -- --port ${port} --strictPort`;
const command = process.env.WSVIZ_E2E_PREBUILT ? preview : `npm run build && ${preview}`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	// These machines have 2 cores: two workers, and tests of one file spread over both (the long
	// files, axe and the lab pages, would otherwise run on one worker while the other idles). CI
	// machines can split the suite further with `--shard=1/2` etc.
	workers: 2,
	fullyParallel: true,
	reporter: 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		// Recording a trace of every test cost a quarter of the suite's CPU (measured: 21 against 16
		// CPU-s for the handshake and build files), for the few that fail: a failed test's retry (CI
		// retries once) is recorded; locally, `--trace=on` records a run.
		trace: 'on-first-retry',
		// The site's service worker stores the whole site (7 MB, ~400 files) on a context's first
		// visit, and each test is a new context: its tests (offline.test.ts, sw-update.test.ts) allow
		// it; elsewhere it would only take the machine from the test and serve later pages itself.
		serviceWorkers: 'block'
	},
	projects: [
		{
			name: 'chromium',
			// The system Chromium (see chromium.config.ts), never a Playwright browser download.
			use: { ...devices['Desktop Chrome'], launchOptions }
		}
	],
	webServer: {
		command,
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 120_000
	}
});
