#!/usr/bin/env node
// `npm run i18n`: compiles messages/{locale}.json into src/lib/paraglide, as the Vite plugin does,
// for tools that read the code without running Vite (svelte-check, tsc).
import { compile } from '@inlang/paraglide-js';
import { i18nOptions } from '../i18n.config.js';

await compile(i18nOptions);
// The inlang SDK leaves a timer running for half a minute after compiling: do not wait for it.
process.exit(0);
