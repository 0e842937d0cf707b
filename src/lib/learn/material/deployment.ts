// Lesson 10: ws:// and wss://, ports, proxies and curl (RFC 6455 §3, §4.1). The handshake, the curl
// command and the nginx block are what the engine builds for one URL.
import { buildHandshake, parseWsUrl, type BuiltHandshake } from '$lib/protocol/index.ts';
import type { Material } from '../types.ts';
import { spotHandshake } from './spot.ts';

export const SECURE_URL = 'wss://example.com/chat';
const PLAIN_URL = 'ws://example.com/chat';
const CHOICES = [80, 443, 8080, 6455];
/** A URL with its own port: the number question. */
export const PORT_URL = 'wss://example.com:8443/chat';

export function built(): BuiltHandshake {
	const result = buildHandshake({
		url: SECURE_URL,
		origin: 'https://example.com',
		key: 'dGhlIHNhbXBsZSBub25jZQ=='
	});
	// The options are fixed and valid: a failure is a bug, and the build should stop on it.
	if (!result.ok) throw new Error(`lesson handshake: ${JSON.stringify(result.problems)}`);
	return result;
}

function portOf(url: string): number {
	const reading = parseWsUrl(url);
	return reading.ok ? reading.url.port : -1;
}

export function deployment() {
	const handshake = built();
	// A proxy that drops hop-by-hop headers forwards `Connection: keep-alive` (RFC 6455 §4.1, item 6).
	const proxied = handshake.request.replace(/^Connection: Upgrade$/im, 'Connection: keep-alive');
	return {
		facts: {
			secureUrl: SECURE_URL,
			plainUrl: PLAIN_URL,
			securePort: portOf(SECURE_URL),
			plainPort: portOf(PLAIN_URL),
			httpUrl: handshake.url.httpUrl,
			target: handshake.url.target,
			portUrl: PORT_URL
		},
		embed: { kind: 'handshake', request: handshake.request, response: handshake.response },
		exercises: [
			{
				id: 'default_port',
				kind: 'choice',
				options: CHOICES.map((port) => ({ id: String(port), label: String(port) })),
				answer: String(portOf(SECURE_URL))
			},
			{
				id: 'explicit_port',
				kind: 'number',
				answer: portOf(PORT_URL),
				mistakes: [
					{ value: portOf(SECURE_URL), because: 'default_port' },
					{ value: portOf(PLAIN_URL), because: 'plain_port' }
				]
			},
			spotHandshake('proxied_request', proxied)
		]
	} satisfies Material;
}
export type DeploymentFacts = ReturnType<typeof deployment>['facts'];
