// `npm run bench:page`: what the content script costs in real headless Chromium, next to a
// Readability parse of a clone of the same page timed in the same page, on
//   (a) the seed article page, (b) a news page with ~1 MB of article text,
//   (c) a ~200 KB documentation page with no article.
// It reads the content script's own User Timing measures, so it times exactly what runs for users:
// the content script's cost on the page's main thread is its page work (accord-lens:read-page: gate,
// agreement words, finding the article) plus drawing (accord-lens:highlight); extraction runs in the
// extension's background, off the page's thread, and shows in the end-to-end accord-lens:annotate
// (page work + waiting for the background + drawing), printed beside it.
// Medians of several loads; ratios are what to compare across machines.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser, extensionLaunchOptions } from './lib/find-browser.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 9); // medians of this many loads of each page
const READABILITY = readFileSync(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function seedPage() {
  const local = join(ROOT, 'test/fixtures/00-seed/source.html');
  return readFileSync(existsSync(local) ? local : join(ROOT, '../shared/fixtures/pages/00-seed.html'), 'utf8');
}

/** ~1 MB of agreement reporting: the corpus's texts repeated inside one <article>. */
function bigNewsPage() {
  const dir = join(ROOT, 'test/fixtures');
  const texts = readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'source.txt')))
    .map((d) => readFileSync(join(dir, d, 'source.txt'), 'utf8'));
  const paragraphs = texts.flatMap((t) => t.split(/\n\s*\n/)).filter((p) => p.trim().length > 40);
  const out = [];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(`<p>${esc(p)}</p>`);
    size += p.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long read</title></head><body><header><nav><a href="/">Home</a></nav></header><article><h1>Long read</h1>${out.join('\n')}</article></body></html>`;
}

/** ~200 KB of API documentation: headings, prose, code and tables, no agreement and no news article. */
function docsPage() {
  const sections = [];
  for (let i = 0; sections.join('').length < 200_000; i++) {
    sections.push(
      `<section><h2>config.option${i}</h2><p>Sets how the client retries request ${i}. The value is a number of milliseconds; the default waits twice as long after each failure, up to the limit set by <code>maxDelay</code>.</p><pre><code>client.configure({ option${i}: ${i * 10}, maxDelay: 30000 });</code></pre><table><tr><th>Type</th><td>number</td></tr><tr><th>Default</th><td>${i}</td></tr></table></section>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>API reference</title></head><body><nav><ul>${'<li><a href="#">Guide</a></li>'.repeat(50)}</ul></nav><main>${sections.join('\n')}</main></body></html>`;
}

function serve(pages) {
  const server = createServer((req, res) => {
    const body = pages[req.url.slice(1)];
    if (body) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    else res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measurePage(context, url) {
  const annotate = [];
  const endToEnd = [];
  const readability = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('accord-lens:annotate').length > 0, undefined, { timeout: 60_000 });
    const [cost, total] = await page.evaluate(() => {
      const first = (name) => performance.getEntriesByName(`accord-lens:${name}`)[0]?.duration ?? 0;
      return [first('read-page') + first('highlight'), first('annotate')];
    });
    annotate.push(cost);
    endToEnd.push(total);
    await page.addScriptTag({ content: READABILITY });
    readability.push(
      await page.evaluate(() => {
        const start = performance.now();
        new window.Readability(document.cloneNode(true)).parse();
        return performance.now() - start;
      }),
    );
    await page.close();
  }
  return { annotate: median(annotate), endToEnd: median(endToEnd), readability: median(readability) };
}

async function main() {
  const build = spawnSync(process.execPath, [join(ROOT, 'build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
  const pages = { seed: seedPage(), news1mb: bigNewsPage(), docs200kb: docsPage() };
  const server = await serve(pages);
  const base = `http://127.0.0.1:${server.address().port}`;
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'accord-lens-bench-')),
    extensionLaunchOptions(findBrowser(), join(ROOT, 'dist/chrome')),
  );
  const budgets = { seed: 2, news1mb: 2, docs200kb: 0.25 };
  console.log(`page        size   main thread (page work + drawing)   Readability(clone)   ratio   budget   end to end`);
  let ok = true;
  for (const [name, html] of Object.entries(pages)) {
    const { annotate, endToEnd, readability } = await measurePage(context, `${base}/${name}`);
    const ratio = annotate / readability;
    ok &&= ratio <= budgets[name];
    console.log(
      `${name.padEnd(11)} ${(html.length / 1024).toFixed(0).padStart(5)} KB  ${annotate.toFixed(1).padStart(26)} ms  ${readability.toFixed(1).padStart(16)} ms   ${ratio.toFixed(2).padStart(6)}×  ≤ ${budgets[name]}×  ${endToEnd.toFixed(0).padStart(7)} ms`,
    );
  }
  console.log(ok ? 'bench:page: within budget' : 'bench:page: OVER BUDGET');
  await context.close();
  server.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
