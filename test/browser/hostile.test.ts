// Hostile and odd pages in real Chromium: for each, no uncaught error in the page or the
// extension, the page's own script still works, and the outcome is right (highlights on an
// agreement article, none elsewhere, never inside editable areas).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, highlightTexts, launchExtension, waitForHighlights, type Launched } from './harness';
import { HOSTILE } from './hostile-pages';

let launched: Launched;
beforeAll(async () => {
  launched = await launchExtension(HOSTILE);
});
afterAll(async () => {
  await launched?.close();
});

/** Waits until the content script has finished reading the page (its User Timing measure). */
async function settled(page: import('playwright-core').Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('accord-lens:annotate').length > 0, undefined, { timeout: 30_000 });
}

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
      await settled(page);
      const seen = await highlightTexts(page);
      expect([...seen.party, ...seen.official, ...seen.measure]).toEqual([]);
    }
    await page.waitForFunction(() => (window as unknown as { __pageOk?: boolean }).__pageOk !== undefined, undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { __pageOk?: boolean }).__pageOk)).toBe(true);
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
