// HTTP streaming (Comet: one response that never ends, multipart/x-mixed-replace or bare chunks)
// and server-sent events (WHATWG HTML §9.2, text/event-stream). One request opens the stream; every
// event is a chunk of it. When the server ends the response, the client asks again: at once for
// streaming, after the `retry:` time for EventSource, sending the last id it saw (Last-Event-ID).
import type { SimMessage } from './arrivals.ts';
import {
	chunk,
	joinBodies,
	jsonLine,
	LAST_CHUNK,
	MULTIPART_END,
	multipartPart,
	sseEvent,
	sseRetry,
	BOUNDARY,
	type Body
} from './bodies.ts';
import {
	bodyItem,
	httpCall,
	postMessage,
	requestItem,
	responseItem,
	type Exchange
} from './http.ts';
import type { HeaderLine } from './http-text.ts';
import type { ModelFactory, Run, TransportModel } from './run.ts';
import type { ItemSpec, WireKind } from './wire.ts';

interface StreamStyle {
	purpose: string;
	request(run: Run): ItemSpec;
	contentType(run: Run): string;
	cacheControl: string;
	/** Sent right after the header block, before any event. */
	opening?(run: Run): Body;
	event(run: Run, e: SimMessage): Body;
	eventKind: WireKind;
	/** What ends the body before the last chunk. */
	closing?(run: Run): Body;
	reconnectDelay(run: Run): number;
}

const STREAM: StreamStyle = {
	purpose: 'stream',
	request: (run) => requestItem(run, { method: 'GET', path: '/stream', accept: '*/*' }),
	contentType: (run) =>
		run.scenario.streamFormat === 'multipart'
			? `multipart/x-mixed-replace; boundary=${BOUNDARY}`
			: 'application/x-ndjson',
	cacheControl: 'no-store',
	event: (run, e) => (run.scenario.streamFormat === 'multipart' ? multipartPart(e) : jsonLine(e)),
	eventKind: 'http-chunk',
	closing: (run) => (run.scenario.streamFormat === 'multipart' ? MULTIPART_END : EMPTY),
	reconnectDelay: () => 0
};

const SSE: StreamStyle = {
	purpose: 'events',
	request: (run) => {
		// EventSource's request: Accept text/event-stream, no caching, and the last id on reconnection
		// (WHATWG HTML §9.2.2, §9.2.3).
		const extra: HeaderLine[] = [
			['Cache-Control', 'no-cache'],
			['Pragma', 'no-cache']
		];
		if (run.lastEventId > 0) extra.push(['Last-Event-ID', String(run.lastEventId)]);
		return requestItem(run, { method: 'GET', path: '/events', accept: 'text/event-stream', extra });
	},
	contentType: () => 'text/event-stream',
	cacheControl: 'no-cache',
	opening: (run) => sseRetry(run.scenario.sseRetryMs),
	event: (_run, e) => sseEvent(e),
	eventKind: 'sse-event',
	reconnectDelay: (run) => run.scenario.sseRetryMs
};

const EMPTY: Body = { text: '', framing: 0, payload: 0 };

class StreamModel implements TransportModel {
	/** The response events go into, while the server has one open. */
	private live: Exchange | undefined;

	constructor(
		private readonly run: Run,
		private readonly style: StreamStyle
	) {}

	start(): void {
		httpCall(this.run, {
			purpose: this.style.purpose,
			request: () => this.style.request(this.run),
			serve: (x) => this.serve(x),
			done: () =>
				this.run.sim.at(this.run.sim.now + this.style.reconnectDelay(this.run), () => this.start())
		});
	}

	/** The header block at once, then what comes before events, then every event as it happens. */
	private serve(x: Exchange): void {
		const { run, style } = this;
		// X-Accel-Buffering: no asks nginx to pass each chunk on at once instead of buffering it.
		const fields: HeaderLine[] = [
			['Content-Type', style.contentType(run)],
			['X-Accel-Buffering', 'no']
		];
		const head = {
			status: '200 OK',
			chunked: true,
			cacheControl: style.cacheControl,
			fields
		} as const;
		x.send(responseItem(run, head, '200 OK (stream opens)'), false);
		if (style.opening) x.send(bodyItem('http-chunk', 'retry', chunk(style.opening(run))), false);
		this.live = x;
		this.serverEvent();
		const lifetime = run.scenario.streamLifetimeMs;
		if (lifetime > 0) run.sim.at(run.sim.now + lifetime, () => this.end(x));
	}

	serverEvent(): void {
		if (!this.live) return;
		for (const e of this.run.take()) {
			const label = this.style.eventKind === 'sse-event' ? `event ${e.id}` : `chunk: event ${e.id}`;
			const body = chunk(this.style.event(this.run, e));
			this.live.send(bodyItem(this.style.eventKind, label, body, [e]), false);
		}
	}

	/** The server ends the response: the closing delimiter if any, then the last chunk. */
	private end(x: Exchange): void {
		if (this.live !== x) return;
		this.live = undefined;
		const closing = this.style.closing?.(this.run) ?? EMPTY;
		const body = closing.text ? joinBodies(chunk(closing), LAST_CHUNK) : LAST_CHUNK;
		x.send(bodyItem('http-chunk', 'last chunk (stream ends)', body), true);
	}

	clientMessage(m: SimMessage): void {
		postMessage(this.run, m);
	}

	stop(): void {
		this.run.pool.closeAll();
	}
}

export const httpStreaming: ModelFactory = (run) => new StreamModel(run, STREAM);
export const serverSentEvents: ModelFactory = (run) => new StreamModel(run, SSE);
