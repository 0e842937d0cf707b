// How a typed answer reads as a number: shared by the answer check (exercises.ts) and the hints,
// apart from the check so a lesson's page shows hints without loading the engine the check uses.

/** Units students write after a count: "8 bytes", "8바이트", "2개", "8 B". */
const UNIT = /^(\d+)\s*(bytes?|octets?|b|messages?|바이트|개|번|개의 메시지)?\.?$/i;

/** Reads a number the way people type one: "8", " 8 ", "0x08", "8 bytes", "8바이트". */
export function numberOf(answer: string): number | undefined {
	const text = answer.trim().replace(/,/g, '');
	if (/^0x[0-9a-f]+$/i.test(text)) return parseInt(text.slice(2), 16);
	const counted = UNIT.exec(text);
	return counted ? Number(counted[1]) : undefined;
}
