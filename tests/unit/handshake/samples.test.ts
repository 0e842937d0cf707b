// Every case of ../shared/vectors/handshake-sample.json with the RFC's reading: the status a strict
// server answers to each request, and whether a strict client accepts each response. Where ws is
// more lenient than the RFC, the RFC reading wins and a peer note says what ws did.
import { describe, expect, it } from 'vitest';
import { checkHandshake, checkHandshakeInput, type HandshakeResult } from '$lib/protocol/index.ts';
import samples from '../../vectors/handshake-sample.json' with { type: 'json' };

const codes = (r: HandshakeResult, severity?: string): string[] =>
	r.diagnostics.filter((d) => !severity || d.severity === severity).map((d) => d.code);

/** The RFC reading of each request: the status and the error that decides it. */
const REQUESTS: Record<string, { status: number; error?: string; info?: string }> = {
	'valid-minimal': { status: 101 },
	'upgrade-mixed-case': { status: 101 },
	'connection-lowercase': { status: 101 },
	'version-missing': { status: 400, error: 'handshake_version_missing' },
	'key-17-bytes': { status: 400, error: 'handshake_key_invalid' },
	'key-duplicated': { status: 400, error: 'handshake_header_repeated' },
	'missing-host': { status: 400, error: 'handshake_host_missing' },
	'subprotocols-duplicate': { status: 400, error: 'handshake_subprotocol_duplicate' },
	'pmd-plain-offer@plain': { status: 101 },
	'pmd-client-max-window-bits-10@plain': { status: 101 },
	'pmd-client-max-window-bits-16@plain': {
		status: 101,
		info: 'handshake_extension_offer_declined'
	},
	'pmd-client-no-context-takeover@plain': { status: 101 },
	'pmd-server-max-window-bits-7@plain': { status: 101, info: 'handshake_extension_offer_declined' },
	'pmd-unknown-param@plain': { status: 101, info: 'handshake_extension_offer_declined' },
	'pmd-no-context-takeover-with-value@plain': {
		status: 101,
		info: 'handshake_extension_offer_declined'
	},
	'ext-unknown-only@plain': { status: 101, info: 'handshake_extension_unknown' },
	'ext-browser-style@plain': { status: 101 }
};

/** The RFC reading of each response, and the error that makes a strict client fail. */
const RESPONSES: Record<string, { accepts: boolean; error?: string }> = {
	'valid-101': { accepts: true },
	'accept-whitespace': { accepts: true },
	'status-302': { accepts: false, error: 'handshake_status_not_101' },
	'missing-connection': { accepts: false, error: 'handshake_connection_missing_upgrade' },
	'subprotocol-multiple': { accepts: false, error: 'handshake_subprotocol_multiple' },
	'pmd-not-offered': { accepts: false, error: 'handshake_extension_not_offered' },
	'pmd-server-max-window-bits-7': { accepts: false, error: 'handshake_extension_param_invalid' },
	'ext-unknown': { accepts: false, error: 'handshake_extension_not_offered' }
};

describe('the sample requests, read as RFC 6455 §4.2.1 says', () => {
	it('covers every sample', () => {
		expect(Object.keys(REQUESTS).sort()).toEqual(samples.requests.map((r) => r.id).sort());
	});

	for (const sample of samples.requests) {
		const expected = REQUESTS[sample.id]!;
		it(`${sample.id}: a strict server answers ${expected.status} (${sample.rfcExpectation})`, () => {
			const result = checkHandshake(sample.requestText);
			expect(result.verdict.status).toBe(expected.status);
			expect(result.verdict.clientAccepts).toBeNull();
			const errors = codes(result, 'error');
			expect(errors).toEqual(expected.error ? [expected.error] : []);
			if (expected.info) expect(codes(result, 'info')).toContain(expected.info);
			// Where ws answers otherwise than the RFC, a note says so beside the RFC reading.
			const wsDiffers = sample.realServer.status !== expected.status;
			if (wsDiffers) expect(codes(result)).toContain('handshake_peer_note');
		});
	}
});

describe('the sample responses, read as RFC 6455 §4.1 says a client must', () => {
	it('covers every sample', () => {
		expect(Object.keys(RESPONSES).sort()).toEqual(samples.responses.map((r) => r.id).sort());
	});

	for (const sample of samples.responses) {
		const expected = RESPONSES[sample.id]!;
		it(`${sample.id}: a strict client ${expected.accepts ? 'accepts' : 'fails'} (${sample.rfcExpectation})`, () => {
			const result = checkHandshake(sample.requestText, sample.responseText);
			expect(result.verdict.clientAccepts).toBe(expected.accepts);
			expect(result.verdict.status).toBe(101);
			const responseErrors = result.diagnostics
				.filter((d) => d.side === 'response' && d.severity === 'error')
				.map((d) => d.code);
			expect(responseErrors).toEqual(expected.error ? [expected.error] : []);
			// These samples agree with ws's client; the RFC reading and ws's must match here.
			expect(result.verdict.clientAccepts).toBe(sample.realClient.accepted);
		});

		it(`${sample.id}: reads the same from one input holding request and response`, () => {
			const joined = checkHandshakeInput(sample.requestText + sample.responseText);
			const apart = checkHandshake(sample.requestText, sample.responseText);
			const { ok, status, clientAccepts } = apart.verdict;
			expect(joined.verdict).toMatchObject({ ok, status, clientAccepts });
			expect(joined.diagnostics.map((d) => d.code)).toEqual(apart.diagnostics.map((d) => d.code));
			expect(joined.response?.offset).toBe(sample.requestText.length);
		});
	}

	it('computes the accept of every sample response as the server did', () => {
		for (const sample of samples.responses.filter((s) => s.responseText.includes('101'))) {
			const result = checkHandshake(sample.requestText, sample.responseText);
			expect(result.accept?.matches).toBe(true);
		}
	});
});
