// The event store in real Chromium with a persistent profile: two reports of one event read from
// two origins (127.0.0.1 and localhost) that differ on the place; the popup on the second lists
// both and flags the difference; after a browser restart the Events page still shows the event
// with both reports. A page without an agreement adds nothing, and forged messages neither add
// nor change a report. The Events page and the options are axe-clean and usable from the keyboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, launchExtension, openPopupFor, tabIdOf, waitForAnnotation, waitForHighlights, type Launched } from './harness';

const SHOTS = join(ROOT, 'artifacts');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const wire = readFileSync(join(ROOT, 'test/fixtures/13-wire-pakistan-iran-fm-liaison-officers/source.txt'), 'utf8');
const wirePage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pakistan, Iran to post liaison officers</title>
<meta property="og:site_name" content="Wire Service"><meta property="article:published_time" content="2024-01-29T14:00:00Z"></head>
<body><article><h1>Pakistan, Iran to post liaison officers</h1>${wire
  .split(/\n\s*\n/)
  .map((p) => `<p>${esc(p.trim())}</p>`)
  .join('\n')}</article></body></html>`;

// A page script forging our messages every way a page can: window messages, DOM events, and the
// extension's runtime if it could reach it (it cannot: no externally_connectable).
const forgingPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forgery</title></head><body><p>Nothing here.</p><script>
  const report = { url: 'https://forged.example/', site: 'Forged', facts: { parties: [{ name: 'Pakistan' }], place: 'Nowhere' } };
  for (const method of ['extract', 'remember', 'import', 'add']) {
    const m = { channel: 'accord-lens/1', method, params: { text: 'Pakistan and Iran agreed to forge a report.', source: 'https://forged.example/', title: null, publishedDate: null, languageHint: null, report } };
    window.postMessage(m, '*');
    document.dispatchEvent(new CustomEvent('accord-lens', { detail: m }));
  }
  window.__reach = typeof chrome !== 'undefined' && !!(chrome.runtime && chrome.runtime.sendMessage);
</script></body></html>`;

const routes = { '/events/wire.html': { body: wirePage }, '/events/forging.html': { body: forgingPage } };
const profile = mkdtempSync(join(tmpdir(), 'accord-lens-events-'));
let launched: Launched;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  launched = await launchExtension(routes, { userDataDir: profile });
});
afterAll(async () => {
  await launched?.close();
  rmSync(profile, { recursive: true, force: true });
});

interface StoredReport {
  url: string;
  site: string;
  eventId: string;
  facts: { place: string | null };
}

