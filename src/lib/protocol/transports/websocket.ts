// WebSocket (RFC 6455): one HTTP Upgrade handshake on one connection, then frames both ways on it.
// Frames are made by the real encoder, so their header sizes are exact: 2, 4 or 10 bytes from the
// server (unmasked), 4 more from the client for its masking key (RFC 6455 §5.2, §5.3).
import { bytesToHex } from '../bytes.ts';
import { encodeFrame, type FrameSpec } from '../frame/frame-bytes.ts';
import type { SimMessage } from './arrivals.ts';
import { switchingHead, upgradeHead } from './http-text.ts';
import { randomBytes } from './random.ts';
import type { ModelFactory, Run, TransportModel } from './run.ts';
import type { Connection } from './tcp.ts';
import { WIRE_TEXT_LIMIT, type ItemSpec } from './wire.ts';

/** Bytes of a frame kept as hex: one more than fits, so the wire marks a longer frame as cut. */
const HEX_BYTES = WIRE_TEXT_LIMIT / 2 + 1;

function frameItem(spec: FrameSpec, label: string, control: boolean): ItemSpec {
	const bytes = encodeFrame(spec);
	const payload = control ? 0 : (spec.text ?? '').length;
	const item: ItemSpec = {
		kind: 'ws-frame',
		label,
		hex: bytesToHex(bytes.subarray(0, HEX_BYTES)),
		// A close frame's code is protocol, not application data: all of it counts as framing.
		bytes: { framing: bytes.length - payload, payload }
	};
	if (spec.text !== undefined) item.text = spec.text;
	return item;
}

function serverFrame(e: SimMessage): ItemSpec {
	const item = frameItem({ opcode: 'text', text: e.text }, `text frame: event ${e.id}`, false);
	return { ...item, deliversEvents: [e.id] };
}

function clientFrame(run: Run, m: SimMessage): ItemSpec {
	const mask = randomBytes(run.maskRandom, 4);
	const item = frameItem(
		{ opcode: 'text', text: m.text, mask },
		`masked text frame: message ${m.id}`,
		false
	);
	return { ...item, deliversMessages: [m.id] };
}

/** Close with 1000, normal closure (RFC 6455 §7.4.1); the server echoes the code (§5.5.1). */
function closeFrame(mask: Uint8Array | null): ItemSpec {
	const label = mask ? 'masked close frame (1000)' : 'close frame (1000)';
	return frameItem({ opcode: 'close', closeCode: 1000, mask }, label, true);
}

function headItem(kind: 'http-request' | 'http-response', label: string, text: string): ItemSpec {
	return { kind, label, text, bytes: { headers: text.length } };
}

class WebSocketModel implements TransportModel {
	private conn: Connection | undefined;
	private serverOpen = false;
	private clientOpen = false;
	private readonly outbox: SimMessage[] = [];

	constructor(private readonly run: Run) {}

	start(): void {
		this.conn = this.run.net.open('websocket', (c) => this.upgrade(c));
	}

	/** The opening handshake. The server may send frames right after its 101 (RFC 6455 §4.2.2); the
	 * client once the 101 has arrived and been checked (§4.1). */
	private upgrade(c: Connection): void {
		const { run } = this;
		const request = headItem(
			'http-request',
			'GET /chat (Upgrade: websocket)',
			upgradeHead(run.scenario)
		);
		run.wire.send(c, 'up', request, () => {
			if (run.stopped) return;
			const text = switchingHead(run.scenario, run.sim.now);
			this.serverOpen = true;
			run.wire.send(c, 'down', headItem('http-response', '101 Switching Protocols', text), () => {
				this.clientOpen = true;
				this.flushOutbox();
			});
			this.serverEvent();
		});
	}

	serverEvent(): void {
		if (!this.conn || !this.serverOpen || this.run.stopped) return;
		for (const e of this.run.take()) this.run.wire.send(this.conn, 'down', serverFrame(e));
	}

	clientMessage(m: SimMessage): void {
		this.outbox.push(m);
		this.flushOutbox();
	}

	private flushOutbox(): void {
		if (!this.conn || !this.clientOpen || this.run.stopped) return;
		for (const m of this.outbox.splice(0)) {
			this.run.wire.send(this.conn, 'up', clientFrame(this.run, m));
		}
	}

	stop(): void {
		const { run, conn } = this;
		if (!conn) return;
		// Never opened: TCP alone closes it (once its handshake is over, if it is still running).
		if (!this.clientOpen) return run.net.close(conn, 'client');
		run.wire.send(conn, 'up', closeFrame(randomBytes(run.maskRandom, 4)), () => {
			run.wire.send(conn, 'down', closeFrame(null));
			// After the closing handshake the server closes TCP first (RFC 6455 §7.1.1), so that the
			// server, not the client, holds the TIME_WAIT state.
			run.net.close(conn, 'server');
		});
	}
}

export const websocket: ModelFactory = (run) => new WebSocketModel(run);
