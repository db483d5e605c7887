// The background's answer to the content scripts' agreement gate (core/agreement-gate.ts): its words
// and names are compiled once per background lifetime and run warm, where in a page they would be
// compiled again on every load. The text is read and forgotten; nothing of it is kept.
import { mayReportAgreement } from '../core/agreement-gate';
import type { Result } from '../shared/messages';

export function gateInBackground(text: string): Result<boolean> {
  const start = performance.now();
  try {
    return { ok: true, value: mayReportAgreement(text) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }; // the gate never throws; belt and braces
  } finally {
    performance.measure('accord-lens:gate-in-background', { start, end: performance.now() });
  }
}
