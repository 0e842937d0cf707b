// SHA-1 (FIPS 180-4 §6.1), synchronous and dependency-free. Web Crypto's digest() is async and
// node:crypto is Node-only, but the handshake lab recomputes Sec-WebSocket-Accept on every keystroke,
// in a $derived, in a worker and in the CLI alike. SHA-1 is broken for signatures; RFC 6455 §1.3
// uses it only to prove the server read the key, which it still does.

const K = [0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6] as const;

/** The 20-byte SHA-1 digest of `message`. */
export function sha1(message: Uint8Array): Uint8Array {
	const h = new Uint32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]);
	const w = new Uint32Array(80);
	const padded = pad(message);
	const view = new DataView(padded.buffer);
	for (let block = 0; block < padded.length; block += 64) {
		for (let t = 0; t < 16; t++) w[t] = view.getUint32(block + 4 * t);
		for (let t = 16; t < 80; t++) w[t] = rotl(w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!, 1);
		compress(h, w);
	}
	const digest = new Uint8Array(20);
	const out = new DataView(digest.buffer);
	for (let i = 0; i < 5; i++) out.setUint32(4 * i, h[i]!);
	return digest;
}

/** FIPS 180-4 §5.1.1: a 1 bit, zeros to 56 mod 64 bytes, then the length in bits as 64 bits. */
function pad(message: Uint8Array): Uint8Array {
	const length = Math.ceil((message.length + 9) / 64) * 64;
	const padded = new Uint8Array(length);
	padded.set(message);
	padded[message.length] = 0x80;
	const view = new DataView(padded.buffer);
	const bits = message.length * 8;
	view.setUint32(length - 8, Math.floor(bits / 0x1_0000_0000));
	view.setUint32(length - 4, bits >>> 0);
	return padded;
}

/** FIPS 180-4 §6.1.2 step 3-4: eighty rounds over one block, added into the hash state. */
function compress(h: Uint32Array, w: Uint32Array): void {
	let [a, b, c, d, e] = [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!];
	for (let t = 0; t < 80; t++) {
		const round = (t / 20) | 0;
		const temp = (rotl(a, 5) + f(round, b, c, d) + e + K[round as 0 | 1 | 2 | 3] + w[t]!) >>> 0;
		e = d;
		d = c;
		c = rotl(b, 30);
		b = a;
		a = temp;
	}
	h[0] = h[0]! + a;
	h[1] = h[1]! + b;
	h[2] = h[2]! + c;
	h[3] = h[3]! + d;
	h[4] = h[4]! + e;
}

/** FIPS 180-4 §4.1.1: Ch, Parity, Maj, Parity. */
function f(round: number, b: number, c: number, d: number): number {
	if (round === 0) return (b & c) | (~b & d);
	if (round === 2) return (b & c) | (b & d) | (c & d);
	return b ^ c ^ d;
}

function rotl(x: number, n: number): number {
	return ((x << n) | (x >>> (32 - n))) >>> 0;
}
