// The close codes of RFC 6455 §7.4 as data: the IANA "WebSocket Close Code Number Registry" rows and
// the ranges of §7.4.2. `onWire: false` marks codes an endpoint must never put in a close frame.

export interface CloseCodeSpec {
	name: string;
	meaning: string;
	/** May appear in a close frame (RFC 6455 §7.4.1; 1005, 1006 and 1015 are for APIs only). */
	onWire: boolean;
	rfc: string;
}

export const CLOSE_CODES: Record<number, CloseCodeSpec> = {
	1000: {
		name: 'Normal Closure',
		meaning: 'the purpose of the connection has been fulfilled',
		onWire: true,
		rfc: 'RFC 6455 §7.4.1'
	},
	1001: {
		name: 'Going Away',
		meaning: 'the endpoint is going away: a server shutting down or a browser leaving the page',
		onWire: true,
		rfc: 'RFC 6455 §7.4.1'
	},
	1002: {
		name: 'Protocol Error',
		meaning: 'the endpoint received something that breaks the protocol',
		onWire: true,
		rfc: 'RFC 6455 §7.4.1'
	},
	1003: {
		name: 'Unsupported Data',
		meaning: 'the endpoint cannot accept this type of data (e.g. binary when it only takes text)',
		onWire: true,
		rfc: 'RFC 6455 §7.4.1'
	},
	1004: {
		name: 'Reserved',
		meaning: 'reserved; a meaning may be defined in the future',
		onWire: false,
		rfc: 'RFC 6455 §7.4.1'
	},
	1005: {
		name: 'No Status Rcvd',
		meaning: 'reported by an API when a close frame had no code; never sent',
		onWire: false,
		rfc: 'RFC 6455 §7.4.1'
	},
	1006: {
		name: 'Abnormal Closure',
		meaning: 'reported by an API when the connection dropped without a close frame; never sent',
		onWire: false,
		rfc: 'RFC 6455 §7.4.1'
	},
	1007: {
		name: 'Invalid Frame Payload Data',
		meaning: 'a message held data inconsistent with its type, such as invalid UTF-8 in text',
		onWire: true,
		rfc: 'RFC 6455 §7.4.1'
	},
	1008: {
		name: 'Policy Violation',
		meaning: "a message broke the endpoint's policy (a generic code when no better one fits)",
		onWire: true,
		rfc: 'RFC 6455 §7.4.1'
	},
	1009: {
		name: 'Message Too Big',
		meaning: 'a message was too big for the endpoint to process',
		onWire: true,
		rfc: 'RFC 6455 §7.4.1'
	},
	1010: {
		name: 'Mandatory Extension',
		meaning: 'the client expected the server to negotiate extensions it did not',
		onWire: true,
		rfc: 'RFC 6455 §7.4.1'
	},
	1011: {
		name: 'Internal Error',
		meaning: 'the server met an unexpected condition that kept it from fulfilling the request',
		onWire: true,
		rfc: 'RFC 6455 §7.4.1'
	},
	1012: {
		name: 'Service Restart',
		meaning: 'the service is restarting; reconnect later',
		onWire: true,
		rfc: 'IANA WebSocket Close Code Number Registry'
	},
	1013: {
		name: 'Try Again Later',
		meaning: 'the service is overloaded for now; reconnect later',
		onWire: true,
		rfc: 'IANA WebSocket Close Code Number Registry'
	},
	1014: {
		name: 'Bad Gateway',
		meaning: 'a gateway or proxy received an invalid response from the server behind it',
		onWire: true,
		rfc: 'IANA WebSocket Close Code Number Registry'
	},
	1015: {
		name: 'TLS Handshake',
		meaning: 'reported by an API when the TLS handshake failed; never sent',
		onWire: false,
		rfc: 'RFC 6455 §7.4.1'
	}
};

export interface CloseCodeRange {
	from: number;
	to: number;
	use: string;
	/** Codes of this range may appear in a close frame (unless the registry row says otherwise). */
	onWire: boolean;
}

// RFC 6455 §7.4.2.
export const CLOSE_CODE_RANGES: readonly CloseCodeRange[] = [
	{ from: 0, to: 999, use: 'not used', onWire: false },
	{ from: 1000, to: 2999, use: 'defined by the protocol and its extensions', onWire: false },
	{
		from: 3000,
		to: 3999,
		use: 'registered with IANA by libraries, frameworks and applications',
		onWire: true
	},
	{ from: 4000, to: 4999, use: 'private use by applications', onWire: true },
	{ from: 5000, to: 65535, use: 'outside every range', onWire: false }
];

export interface CloseCodeInfo {
	code: number;
	name?: string;
	meaning: string;
	/** The meaning's id in CLOSE_MEANINGS: the code when registered, else its range's `range_<from>`. */
	meaningId: string;
	range: CloseCodeRange;
	/** A strict receiver accepts this code in a close frame. */
	valid: boolean;
}

/** What a close code means and whether it may appear on the wire. In 1000-2999 only registered codes may. */
export function closeCodeInfo(code: number): CloseCodeInfo {
	const range = CLOSE_CODE_RANGES.find((r) => code >= r.from && code <= r.to)!;
	const spec = CLOSE_CODES[code];
	const meaningId = spec ? String(code) : `range_${range.from}`;
	const meaning = CLOSE_MEANINGS[meaningId]!;
	if (spec) return { code, name: spec.name, meaning, meaningId, range, valid: spec.onWire };
	return { code, meaning, meaningId, range, valid: range.onWire };
}

/**
 * What a close code means, by meaning id: each registered code, and each range for the codes it
 * does not register (1000-2999 holds only registered codes, so the rest of it is "unassigned").
 */
export const CLOSE_MEANINGS: Readonly<Record<string, string>> = {
	...Object.fromEntries(Object.entries(CLOSE_CODES).map(([code, spec]) => [code, spec.meaning])),
	...Object.fromEntries(
		CLOSE_CODE_RANGES.map((r) => [
			`range_${r.from}`,
			r.from === 1000 ? 'unassigned in the range the protocol reserves' : r.use
		])
	)
};
