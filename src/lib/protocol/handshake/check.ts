// checkHandshake: a request and/or a response read, every rule applied, and the verdict of strict
// peers: the status a strict server answers to the request, and whether a strict client accepts the
// response. No close code: until the handshake succeeds there is no WebSocket connection to close.
import { computeAccept } from './accept.ts';
import { parseHttpMessage, toBytes } from './http.ts';
import { headersNamed, MAX_LIST_ELEMENTS } from './lists.ts';
import { diagnoseAcceptMismatch } from './mistakes.ts';
import { withPeerNotes } from './peer-notes.ts';
import { report } from './report.ts';
import { REQUEST_ERROR_STATUS, REQUEST_RULES } from './request-rules.ts';
import {
	RESPONSE_RULES,
	statusRule,
	type AcceptCheck,
	type ResponseContext
} from './response-rules.ts';
import { contextFor, runRules, type CheckRun } from './rules.ts';
import type {
	HandshakeDiagnostic,
	HandshakeSide,
	HttpInput,
	HttpMessage,
	RestBytes
} from './types.ts';

export interface HandshakeVerdict {
	/** No error on either side. */
	ok: boolean;
	/** What a strict server answers to the request (101, 400, 405, 426 ...); null without one. */
	status: number | null;
	/** Whether a strict client accepts the response; null without one. */
	clientAccepts: boolean | null;
	/** The errors that decide `status` and `clientAccepts`. */
	serverError?: HandshakeDiagnostic;
	clientError?: HandshakeDiagnostic;
}

export interface HandshakeResult {
	request?: HttpMessage;
	response?: HttpMessage;
	/** The accept computation for the request's key, compared with the response's value. */
	accept?: AcceptCheck;
	/** Bytes after the last empty line: frames after a 101. */
	rest?: RestBytes;
	/** Request diagnostics first, then the response's, each in input order. */
	diagnostics: HandshakeDiagnostic[];
	/** Every check that ran, side by side, in the order it ran: which rule found what. */
	checks: CheckRun[];
	verdict: HandshakeVerdict;
}

/** How the handshake is read. */
export interface HandshakeOptions {
	/** The most elements of one list header read (default MAX_LIST_ELEMENTS, 1024). */
	maxListElements?: number;
}

export interface ParsedHandshake {
	request?: HttpMessage;
	response?: HttpMessage;
	rest?: RestBytes;
}

/** One input holding a request, a response, or both (request first), maybe frames after. */
export function parseHandshake(input: HttpInput): ParsedHandshake {
	const bytes = toBytes(input);
	const first = parseHttpMessage(bytes);
	if (!first) return {};
	const end = first.offset + first.length;
	const second =
		first.kind === 'request' && first.complete ? parseHttpMessage(bytes, end) : undefined;
	const response = second?.kind === 'response' ? second : undefined;
	const last = response ?? first;
	const result: ParsedHandshake =
		first.kind === 'request' ? { request: first } : { response: first };
	if (response) result.response = response;
	const restAt = last.offset + last.length;
	if (last.complete && restAt < bytes.length) {
		result.rest = { offset: restAt, bytes: bytes.subarray(restAt), after: last.kind };
	}
	return result;
}

/** Checks one input: a request, a response, or both (request first). */
export function checkHandshakeInput(
	input: HttpInput,
	options: HandshakeOptions = {}
): HandshakeResult {
	const parsed = parseHandshake(input);
	const notHttp: HandshakeDiagnostic[] = [];
	if (!parsed.request && !parsed.response) {
		// Text that is neither could stand in either place: a strict server answers it 400 (RFC 9112
		// §2.2, RFC 6455 §4.2.1) and a strict client fails the connection on it (RFC 6455 §4.1).
		const bytes = toBytes(input);
		notHttp.push(notHttpAt(bytes, 'request', 'request_line'));
		notHttp.push(notHttpAt(bytes, 'response', 'status_line'));
	}
	return checkMessages(parsed, notHttp, options);
}

/** Checks a request text and a response text given apart (offsets count within each text). */
export function checkHandshake(
	request?: HttpInput,
	response?: HttpInput,
	options: HandshakeOptions = {}
): HandshakeResult {
	const parsed: ParsedHandshake = {};
	const problems: HandshakeDiagnostic[] = [];
	for (const [side, input] of [
		['request', request],
		['response', response]
	] as const) {
		if (input === undefined) continue;
		const p = parseHandshake(input);
		const msg = p[side];
		if (!msg) {
			const line = side === 'request' ? 'request_line' : 'status_line';
			problems.push(notHttpAt(toBytes(input), side, line));
			continue;
		}
		parsed[side] = msg;
		// Only what follows the request's own head counts as data sent before the response.
		const restAt = msg.offset + msg.length;
		const bytes = toBytes(input);
		if (msg.complete && restAt < bytes.length) {
			parsed.rest = { offset: restAt, bytes: bytes.subarray(restAt), after: side };
		}
	}
	return checkMessages(parsed, problems, options);
}

