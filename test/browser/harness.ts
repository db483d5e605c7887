// Shared set-up for the browser tests: the built extension in real headless Chromium
// (Debian's chromium + playwright-core), and a local HTTP server for the test pages.
// One browser per test file: call launchExtension() in beforeAll and close() in afterAll.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, extname } from 'node:path';
import type { AddressInfo } from 'node:net';
// @ts-expect-error plain ESM helper shared with `npm start`
import { findBrowser, extensionLaunchOptions } from '../../scripts/lib/find-browser.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const SHARED = join(ROOT, '..', 'shared');
export const DIST = join(ROOT, 'dist', 'chrome');

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  baseUrl: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** A page made by the test itself (huge or generated ones), with optional response headers. */
export interface Route {
  body: string | Buffer;
  headers?: Record<string, string>;
}

/**
 * Serves `/shared/...` from ../shared/fixtures, `/fixtures/...` from test/fixtures, `/pages/...` from
 * test/browser/pages, and `routes` (exact paths) from memory.
 */
function serve(routes: Record<string, Route>): Promise<Server> {
  const roots: Record<string, string> = {
    shared: join(SHARED, 'fixtures'),
    fixtures: join(ROOT, 'test', 'fixtures'),
    pages: join(ROOT, 'test', 'browser', 'pages'),
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') {
      res.writeHead(204).end(); // browsers ask for it; a 404 would show as a console error
      return;
    }
    const route = routes[path];
    if (route) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...route.headers }).end(route.body);
      return;
    }
    const [, top = '', ...rest] = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).split('/');
    const base = roots[top];
    const file = base ? normalize(join(base, ...rest)) : '';
    if (!base || !file.startsWith(base) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Launches Chromium with the built extension. With `userDataDir`, the profile is the caller's and is
 * kept on close (to test what survives a browser restart).
 */
export async function launchExtension(routes: Record<string, Route> = {}, options: { userDataDir?: string } = {}): Promise<Launched> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first');
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'accord-lens-test-'));
  const context = await chromium.launchPersistentContext(userDataDir, extensionLaunchOptions(findBrowser(), DIST));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const server = await serve(routes);
  const { port } = server.address() as AddressInfo;
  return {
    context,
    worker,
    extensionId,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Errors the page (or our content script in it) printed or threw. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

export type HighlightTexts = Record<'party' | 'official' | 'measure', string[]>;

/**
 * Evaluates an expression in a fresh isolated world of the page's main frame: it sees the same
 * DOM and CSS.highlights registry, but none of the page's scripts, so a page that overwrites
 * Array.prototype or Range cannot break the test's own reading.
 */
export async function evaluateIsolated<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'accord-lens-test',
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The text of every range in each of our highlights. */
export async function highlightTexts(page: Page): Promise<HighlightTexts> {
  return evaluateIsolated<HighlightTexts>(
    page,
    `(() => {
      const read = (name) => Array.from(CSS.highlights.get(name) ?? [], (r) => r.toString());
      return { party: read('accord-lens-party'), official: read('accord-lens-official'), measure: read('accord-lens-measure') };
    })()`,
  );
}

/** Waits until the content script has registered highlights, or the timeout passes. */
export async function waitForHighlights(page: Page, timeout = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await evaluateIsolated<boolean>(page, `(CSS.highlights.get('accord-lens-party')?.size ?? 0) > 0`)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Waits until the content script has finished reading the page (its User Timing measure). */
export async function waitForAnnotation(page: Page, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await evaluateIsolated<boolean>(page, `performance.getEntriesByName('accord-lens:annotate').length > 0`)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the content script did not finish reading the page');
}

/** The tab id of a page, asked of the service worker while the page is in front. */
export async function tabIdOf(launched: Launched, page: Page): Promise<number> {
  await page.bringToFront();
  return launched.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

/** Opens the popup as a page that speaks for `tabId` (the test-only `?tabId=` parameter). */
export async function openPopupFor(launched: Launched, tabId: number): Promise<Page> {
  const popup = await launched.context.newPage();
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForFunction(() => {
    const status = document.getElementById('main')?.dataset.status;
    return status !== undefined && status !== 'working';
  });
  return popup;
}
