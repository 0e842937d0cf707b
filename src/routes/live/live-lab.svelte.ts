// The live lab's state: whether the live server is there, the browser's own WebSocket to /live/echo,
// and what the tap saw of it (fetched while it is open, read by the engine in reading.ts). The engine
// comes with the first Connect: a visitor who only looks never downloads it.
import type { LiveReading, TapConnection } from './reading.ts';
import { liveStatus, type LiveStatus } from './teacher/class-view.svelte.ts';

export type ServerState = 'probing' | 'offline' | 'ready';
export type SocketState = 'closed' | 'connecting' | 'open' | 'closing';

const POLL_MS = 250;

function randomLabel(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const keyOf = (c: TapConnection): string =>
	`${c.client.chunks.length}/${c.server.chunks.length}/${c.endedAt}`;

export class LiveLab {
	server = $state<ServerState>('probing');
	status = $state.raw<LiveStatus | null>(null);
	socket = $state<SocketState>('closed');
	offerChat = $state(true);
	/** The browser's last close event: the code and reason the server's close frame carried. */
	closeEvent = $state<{ code: number; reason: string; wasClean: boolean } | null>(null);
	connection = $state.raw<TapConnection | null>(null);
	/** The engine's reader (reading.ts), loaded by the first connect(). */
	private reader = $state.raw<((c: TapConnection) => LiveReading) | null>(null);
	reading = $derived(this.connection && this.reader ? this.reader(this.connection) : null);
	private ws: WebSocket | null = null;
	private label = '';
	private timer: ReturnType<typeof setInterval> | undefined;

	async probe(): Promise<void> {
		this.status = await liveStatus();
		this.server = this.status ? 'ready' : 'offline';
	}

	connect(): void {
		if (this.ws) return;
		void import('./reading.ts').then((module) => (this.reader = module.readConnection));
		this.label = randomLabel();
		this.connection = null;
		this.closeEvent = null;
		const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
		const url = `${scheme}//${location.host}/live/echo?tap=${this.label}`;
		const ws = new WebSocket(url, this.offerChat ? ['chat'] : []);
		ws.binaryType = 'arraybuffer';
		this.ws = ws;
		this.socket = 'connecting';
		ws.onopen = () => (this.socket = 'open');
		ws.onclose = (e) => {
			this.closeEvent = { code: e.code, reason: e.reason, wasClean: e.wasClean };
			this.socket = 'closed';
			this.ws = null;
			// One last look, so the close handshake is on screen.
			setTimeout(() => void this.refresh().then(() => this.stopPolling()), POLL_MS);
		};
		this.stopPolling();
		this.timer = setInterval(() => void this.refresh(), POLL_MS);
	}

	sendText(text: string): void {
		this.ws?.send(text);
	}

	/** `size` bytes counting up from 00 (mod 256), easy to recognise in the hex. */
	sendBinary(size: number): void {
		this.ws?.send(Uint8Array.from({ length: size }, (_, i) => i & 0xff));
	}

	/** Browsers cannot send pings: the server pings this connection, and the browser answers. */
	async ping(): Promise<void> {
		if (!this.connection) return;
		await fetch(`/live/api/ping?id=${encodeURIComponent(this.connection.id)}&data=ping`, {
			method: 'POST'
		}).catch(() => undefined);
	}

	/** False when the browser refuses the code (only 1000 and 3000-4999) or a reason over 123 bytes. */
	close(code: number, reason: string): boolean {
		if (!this.ws) return true;
		try {
			this.ws.close(code, reason);
		} catch {
			return false;
		}
		this.socket = 'closing';
		return true;
	}

	async refresh(): Promise<void> {
		if (!this.label) return;
		try {
			const res = await fetch(`/live/api/connections?label=${this.label}`, { cache: 'no-store' });
			if (!res.ok) return;
			const list = (await res.json()) as TapConnection[];
			const latest = list.at(-1);
			// A new object only when the tap saw more: the engine reads it again only then.
			if (latest && keyOf(latest) !== (this.connection && keyOf(this.connection)))
				this.connection = latest;
		} catch {
			// the server went away: keep what is on screen
		}
	}

	stopPolling(): void {
		clearInterval(this.timer);
		this.timer = undefined;
	}

	dispose(): void {
		this.stopPolling();
		this.ws?.close(1001);
	}
}
