// Asks the background whether the page's text may report an agreement (core/agreement-gate.ts). The
// gate's words and names stay compiled and warm there, so a page that reports nothing pays only for
// reading its text and sending it; the text never leaves the browser and is not kept.
import { CONTENT_TO_BACKGROUND, envelope, type ContentToBackground, type Result } from '../shared/messages';
import { extensionApi } from '../shared/extension-api';

/** Longer than a cold background's start (a few hundred ms), shorter than a reader's patience. */
export const GATE_TIMEOUT_MS = 10_000;

export async function askGate(text: string): Promise<boolean> {
  const message = envelope<ContentToBackground, 'mayReportAgreement'>('mayReportAgreement', { text });
  // a text too long to send is one no article could be read from either
  if (!CONTENT_TO_BACKGROUND.mayReportAgreement(message.params)) return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the background did not answer in time')), GATE_TIMEOUT_MS);
  });
  try {
    const answer = (await Promise.race([extensionApi().runtime.sendMessage(message), late])) as Result<unknown> | undefined;
    if (answer?.ok !== true || typeof answer.value !== 'boolean') throw new Error('no answer from the background');
    return answer.value;
  } finally {
    clearTimeout(timer);
  }
}
