// HTTP polling and long polling (HPBN ch. 15, "Polling with XHR", "Long-Polling with XHR").
import { httpCall, pollResponse, postMessage, requestItem, type Exchange } from './http.ts';
import type { ModelFactory, Run } from './run.ts';
import type { Task } from './sim.ts';

function pollRequest(run: Run, path: string) {
	return requestItem(run, { method: 'GET', path, accept: '*/*' });
}

/** A GET every interval, like setInterval(poll, interval): the timer does not wait for answers, so
 * a slow answer makes the next poll open another connection. The server answers at once, with every
 * event since the last answer or with 204. An event waits for the next poll: on average half an
 * interval when events fall uniformly in time, then one latency more for the answer to arrive. */
export const shortPolling: ModelFactory = (run) => {
	const poll = (): void => {
		if (run.stopped) return;
		run.sim.at(run.sim.now + run.scenario.pollIntervalMs, poll);
		httpCall(run, {
			purpose: 'poll',
			request: () => pollRequest(run, `/poll?after=${run.lastEventId}`),
			serve: (x) => x.send(pollResponse(run, run.take()), true)
		});
	};
	return {
		start: poll,
		serverEvent: () => {},
		clientMessage: (m) => postMessage(run, m),
		stop: () => run.pool.closeAll()
	};
};

/** The server holds each GET until it has news (or the hold time runs out: 204), and the client
 * asks again as soon as an answer arrives. So one request per answer that carries events, plus one
 * per timeout, plus the one still held when the page goes away. */
export const longPolling: ModelFactory = (run) => {
	const { longPollHoldMs } = run.scenario;
	let held: { x: Exchange; timer: Task } | undefined;
	const answer = (): void => {
		if (!held) return;
		const { x, timer } = held;
		held = undefined;
		run.sim.cancel(timer);
		x.send(pollResponse(run, run.take()), true);
	};
	const ask = (): void => {
		httpCall(run, {
			purpose: 'long-poll',
			request: () => pollRequest(run, `/poll?after=${run.lastEventId}&wait=${longPollHoldMs}`),
			serve: (x) => {
				held = { x, timer: run.sim.at(run.sim.now + longPollHoldMs, answer) };
				// Events that came while no request was waiting go out at once.
				if (run.hasPending) answer();
			},
			done: ask
		});
	};
	return {
		start: ask,
		serverEvent: answer,
		clientMessage: (m) => postMessage(run, m),
		stop: () => run.pool.closeAll()
	};
};
