#!/usr/bin/env node
// The `wsviz` command. Node 20 cannot run TypeScript, so tsx (a runtime dependency) compiles the CLI
// and the engine on the fly: the command works right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
	process.stderr.write(`wsviz needs Node.js 20.19 or newer; this is ${process.version}.\n`);
	process.exit(1);
}

// tsconfig: false, so a tsconfig.json in the caller's working directory cannot change how our sources
// compile; they need none (relative imports carry their .ts extension).
register({ tsconfig: false });
try {
	const { main } = await import('./main.ts');
	process.exitCode = await main(process.argv.slice(2));
} catch (e) {
	// Only a broken installation gets here (main() catches everything else): say so in one line.
	process.stderr.write(`wsviz: cannot start: ${e instanceof Error ? e.message : String(e)}\n`);
	if (process.env.WSVIZ_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
	process.exitCode = 1;
}
