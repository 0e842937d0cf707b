// Decodes what each message carries (Socket.IO, MQTT, STOMP ...) off the main thread. The payload
// layer imports each protocol's decoder on first use, so none of them is in a page's first load.
// Messages the page holds only the head of are read again here, whole, from the direction's bytes
// (with the page's message size limit), so a message of any size is decoded, never on the main thread.
import { answerPayloads } from './payload-answer.ts';
import type { PayloadRequest } from './payload-protocol.ts';

self.onmessage = (event: MessageEvent<PayloadRequest>) => {
	void answerPayloads(event.data).then((reply) => (self as unknown as Worker).postMessage(reply));
};
