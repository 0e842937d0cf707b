// One run of one transport: the clock, the wire, the connections, the server's queue of events not
// yet sent, and the bookkeeping of what reached whom. Transport models plug in through four hooks.
import { clientMessages, serverEvents, type SimMessage } from './arrivals.ts';
import { Pool } from './pool.ts';
import { randomStream, type Random } from './random.ts';
import type { Scenario } from './scenario.ts';
import { Sim } from './sim.ts';
import { Network } from './tcp.ts';
import { Wire, type WireItem } from './wire.ts';

export interface TransportModel {
	/** At time 0: open what the transport opens. */
	start(): void;
	/** An event just happened at the server (it waits in the run's queue until taken). */
	serverEvent(): void;
	/** The user sent a chat message. */
	clientMessage(message: SimMessage): void;
	/** Every message has arrived and the duration is over: close everything, politely. */
	stop(): void;
}

export type ModelFactory = (run: Run) => TransportModel;

/** A message that reached the other side: when it happened, when it arrived, and on which item. */
export interface Delivery {
	id: number;
	at: number;
	deliveredAt: number;
	latencyMs: number;
	item: number;
}

export class Run {
	readonly sim = new Sim();
	readonly wire: Wire;
	readonly net: Network;
	readonly pool: Pool;
	readonly events: SimMessage[];
	readonly messages: SimMessage[];
	/** Masking keys for the client's WebSocket frames (RFC 6455 §5.3), from the seed. */
	readonly maskRandom: Random;
	/** Server events delivered to the client, and client messages delivered to the server, by id. */
	readonly eventDeliveries = new Map<number, Delivery>();
	readonly messageDeliveries = new Map<number, Delivery>();
	/** The newest event the client has: polls ask for what came after it; SSE sends it back. */
	lastEventId = 0;
	stopped = false;
	private pending: SimMessage[] = [];
	private model: TransportModel | undefined;

	constructor(readonly scenario: Scenario) {
		this.wire = new Wire(this.sim, scenario.latencyMs, (item) => this.arrived(item));
		this.net = new Network(this.sim, this.wire, scenario);
		this.pool = new Pool(this);
		this.events = serverEvents(scenario);
		this.messages = clientMessages(scenario);
		this.maskRandom = randomStream(scenario.seed, 'mask');
	}

	/** Events that happened at the server and were not sent yet, oldest first; the queue empties. */
	take(): SimMessage[] {
		const out = this.pending;
		this.pending = [];
		return out;
	}

	get hasPending(): boolean {
		return this.pending.length > 0;
	}

	execute(factory: ModelFactory): void {
		const model = factory(this);
		this.model = model;
		this.sim.at(0, () => model.start());
		for (const e of this.events) {
			this.sim.at(e.at, () => {
				this.pending.push(e);
				if (!this.stopped) model.serverEvent();
			});
		}
		for (const m of this.messages) this.sim.at(m.at, () => model.clientMessage(m));
		this.sim.at(this.scenario.durationMs, () => this.maybeStop());
		this.sim.run();
		// Nothing left to happen, yet something never arrived (a model bug): close anyway, so the
		// picture still ends, and let the missing delivery show.
		if (!this.stopped) {
			this.stopped = true;
			model.stop();
			this.sim.run();
		}
	}

	private arrived(item: WireItem): void {
		const now = this.sim.now;
		for (const id of item.deliversEvents ?? []) {
			record(this.eventDeliveries, this.events[id - 1]!, now, item.id);
			this.lastEventId = Math.max(this.lastEventId, id);
		}
		for (const id of item.deliversMessages ?? []) {
			record(this.messageDeliveries, this.messages[id - 1]!, now, item.id);
		}
		this.maybeStop();
	}

	/** The run ends at the first moment after the duration when everything has arrived. */
	private maybeStop(): void {
		if (this.stopped || !this.model || this.sim.now < this.scenario.durationMs) return;
		if (this.eventDeliveries.size < this.events.length) return;
		if (this.messageDeliveries.size < this.messages.length) return;
		this.stopped = true;
		this.model.stop();
	}
}

function record(map: Map<number, Delivery>, m: SimMessage, now: number, item: number): void {
	// A second delivery would be a model bug; the first one counts, and the property tests catch it.
	if (map.has(m.id)) return;
	map.set(m.id, { id: m.id, at: m.at, deliveredAt: now, latencyMs: now - m.at, item });
}
