// The Firefox build (dist/firefox) in real headless Firefox ESR, driven by puppeteer-core over
// WebDriver BiDi: the add-on installs and highlights the reference article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ROOT, SHARED } from './harness';
// @ts-expect-error plain ESM helper
import { findFirefox } from '../../scripts/lib/find-firefox.mjs';

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  const pages = join(SHARED, 'fixtures/pages');
  server = createServer((req, res) => {
    const name = (req.url ?? '/').slice(1);
    if (!/^[\w-]+\.html$/.test(name)) return void res.writeHead(404).end();
    try {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(pages, name)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true });
  await browser.installExtension(join(ROOT, 'dist/firefox'));
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function highlights(page: Page): Promise<Record<'party' | 'official' | 'measure', string[]>> {
  for (let i = 0; i < 60; i++) {
    const seen = await page.evaluate(() => {
      const read = (name: string) => Array.from(CSS.highlights.get(name) ?? [], (r) => (r as Range).toString());
      return { party: read('accord-lens-party'), official: read('accord-lens-official'), measure: read('accord-lens-measure') };
    });
    if (seen.party.length) return seen;
    await new Promise((r) => setTimeout(r, 250));
  }
  return { party: [], official: [], measure: [] };
}

describe('Firefox', () => {
  it('highlights parties, officials and the liaison-officer measure on the seed page', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/00-seed.html`);
    const seen = await highlights(page);
    expect(seen.party).toEqual(expect.arrayContaining(['Pakistan', 'Iran', 'Pakistani']));
    expect(seen.official.join('|')).toMatch(/Syed Asim Munir/);
    expect(seen.official.join('|')).toMatch(/Abdollahian/);
    expect(seen.measure.some((t) => /liaison officers/.test(t))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stays quiet on a summit that ended without a deal', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/10-defencepoint-hanoi-summit-no-deal.html`);
    // Once the content script has read the page, its User Timing measure is on the page's timeline.
    await page.waitForFunction(() => performance.getEntriesByName('accord-lens:annotate').length > 0, { timeout: 15_000 });
    const count = await page.evaluate(() => CSS.highlights.get('accord-lens-party')?.size ?? 0);
    expect(count).toBe(0);
    await page.close();
  });
});
