// The popup and the options page as a reader uses them, in real Chromium: what the popup says on
// each kind of page (with screenshots in artifacts/), accessibility (axe-core), keyboard use,
// 200% zoom, and the options that change what the page shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import Ajv2020 from 'ajv/dist/2020';
import {
  ROOT,
  SHARED,
  highlightTexts,
  launchExtension,
  openPopupFor,
  tabIdOf,
  waitForHighlights,
  waitForAnnotation,
  type Launched,
} from './harness';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const SHOTS = join(ROOT, 'artifacts');

let launched: Launched;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  launched = await launchExtension();
});
afterAll(async () => {
  await launched?.close();
});

/** axe-core's violations on an extension page (evaluated over CDP, so the page's CSP does not apply). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const { violations } = await axe.run();
    return violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

async function popupFor(path: string): Promise<{ page: Page; popup: Page }> {
  const page = await launched.context.newPage();
  await page.goto(path.startsWith('chrome:') ? path : `${launched.baseUrl}${path}`);
  const popup = await openPopupFor(launched, await tabIdOf(launched, page));
  return { page, popup };
}

const mainText = (popup: Page) => popup.evaluate(() => document.getElementById('main')?.innerText ?? '');

describe('the popup', () => {
  it('on the seed page: officials with titles, the measures, the context and the quote; no axe violations', async () => {
    const { page, popup } = await popupFor('/shared/pages/00-seed.html');
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.screenshot({ path: join(SHOTS, 'popup-seed.png'), fullPage: true });
    const text = await mainText(popup);
    expect(text).toMatch(/Hossein Amir Abdollahian — Foreign Minister, Iran/);
    expect(text).toMatch(/Syed Asim Munir — Chief of Army Staff, Pakistan/);
    expect(text).toMatch(/liaison officers/);
    expect(text).toMatch(/intelligence sharing/);
    expect(text).toMatch(/missile (exchanges|strikes)/);
    expect(text).toMatch(/sacrosanct, inviolable/);
    expect(text).toMatch(/— Syed Asim Munir/);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('on a page without an agreement, and on a page it cannot access: a clear message, no axe violations', async () => {
    for (const [path, shot, message] of [
      ['/shared/pages/10-defencepoint-hanoi-summit-no-deal.html', 'popup-no-agreement.png', /No agreement reported/],
      ['chrome://version', 'popup-unreachable.png', /cannot read this page/],
    ] as const) {
      const { page, popup } = await popupFor(path);
      await popup.setViewportSize({ width: 400, height: 240 });
      await popup.screenshot({ path: join(SHOTS, shot) });
      expect(await mainText(popup)).toMatch(message);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
      await page.close();
    }
  });

  it('is usable from the keyboard: Tab reaches the items with a visible focus ring, Enter reveals one', async () => {
    const { page, popup } = await popupFor('/shared/pages/00-seed.html');
    await popup.keyboard.press('Tab'); // the highlight toggle
    await popup.keyboard.press('Tab'); // the first party
    const focused = await popup.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { kind: el.dataset.kind, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused.kind).toBe('party');
    expect(focused.outline).not.toBe('none');
    await popup.keyboard.press('Enter');
    await page.waitForFunction(() => (CSS.highlights.get('accord-lens-flash')?.size ?? 0) > 0, undefined, { timeout: 5_000 });
    await popup.close();
    await page.close();
  });

  it('reflows at 200% zoom: nothing is cut off sideways', async () => {
    const { page, popup } = await popupFor('/shared/pages/00-seed.html');
    await popup.setViewportSize({ width: 200, height: 600 }); // a 400 px popup at 200%
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await popup.close();
    await page.close();
  });

  it('exports round-trip: the JSON validates against the facts schema, every annotation quote is on its page', async () => {
    const { page, popup } = await popupFor('/shared/pages/00-seed.html');
    const [json] = await Promise.all([popup.waitForEvent('download'), popup.click('#download-json')]);
    const facts = JSON.parse(readFileSync((await json.path())!, 'utf8')) as unknown;
    const schema = JSON.parse(readFileSync(join(SHARED, 'contract/facts.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(facts), JSON.stringify(validate.errors)).toBe(true);

    const [anno] = await Promise.all([popup.waitForEvent('download'), popup.click('#download-anno')]);
    const annotations = JSON.parse(readFileSync((await anno.path())!, 'utf8')) as {
      target: { source: string; selector: { type: string; exact?: string }[] };
    }[];
    expect(annotations.length).toBeGreaterThan(10);
    const pageText = await page.evaluate(() => document.body.textContent?.replace(/\s+/g, ' ') ?? '');
    for (const a of annotations) {
      expect(a.target.source).toBe(page.url());
      const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
      expect(pageText).toContain(quote.replace(/\s+/g, ' '));
    }
    await popup.close();
    await page.close();
  });
});

describe('the options page', () => {
  async function openOptions(): Promise<Page> {
    const options = await launched.context.newPage();
    await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
    await options.waitForSelector('input[name="party"]');
    return options;
  }

  it('has no axe violations', async () => {
    const options = await openOptions();
    await options.screenshot({ path: join(SHOTS, 'options.png'), fullPage: true });
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('turning measures off and the colour-blind palette on changes an open article at once', async () => {
    const page = await launched.context.newPage();
    await page.goto(`${launched.baseUrl}/shared/pages/00-seed.html`);
    expect(await waitForHighlights(page)).toBe(true);
    const options = await openOptions();
    await options.uncheck('input[name="measure"]');
    await options.check('input[value="colour-blind"]');
    await page.waitForFunction(
      () => CSS.highlights.has('accord-lens-cb-party') && !CSS.highlights.has('accord-lens-cb-measure'),
      undefined,
      { timeout: 5_000 },
    );
    await options.check('input[name="measure"]');
    await options.check('input[value="standard"]');
    await page.waitForFunction(() => CSS.highlights.has('accord-lens-measure') && !CSS.highlights.has('accord-lens-cb-party'), undefined, {
      timeout: 5_000,
    });
    await options.close();
    await page.close();
  });

  it('a site turned off in the popup is listed in the options and can be turned back on', async () => {
    const { page, popup } = await popupFor('/shared/pages/00-seed.html');
    await popup.click('#site');
    await popup.waitForFunction(() => document.getElementById('main')?.dataset.status === 'disabled');
    expect((await highlightTexts(page)).party).toEqual([]);
    const options = await openOptions();
    await options.waitForFunction(() => document.getElementById('sites')?.textContent?.includes('127.0.0.1'));
    await options.click('#sites button');
    expect(await waitForHighlights(page)).toBe(true);
    await options.close();
    await popup.close();
    await page.close();
  });

  it('in on-request mode, a page is read only when the popup asks', async () => {
    const options = await openOptions();
    await options.check('input[value="click"]');
    await options.waitForTimeout(200);
    const page = await launched.context.newPage();
    await page.goto(`${launched.baseUrl}/shared/pages/00-seed.html`);
    await page.waitForTimeout(800);
    expect((await highlightTexts(page)).party).toEqual([]);
    const popup = await openPopupFor(launched, await tabIdOf(launched, page));
    expect(await popup.evaluate(() => document.getElementById('main')?.dataset.status)).toBe('ready');
    await waitForAnnotation(page);
    expect(await waitForHighlights(page)).toBe(true);
    await options.check('input[value="auto"]');
    await popup.close();
    await page.close();
    await options.close();
  });
});
