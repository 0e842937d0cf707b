// The second build that tests/e2e/sw-update.test.ts deploys over the first: the same sources under
// another version name, in folders of its own (svelte.config.js reads these variables). `npm test`
// builds it beside lint and names it to the test (WSVIZ_E2E_NEXT_BUILD); the test run on its own
// builds it itself.
import path from 'node:path';

/**
 * @param {string} scratch  a folder inside the project (the build's server half imports from node_modules)
 * @returns {NodeJS.ProcessEnv}
 */
export function nextDeployEnv(scratch) {
	return {
		WSVIZ_BUILD_VERSION: 'the-next-deploy',
		WSVIZ_BUILD_DIR: path.join(scratch, 'build'),
		WSVIZ_KIT_DIR: path.join(scratch, 'kit')
	};
}
