// `npm run bench:store`: the event store at its bound, in real headless Chromium with the built
// extension: 5,000 reports in the store (one real page read by the extension, the rest synthetic,
// added through the same store code as the background's), then
//   - the popup's look-up of a page's event (budget 20 ms): timed inside an extension page, and as
//     the real popup records it (accord-lens:event-lookup);
//   - the Events page's first render, from navigation start (budget 300 ms);
//   - the store's size (the origin's storage usage, and the reports as JSON).
// Needs `npm run build` first. Exits 1 when a budget is exceeded.
import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser, extensionLaunchOptions } from './lib/find-browser.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist', 'chrome');
const REPORTS = 5000;
const LOOKUP_BUDGET_MS = 20;
const RENDER_BUDGET_MS = 300;
const RUNS = 15;

if (!existsSync(join(DIST, 'manifest.json'))) {
  console.error('bench:store: dist/chrome is missing: run `npm run build` first');
  process.exit(2);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

const injected = (
  await build({
    entryPoints: [join(ROOT, 'scripts/lib/bench-store-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'error',
  })
).outputFiles[0].text;
const seed = readFileSync(join(ROOT, '../shared/fixtures/pages/00-seed.html'));
const server = createServer((req, res) => {
  if (req.url === '/seed.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(seed);
  else res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const profile = mkdtempSync(join(tmpdir(), 'accord-lens-bench-store-'));
const context = await chromium.launchPersistentContext(profile, extensionLaunchOptions(findBrowser(), DIST));
let failed = false;
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const ext = (page) => `chrome-extension://${id}/${page}`;

  // 1. A real page, read and stored by the extension itself.
  const article = await context.newPage();
  await article.goto(`${origin}/seed.html`);
  const bench = await context.newPage();
  await bench.goto(ext('events.html'));
  await bench.evaluate(injected);
  for (let i = 0; i < 100; i++) {
    if (
      await bench.evaluate(
        () =>
          new Promise((ok) => {
            const r = indexedDB.open('accord-lens-events');
            r.onsuccess = () => {
              const db = r.result;
              if (!db.objectStoreNames.contains('reports')) {
                db.close();
                return ok(0);
              }
              const c = db.transaction('reports').objectStore('reports').count();
              c.onsuccess = () => {
                ok(c.result);
                db.close();
              };
            };
          }),
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }

  // 2. The rest, synthetic, through the store's own add (grouping and pruning included).
  const filled = await bench.evaluate(
    ([n, o]) => globalThis.__benchStore.fill(n, o),
    [REPORTS - 1, origin.replace('127.0.0.1', 'localhost')],
  );
  console.log(
    `bench:store: ${filled.count} reports stored (${REPORTS - 1} added in ${fmt(filled.ms)}, ${fmt(filled.ms / (REPORTS - 1))} each)`,
  );

  // 3. The popup's look-up: in an extension page, then as the real popup records it.
  const times = await bench.evaluate(([url, runs]) => globalThis.__benchStore.lookup(url, runs), [`${origin}/seed.html`, RUNS]);
  const lookup = median(times);
  console.log(
    `bench:store: popup look-up of a page's event: median ${fmt(lookup)}, max ${fmt(Math.max(...times))} (budget ${LOOKUP_BUDGET_MS} ms)`,
  );
  await article.bringToFront();
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  const popupTimes = [];
  for (let i = 0; i < 5; i++) {
    const popup = await context.newPage();
    await popup.goto(`${ext('popup.html')}?tabId=${tabId}`);
    await popup.waitForFunction(() => performance.getEntriesByName('accord-lens:event-lookup').length > 0, undefined, { timeout: 15_000 });
    popupTimes.push(await popup.evaluate(() => performance.getEntriesByName('accord-lens:event-lookup').at(-1).duration));
    await popup.close();
  }
  console.log(`bench:store: the popup's own look-up (accord-lens:event-lookup): median ${fmt(median(popupTimes))}`);
  if (lookup > LOOKUP_BUDGET_MS || median(popupTimes) > LOOKUP_BUDGET_MS) failed = true;

  // 4. The Events page's first render, from navigation start.
  const renders = [];
  for (let i = 0; i < 5; i++) {
    const page = await context.newPage();
    await page.goto(ext('events.html'));
    await page.waitForFunction(() => document.body.dataset.rendered !== undefined, undefined, { timeout: 30_000 });
    renders.push(Number(await page.evaluate(() => document.body.dataset.rendered)));
    await page.close();
  }
  const render = median(renders);
  console.log(
    `bench:store: Events page first render: median ${fmt(render)} of ${renders.map((r) => r.toFixed(0)).join(', ')} ms (budget ${RENDER_BUDGET_MS} ms)`,
  );
  if (render > RENDER_BUDGET_MS) failed = true;

  // 5. Size.
  const { usage, json } = await bench.evaluate(() => globalThis.__benchStore.size());
  console.log(
    `bench:store: store size: ${usage === null ? 'n/a' : `${(usage / 1024 / 1024).toFixed(2)} MB`} (origin storage usage), reports as JSON ${(json / 1024 / 1024).toFixed(2)} MB`,
  );
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(
  `bench:store: machine load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (timings grow with it)`,
);
if (failed) {
  console.log('bench:store: over budget');
  process.exitCode = 1;
}
