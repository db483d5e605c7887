// `npm start`: builds the extension, serves the demo article on localhost and opens it in
// Chromium with Accord Lens loaded. With a display, the browser stays open for you to use.
// Without one (a server, CI), it runs headless, prints the popup's summary and saves
// screenshots of the annotated page and of the popup.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureBrowser, extensionLaunchOptions } from './lib/find-browser.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DEMO_CANDIDATES = [join(ROOT, 'test/fixtures/00-seed/source.html'), join(ROOT, '../shared/fixtures/pages/00-seed.html')];
const OUT = join(ROOT, 'artifacts');

function build() {
  const run = spawnSync(process.execPath, [join(ROOT, 'build.mjs')], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

function serveDemo() {
  const demo = DEMO_CANDIDATES.find((f) => existsSync(f));
  if (!demo) throw new Error('accord-lens: the demo article is missing (test/fixtures/00-seed/source.html)');
  const html = readFileSync(demo);
  const server = createServer((req, res) => {
    if (req.url === '/' || req.url?.startsWith('/article')) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else res.writeHead(404).end();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/article` })),
  );
}

async function main() {
  build();
  const executable = await ensureBrowser();
  const { server, url } = await serveDemo();
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI && !process.argv.includes('--headless');
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'accord-lens-start-')),
    extensionLaunchOptions(executable, join(ROOT, 'dist/chrome'), { headless: !headed }),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`accord-lens: the demo article is open at ${url}`);

  if (headed) {
    console.log(
      'accord-lens: hover a highlight for its card, click the toolbar icon (puzzle piece → Accord Lens) for the summary. Close the browser to stop.',
    );
    await new Promise((resolve) => context.on('close', resolve));
    server.close();
    return;
  }

  await page.waitForFunction(() => CSS.highlights.has('accord-lens-party'), undefined, { timeout: 15_000 });
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, 'page.png') });
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 800 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForFunction(() => (document.getElementById('main')?.dataset.status ?? 'working') !== 'working');
  const text = await popup.evaluate(() => document.getElementById('main').innerText);
  await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });
  console.log('\n--- Accord Lens popup ---------------------------------------------');
  console.log(text.trim());
  console.log('-------------------------------------------------------------------');
  console.log(`accord-lens: no display, so ran headless. Screenshots: ${join(OUT, 'page.png')} and ${join(OUT, 'popup.png')}`);
  await context.close();
  server.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
