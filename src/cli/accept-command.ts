// `wsviz accept <key>`: the Sec-WebSocket-Accept a server answers to a key (RFC 6455 §4.2.2), as a
// bare value for scripts, step by step for people, or as JSON.
import { computeAccept, keyProblem, type AcceptSteps } from '../lib/protocol/index.ts';
import { parseArgs, UsageError } from './args.ts';
import type { Io } from './io.ts';
import { escapeText, palette, type Palette } from './text.ts';

const OPTIONS = { steps: 'flag', json: 'flag', help: 'flag' } as const;

export function runAccept(argv: readonly string[], io: Io): number {
	const { options, positionals } = parseArgs(argv, OPTIONS);
	if (options.help) {
		io.out(ACCEPT_HELP);
		return 0;
	}
	if (positionals.length === 0) throw new UsageError('a Sec-WebSocket-Key is needed');
	if (positionals.length > 1)
		throw new UsageError(`one key is expected, not ${positionals.length}`);
	const key = positionals[0]!;
	const steps = computeAccept(key);
	const problem = keyProblem(key);
	if (options.json) {
		const { guid, concatenated, sha1Hex, base64 } = steps;
		const json = { key, guid, concatenated, sha1Hex, base64, valid: !problem };
		io.out(`${JSON.stringify(problem ? { ...json, problem } : json, null, 2)}\n`);
	} else if (problem) {
		io.err(invalidKeyReport(key, problem, steps.base64));
	} else {
		io.out(options.steps ? renderSteps(steps, palette(io.color)) : `${steps.base64}\n`);
	}
	return problem ? 2 : 0;
}

/** RFC 6455 §4.2.1 item 5: a strict server refuses such a key, so no value goes to stdout. */
function invalidKeyReport(key: string, problem: string, value: string): string {
	return [
		`wsviz accept: "${escapeText(key)}" is not a valid Sec-WebSocket-Key: ${problem}.`,
		'A key is the base64 of 16 random bytes: 24 characters ending in == (RFC 6455 §4.1).',
		'A strict server answers 400 Bad Request to it instead of computing an accept value.',
		`Hashed anyway, for study: ${value}`,
		''
	].join('\n');
}

export function renderSteps(s: AcceptSteps, pal: Palette): string {
	const hex = s.sha1Hex.replace(/(..)(?!$)/g, '$1 ');
	const rows: [string, string][] = [
		['1 key', `"${escapeText(s.key)}"`],
		['2 key + GUID', `"${escapeText(s.concatenated)}"`],
		['3 SHA-1', `${hex}  (20 bytes)`],
		['4 base64', pal.bold(s.base64)]
	];
	const body = rows.map(([label, value]) => `  ${label.padEnd(14)}${value}`).join('\n');
	return `${pal.bold('Sec-WebSocket-Accept = base64(SHA-1(key + GUID))')} ${pal.dim('(RFC 6455 §4.2.2)')}\n${body}\n`;
}

export const ACCEPT_HELP = `Usage: wsviz accept [--steps | --json] <Sec-WebSocket-Key>

Print the Sec-WebSocket-Accept value a server answers to this key (RFC 6455
§4.2.2): base64(SHA-1(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")).

Options:
  --steps      show the computation: the key, key + GUID, the SHA-1 digest in
               hex, the base64 result
  --json       print { key, guid, concatenated, sha1Hex, base64, valid } (and
               "problem" for an invalid key)
  -h, --help   show this help

A key must be the base64 of exactly 16 bytes: 24 characters ending in ==. For
any other key a strict server answers 400, so nothing is printed on standard
output: standard error says what is wrong with the key and, for study, the
value it would hash to anyway; the exit status is 2. With --json the object is
printed in both cases and the exit status tells them apart.

Exit status: 0 for a valid key, 2 for an invalid key or on bad usage.

Examples:
  wsviz accept dGhlIHNhbXBsZSBub25jZQ==          # s3pPLMBiTxaQ9kYGzzhZRbK+xOo=
  wsviz accept --steps dGhlIHNhbXBsZSBub25jZQ==
`;
