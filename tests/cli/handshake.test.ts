import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import samples from '../vectors/handshake-sample.json' with { type: 'json' };
import { SLOW, wsviz, wsvizJson } from './run.ts';

interface HandshakeJson {
	request: { method: string; headers: { name: string; value: string; offset: number }[] } | null;
	response: { status: number; offset: number } | null;
	accept: {
		key: string;
		concatenated: string;
		sha1Hex: string;
		base64: string;
		matches: boolean | null;
	} | null;
	rest?: { offset: number; length: number; after: string; hex: string };
	diagnostics: { side: string; code: string; severity: string; offset: number }[];
	verdict: { ok: boolean; status: number | null; clientAccepts: boolean | null };
}

const RFC_KEY = 'dGhlIHNhbXBsZSBub25jZQ==';
const STACK = /\n\s+at /;
const valid = samples.responses.find((s) => s.id === 'valid-101')!;
const noConnection = samples.responses.find((s) => s.id === 'missing-connection')!;

describe('wsviz accept', { timeout: SLOW }, () => {
	it('prints the RFC 6455 §1.3 accept value for its key', async () => {
		const run = await wsviz(['accept', RFC_KEY]);
		expect(run).toMatchObject({ code: 0, stdout: 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=\n', stderr: '' });
	});

	it('shows the steps with --steps, and prints them as JSON with --json', async () => {
		const [steps, json] = await Promise.all([
			wsviz(['accept', '--steps', RFC_KEY]),
			wsvizJson(['accept', '--json', RFC_KEY])
		]);
		expect(steps.stdout).toContain('b3 7a 4f 2c c0 62 4f 16 90 f6 46 06 cf 38 59 45 b2 be c4 ea');
		expect(steps.stdout).toContain(`${RFC_KEY}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`);
		expect(json).toMatchObject({
			sha1Hex: 'b37a4f2cc0624f1690f64606cf385945b2bec4ea',
			base64: 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=',
			valid: true
		});
	});

	it('exits 2 on a key that is not base64 of 16 bytes, says why, and prints nothing on stdout', async () => {
		const run = await wsviz(['accept', 'dGhlIHNhbXBsZSBub25jZTE=']);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain('17 bytes, not 16');
		expect(run.stderr).toContain('Hashed anyway, for study: ');
		expect(run.stderr).not.toMatch(STACK);
	});

	it('exits 2 without a key, or with two', async () => {
		const [none, two] = await Promise.all([wsviz(['accept']), wsviz(['accept', RFC_KEY, RFC_KEY])]);
		expect(none.code).toBe(2);
		expect(two.code).toBe(2);
		expect(none.stderr).toContain("Run 'wsviz accept --help'");
	});
});

describe('wsviz handshake', { timeout: SLOW }, () => {
	it('--json on a request + response from stdin gives the shape of issue 4', async () => {
		const input = valid.requestText + valid.responseText;
		const json = await wsvizJson<HandshakeJson>(['handshake', '--json'], { input });
		expect(json.request?.method).toBe('GET');
		expect(json.response).toMatchObject({ status: 101, offset: valid.requestText.length });
		expect(json.accept).toMatchObject({
			key: 'I4ZVfvRgEVhSf7xCjzJmGA==',
			concatenated: 'I4ZVfvRgEVhSf7xCjzJmGA==258EAFA5-E914-47DA-95CA-C5AB0DC85B11',
			base64: 'WsyrjI/x1KN/cIm0yBfjQy/xpoY=',
			matches: true
		});
		expect(json.accept?.sha1Hex).toMatch(/^[0-9a-f]{40}$/);
		expect(json.verdict).toEqual({ ok: true, status: 101, clientAccepts: true });
	});

	it('--json says what a strict server and a strict client do with broken ones', async () => {
		const json = await wsvizJson<HandshakeJson>(['handshake', '--json', '-'], {
			input: noConnection.requestText + noConnection.responseText
		});
		expect(json.verdict).toEqual({ ok: false, status: 101, clientAccepts: false });
		expect(json.diagnostics).toContainEqual(
			expect.objectContaining({
				side: 'response',
				code: 'handshake_connection_missing_upgrade',
				severity: 'error'
			})
		);
		const version = samples.requests.find((s) => s.id === 'version-missing')!;
		const req = await wsvizJson<HandshakeJson>(['handshake', '--json'], {
			input: version.requestText
		});
		expect(req.verdict).toEqual({ ok: false, status: 400, clientAccepts: null });
		expect(req.response).toBeNull();
	});

	it('reads a FILE as bytes and reports the frames after the 101', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'wsviz-'));
		const file = path.join(dir, 'capture.txt');
		const head = Buffer.from(valid.requestText + valid.responseText, 'latin1');
		writeFileSync(file, Buffer.concat([head, Buffer.from('810548656c6c6f', 'hex')]));
		const [json, report] = await Promise.all([
			wsvizJson<HandshakeJson>(['handshake', '--json', file]),
			wsviz(['handshake', file])
		]);
		expect(json.rest).toEqual({
			offset: head.length,
			length: 7,
			after: 'response',
			hex: '810548656c6c6f'
		});
		expect(report.code).toBe(0);
		expect(report.stdout).toContain('wsviz decode --from server 810548656c6c6f');
		expect(report.stdout).toContain('a strict client accepts the response');
	});

	it('writes a report for people: headers with their checks, the accept steps, the verdict', async () => {
		const run = await wsviz(['handshake'], {
			input: noConnection.requestText + noConnection.responseText
		});
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(
			/HTTP\/1\.1 101 Switching Protocols +✗ handshake_connection_missing_upgrade/
		);
		expect(run.stdout).toContain('4 base64');
		expect(run.stdout).toContain('✓ matches');
		expect(run.stdout).toContain(
			'Verdict: a strict server answers 101 Switching Protocols; a strict client fails the connection'
		);
		expect(run.stdout).not.toContain('\x1b[');
	});

	it('gives input that is not HTTP a verdict (exit 0): 400, and a failed connection', async () => {
		const [json, text] = await Promise.all([
			wsviz(['handshake', '--json'], { input: 'hello there\n' }),
			wsviz(['handshake'], { input: 'hello there\n' })
		]);
		expect(json.code).toBe(0);
		const out = JSON.parse(json.stdout);
		expect(out).toMatchObject({ request: null, response: null, accept: null });
		expect(out.verdict).toEqual({ ok: false, status: 400, clientAccepts: false });
		expect(out.diagnostics.map((d: { side: string; code: string }) => [d.side, d.code])).toEqual([
			['request', 'handshake_not_http'],
			['response', 'handshake_not_http']
		]);
		expect(text.code).toBe(0);
		expect(text.stdout).toContain('400 Bad Request (handshake_not_http)');
		expect(text.stdout).toContain('fails the connection (handshake_not_http)');
		for (const run of [json, text]) expect(run.stderr).not.toMatch(STACK);
	});

	it('exits 2 when FILE cannot be read', async () => {
		const missing = await wsviz(['handshake', '/nonexistent/capture.txt']);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('ENOENT');
		expect(missing.stdout).toBe('');
		expect(missing.stderr).not.toMatch(STACK);
	});

	it('exits 0 on a request a strict server refuses: the input was read', async () => {
		const run = await wsviz(['handshake'], { input: 'POST / HTTP/1.1\r\nHost: a\r\n\r\n' });
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('a strict server answers 405 Method Not Allowed');
	});

	it('lists both commands in the help', async () => {
		const [help, own] = await Promise.all([wsviz(['--help']), wsviz(['handshake', '--help'])]);
		expect(help.stdout).toMatch(/\n {2}accept {2}/);
		expect(help.stdout).toMatch(/\n {2}handshake/);
		expect(own.stdout).toContain(
			'Usage: wsviz handshake [--json] [--max-bytes N] [--max-list N] [FILE|-]'
		);
	});
});
