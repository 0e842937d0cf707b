// Who may read the tap. A request from another origin is refused (a page elsewhere must not read what
// students send); a request with no Origin (curl, a test on the loopback) is fine. In classroom mode
// the whole tap needs the teacher's token; without it a page sees only the connections it labelled
// itself with a random label of its own (what its own WebSocket and requests sent).
import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

export interface AccessOptions {
	/** Classroom mode: the teacher's token; absent on a local server, where the tap is open. */
	token?: string;
	/** Classroom mode: the addresses students open (http://<this machine>:<port>/live), for the page's QR code. */
	join?: string[];
}

export type Access = 'all' | 'own' | 'refused';

export function sameOrigin(req: IncomingMessage): boolean {
	const origin = req.headers.origin;
	if (origin === undefined) return true;
	const host = req.headers.host;
	return origin === `http://${host}` || origin === `https://${host}`;
}

export function accessOf(req: IncomingMessage, url: URL, options: AccessOptions): Access {
	if (!sameOrigin(req)) return 'refused';
	if (options.token === undefined) return 'all';
	const given = Buffer.from(
		String(req.headers['x-wsviz-token'] ?? url.searchParams.get('token') ?? '')
	);
	const token = Buffer.from(options.token);
	return given.length === token.length && timingSafeEqual(given, token) ? 'all' : 'own';
}
