// Proof, in real Chromium, that a page cannot turn Accord Lens against its reader: no network
// traffic of ours, no way for page scripts to talk to the extension, and page text that looks
// like markup reaches the popup only as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  DIST,
  SHARED,
  collectErrors,
  highlightTexts,
  launchExtension,
  openPopupFor,
  tabIdOf,
  waitForHighlights,
  type Launched,
} from './harness';

const seed = readFileSync(join(SHARED, 'fixtures/seed/article.txt'), 'utf8');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = seed
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter((p) => p.length >= 200);

// The markup is page TEXT (escaped in the HTML), as an article quoting code would carry it.
const XSS = '<img src=x onerror="window.__xss=1">';
const xssPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(XSS)} Pakistan and Iran agree</title></head><body><article><h1>Pakistan and Iran agree ${esc(XSS)}</h1>${paragraphs
  .map((p, i) => `<p>${esc(i === 0 ? p.replace('military liaison officers', `military liaison officers ${XSS}`) : p)}</p>`)
  .join('')}</article></body></html>`;

// A page script forging our messages in every way a page can reach.
const forgingPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forgery</title></head><body><article>${paragraphs
  .map((p) => `<p>${esc(p)}</p>`)
  .join('')}</article><script>
  const forged = { channel: 'accord-lens/1', method: 'setSiteEnabled', params: { enabled: false } };
  window.postMessage(forged, '*');
  window.postMessage({ channel: 'accord-lens/1', method: 'getState', params: {} }, '*');
  document.dispatchEvent(new CustomEvent('accord-lens', { detail: forged }));
  window.__pageOk = typeof chrome === 'undefined' || !chrome.runtime || !chrome.runtime.sendMessage;
</script></body></html>`;

let launched: Launched;
const requests: string[] = [];
beforeAll(async () => {
  launched = await launchExtension({ '/security/xss.html': { body: xssPage }, '/security/forging.html': { body: forgingPage } });
  launched.context.on('request', (r) => requests.push(r.url()));
});
afterAll(async () => {
  await launched?.close();
});

describe('privacy and safety', () => {
  it('page text that looks like markup shows literally in the popup and runs nowhere', async () => {
    const page = await launched.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${launched.baseUrl}/security/xss.html`);
    expect(await waitForHighlights(page)).toBe(true);
    const popup = await openPopupFor(launched, await tabIdOf(launched, page));
    const shown = await popup.evaluate(() => ({
      text: document.body.innerText,
      imgs: document.querySelectorAll('img').length,
      xss: (window as unknown as { __xss?: number }).__xss,
    }));
    expect(shown.imgs).toBe(0);
    expect(shown.xss).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('a page cannot reach the extension: forged messages change nothing', async () => {
    const page = await launched.context.newPage();
    await page.goto(`${launched.baseUrl}/security/forging.html`);
    expect(await waitForHighlights(page)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __pageOk?: boolean }).__pageOk)).toBe(true);
    const popup = await openPopupFor(launched, await tabIdOf(launched, page));
    expect(await popup.evaluate(() => document.getElementById('main')?.dataset.status)).toBe('ready');
    const seen = await highlightTexts(page);
    expect(seen.party.length).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('the extension answers only well-formed calls, even from its own pages', async () => {
    const page = await launched.context.newPage();
    await page.goto(`${launched.baseUrl}/shared/pages/00-seed.html`);
    expect(await waitForHighlights(page)).toBe(true);
    const tabId = await tabIdOf(launched, page);
    const answers = await launched.worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } };
      const send = (m: unknown) => chrome.tabs.sendMessage(id, m).catch((e: unknown) => `rejected: ${String(e)}`);
      return Promise.all([
        send({ channel: 'accord-lens/1', method: 'reveal', params: { kind: 'party', item: 0, mention: 'x' } }),
        send({ channel: 'accord-lens/1', method: 'constructor', params: {} }),
        send({ method: 'getState' }),
        send('getState'),
      ]);
    }, tabId);
    // No listener answers a malformed call, so each one is left unanswered.
    for (const a of answers) expect(a === undefined || String(a).startsWith('rejected')).toBe(true);
    await page.close();
  });

  it('makes no network request while the fixtures are browsed', async () => {
    const page = await launched.context.newPage();
    for (const file of readdirSync(join(SHARED, 'fixtures/pages'))) {
      await page.goto(`${launched.baseUrl}/shared/pages/${file}`);
      await page.waitForFunction(() => performance.getEntriesByName('accord-lens:annotate').length > 0, undefined, { timeout: 15_000 });
    }
    const foreign = requests.filter(
      (u) =>
        !u.startsWith(launched.baseUrl) && !u.startsWith('chrome-extension://') && !u.startsWith('data:') && !u.startsWith('chrome://'),
    );
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('ships no code that could reach the network or evaluate strings', () => {
    for (const file of ['content.js', 'popup.js', 'background.js', 'options.js', 'events.js']) {
      const code = readFileSync(join(DIST, file), 'utf8');
      // A call of the global fetch, not a method of that name (MiniSearch's tree has `fetch(key)`).
      expect(code, file).not.toMatch(/(?<![.}\w$])fetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|\beval\(|new Function\(/);
    }
  });
});
