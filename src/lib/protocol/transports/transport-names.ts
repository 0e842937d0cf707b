// The transports' names alone, in the order a lesson tells the story and a page stacks its lanes:
// a page that only names them (a link's reader, a chart's legend) need not load the simulation.
export const TRANSPORT_NAMES = [
	'polling',
	'long-polling',
	'streaming',
	'sse',
	'websocket'
] as const;

export type TransportName = (typeof TRANSPORT_NAMES)[number];

export function isTransportName(name: string): name is TransportName {
	return (TRANSPORT_NAMES as readonly string[]).includes(name);
}
