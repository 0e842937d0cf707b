// Connections: opened with TCP's handshake (and TLS's, for https/wss), closed with four segments,
// each as a chain of flights on the wire.
import { TCP_CLOSE, TCP_OPEN, TLS_HANDSHAKES, type Flight } from './handshakes.ts';
import type { TlsVersion, Scenario } from './scenario.ts';
import type { Sim } from './sim.ts';
import type { WireDirection, Link, Wire } from './wire.ts';

export type ConnectionState = 'opening' | 'open' | 'closing' | 'closed';

/** A connection's life, for drawing it as a bar. */
export interface ConnectionSpan {
	id: number;
	/** What it was opened for: 'poll', 'long-poll', 'send', 'stream', 'events', 'websocket'. */
	purpose: string;
	tls: TlsVersion | null;
	/** TLS resumed from an earlier connection's session: no certificate; one round trip in 1.2. */
	resumed: boolean;
	openedAt: number;
	/** When the client could send its first request; null if closed before that. */
	readyAt: number | null;
	closedBy: 'client' | 'server' | null;
	closingAt: number | null;
	/** When the last segment of the close arrived; null while open. */
	closedAt: number | null;
}

export class Connection implements Link, ConnectionSpan {
	state: ConnectionState = 'opening';
	readyAt: number | null = null;
	closedBy: 'client' | 'server' | null = null;
	closingAt: number | null = null;
	closedAt: number | null = null;
	/** A close asked for while still opening: done once the handshake completes. */
	closeWhenReady: 'client' | 'server' | null = null;

	constructor(
		readonly id: number,
		readonly purpose: string,
		readonly tls: TlsVersion | null,
		readonly resumed: boolean,
		readonly openedAt: number,
		readonly recordOverhead: number
	) {}

	span(): ConnectionSpan {
		const { id, purpose, tls, resumed, openedAt, readyAt, closedBy, closingAt, closedAt } = this;
		return { id, purpose, tls, resumed, openedAt, readyAt, closedBy, closingAt, closedAt };
	}
}

export class Network {
	readonly connections: Connection[] = [];
	/** After a first full TLS handshake, later connections resume its session (as browsers do). */
	private session = false;

	constructor(
		private readonly sim: Sim,
		private readonly wire: Wire,
		private readonly scenario: Scenario
	) {}

	/** Opens a connection; `onReady` runs when the client may send its first request on it. */
	open(purpose: string, onReady: (c: Connection) => void): Connection {
		const version = this.scenario.tls ? this.scenario.tlsVersion : null;
		const spec = version ? TLS_HANDSHAKES[version] : undefined;
		const resumed = version !== null && this.session;
		const c = new Connection(
			this.connections.length + 1,
			purpose,
			version,
			resumed,
			this.sim.now,
			spec?.recordOverhead ?? 0
		);
		this.connections.push(c);
		const handshake = spec ? (resumed ? spec.resumed : spec.full) : [];
		this.exchange(c, [...TCP_OPEN, ...handshake], 'up', true, () => {
			c.readyAt = this.sim.now;
			c.state = 'open';
			if (version) this.session = true;
			if (c.closeWhenReady) this.close(c, c.closeWhenReady);
			else onReady(c);
		});
		return c;
	}

	/** The four-segment close, started by `by`; a second close of the same connection is ignored. */
	close(c: Connection, by: 'client' | 'server'): void {
		if (c.state === 'opening') {
			c.closeWhenReady ??= by;
			return;
		}
		if (c.state !== 'open') return;
		c.state = 'closing';
		c.closedBy = by;
		c.closingAt = this.sim.now;
		this.exchange(c, TCP_CLOSE, by === 'client' ? 'up' : 'down', false, () => {
			c.state = 'closed';
			c.closedAt = this.sim.now;
		});
	}

	/** Sends `flights` in turn. `done` runs when the opener has sent its last flight (if
	 * `readyOnSend` and the last flight is the opener's), otherwise when the last flight arrives. */
	private exchange(
		c: Connection,
		flights: readonly Flight[],
		from: WireDirection,
		readyOnSend: boolean,
		done: () => void
	): void {
		const step = (i: number): void => {
			const f = flights[i]!;
			const next = flights[i + 1];
			const item = { kind: f.kind, label: f.label, note: f.note, bytes: { [f.kind]: f.bytes } };
			const direction = f.byOpener === (from === 'up') ? 'up' : 'down';
			if (!next) {
				if (readyOnSend && f.byOpener) {
					this.wire.send(c, direction, item);
					done();
				} else this.wire.send(c, direction, item, done);
			} else if (next.byOpener === f.byOpener) {
				this.wire.send(c, direction, item);
				step(i + 1);
			} else this.wire.send(c, direction, item, () => step(i + 1));
		};
		step(0);
	}
}
