// The teacher's view of a class: what every student's browser sent to /live/echo, read by the engine
// from the tap (never from ws's own parse), anonymised (a number per connection, in the order they
// came; no label, address or header leaves the server) and capped, so that a projector polling it for
// a class of 40 gets a small answer however much the students send.
import {
	decode,
	bytesToHex,
	parseHandshake,
	type DiagnosticCode,
	type DecodeResult,
	type Diagnostic,
	type MessageType
} from '../../lib/protocol/index.ts';
import type { Tap, TapConnection } from './tap.ts';

export const CLASS_LIMITS = {
	/** Messages in the feed, newest last, across all students. */
	feed: 200,
	/** Characters of a text message, and bytes of any other, shown in the feed. */
	textChars: 140,
	previewBytes: 24
} as const;

export interface ClassMessage {
	student: number;
	/** When its first frame passed the tap (ms since the epoch). */
	time: number;
	type: MessageType;
	/** Payload bytes (inflated when compressed) and the frames it came in. */
	length: number;
	frames: number;
	compressed: boolean;
	/** The first frame's masking key as hex, chosen by the student's browser ('' when unmasked). */
	mask: string;
	text?: string;
	hex?: string;
	code?: number;
	reason?: string;
}

export interface ClassStudent {
	student: number;
	open: boolean;
	startedAt: number;
	messages: number;
	/** Bytes the student's browser sent, handshake included. */
	bytes: number;
	extensions: string;
	/** The first problem the engine found in what the student sent (a catalog code and params). */
	problem: { code: DiagnosticCode; params: Diagnostic['params']; closeCode?: number } | null;
	close: { code: number; reason: string } | null;
}

export interface ClassFeed {
	students: ClassStudent[];
	messages: ClassMessage[];
	/** Messages in all, of which `messages` holds the last CLASS_LIMITS.feed. */
	total: number;
}

interface Reading {
	version: string;
	result: DecodeResult;
	framesAt: number;
}

function readClient(connection: TapConnection): Reading {
	const side = connection.side('client');
	const parsed = parseHandshake(side.bytes);
	const head = parsed.request;
	const framesAt = head?.complete ? head.offset + head.length : side.bytes.length;
	const result = decode(side.bytes.subarray(framesAt), {
		from: 'client',
		extensions: connection.extensions
	});
	return { version: connection.version, result, framesAt };
}

function messageOf(student: number, connection: TapConnection, reading: Reading) {
	const { timeAt } = connection.side('client');
	return (message: DecodeResult['messages'][number]): ClassMessage => {
		const first = reading.result.frames[message.frames[0]!]!;
		const shown: Partial<ClassMessage> =
			message.type === 'close'
				? { code: message.code, reason: message.reason }
				: message.text !== undefined
					? { text: message.text.slice(0, CLASS_LIMITS.textChars) }
					: { hex: bytesToHex(message.payload.subarray(0, CLASS_LIMITS.previewBytes)) };
		return {
			student,
			time: timeAt(reading.framesAt + first.offset),
			type: message.type,
			length: message.payload.length,
			frames: message.frames.length,
			compressed: message.compressed,
			mask: first.maskKey ? bytesToHex(first.maskKey) : '',
			...shown
		};
	};
}

export interface Classroom {
	feed(): ClassFeed;
}

/** Reads the tap's WebSocket connections as a class; each connection is read again only when it changed. */
export function createClassroom(tap: Tap): Classroom {
	const numbers = new Map<string, number>();
	const readings = new Map<string, Reading>();
	let next = 1;

	function forgetGone(present: Set<string>): void {
		for (const id of readings.keys()) if (!present.has(id)) readings.delete(id);
		for (const id of numbers.keys()) if (!present.has(id)) numbers.delete(id);
	}

	return {
		feed() {
			const connections = tap.connections().filter((c) => c.transport === 'websocket');
			forgetGone(new Set(connections.map((c) => c.id)));
			const students: ClassStudent[] = [];
			const messages: ClassMessage[] = [];
			for (const connection of connections) {
				const student = numbers.get(connection.id) ?? next++;
				numbers.set(connection.id, student);
				let reading = readings.get(connection.id);
				if (reading?.version !== connection.version) reading = readClient(connection);
				readings.set(connection.id, reading);
				const own = reading.result.messages.map(messageOf(student, connection, reading));
				messages.push(...own);
				const problem = reading.result.diagnostics.find((d) => d.severity === 'error');
				students.push({
					student,
					open: connection.endedAt === null,
					startedAt: connection.startedAt,
					messages: own.length,
					bytes: connection.side('client').bytes.length,
					extensions: connection.extensions,
					problem: problem
						? { code: problem.code, params: problem.params, closeCode: problem.closeCode }
						: null,
					close: connection.close
				});
			}
			messages.sort((a, b) => a.time - b.time || a.student - b.student);
			return { students, messages: messages.slice(-CLASS_LIMITS.feed), total: messages.length };
		}
	};
}
