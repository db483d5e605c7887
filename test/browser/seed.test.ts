// The built extension in real headless Chromium on the reference article's page, and on pages
// without an agreement: what a reader sees highlighted, and what the popup says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  collectErrors,
  highlightTexts,
  launchExtension,
  openPopupFor,
  tabIdOf,
  waitForHighlights,
  type HighlightTexts,
  type Launched,
} from './harness';

let launched: Launched;
beforeAll(async () => {
  launched = await launchExtension();
});
afterAll(async () => {
  await launched?.close();
});

/** How many times `needle` occurs in the visible article paragraphs of the page. */
async function occurrences(page: Page, pattern: string): Promise<number> {
  return page.evaluate((source) => {
    const text = [...document.querySelectorAll('article p')].map((p) => p.textContent ?? '').join('\n');
    return (text.match(new RegExp(source, 'g')) ?? []).length;
  }, pattern);
}

describe('the seed article page', () => {
  let page: Page;
  let errors: string[];
  let seen: HighlightTexts;

  beforeAll(async () => {
    page = await launched.context.newPage();
    errors = collectErrors(page);
    await page.goto(`${launched.baseUrl}/shared/pages/00-seed.html`);
    expect(await waitForHighlights(page)).toBe(true);
    seen = await highlightTexts(page);
  });

  it('highlights every mention of Pakistan and Iran as a party, demonyms and possessives included', async () => {
    const parties = seen.party.map((t) => t.replace(/[’']s$/, ''));
    const pakistan = parties.filter((t) => /^Pakistan(i)?$/.test(t)).length;
    const iran = parties.filter((t) => /^Iran(ian)?$/.test(t)).length;
    expect(pakistan).toBeGreaterThanOrEqual(await occurrences(page, '\\bPakistan(i)?\\b'));
    expect(iran).toBeGreaterThanOrEqual(await occurrences(page, '\\bIran(ian)?\\b'));
    expect(seen.party).toEqual(expect.arrayContaining(['Pakistani']));
    expect(seen.party.some((t) => /^Iran[’']s$/.test(t) || t === 'Iran')).toBe(true);
  });

  it('highlights both officials, the later "General Munir" too, and a name split across a link as one range', async () => {
    const officials = seen.official.join(' | ');
    expect(officials).toMatch(/Hossein Amir Abdollahian/); // "Hossein Amir" is inside a link on this page
    expect(officials).toMatch(/Syed Asim Munir/);
    const munirMentions = seen.official.filter((t) => /Munir/.test(t)).length;
    expect(munirMentions).toBeGreaterThanOrEqual(await occurrences(page, 'Munir'));
  });

  it('highlights the liaison-officer measure', () => {
    expect(seen.measure.some((t) => /liaison officers/.test(t))).toBe(true);
  });

  it('leaves the page DOM alone: no element added but the hover-card host, no console errors', async () => {
    const foreign = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter(
          (el) => el.tagName.toLowerCase().startsWith('accord-lens') && el.tagName.toLowerCase() !== 'accord-lens-card',
        ).length,
    );
    expect(foreign).toBe(0);
    expect(errors).toEqual([]);
  });

  it('records its work as a User Timing measure', async () => {
    const names = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name));
    expect(names).toContain('accord-lens:annotate');
  });

  it("shows the hover card with the official's title and affiliation", async () => {
    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('accord-lens-official') ?? [])].find((r) =>
        (r as Range).toString().includes('Syed Asim Munir'),
      ) as Range | undefined;
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    const card = await page.waitForFunction(
      () => {
        const host = document.querySelector('accord-lens-card');
        const text = host?.shadowRoot?.textContent ?? '';
        return /Munir/.test(text) ? text : null;
      },
      undefined,
      { timeout: 5_000 },
    );
    const text = String(await card.jsonValue());
    expect(text).toMatch(/Chief of Army Staff/);
    expect(text).toMatch(/Pakistan/);
  });

  it('the popup shows the summary, parties, officials with title and affiliation, the measure, the date and the place', async () => {
    const popup = await openPopupFor(launched, await tabIdOf(launched, page));
    const text = await popup.evaluate(() => document.getElementById('main')?.innerText ?? '');
    expect(text).toMatch(/Pakistan/);
    expect(text).toMatch(/Iran/);
    expect(text).toMatch(/Hossein Amir Abdollahian[^\n]*Foreign Minister[^\n]*Iran/);
    expect(text).toMatch(/Syed Asim Munir[^\n]*Chief of Army Staff[^\n]*Pakistan/);
    expect(text).toMatch(/liaison officers/);
    expect(text).toMatch(/29 January 2024/);
    expect(text).toMatch(/Rawalpindi/);
    expect(await popup.evaluate(() => document.querySelector('[data-field="summary"]')?.textContent?.length ?? 0)).toBeGreaterThan(30);
    await popup.screenshot({ path: `${process.env.ARTIFACTS ?? 'artifacts'}/popup-seed.png`, fullPage: true }).catch(() => undefined);
    await popup.close();
  });

  it('a popup item scrolls the page to its highlight and flashes it', async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const popup = await openPopupFor(launched, await tabIdOf(launched, page));
    await popup.click('button[data-kind="measure"]');
    await page.waitForFunction(() => (CSS.highlights.get('accord-lens-flash')?.size ?? 0) > 0, undefined, { timeout: 5_000 });
    const flashedInView = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('accord-lens-flash') ?? [])][0] as Range;
      const rect = range.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight;
    });
    expect(flashedInView).toBe(true);
    await popup.close();
  });

  it('shows the number of facts on the toolbar badge, and clears it when the tab navigates away', async () => {
    const tabId = await tabIdOf(launched, page);
    const badge = () =>
      launched.worker.evaluate((id) => {
        const { chrome } = globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } };
        return chrome.action.getBadgeText({ tabId: id });
      }, tabId);
    expect(Number(await badge())).toBeGreaterThanOrEqual(6); // 2 parties + 2 officials + measures
    const other = await launched.context.newPage();
    await other.goto(`${launched.baseUrl}/shared/pages/00-seed.html`);
    const otherId = await tabIdOf(launched, other);
    await other.goto(`${launched.baseUrl}/pages/no-article.html`);
    await other.waitForFunction(() => performance.getEntriesByName('accord-lens:annotate').length > 0);
    const cleared = await launched.worker.evaluate((id) => {
      const { chrome } = globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } };
      return chrome.action.getBadgeText({ tabId: id });
    }, otherId);
    expect(cleared).toBe('');
    await other.close();
    await page.bringToFront();
  });

  it("the keyboard command's message toggles the highlights", async () => {
    const tabId = await tabIdOf(launched, page);
    const toggle = () =>
      launched.worker.evaluate((id) => {
        const { chrome } = globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } };
        return chrome.tabs.sendMessage(id, { channel: 'accord-lens/1', method: 'toggleHighlights', params: {} });
      }, tabId);
    expect(await toggle()).toEqual({ ok: true, value: false });
    expect((await highlightTexts(page)).party).toEqual([]);
    expect(await toggle()).toEqual({ ok: true, value: true });
    expect((await highlightTexts(page)).party.length).toBeGreaterThan(0);
  });

  it('the popup toggle hides and shows the highlights', async () => {
    const popup = await openPopupFor(launched, await tabIdOf(launched, page));
    await popup.click('#toggle');
    await page.waitForFunction(() => !CSS.highlights.has('accord-lens-party') || CSS.highlights.get('accord-lens-party')!.size === 0);
    await popup.click('#toggle');
    await page.waitForFunction(() => (CSS.highlights.get('accord-lens-party')?.size ?? 0) > 0);
    await popup.close();
  });
});

describe('pages without an agreement', () => {
  it.each([
    ['a summit that ended without a deal', '/shared/pages/10-defencepoint-hanoi-summit-no-deal.html', /No agreement/],
    ['a documentation page', '/pages/no-article.html', /No news article/],
  ])('%s: no highlight, and the popup says so', async (_name, path, message) => {
    const page = await launched.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${launched.baseUrl}${path}`);
    const popup = await openPopupFor(launched, await tabIdOf(launched, page));
    expect(await popup.evaluate(() => document.getElementById('main')?.innerText ?? '')).toMatch(message);
    const seen = await highlightTexts(page);
    expect([...seen.party, ...seen.official, ...seen.measure]).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('input')?.value ?? null)).toBe(
      path.includes('no-article') ? 'Pakistan and Iran agreed' : null,
    );
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('a browser page: the popup says it cannot read it', async () => {
    const page = await launched.context.newPage();
    await page.goto('chrome://version');
    const popup = await openPopupFor(launched, await tabIdOf(launched, page));
    expect(await popup.evaluate(() => document.getElementById('main')?.innerText ?? '')).toMatch(/cannot read this page/);
    await popup.close();
    await page.close();
  });
});
