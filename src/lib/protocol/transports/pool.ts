// The browser's HTTP/1.1 connection pool for one host. One request at a time per connection (no
// pipelining, as browsers ship), a kept-alive connection reused when idle, a new one opened when
// all are busy, up to the per-host limit; past it, requests wait for a connection to come free.
import type { Run } from './run.ts';
import type { Task } from './sim.ts';
import type { Connection } from './tcp.ts';

interface Slot {
	conn: Connection;
	/** A request is on it and its response has not fully arrived. */
	busy: boolean;
	/** When the server will close it for idleness (nginx keepalive_timeout); Infinity while busy. */
	idleUntil: number;
	idleTimer?: Task;
}

interface Waiter {
	purpose: string;
	use: (c: Connection) => void;
}

export class Pool {
	private slots: Slot[] = [];
	private waiting: Waiter[] = [];

	constructor(private readonly run: Run) {}

	/** Calls `use` once a connection is ready for one request. */
	acquire(purpose: string, use: (c: Connection) => void): void {
		if (this.run.stopped) return;
		this.waiting.push({ purpose, use });
		this.pump();
	}

	/** Server side: a request arrived, so the connection is no longer idle. */
	requestArrived(c: Connection): void {
		const slot = this.slotOf(c);
		if (!slot) return;
		this.run.sim.cancel(slot.idleTimer);
		slot.idleUntil = Infinity;
	}

	/** Server side: the last byte of a response left. It keeps the connection or closes it. */
	responded(c: Connection): void {
		const slot = this.slotOf(c);
		if (!slot) return;
		const { sim, scenario } = this.run;
		if (!scenario.keepAlive) return this.serverCloses(slot);
		slot.idleUntil = sim.now + scenario.keepAliveTimeoutMs;
		slot.idleTimer = sim.at(slot.idleUntil, () => this.serverCloses(slot));
	}

	/** Client side: the whole response arrived; the connection may take the next request. */
	release(c: Connection): void {
		const slot = this.slotOf(c);
		if (slot) slot.busy = false;
		this.pump();
	}

	/** The page goes away: the client closes every connection (FIN first from the client). */
	closeAll(): void {
		for (const slot of this.slots) {
			this.run.sim.cancel(slot.idleTimer);
			this.run.net.close(slot.conn, 'client');
		}
		this.slots = [];
		this.waiting = [];
	}

	private pump(): void {
		while (this.waiting.length > 0 && !this.run.stopped) {
			const idle = this.slots.find((s) => this.reusable(s));
			if (!idle && this.slots.length >= this.run.scenario.maxConnectionsPerHost) return;
			const { purpose, use } = this.waiting.shift()!;
			if (idle) {
				idle.busy = true;
				use(idle.conn);
			} else {
				// The handshake takes time, so `use` runs later, after the slot is in the pool.
				const conn = this.run.net.open(purpose, use);
				this.slots.push({ conn, busy: true, idleUntil: Infinity });
			}
		}
	}

	/** Idle, and a request sent now reaches the server before its idle timeout closes it. (A real
	 * browser can lose that race and retry; the model avoids it rather than simulate the retry.) */
	private reusable(s: Slot): boolean {
		const arrives = this.run.sim.now + this.run.scenario.latencyMs;
		return !s.busy && s.conn.state === 'open' && arrives < s.idleUntil;
	}

	private serverCloses(slot: Slot): void {
		this.slots = this.slots.filter((s) => s !== slot);
		this.run.net.close(slot.conn, 'server');
		this.pump();
	}

	private slotOf(c: Connection): Slot | undefined {
		return this.slots.find((s) => s.conn === c);
	}
}
