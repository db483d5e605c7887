// The browser's own extension namespace (`browser` in Firefox, `chrome` in Chromium) for the few
// promise-returning calls the content script needs. The popup, options and background use
// webextension-polyfill; the content script, which runs on every page and must stay under its size
// budget, uses this instead: in Manifest V3 both browsers already return promises from these calls.
// Only runtime.onMessage differs (Chromium does not take a returned promise), so it is wrapped here.
import type Browser from 'webextension-polyfill';

type Api = typeof Browser;

export function extensionApi(): Api {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (g.browser ?? g.chrome) as Api;
}

/**
 * Listens for runtime messages whose answer is a promise (or undefined: not ours, no answer), using
 * sendResponse and `return true`, which both browsers honour.
 */
export function onRuntimeCall(handle: (message: unknown, sender: Browser.Runtime.MessageSender) => Promise<unknown> | undefined): void {
  const runtime = extensionApi().runtime as unknown as {
    onMessage: { addListener(l: (m: unknown, s: Browser.Runtime.MessageSender, reply: (r: unknown) => void) => boolean): void };
  };
  runtime.onMessage.addListener((message, sender, reply) => {
    const answer = handle(message, sender);
    if (!answer) return false;
    answer.then(reply, (error: unknown) => reply({ ok: false, error: String(error) }));
    return true;
  });
}
