// WAMP v2 message types (RFC draft §6.5) and their elements, shared by content detection and the
// decoder. A trailing `?` marks an optional element.
export type Element = 'id' | 'uri' | 'dict' | 'list' | 'int' | 'string';
/** [name, type]; a trailing `?` in the name marks an optional element. */
export type Row = readonly [string, readonly (readonly [string, Element])[]];

const ARGS = [
	['Arguments?', 'list'],
	['ArgumentsKw?', 'dict']
] as const;
export const WAMP_MESSAGES: Record<number, Row> = {
	1: [
		'HELLO',
		[
			['Realm', 'uri'],
			['Details', 'dict']
		]
	],
	2: [
		'WELCOME',
		[
			['Session', 'id'],
			['Details', 'dict']
		]
	],
	3: [
		'ABORT',
		[
			['Details', 'dict'],
			['Reason', 'uri']
		]
	],
	4: [
		'CHALLENGE',
		[
			['AuthMethod', 'string'],
			['Extra', 'dict']
		]
	],
	5: [
		'AUTHENTICATE',
		[
			['Signature', 'string'],
			['Extra', 'dict']
		]
	],
	6: [
		'GOODBYE',
		[
			['Details', 'dict'],
			['Reason', 'uri']
		]
	],
	8: [
		'ERROR',
		[['Request.Type', 'int'], ['Request', 'id'], ['Details', 'dict'], ['Error', 'uri'], ...ARGS]
	],
	16: ['PUBLISH', [['Request', 'id'], ['Options', 'dict'], ['Topic', 'uri'], ...ARGS]],
	17: [
		'PUBLISHED',
		[
			['Request', 'id'],
			['Publication', 'id']
		]
	],
	32: [
		'SUBSCRIBE',
		[
			['Request', 'id'],
			['Options', 'dict'],
			['Topic', 'uri']
		]
	],
	33: [
		'SUBSCRIBED',
		[
			['Request', 'id'],
			['Subscription', 'id']
		]
	],
	34: [
		'UNSUBSCRIBE',
		[
			['Request', 'id'],
			['Subscription', 'id']
		]
	],
	35: ['UNSUBSCRIBED', [['Request', 'id']]],
	36: ['EVENT', [['Subscription', 'id'], ['Publication', 'id'], ['Details', 'dict'], ...ARGS]],
	48: ['CALL', [['Request', 'id'], ['Options', 'dict'], ['Procedure', 'uri'], ...ARGS]],
	49: [
		'CANCEL',
		[
			['Request', 'id'],
			['Options', 'dict']
		]
	],
	50: ['RESULT', [['Request', 'id'], ['Details', 'dict'], ...ARGS]],
	64: [
		'REGISTER',
		[
			['Request', 'id'],
			['Options', 'dict'],
			['Procedure', 'uri']
		]
	],
	65: [
		'REGISTERED',
		[
			['Request', 'id'],
			['Registration', 'id']
		]
	],
	66: [
		'UNREGISTER',
		[
			['Request', 'id'],
			['Registration', 'id']
		]
	],
	67: ['UNREGISTERED', [['Request', 'id']]],
	68: ['INVOCATION', [['Request', 'id'], ['Registration', 'id'], ['Details', 'dict'], ...ARGS]],
	69: [
		'INTERRUPT',
		[
			['Request', 'id'],
			['Options', 'dict']
		]
	],
	70: ['YIELD', [['Request', 'id'], ['Options', 'dict'], ...ARGS]]
};

const IS: Record<Element, (v: unknown) => boolean> = {
	id: Number.isInteger,
	int: Number.isInteger,
	uri: (v) => typeof v === 'string',
	string: (v) => typeof v === 'string',
	dict: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
	list: Array.isArray
};

/** A decoded value with exactly a WAMP message's shape: known code, every element of its type. */
export function looksLikeWamp(value: unknown): boolean {
	if (!Array.isArray(value) || !Number.isInteger(value[0])) return false;
	const row = WAMP_MESSAGES[value[0] as number];
	if (!row || value.length > row[1].length + 1) return false;
	return row[1].every(([name, type], i) =>
		i + 1 < value.length ? IS[type](value[i + 1]) : name.endsWith('?')
	);
}
