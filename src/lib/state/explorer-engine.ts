// What the frame explorer shows for a text, computed by the engine: the bytes parseInput reads, and
// what decode makes of them. Kept apart from the Explorer's state so the page can open without it:
// the default text's reading is computed at build time (the page's server load) and arrives as data
// in the prerendered page; this module, and the engine with it (the decoder, pako, the parsers), is
// imported on the first edit.
import { decode } from '$lib/protocol/index.ts';
import { frameFields } from '$lib/protocol/frame/fields.ts';
import { parseInput } from '$lib/protocol/input/index.ts';
import { PAGE_MAX_MESSAGE } from '$lib/workers/analysis.ts';
import {
	FRAMES_DRAWN,
	TEXT_LIMIT,
	type Decoded,
	type ExplorerReading,
	type Sender
} from './explorer-reading.ts';

/** The explorer's reading of `text` as sent by `sender`: never throws (decode's failure is shown). */
export function readExplorerText(text: string, sender: Sender): ExplorerReading {
	const parsed = parseInput(text.length > TEXT_LIMIT ? '' : text);
	return { text, sender, parsed, decoded: decodeParsed(text, sender, parsed) };
}

function decodeParsed(
	text: string,
	sender: Sender,
	parsed: ExplorerReading['parsed']
): Decoded | null {
	if (text.length > TEXT_LIMIT) return { ok: false, tooLong: text.length };
	if (!parsed.ok) return null;
	const from = sender === 'auto' ? undefined : sender;
	try {
		const options = { from, annotate: false, maxMessage: PAGE_MAX_MESSAGE };
		const result = decode(parsed.bytes, options);
		// Fields only for the frames drawn: a flood of typed frames costs no more than those.
		for (const f of result.frames.slice(0, FRAMES_DRAWN)) f.fields = frameFields(f);
		return { ok: true, result };
	} catch (error) {
		return { ok: false, message: error instanceof Error ? error.message : String(error) };
	}
}
