// Reading a rebuilt TCP stream: the part before its first gap (the only part whose byte boundaries are
// known), and the capture time of any byte of it.
import { rangeAt, type TcpStream } from './reassembly.ts';

/** The bytes up to the first gap: after a gap nothing can be joined to what came before. */
export function contiguous(stream: TcpStream): Uint8Array {
	const gap = stream.gaps[0];
	return gap ? stream.bytes.subarray(0, gap.at) : stream.bytes;
}

/** The capture time of the packet that brought byte `at` (NaN if it is not in the stream). */
export function timeAt(stream: TcpStream, at: number): number {
	return rangeAt(stream.ranges, at)?.time ?? NaN;
}

/** The file offset of byte `at` of the stream. */
export function fileOffsetAt(stream: TcpStream, at: number): number {
	const r = rangeAt(stream.ranges, at);
	return r ? r.fileOffset + (at - r.start) : 0;
}
