// permessage-deflate negotiation (RFC 7692 §5, §7.1): what a server may answer to a client's offers,
// and whether a server's answer is one the client may accept.
import { parseExtensionsHeader, type ExtensionItem } from './header.ts';
import {
	PERMESSAGE_DEFLATE,
	readDeflateParams,
	type DeflateConfig,
	type DeflateProblem
} from './permessage-deflate.ts';

export interface ResponseProblem {
	kind:
		| DeflateProblem['kind']
		| 'not_offered'
		| 'client_window_not_offered'
		| 'server_window_too_large'
		| 'client_window_too_large'
		| 'server_no_context_takeover_dropped';
	rfc: string;
	param?: string;
}

/** The server's reading of one offer: accepted with a response, or declined and why (RFC 7692 §5). */
export type OfferAnswer =
	| { accepted: true; response: DeflateConfig; header: string }
	| { accepted: false; problems: DeflateProblem[] };

/** Answers an offer the way ws and browsers' peers do: accept exactly what was asked, nothing more. */
export function answerDeflateOffer(offer: ExtensionItem): OfferAnswer {
	const { config, problems } = readDeflateParams(offer, 'offer');
	if (problems.length > 0) return { accepted: false, problems };
	const response: DeflateConfig = {
		serverNoContextTakeover: config.serverNoContextTakeover,
		clientNoContextTakeover: config.clientNoContextTakeover
	};
	if (config.serverMaxWindowBits) response.serverMaxWindowBits = config.serverMaxWindowBits;
	// A bare client_max_window_bits only says the client could take a value: none is needed.
	if (typeof config.clientMaxWindowBits === 'number') {
		response.clientMaxWindowBits = config.clientMaxWindowBits;
	}
	return { accepted: true, response, header: formatDeflateConfig(response) };
}

/** The first permessage-deflate offer in a request's header that a server can accept. */
export function answerDeflateOffers(header: string): OfferAnswer | undefined {
	const offers = parseExtensionsHeader(header).filter((x) => x.name === PERMESSAGE_DEFLATE);
	const answers = offers.map(answerDeflateOffer);
	return answers.find((a) => a.accepted) ?? answers[0];
}

/**
 * Checks a server's permessage-deflate response against the client's offers: a client must fail the
 * connection unless it matches one of them (RFC 7692 §5, §7.1.1-§7.1.2).
 */
export function checkDeflateResponse(
	offers: ExtensionItem[],
	response: ExtensionItem
): ResponseProblem[] {
	const { config, problems } = readDeflateParams(response, 'response');
	const own: ResponseProblem[] = problems.map((p) => ({
		kind: p.kind,
		rfc: p.rfc,
		param: p.param.name
	}));
	const deflateOffers = offers.filter((x) => x.name === PERMESSAGE_DEFLATE);
	if (deflateOffers.length === 0) return [...own, { kind: 'not_offered', rfc: 'RFC 6455 §9.1' }];
	// The response answers one of the offers: it is fine if it fits any of them.
	const perOffer = deflateOffers.map((o) =>
		mismatches(readDeflateParams(o, 'offer').config, config)
	);
	const best = perOffer.reduce((a, b) => (b.length < a.length ? b : a));
	return [...own, ...best];
}

function mismatches(offer: DeflateConfig, response: DeflateConfig): ResponseProblem[] {
	const found: ResponseProblem[] = [];
	// §7.1.1.1: a server accepts server_no_context_takeover by repeating it.
	if (offer.serverNoContextTakeover && !response.serverNoContextTakeover) {
		found.push({ kind: 'server_no_context_takeover_dropped', rfc: 'RFC 7692 §7.1.1.1' });
	}
	// §7.1.2.1: at most the window the client asked the server to use.
	const offeredServer = offer.serverMaxWindowBits;
	if (offeredServer && (response.serverMaxWindowBits ?? 15) > offeredServer) {
		found.push({ kind: 'server_window_too_large', rfc: 'RFC 7692 §7.1.2.1' });
	}
	// §7.1.2.2: only if the client offered it, and no larger than a value it gave.
	const asked = response.clientMaxWindowBits;
	if (asked !== undefined && offer.clientMaxWindowBits === undefined) {
		found.push({ kind: 'client_window_not_offered', rfc: 'RFC 7692 §7.1.2.2' });
	} else if (typeof asked === 'number' && typeof offer.clientMaxWindowBits === 'number') {
		if (asked > offer.clientMaxWindowBits) {
			found.push({ kind: 'client_window_too_large', rfc: 'RFC 7692 §7.1.2.2' });
		}
	}
	return found;
}

/** A configuration written as a Sec-WebSocket-Extensions element. */
export function formatDeflateConfig(config: DeflateConfig): string {
	const parts = [PERMESSAGE_DEFLATE];
	if (config.serverNoContextTakeover) parts.push('server_no_context_takeover');
	if (config.clientNoContextTakeover) parts.push('client_no_context_takeover');
	if (config.serverMaxWindowBits)
		parts.push(`server_max_window_bits=${config.serverMaxWindowBits}`);
	if (config.clientMaxWindowBits === true) parts.push('client_max_window_bits');
	else if (config.clientMaxWindowBits)
		parts.push(`client_max_window_bits=${config.clientMaxWindowBits}`);
	return parts.join('; ');
}
