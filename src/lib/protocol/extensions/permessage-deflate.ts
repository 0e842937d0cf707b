// permessage-deflate (RFC 7692): its four parameters as a table, how an offer or a response is read,
// and what the negotiated parameters mean for each direction.
import type { ExtensionItem, ExtensionParam } from './header.ts';
import { parseExtensionsHeader } from './header.ts';

export const PERMESSAGE_DEFLATE = 'permessage-deflate';

/** Offer: what a client sends; response: what the server answers (RFC 7692 §5). */
export type NegotiationSide = 'offer' | 'response';

interface ParamRule {
	/** 'none': no value allowed; 'bits': a window size 8-15; 'optional-bits': either. */
	value: 'none' | 'bits' | 'optional-bits';
	/** The value rule that applies in a response, when it differs from the offer's. */
	inResponse?: 'bits';
	rfc: string;
}

export const DEFLATE_PARAMS: Record<string, ParamRule> = {
	server_no_context_takeover: { value: 'none', rfc: 'RFC 7692 §7.1.1.1' },
	client_no_context_takeover: { value: 'none', rfc: 'RFC 7692 §7.1.1.2' },
	server_max_window_bits: { value: 'bits', rfc: 'RFC 7692 §7.1.2.1' },
	// An offer may send it bare ("I can take any value"); a response must give the value.
	client_max_window_bits: { value: 'optional-bits', inResponse: 'bits', rfc: 'RFC 7692 §7.1.2.2' }
};

export interface DeflateConfig {
	serverNoContextTakeover: boolean;
	clientNoContextTakeover: boolean;
	/** Absent: not given (15 applies). */
	serverMaxWindowBits?: number;
	/** In an offer, `true` means the parameter came without a value. */
	clientMaxWindowBits?: number | true;
}

export interface DeflateProblem {
	kind: 'unknown_param' | 'duplicate_param' | 'invalid_value';
	param: ExtensionParam;
	rfc: string;
}

export interface DeflateReading {
	config: DeflateConfig;
	problems: DeflateProblem[];
}

/** Reads one permessage-deflate item of an offer or a response, checking RFC 7692 §7's rules. */
export function readDeflateParams(item: ExtensionItem, side: NegotiationSide): DeflateReading {
	const config: DeflateConfig = { serverNoContextTakeover: false, clientNoContextTakeover: false };
	const problems: DeflateProblem[] = [];
	const seen = new Set<string>();
	for (const param of item.params) {
		const rule = DEFLATE_PARAMS[param.name];
		if (!rule) {
			problems.push({ kind: 'unknown_param', param, rfc: 'RFC 7692 §7' });
			continue;
		}
		if (seen.has(param.name)) problems.push({ kind: 'duplicate_param', param, rfc: 'RFC 7692 §7' });
		seen.add(param.name);
		const value = valueOf(
			param,
			side === 'response' ? (rule.inResponse ?? rule.value) : rule.value
		);
		if (value === undefined) {
			problems.push({ kind: 'invalid_value', param, rfc: rule.rfc });
			continue;
		}
		apply(config, param.name, value);
	}
	return { config, problems };
}

/** The value a parameter carries, or undefined when it breaks its rule. */
function valueOf(param: ExtensionParam, rule: ParamRule['value']): number | true | undefined {
	if (rule === 'none') return param.value === undefined ? true : undefined;
	if (param.value === undefined) return rule === 'optional-bits' ? true : undefined;
	// RFC 7692 §7.1.2.1: a decimal integer 8-15 with no leading zeros.
	return /^(8|9|1[0-5])$/.test(param.value) ? Number(param.value) : undefined;
}

function apply(config: DeflateConfig, name: string, value: number | true): void {
	if (name === 'server_no_context_takeover') config.serverNoContextTakeover = true;
	else if (name === 'client_no_context_takeover') config.clientNoContextTakeover = true;
	else if (name === 'server_max_window_bits' && value !== true) config.serverMaxWindowBits = value;
	else if (name === 'client_max_window_bits') config.clientMaxWindowBits = value;
}

/** How one direction compresses: the sender's window and whether it keeps it between messages. */
export interface DeflateDirection {
	windowBits: number;
	noContextTakeover: boolean;
}

/** The negotiated parameters as they apply to what `from` sends (RFC 7692 §7.1). */
export function directionOf(config: DeflateConfig, from: 'client' | 'server'): DeflateDirection {
	if (from === 'server') {
		return {
			windowBits: config.serverMaxWindowBits ?? 15,
			noContextTakeover: config.serverNoContextTakeover
		};
	}
	const bits = config.clientMaxWindowBits;
	return {
		windowBits: typeof bits === 'number' ? bits : 15,
		noContextTakeover: config.clientNoContextTakeover
	};
}

/** The permessage-deflate item of a negotiated Sec-WebSocket-Extensions value, read as a response. */
export function negotiatedDeflate(extensions: string | undefined): DeflateReading | undefined {
	const item = parseExtensionsHeader(extensions ?? '').find((x) => x.name === PERMESSAGE_DEFLATE);
	return item ? readDeflateParams(item, 'response') : undefined;
}
