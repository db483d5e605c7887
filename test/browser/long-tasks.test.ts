// No long tasks: on the heaviest pages we test (a news page with ~1 MB of agreement reporting, whose
// thousands of highlights are drawn, and a page of 100,000 nodes), the content script's work runs in
// slices, so no task it runs or causes reaches 50 ms. Two views of it:
// - the page's own PerformanceObserver for `longtask`, installed before any script: no long task that
//   holds one of the content script's slices may reach 50 ms (the page's own parsing and layout make
//   long tasks of their own, with no extension installed);
// - the content script's own record of each slice (`accord-lens:task`): none may reach 50 ms.
// The machine running the tests is shared, and another process can stretch any task: a page passes
// when one of three loads is clean (a task of ours that really is long fails all three).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, collectErrors, launchExtension, waitForAnnotation, type Launched } from './harness';
import { HOSTILE } from './hostile-pages';

const LONG_TASK_MS = 50;
const ATTEMPTS = 3;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const seed = readFileSync(join(SHARED, 'fixtures/seed/article.txt'), 'utf8');
const paragraphs = seed
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter((p) => p.length >= 200);

/** About 1 MB of the reference article's paragraphs, in one <article>: thousands of highlights. */
function newsPage(bytes: number): string {
  const out: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(`<p>${esc(p)}</p>`);
    size += p.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pakistan and Iran agree to deploy liaison officers</title></head><body><header><nav><a href="/">Home</a></nav></header><article><h1>Pakistan and Iran agree to deploy liaison officers</h1>${out.join('\n')}</article></body></html>`;
}

const PAGES = {
  '/long/news-1mb.html': { body: newsPage(1_000_000), highlights: true },
  '/hostile/many-nodes.html': { body: HOSTILE['/hostile/many-nodes.html']!.body, highlights: false },
};

let launched: Launched;
beforeAll(async () => {
  launched = await launchExtension(PAGES);
});
afterAll(async () => {
  await launched?.close();
});

interface Load {
  longTasks: number[];
  ourTasks: number[];
  highlights: number;
}

async function load(path: string): Promise<Load> {
  const page = await launched.context.newPage();
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }> };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${launched.baseUrl}${path}`, { timeout: 60_000 });
  await waitForAnnotation(page, 120_000);
  // the highlights are added a batch per frame after the run: let them all paint
  await page.waitForTimeout(1500);
  const seen = await page.evaluate(() => {
    const run = performance.getEntriesByName('accord-lens:annotate')[0]!;
    const end = run.startTime + run.duration + 1500;
    const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }> };
    const ours = performance.getEntriesByName('accord-lens:task');
    // a long task counts when it holds one of our slices: the page's own parsing and layout of 100,000
    // nodes makes long tasks of its own while we run, with no extension installed at all
    const holdsOurs = (t: { start: number; duration: number }): boolean =>
      ours.some((e) => e.startTime < t.start + t.duration && t.start < e.startTime + e.duration);
    return {
      longTasks: w.__longTasks
        .filter((t) => t.start + t.duration > run.startTime && t.start < end && holdsOurs(t))
        .map((t) => Math.round(t.duration)),
      ourTasks: ours.map((e) => Math.round(e.duration)),
      highlights: CSS.highlights.get('accord-lens-party')?.size ?? 0,
    };
  });
  expect(errors).toEqual([]);
  await page.close();
  return seen;
}

describe('no long tasks', () => {
  it.each(Object.entries(PAGES).map(([path, p]) => [path, p.highlights] as const))(
    '%s: no task of the content script reaches 50 ms',
    async (path, highlights) => {
      const loads: Load[] = [];
      for (let i = 0; i < ATTEMPTS; i++) {
        const seen = await load(path);
        loads.push(seen);
        if (highlights) expect(seen.highlights).toBeGreaterThan(1000); // the page really was drawn, in full
        if (Math.max(0, ...seen.longTasks, ...seen.ourTasks) < LONG_TASK_MS) break;
      }
      const best = Math.min(...loads.map((l) => Math.max(0, ...l.longTasks, ...l.ourTasks)));
      expect(
        best,
        JSON.stringify(loads.map((l) => ({ longTasks: l.longTasks, ourLongest: Math.max(0, ...l.ourTasks), slices: l.ourTasks.length }))),
      ).toBeLessThan(LONG_TASK_MS);
      // the work really was split: several tasks of ours, not one (how many depends on the machine's speed)
      if (highlights) expect(loads.at(-1)!.ourTasks.length).toBeGreaterThan(1);
    },
    600_000,
  );
});
