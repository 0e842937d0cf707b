import type { DeploymentFacts } from '../../material/deployment.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: 'ws:// and wss://',
				paragraphs: [
					[
						c(f.plainUrl),
						' is WebSocket over plain TCP, on port ',
						c(f.plainPort),
						' unless the URL names another; ',
						c(f.secureUrl),
						' is WebSocket inside TLS, on port ',
						c(f.securePort),
						" (RFC 6455 §3). The ports are HTTP's on purpose: the handshake is HTTP, and firewalls let those ports through. Use wss:// in production: a page served over https may not open ws://, and many proxies that would meddle with plain traffic just pass encrypted bytes along."
					]
				]
			},
			{
				heading: 'Proxies and load balancers',
				paragraphs: [
					[
						c('Upgrade'),
						' and ',
						c('Connection'),
						' are hop-by-hop headers: a proxy removes them unless told otherwise, and the server then sees an ordinary GET. nginx needs ',
						c('proxy_http_version 1.1'),
						', ',
						c('proxy_set_header Upgrade $http_upgrade'),
						' and ',
						c('proxy_set_header Connection "upgrade"'),
						', plus a read timeout longer than the gap between pings. A load balancer that only passes TCP (layer 4) needs nothing, but keeps each connection on one backend for its whole life; one that reads HTTP (layer 7) must know WebSocket.'
					]
				]
			},
			{
				heading: 'Testing with curl, and knowing who is connected',
				paragraphs: [
					[
						'curl can send the handshake by hand to ',
						c(f.httpUrl),
						': if the answer is 101 with the right Sec-WebSocket-Accept, the server and every proxy in between speak WebSocket. A browser cannot set headers such as Authorization on the handshake, so a server identifies users by the cookies the browser sends with it (check ',
						c('Origin'),
						' then, since any site can open the connection), or by a short-lived token in the URL (',
						c(f.target + '?token=…'),
						'), which ends up in access logs.'
					],
					[
						'To see what really crossed the wire, capture it on the loopback while your client and server talk: ',
						c("sudo tcpdump -i lo -w ws.pcap 'tcp port 8080'"),
						' (or Wireshark on the loopback interface). Drop the file on /decode, or run ',
						c('wsviz capture ws.pcap'),
						": every connection, its handshake checked, and both directions' frames and messages on one time axis. Over wss:// a capture shows only TLS records: the frames cannot be read without the session keys."
					],
					[
						'In Wireshark: pick the loopback interface (',
						c('lo'),
						' on Linux, ',
						c('Loopback: lo0'),
						' on macOS, the Npcap loopback adapter on Windows), type the capture filter ',
						c('tcp port 8080'),
						', start, let the client talk, stop, and save as .pcapng. On /decode every message is shown inflated (the permessage-deflate parameters come from the handshake), can be filtered by sender, type and text, copied, and exported as the same JSON ',
						c('wsviz capture --json'),
						' prints; the page link keeps the selection, and carries the file itself when it is under 64 KiB.'
					]
				]
			}
		],
		embed: [
			'The handshake the engine builds for ',
			c(f.secureUrl),
			', and the accept value it expects.'
		],
		lab: 'The handshake lab builds the request, the 101, a curl command and an nginx block for any URL.',
		exercises: {
			default_port: {
				prompt: ['Which TCP port does a browser connect to for ', c(f.secureUrl), '?'],
				explain: [
					'wss:// without a port means ',
					c(f.securePort),
					', the https port; ws:// means ',
					c(f.plainPort),
					'.'
				],
				hints: {
					'80': ['80 is the port of ws:// (and http://). wss:// runs over TLS, like https://.'],
					'8080': [
						'8080 is a common port for development servers, but no URL scheme uses it by default.'
					],
					'6455': ['6455 is the number of the RFC, not a port.']
				}
			},
			explicit_port: {
				prompt: ['Which TCP port does a browser connect to for ', c(f.portUrl), '?'],
				explain: [
					'A port written in the URL wins; the scheme gives the default only when there is none (RFC 6455 §3).'
				],
				hints: {
					default_port: [
						'443 is the default of wss://, used only when the URL gives no port. This one does.'
					],
					plain_port: [
						'80 is the default of ws://; this is wss://, and it names its own port anyway.'
					]
				}
			},
			proxied_request: {
				prompt: [
					'A reverse proxy forwards a browser handshake like this, and the server answers 400. Which line is wrong?'
				],
				explain: [
					'The proxy replaced Connection: Upgrade with keep-alive (Connection is a hop-by-hop header, and proxies drop it). The server requires Connection to include Upgrade (RFC 6455 §4.2.1, item 4): nginx needs proxy_set_header Connection "upgrade".'
				],
				hints: {
					request_header_upgrade: [
						'Upgrade: websocket is there and right. Which other header must name the upgrade?'
					],
					request_header_host: ['Host is the server the URL names, as it must be.']
				}
			}
		},
		code: {
			nginx: 'nginx in front of a WebSocket server',
			curl: 'The handshake sent by curl'
		}
	})
} satisfies LessonText<DeploymentFacts>;
