// Which application protocol a negotiated subprotocol names (RFC 6455 §1.9, §11.5): a small table of
// its own, so a page can list the names without loading the payload layer.
import type { PayloadProtocol } from './types.ts';

/** Registered Sec-WebSocket-Protocol values (IANA WebSocket Subprotocol Name Registry) and common ones. */
export const SUBPROTOCOLS: Record<string, PayloadProtocol> = {
	mqtt: 'mqtt',
	'mqttv3.1': 'mqtt',
	'v10.stomp': 'stomp',
	'v11.stomp': 'stomp',
	'v12.stomp': 'stomp',
	stomp: 'stomp',
	'graphql-transport-ws': 'graphql-ws',
	'graphql-ws': 'graphql-ws',
	'wamp.2.json': 'wamp',
	'wamp.2.msgpack': 'wamp',
	'wamp.2.cbor': 'wamp',
	msgpack: 'msgpack',
	cbor: 'cbor'
};

export function protocolOfSubprotocol(
	subprotocol: string | undefined
): PayloadProtocol | undefined {
	return subprotocol === undefined ? undefined : SUBPROTOCOLS[subprotocol.trim().toLowerCase()];
}
