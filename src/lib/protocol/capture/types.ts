// The capture engine's data model: packets read from a file, TCP streams rebuilt from them, and the
// connections they make. Offsets are byte offsets in the capture file unless said otherwise.
import type { Diagnostic } from '../types.ts';

export type CaptureFormat = 'pcap' | 'pcapng';

/** One captured packet, as the container gives it. */
export interface Packet {
	/** 0-based, in file order. */
	index: number;
	/** Where the packet's first captured byte is in the file. */
	fileOffset: number;
	/** Seconds since the epoch (NaN for pcapng simple packet blocks, which carry no time). */
	time: number;
	/** LINKTYPE_* of the interface it was captured on. */
	linkType: number;
	/** The captured bytes (a view into the file). */
	data: Uint8Array;
	/** The packet's length on the wire: more than data.length when the snapshot length cut it. */
	originalLength: number;
}

export interface PacketSink {
	packet(p: Packet): void;
}

/** An IP endpoint: address text and port. */
export interface Endpoint {
	address: string;
	port: number;
}

/** A TCP segment read from a packet. */
export interface Segment {
	packet: number;
	fileOffset: number;
	time: number;
	src: Endpoint;
	dst: Endpoint;
	seq: number;
	ack: number;
	syn: boolean;
	ackFlag: boolean;
	fin: boolean;
	rst: boolean;
	/** The payload as captured; `length` is what the IP header says it was. */
	payload: Uint8Array;
	length: number;
}

export interface CaptureDiagnosticSink {
	report(d: Diagnostic): void;
}