/** `line`: the start line the text should begin with (a PARAM_WORDS id). */
function notHttpAt(
	bytes: Uint8Array,
	side: HandshakeSide,
	line: 'request_line' | 'status_line'
): HandshakeDiagnostic {
	const lf = bytes.indexOf(10);
	return report(
		side,
		'handshake_not_http',
		{ offset: 0, length: lf < 0 ? bytes.length : lf },
		{ start_line: line }
	);
}

function checkMessages(
	parsed: ParsedHandshake,
	early: HandshakeDiagnostic[],
	options: HandshakeOptions
): HandshakeResult {
	const { request, response, rest } = parsed;
	const limit = options.maxListElements ?? MAX_LIST_ELEMENTS;
	const server: HandshakeDiagnostic[] = early.filter((d) => d.side === 'request');
	const client: HandshakeDiagnostic[] = early.filter((d) => d.side === 'response');
	const checks: CheckRun[] = [];
	if (request) checks.push(...checkRequest(request, rest, server, limit));
	const accept = request && acceptCheck(request, response);
	// Input given as a request but unreadable still gets the server's answer to garbage: 400.
	const status = request || server.length > 0 ? statusOf(server) : null;
	if (response) {
		checks.push(syntaxRun(response));
		for (const d of response.diagnostics) client.push(d);
		const ctx: ResponseContext = { ...contextFor(response, client, limit), request, accept };
		checks.push(...runRules(response.status === 101 ? RESPONSE_RULES : [statusRule], ctx, client));
		if (!request) client.push(report('response', 'handshake_accept_unchecked', response.startLine));
		if (status !== null && status !== 101 && response.status === 101) {
			client.push(report('response', 'handshake_server_lenient', response.startLine, { status }));
		}
	}
	const result: HandshakeResult = {
		diagnostics: withPeerNotes([...inOrder(server), ...inOrder(client)]),
		checks,
		// A response given but unreadable is failed too (RFC 6455 §4.1: not a valid HTTP 101).
		verdict: verdictOf(server, client, status, response !== undefined || client.length > 0)
	};
	if (request) result.request = request;
	if (response) result.response = response;
	if (accept) result.accept = accept;
	if (rest) result.rest = rest;
	return result;
}

/** The server's reading of the request (RFC 6455 §4.2.1), each rule's finds appended to `server`. */
function checkRequest(
	request: HttpMessage,
	rest: RestBytes | undefined,
	server: HandshakeDiagnostic[],
	listLimit: number
): CheckRun[] {
	for (const d of request.diagnostics) server.push(d);
	const runs = [
		syntaxRun(request),
		...runRules(REQUEST_RULES, contextFor(request, server, listLimit), server)
	];
	if (rest?.after === 'request') {
		const at = { offset: rest.offset, length: rest.bytes.length };
		const early = report('request', 'handshake_data_before_response', at, {
			length: rest.bytes.length
		});
		server.push(early);
		// RFC 6455 §4.1: the client sends no data before the server's response.
		runs.push({ ...EARLY_DATA, found: [early] });
	}
	return runs;
}

const EARLY_DATA = {
	side: 'request',
	rule: 'no_early_data',
	rfc: 'RFC 6455 §4.1',
	headers: [],
	startLine: false
} as const satisfies Omit<CheckRun, 'found'>;

/** The HTTP syntax problems the parser found (RFC 9112), as a check of their own. */
function syntaxRun(msg: HttpMessage): CheckRun {
	return {
		side: msg.kind,
		rule: 'http_syntax',
		rfc: 'RFC 9112',
		headers: [],
		startLine: true,
		found: [...msg.diagnostics]
	};
}

/** The status of the first error a strict server meets (RFC 6455 §4.2.1: "such as 400"). */
function statusOf(server: readonly HandshakeDiagnostic[]): number {
	const first = server.find((d) => d.severity === 'error');
	if (!first) return 101;
	return REQUEST_ERROR_STATUS[first.code as keyof typeof REQUEST_ERROR_STATUS] ?? 400;
}

function acceptCheck(
	request: HttpMessage,
	response: HttpMessage | undefined
): AcceptCheck | undefined {
	const key = headersNamed(request, 'sec-websocket-key')[0]?.value;
	if (key === undefined) return undefined;
	const received = response
		? (headersNamed(response, 'sec-websocket-accept')[0]?.value ?? null)
		: null;
	const steps = computeAccept(key);
	const matches = received === null ? null : received === steps.base64;
	const mistakes =
		matches === false && received !== null ? diagnoseAcceptMismatch(key, received) : [];
	return { ...steps, received, matches, mistakes };
}

function inOrder(list: readonly HandshakeDiagnostic[]): HandshakeDiagnostic[] {
	return [...list].sort((a, b) => a.bitOffset - b.bitOffset);
}

function verdictOf(
	server: readonly HandshakeDiagnostic[],
	client: readonly HandshakeDiagnostic[],
	status: number | null,
	hasResponse: boolean
): HandshakeVerdict {
	const serverError = server.find((d) => d.severity === 'error');
	const clientError = client.find((d) => d.severity === 'error');
	const verdict: HandshakeVerdict = {
		ok: !serverError && !clientError,
		status,
		clientAccepts: hasResponse ? !clientError : null
	};
	if (serverError) verdict.serverError = serverError;
	if (clientError) verdict.clientError = clientError;
	return verdict;
}
