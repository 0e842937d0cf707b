// The English of each usual slip computing Sec-WebSocket-Accept (mistakes.ts finds them). Data only,
// in its own module: the catalog of id-valued params (words.ts) needs the sentences, and every page
// that shows a diagnostic loads it, without the SHA-1 and base64 code that finds the slips.
/** What each usual slip is, completing "{received} is what you get when ...". */
export const MISTAKE_TEXT = {
	key_decoded:
		'the key is base64-decoded before hashing; the key is hashed as text, exactly as sent',
	key_whitespace:
		'the key is hashed with whitespace around it; the spaces after the colon are not part of the value',
	key_case: 'the key is lowercased first; the key is hashed exactly as sent',
	guid_lowercase: 'the GUID is written in lowercase; it is exactly {guid}',
	guid_typo: 'the GUID is mistyped as {typo}; it is {guid}',
	guid_missing: 'the GUID is left out and the key alone is hashed',
	guid_first: 'the GUID comes before the key; it is key + GUID',
	hex_text_base64: 'the hex text of the digest is base64-encoded instead of the 20 digest bytes',
	hex_digest: 'the digest is written in hex; it must be base64',
	accept_whitespace: 'whitespace is left inside the value',
	base64_variant:
		'base64url or unpadded base64 is used; the value is standard base64 with = padding',
	rfc_example_copied:
		"the value is copied from RFC 6455's example (the key {key}), not computed from this key"
} as const;
