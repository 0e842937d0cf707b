// Handshake diagnostics come from the shared catalog; this adds which side they are about and turns
// byte spans into the bit ranges every diagnostic carries.
import type { DiagnosticParams } from '../types.ts';
import { diagnostic } from '../diagnostics.ts';
import type { HandshakeDiagnostic, HandshakeSide, Span } from './types.ts';

export type HandshakeCode = Extract<Parameters<typeof diagnostic>[0], `handshake_${string}`>;

export function report(
	side: HandshakeSide,
	code: HandshakeCode,
	at: Span,
	params: DiagnosticParams = {}
): HandshakeDiagnostic {
	return { ...diagnostic(code, at.offset * 8, at.length * 8, params), side };
}
