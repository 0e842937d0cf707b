// GraphQL over WebSocket (graphql-transport-ws) made by the graphql-ws client and server: the decoded
// messages are the subscribe the client sent (id, query, variables) and the next/complete it received.
import { createRequire } from 'node:module';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { decodeSide, listen, tapSocket, type Tapped } from './tap.ts';

// graphql-ws's server and graphql itself, both as CommonJS: one copy of graphql, or its schema checks
// fail ("Cannot use GraphQLSchema from another module or realm").
const require = createRequire(import.meta.url);
const { GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } =
	require('graphql') as typeof import('graphql');
const { useServer } = require('graphql-ws/use/ws') as typeof import('graphql-ws/use/ws');

const log: Tapped[] = [];
const results: unknown[] = [];
let subprotocol = '';
let stop: () => Promise<void>;

const QUERY = 'subscription Count($to: Int!) { count(to: $to) }';

const schema = new GraphQLSchema({
	query: new GraphQLObjectType({
		name: 'Query',
		fields: { hello: { type: GraphQLString, resolve: () => '안녕' } }
	}),
	subscription: new GraphQLObjectType({
		name: 'Subscription',
		fields: {
			count: {
				type: GraphQLInt,
				args: { to: { type: new GraphQLNonNull(GraphQLInt) } },
				subscribe: async function* (_: unknown, { to }: { to: number }) {
					for (let i = 1; i <= to; i++) yield { count: i };
				}
			}
		}
	})
});

beforeAll(async () => {
	const { server, port } = await listen();
	const wss = new WebSocketServer({ server });
	wss.on('connection', (ws) => {
		subprotocol = ws.protocol;
		tapSocket(ws, log);
	});
	const disposable = useServer({ schema }, wss);
	const client = createClient({
		url: `ws://127.0.0.1:${port}`,
		webSocketImpl: WebSocket,
		lazy: false
	});
	await new Promise<void>((resolve, reject) =>
		client.subscribe(
			{ query: QUERY, variables: { to: 3 } },
			{ next: (r) => results.push(r), error: reject, complete: resolve }
		)
	);
	const hello = await new Promise((resolve, reject) => {
		let value: unknown;
		client.subscribe(
			{ query: '{ hello }' },
			{ next: (r) => (value = r), error: reject, complete: () => resolve(value) }
		);
	});
	results.push(hello);
	stop = async () => {
		await client.dispose();
		await disposable.dispose();
		server.close();
	};
});

afterAll(() => stop());

describe('GraphQL over WebSocket made by graphql-ws', () => {
	it('negotiates graphql-transport-ws; every message decodes by subprotocol without a diagnostic', async () => {
		expect(subprotocol).toBe('graphql-transport-ws');
		for (const from of ['client', 'server'] as const) {
			const decoded = await decodeSide(log, from, subprotocol);
			expect(
				decoded.every((d) => d?.protocol === 'graphql-ws' && d.detectedBy === 'subprotocol')
			).toBe(true);
			expect(decoded.flatMap((d) => d!.diagnostics)).toEqual([]);
		}
	});

	it('reads the client messages: connection_init, then subscribe with its id, query and variables', async () => {
		const decoded = (await decodeSide(log, 'client', subprotocol)).map((d) => d!);
		expect(decoded[0]!.summary.params.type).toBe('connection_init');
		const subscribe = decoded.find((d) => d.summary.params.type === 'subscribe')!;
		expect(subscribe.value).toMatchObject({
			dialect: 'graphql-transport-ws',
			type: 'subscribe',
			payload: { query: QUERY, variables: { to: 3 } }
		});
		expect(subscribe.summary.params).toMatchObject({
			operation: 'subscription Count',
			id: expect.any(String)
		});
	});

	it('reads the server messages as the client received them: ack, next × 3 for one id, complete', async () => {
		const decoded = (await decodeSide(log, 'server', subprotocol)).map((d) => d!);
		const client = (await decodeSide(log, 'client', subprotocol)).map((d) => d!);
		const id = client.find((d) => d.summary.params.type === 'subscribe')!.summary.params.id;
		expect(decoded[0]!.summary.params.type).toBe('connection_ack');
		const next = decoded
			.filter((d) => d.summary.params.type === 'next')
			.map((d) => d.value as { id: string; payload: unknown });
		expect(next.filter((n) => n.id === id).map((n) => n.payload)).toEqual(results.slice(0, 3));
		expect(next.at(-1)!.payload).toEqual(results[3]);
		expect(
			decoded.filter((d) => d.summary.params.type === 'complete').map((d) => d.summary.params.id)
		).toContain(id);
	});

	it('detects the same messages by content alone, and a broken one gets its catalogued code', async () => {
		const byContent = await decodeSide(log, 'client');
		expect(byContent.every((d) => d?.protocol === 'graphql-ws' && d.detectedBy === 'content')).toBe(
			true
		);
		const text = '{"type":"subscribe","payload":{"query":"{ hello }"}}';
		const [broken] = await decodeSide(
			[{ from: 'client', type: 'text', text, bytes: new TextEncoder().encode(text) }],
			'client',
			subprotocol
		);
		expect(broken!.diagnostics.map((d) => [d.code, d.params])).toEqual([
			['graphql_missing_member', { type: 'subscribe', member: 'id' }]
		]);
	});
});
