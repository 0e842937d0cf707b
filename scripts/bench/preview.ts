// `vite preview` of build/ on 127.0.0.1:port, for the page benches (bench-pages.ts,
// bench-long-tasks.ts): started, and resolved once it answers.
import { spawn, type ChildProcess } from 'node:child_process';

/** Whether something answers on `base`. */
export async function reachable(base: string): Promise<boolean> {
	try {
		return (await fetch(base)).ok;
	} catch {
		return false;
	}
}

/** Serves build/ on `port`; the caller kills it. */
export async function servePreview(port: number): Promise<ChildProcess> {
	const base = `http://127.0.0.1:${port}`;
	const server = spawn(
		process.execPath,
		[
			'node_modules/.bin/vite',
			'preview',
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
			'--strictPort'
		],
		{ stdio: 'ignore' }
	);
	for (let i = 0; i < 200 && !(await reachable(base)); i++)
		await new Promise((r) => setTimeout(r, 100));
	return server;
}
