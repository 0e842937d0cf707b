// readCapture: a .pcap or .pcapng file, as bytes, into its TCP connections. The containers, link
// layers, IP and TCP are read here in one pass; what each connection carries is read on demand
// (analyze.ts), so a big capture keeps only its segments, not decoded frames.
import { ConnectionTable, type TcpConnection } from './connections.ts';
import { segmentOf } from './packets.ts';
import { PCAP_MAGICS, readPcap } from './pcap.ts';
import { SECTION_HEADER, readPcapng } from './pcapng.ts';
import { Reporter } from './report.ts';
import type { CaptureFormat, Packet } from './types.ts';
import type { Diagnostic } from '../types.ts';

export interface CaptureReading {
	/** Undefined when the file is neither pcap nor pcapng (then `diagnostics` says so). */
	format?: CaptureFormat;
	packets: number;
	bytes: number;
	connections: TcpConnection[];
	/** File-level problems (containers, link layers, IP, TCP headers), in file order. */
	diagnostics: Diagnostic[];
}

/** The file format its first four bytes announce, if any. */
export function captureFormatOf(bytes: Uint8Array): CaptureFormat | undefined {
	if (bytes.length < 4) return undefined;
	const magic = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
	if (PCAP_MAGICS[magic]) return 'pcap';
	if (magic === SECTION_HEADER) return 'pcapng';
	return undefined;
}

export function readCapture(bytes: Uint8Array): CaptureReading {
	const reporter = new Reporter();
	const table = new ConnectionTable();
	const format = captureFormatOf(bytes);
	const reading: CaptureReading = {
		packets: 0,
		bytes: bytes.length,
		connections: [],
		diagnostics: []
	};
	if (!format) {
		const magic = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(
			' '
		);
		reporter.add('capture_format_unknown', 0, Math.min(4, bytes.length), {
			magic: magic || 'nothing'
		});
		reading.diagnostics = reporter.finish();
		return reading;
	}
	const unsupported = new Set<number>();
	const sink = {
		packet(p: Packet) {
			const segment = segmentOf(p, reporter, unsupported);
			if (segment) table.add(segment);
		}
	};
	reading.format = format;
	reading.packets =
		format === 'pcap' ? readPcap(bytes, sink, reporter) : readPcapng(bytes, sink, reporter);
	reading.connections = table.connections;
	reading.diagnostics = reporter.finish();
	return reading;
}
