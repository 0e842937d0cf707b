// MQTT's tables: control packet types and their fixed flags (§2.1.2, §2.1.3), MQTT 5 properties
// (§2.2.2.2) and reason codes (§2.4). The same tables serve 3.1.1 (protocol level 4) and 5.

export const PACKET_NAMES = [
	'reserved',
	'CONNECT',
	'CONNACK',
	'PUBLISH',
	'PUBACK',
	'PUBREC',
	'PUBREL',
	'PUBCOMP',
	'SUBSCRIBE',
	'SUBACK',
	'UNSUBSCRIBE',
	'UNSUBACK',
	'PINGREQ',
	'PINGRESP',
	'DISCONNECT',
	'AUTH'
] as const;

/** §2.1.3: the flags each packet type must carry (PUBLISH's are DUP, QoS and RETAIN). */
export const FIXED_FLAGS: Record<number, number> = { 6: 0b0010, 8: 0b0010, 10: 0b0010 };

export type PropertyType = 'byte' | 'u16' | 'u32' | 'varint' | 'string' | 'binary' | 'pair';

/** MQTT 5 §2.2.2.2: identifier → [name as mqtt-packet spells it, type]. */
export const PROPERTIES: Record<number, readonly [string, PropertyType]> = {
	1: ['payloadFormatIndicator', 'byte'],
	2: ['messageExpiryInterval', 'u32'],
	3: ['contentType', 'string'],
	8: ['responseTopic', 'string'],
	9: ['correlationData', 'binary'],
	11: ['subscriptionIdentifier', 'varint'],
	17: ['sessionExpiryInterval', 'u32'],
	18: ['assignedClientIdentifier', 'string'],
	19: ['serverKeepAlive', 'u16'],
	21: ['authenticationMethod', 'string'],
	22: ['authenticationData', 'binary'],
	23: ['requestProblemInformation', 'byte'],
	24: ['willDelayInterval', 'u32'],
	25: ['requestResponseInformation', 'byte'],
	26: ['responseInformation', 'string'],
	28: ['serverReference', 'string'],
	31: ['reasonString', 'string'],
	33: ['receiveMaximum', 'u16'],
	34: ['topicAliasMaximum', 'u16'],
	35: ['topicAlias', 'u16'],
	36: ['maximumQoS', 'byte'],
	37: ['retainAvailable', 'byte'],
	38: ['userProperties', 'pair'],
	39: ['maximumPacketSize', 'u32'],
	40: ['wildcardSubscriptionAvailable', 'byte'],
	41: ['subscriptionIdentifiersAvailable', 'byte'],
	42: ['sharedSubscriptionAvailable', 'byte']
};

/** MQTT 5 §2.4 reason codes (0x00 also means Normal disconnection and Granted QoS 0). */
export const REASON_CODES: Record<number, string> = {
	0: 'Success',
	1: 'Granted QoS 1',
	2: 'Granted QoS 2',
	4: 'Disconnect with Will Message',
	16: 'No matching subscribers',
	17: 'No subscription existed',
	24: 'Continue authentication',
	25: 'Re-authenticate',
	128: 'Unspecified error',
	129: 'Malformed Packet',
	130: 'Protocol Error',
	131: 'Implementation specific error',
	132: 'Unsupported Protocol Version',
	133: 'Client Identifier not valid',
	134: 'Bad User Name or Password',
	135: 'Not authorized',
	136: 'Server unavailable',
	137: 'Server busy',
	138: 'Banned',
	139: 'Server shutting down',
	140: 'Bad authentication method',
	141: 'Keep Alive timeout',
	142: 'Session taken over',
	143: 'Topic Filter invalid',
	144: 'Topic Name invalid',
	145: 'Packet Identifier in use',
	146: 'Packet Identifier not found',
	147: 'Receive Maximum exceeded',
	148: 'Topic Alias invalid',
	149: 'Packet too large',
	150: 'Message rate too high',
	151: 'Quota exceeded',
	152: 'Administrative action',
	153: 'Payload format invalid',
	154: 'Retain not supported',
	155: 'QoS not supported',
	156: 'Use another server',
	157: 'Server moved',
	158: 'Shared Subscriptions not supported',
	159: 'Connection rate exceeded',
	160: 'Maximum connect time',
	161: 'Subscription Identifiers not supported',
	162: 'Wildcard Subscriptions not supported'
};

/** MQTT 3.1.1 §3.2.2.3: CONNACK return codes. */
export const CONNACK_V4: Record<number, string> = {
	0: 'Connection Accepted',
	1: 'unacceptable protocol version',
	2: 'identifier rejected',
	3: 'Server unavailable',
	4: 'bad user name or password',
	5: 'not authorized'
};

/** MQTT 3.1.1 §3.9.3: SUBACK return codes. */
export const SUBACK_V4: Record<number, string> = {
	0: 'Success - Maximum QoS 0',
	1: 'Success - Maximum QoS 1',
	2: 'Success - Maximum QoS 2',
	128: 'Failure'
};
