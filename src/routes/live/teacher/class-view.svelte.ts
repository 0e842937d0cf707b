// The teacher's view of the class: the live server's status (classroom mode, the join addresses), then
// the class feed (GET /live/api/class: every student's messages, read by the engine on the server),
// polled while the page is open and not paused. The teacher token comes from the link the terminal
// printed (#token=…): a fragment never reaches a server log or a Referer.
import type { ClassFeed } from '../../../server/live/classroom.ts';

export type ClassState = 'probing' | 'offline' | 'refused' | 'ready';

export interface LiveStatus {
	ok: boolean;
	classroom: boolean;
	join: string[];
	limits: { connections: number; messageBytes: number; messagesPerSecond: number };
}

const POLL_MS = 1000;

/** The live server's status, or null when there is none (the static site). */
export async function liveStatus(): Promise<LiveStatus | null> {
	try {
		const res = await fetch('/live/api/status', { cache: 'no-store' });
		const body = res.ok ? ((await res.json()) as LiveStatus) : null;
		return body?.ok ? body : null;
	} catch {
		return null;
	}
}

export class ClassView {
	state = $state<ClassState>('probing');
	status = $state.raw<LiveStatus | null>(null);
	feed = $state.raw<ClassFeed | null>(null);
	paused = $state(false);
	private token = '';
	private timer: ReturnType<typeof setInterval> | undefined;

	async start(hash: string): Promise<void> {
		this.token = /(?:^#|&)token=([^&]*)/.exec(hash)?.[1] ?? '';
		this.status = await liveStatus();
		if (!this.status) return void (this.state = 'offline');
		await this.refresh();
		this.timer = setInterval(() => void (this.paused || this.refresh()), POLL_MS);
	}

	async refresh(): Promise<void> {
		try {
			const res = await fetch('/live/api/class', {
				cache: 'no-store',
				headers: this.token ? { 'x-wsviz-token': this.token } : {}
			});
			if (res.status === 403) return void (this.state = 'refused');
			if (!res.ok) return;
			this.feed = (await res.json()) as ClassFeed;
			this.state = 'ready';
		} catch {
			// the server went away: keep what is on screen
		}
	}

	dispose(): void {
		clearInterval(this.timer);
	}
}
