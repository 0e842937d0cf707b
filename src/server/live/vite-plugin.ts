// The live lab on Vite's own servers: `npm run dev` and `vite preview` (which the e2e tests run) answer
// /live/... through the same handlers as `wsviz serve`. Middleware first, so /live/api/... never reaches
// SvelteKit; upgrades that are not /live/echo (Vite's HMR socket) are left alone.
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { createLiveServer, type LiveServer } from './index.ts';

export function liveLab(): Plugin {
	let live: LiveServer | undefined;
	function mount(server: ViteDevServer | PreviewServer): void {
		const httpServer = server.httpServer;
		if (!httpServer) return; // middleware mode: the host server serves the lab (wsviz serve)
		live ??= createLiveServer();
		const lab = live;
		server.middlewares.use((req, res, next) => lab.handleRequest(req, res, next));
		httpServer.on('upgrade', (req, socket, head) => lab.handleUpgrade(req, socket, head));
		httpServer.on('close', () => void lab.close());
	}
	return { name: 'wsviz-live', configureServer: mount, configurePreviewServer: mount };
}
