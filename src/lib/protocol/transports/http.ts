// HTTP/1.1 exchanges over the pool: a request, then a response sent whole or in parts (a stream).
// Also the pieces every HTTP transport shares: poll responses, and the POST that carries a chat
// message upstream (a request of its own: HTTP/1.1 cannot send on a response still coming in).
import type { SimMessage } from './arrivals.ts';
import { jsonArray, type Body } from './bodies.ts';
import { requestHead, responseHead, type RequestSpec, type ResponseSpec } from './http-text.ts';
import type { Run } from './run.ts';
import type { Connection } from './tcp.ts';
import type { ItemSpec, WireKind } from './wire.ts';

/** The server's side of one exchange. */
export interface Exchange {
	readonly conn: Connection;
	/** Sends part of the response; `last` completes it (and frees the connection at the client). */
	send(spec: ItemSpec, last: boolean): void;
}

export interface HttpCall {
	purpose: string;
	request: () => ItemSpec;
	serve: (x: Exchange) => void;
	/** At the client, once the whole response has arrived. */
	done?: () => void;
}

export function httpCall(run: Run, call: HttpCall): void {
	run.pool.acquire(call.purpose, (conn) => {
		if (run.stopped) return;
		run.wire.send(conn, 'up', call.request(), () => {
			if (run.stopped) return;
			run.pool.requestArrived(conn);
			call.serve(exchange(run, conn, call));
		});
	});
}

function exchange(run: Run, conn: Connection, call: HttpCall): Exchange {
	let finished = false;
	return {
		conn,
		send(spec, last) {
			if (run.stopped || finished) return;
			finished = last;
			const arrived = (): void => {
				run.pool.release(conn);
				if (!run.stopped) call.done?.();
			};
			run.wire.send(conn, 'down', spec, last ? arrived : undefined);
			if (last) run.pool.responded(conn);
		}
	};
}

export function requestItem(run: Run, spec: RequestSpec, extra: Partial<ItemSpec> = {}): ItemSpec {
	const head = requestHead(run.scenario, spec);
	const body = spec.body ?? '';
	return {
		kind: 'http-request',
		label: `${spec.method} ${spec.path}`,
		text: head + body,
		bytes: { headers: head.length, payload: body.length },
		...extra
	};
}

/** A response's header block alone (a stream's body follows in chunks). */
export function responseItem(run: Run, spec: ResponseSpec, label: string, body?: Body): ItemSpec {
	const head = responseHead(run.scenario, run.sim.now, spec);
	return {
		kind: 'http-response',
		label,
		text: head + (body?.text ?? ''),
		bytes: { headers: head.length, framing: body?.framing ?? 0, payload: body?.payload ?? 0 }
	};
}

export function bodyItem(
	kind: WireKind,
	label: string,
	body: Body,
	events?: readonly SimMessage[]
): ItemSpec {
	const item: ItemSpec = {
		kind,
		label,
		text: body.text,
		bytes: { framing: body.framing, payload: body.payload }
	};
	if (events && events.length > 0) item.deliversEvents = events.map((e) => e.id);
	return item;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a poll gets: the events as a JSON array, or 204 No Content when there are none. */
export function pollResponse(run: Run, events: readonly SimMessage[]): ItemSpec {
	if (events.length === 0) {
		const spec: ResponseSpec = { status: '204 No Content', fields: [], cacheControl: 'no-store' };
		return { ...responseItem(run, spec, '204 No Content'), empty: true };
	}
	const body = jsonArray(events);
	const spec: ResponseSpec = {
		status: '200 OK',
		fields: [['Content-Type', 'application/json; charset=utf-8']],
		contentLength: body.text.length,
		cacheControl: 'no-store'
	};
	const item = responseItem(run, spec, `200 OK (${plural(events.length, 'event')})`, body);
	return { ...item, deliversEvents: events.map((e) => e.id) };
}

/** A chat message sent upstream: a POST of its own, answered 204 No Content. */
export function postMessage(run: Run, m: SimMessage): void {
	httpCall(run, {
		purpose: 'send',
		request: () =>
			requestItem(
				run,
				{ method: 'POST', path: '/messages', accept: '*/*', body: m.text },
				{ deliversMessages: [m.id] }
			),
		serve: (x) => {
			const spec: ResponseSpec = { status: '204 No Content', fields: [], cacheControl: 'no-store' };
			x.send(responseItem(run, spec, '204 No Content'), true);
		}
	});
}
