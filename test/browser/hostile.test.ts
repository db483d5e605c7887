// Hostile and odd pages in real Chromium: for each, no uncaught error in the page or the
// extension, the page's own script still works, and the outcome is right (highlights on an
// agreement article, none elsewhere, never inside editable areas).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectErrors,
  evaluateIsolated,
  highlightTexts,
  launchExtension,
  waitForAnnotation,
  waitForHighlights,
  type Launched,
} from './harness';
import { HOSTILE } from './hostile-pages';

let launched: Launched;
beforeAll(async () => {
  launched = await launchExtension(HOSTILE);
});
afterAll(async () => {
  await launched?.close();
});

describe('hostile and odd pages', () => {
  it.each(Object.entries(HOSTILE).map(([path, route]) => [path, route.expect] as const))('%s → %s', async (path, expected) => {
    const page = await launched.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${launched.baseUrl}${path}`, { timeout: 60_000 });
    if (expected === 'highlights') {
      expect(await waitForHighlights(page, 30_000)).toBe(true);
      const seen = await highlightTexts(page);
      expect(seen.party.length).toBeGreaterThan(0);
      expect(seen.party.every((t) => /Pakistan|Iran/.test(t))).toBe(true);
    } else {
      await waitForAnnotation(page);
      const seen = await highlightTexts(page);
      expect([...seen.party, ...seen.official, ...seen.measure]).toEqual([]);
    }
    // The page's own script must still be working (hydration: its DOM unchanged by us).
    let pageOk: string | undefined;
    for (let i = 0; i < 100 && pageOk === undefined; i++) {
      pageOk = await evaluateIsolated<string | undefined>(page, 'document.body.dataset.pageOk');
      if (pageOk === undefined) await new Promise((r) => setTimeout(r, 100));
    }
    expect(pageOk).toBe('true');
    if (path === '/hostile/editable.html') {
      const after = await page.evaluate(() => {
        const t = document.getElementById('t') as HTMLTextAreaElement;
        const i = document.getElementById('i') as HTMLInputElement;
        return t.value + i.value + document.getElementById('c')!.innerHTML === (window as unknown as { __before: string }).__before;
      });
      expect(after).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
