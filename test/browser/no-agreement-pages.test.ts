// The pages that report no agreement (test/browser/pages/no-agreement/) in real Chromium with the built
// extension: nothing highlighted anywhere on the page, and the popup says there is no agreement (or, on a
// page that holds no news article at all, that there is none). The engine-only twin is
// test/unit/no-agreement-pages.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, collectErrors, highlightTexts, launchExtension, openPopupFor, tabIdOf, waitForAnnotation, type Launched } from './harness';

const PAGES = readdirSync(join(ROOT, 'test/browser/pages/no-agreement'))
  .filter((f) => f.endsWith('.html'))
  .sort();

let launched: Launched;
beforeAll(async () => {
  launched = await launchExtension();
});
afterAll(async () => {
  await launched?.close();
});

describe('pages that report no agreement', () => {
  it.each(PAGES)('%s', async (file) => {
    const page = await launched.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${launched.baseUrl}/pages/no-agreement/${file}`);
    // a page the cheap gate turns away is never annotated: give it the same time, then look
    await waitForAnnotation(page, 5_000).catch(() => undefined);
    expect(await highlightTexts(page)).toEqual({ party: [], official: [], measure: [] });

    const popup = await openPopupFor(launched, await tabIdOf(launched, page));
    const status = await popup.evaluate(() => document.getElementById('main')?.dataset.status);
    const text = await popup.evaluate(() => document.getElementById('main')?.innerText ?? '');
    expect(['no-agreement', 'not-article']).toContain(status);
    expect(text).toMatch(/No agreement reported|No news article/);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
