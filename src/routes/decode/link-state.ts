// What a /decode link holds, apart from its reading and writing (link.ts): the page needs the shape
// and the empty state at once, the code that reads and writes links only when there is a link.
import type { PayloadChoice } from '$lib/protocol/payload/types.ts';
import type { CaptureLink } from './capture/capture-link.ts';

export interface DecodeLink {
	/** Client → server and server → client capture text. */
	client: string;
	server: string;
	extensions: string;
	/** The selected frame in each direction. */
	clientFrame: number;
	serverFrame: number;
	/** The boxes hold messages re-encoded from a HAR (the masking keys are made up). */
	reconstructed: boolean;
	/** The negotiated Sec-WebSocket-Protocol, and what to read the messages as. */
	subprotocol: string;
	payload: PayloadChoice;
	/** A capture file's view: its selection, and the file when it is small. */
	capture: CaptureLink | null;
}

export const EMPTY_LINK: DecodeLink = {
	client: '',
	server: '',
	extensions: '',
	clientFrame: 0,
	serverFrame: 0,
	reconstructed: false,
	subprotocol: '',
	payload: 'auto',
	capture: null
};

/** No capture text longer than this goes into a link (the page says so). */
export const LINK_TEXT_LIMIT = 64 * 1024;
