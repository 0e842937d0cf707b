// Paste input: any common capture text to bytes (parseInput), and bytes back to text (formatBytes).

export type { InputError, InputFormat, ParsedInput } from './types.ts';
export type { CopyFormat } from './format.ts';
export { parseInput } from './parse.ts';
export { INPUT_NOTES, inputNoteEnglish, type InputNote } from './notes.ts';
export { READING_NAMES, type InputReading } from './readings.ts';
export { formatBytes } from './format.ts';
export { hexToBytes } from './hex.ts';
export { bytesToHex } from '../bytes.ts';
export { looksLikeHar, parseHar } from './har.ts';
export type { HarMessage, HarReading, HarSocket } from './har.ts';