/** Every stored report, read from an extension page (the store lives in the extension's origin). */
async function storedReports(): Promise<StoredReport[]> {
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/events.html`);
  const reports = await page.evaluate(
    () =>
      new Promise<StoredReport[]>((resolve, reject) => {
        const open = indexedDB.open('accord-lens-events');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('reports')) return resolve([]);
          const get = db.transaction('reports').objectStore('reports').getAll();
          get.onsuccess = () => {
            resolve(get.result as StoredReport[]);
            db.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
  await page.close();
  return reports;
}

async function waitForReports(n: number, timeout = 10_000): Promise<StoredReport[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const reports = await storedReports();
    if (reports.length >= n || Date.now() > deadline) return reports;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

const localhost = () => launched.baseUrl.replace('127.0.0.1', 'localhost');

describe('the event store', () => {
  it('two reports of one event from two origins: the popup on the second lists both and flags the place', async () => {
    const first = await launched.context.newPage();
    await first.goto(`${launched.baseUrl}/shared/pages/00-seed.html`);
    expect(await waitForHighlights(first)).toBe(true);
    expect(await waitForReports(1)).toHaveLength(1);

    const second = await launched.context.newPage();
    await second.goto(`${localhost()}/events/wire.html`);
    expect(await waitForHighlights(second)).toBe(true);
    const reports = await waitForReports(2);
    expect(reports.map((r) => new URL(r.url).hostname).sort()).toEqual(['127.0.0.1', 'localhost']);
    expect(new Set(reports.map((r) => r.eventId)).size).toBe(1);

    const popup = await openPopupFor(launched, await tabIdOf(launched, second));
    await popup.waitForSelector('#event:not([hidden])', { timeout: 10_000 });
    const text = await popup.evaluate(() => document.getElementById('event')!.innerText);
    expect(text).toMatch(/Sources of this event \(2\)/i);
    expect(text).toMatch(/127\.0\.0\.1/);
    expect(text).toMatch(/Wire Service — Pakistan, Iran to post liaison officers/);
    expect(text).toMatch(/Place: (Rawalpindi|Islamabad) \(1 source\) · (Islamabad|Rawalpindi) \(1 source\)/);
    const links = await popup.$$eval('#event a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.sort()).toEqual(reports.map((r) => r.url).sort());
    const flags = await popup.$$eval('.flag-icon', (els) => els.map((e) => getComputedStyle(e).backgroundImage));
    expect(flags.some((f) => /flags\/pk\.svg/.test(f))).toBe(true);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.setViewportSize({ width: 400, height: 1400 });
    await popup.screenshot({ path: join(SHOTS, 'popup-sources.png'), fullPage: true });
    await popup.close();
    await first.close();
    await second.close();
  });

  it('a page without an agreement adds nothing', async () => {
    const page = await launched.context.newPage();
    await page.goto(`${launched.baseUrl}/shared/pages/10-defencepoint-hanoi-summit-no-deal.html`);
    await waitForAnnotation(page);
    await new Promise((r) => setTimeout(r, 500));
    expect(await storedReports()).toHaveLength(2);
    await page.close();
  });

  it('forged messages neither add nor change a report', async () => {
    const before = JSON.stringify((await storedReports()).sort((a, b) => a.url.localeCompare(b.url)));
    const page = await launched.context.newPage();
    await page.goto(`${launched.baseUrl}/events/forging.html`);
    expect(await page.evaluate(() => (window as unknown as { __reach: boolean }).__reach)).toBe(false);
    // Even a message from the extension's own page claiming a web address stores nothing: a report's
    // address is the sender's as the browser reports it (a web page's), never the one sent.
    const extensionPage = await launched.context.newPage();
    await extensionPage.goto(`chrome-extension://${launched.extensionId}/options.html`);
    await extensionPage.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
      return chrome.runtime
        .sendMessage({
          channel: 'accord-lens/1',
          method: 'extract',
          params: {
            text: 'Pakistan and Iran agreed to deploy liaison officers in Zenda.',
            source: 'https://forged.example/',
            title: null,
            publishedDate: null,
            languageHint: null,
          },
        })
        .catch((e: unknown) => `rejected: ${String(e)}`);
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(JSON.stringify((await storedReports()).sort((a, b) => a.url.localeCompare(b.url)))).toBe(before);
    await extensionPage.close();
    await page.close();
  });

  it('after a browser restart the Events page still lists the event with both reports', async () => {
    await launched.close();
    launched = await launchExtension(routes, { userDataDir: profile });
    const page = await launched.context.newPage();
    await page.goto(`chrome-extension://${launched.extensionId}/events.html`);
    await page.waitForFunction(() => document.body.dataset.loaded !== undefined);
    const events = await page.$$eval('#events > li', (lis) =>
      lis.map((li) => ({ sources: li.querySelectorAll('.sources li').length, text: (li as HTMLElement).innerText })),
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.sources).toBe(2);
    expect(events[0]!.text).toMatch(/Place: /);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'events-page.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(13, 17, 23)');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'events-page-dark.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    // Search by an official finds it; a party it does not have finds nothing.
    await page.fill('#q', 'Abdollahian');
    expect(await page.$$eval('#events > li', (l) => l.length)).toBe(1);
    await page.fill('#q', 'Venezuela');
    expect(await page.$$eval('#events > li', (l) => l.length)).toBe(0);
    await page.fill('#q', '');
    // Filters: by party, and by date (the event is of January 2024).
    await page.selectOption('#party', 'Pakistan');
    expect(await page.$$eval('#events > li', (l) => l.length)).toBe(1);
    await page.fill('#from', '2025-01-01');
    expect(await page.$$eval('#events > li', (l) => l.length)).toBe(0);
    await page.fill('#from', '2024-01-01');
    await page.fill('#to', '2024-02-29');
    expect(await page.$$eval('#events > li', (l) => l.length)).toBe(1);
    await page.fill('#from', '');
    await page.fill('#to', '');
    await page.selectOption('#party', '');
    await page.click('h1'); // the focus navigation starts from the top

    // Keyboard: Tab from the top reaches the search field first, with a visible focus ring.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      id: document.activeElement?.id,
      outline: getComputedStyle(document.activeElement!).outlineStyle,
    }));
    expect(focused).toEqual({ id: 'q', outline: expect.not.stringMatching(/^none$/) });

    // Export JSON, forget everything, import it back: the event comes back with both reports.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'accord-lens-events', version: 1 });
    const options = await launched.context.newPage();
    await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
    expect(await axeViolations(options)).toEqual([]);
    await options.click('#forget-all');
    await options.waitForFunction(() => /Forgot 2 reports/.test(document.getElementById('forgot')!.textContent ?? ''));
    expect(await storedReports()).toHaveLength(0);
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.loaded !== undefined);
    await page.setInputFiles('#import', { name: 'events.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.waitForFunction(() => /Imported 2 reports/.test(document.getElementById('count')!.textContent ?? ''));
    expect(await page.$$eval('#events > li .sources li', (l) => l.length)).toBe(2);
    await options.close();
    await page.close();
  });

  it('with memory off, nothing is stored', async () => {
    const options = await launched.context.newPage();
    await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
    await options.uncheck('input[name="memory"]');
    await options.waitForFunction(() => document.getElementById('saved')!.textContent !== '');
    const before = (await storedReports()).length;
    const page = await launched.context.newPage();
    await page.goto(`${launched.baseUrl}/shared/pages/01-dunyanews-coas-iranian-fm.html`);
    await waitForAnnotation(page);
    await new Promise((r) => setTimeout(r, 500));
    expect(await storedReports()).toHaveLength(before);
    await page.close();
    await options.close();
  });
});
