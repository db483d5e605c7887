// Article detection across real-world layouts, in real Chromium with the built extension: for each
// page under pages/layouts/, the highlights fall on the story's own text (never on navigation,
// sidebars, teasers or paywalled text), or there are none where the page is no article; no console
// errors. Pages that change after load (late paragraphs, a single-page-app navigation) are followed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  collectErrors,
  evaluateIsolated,
  highlightTexts,
  launchExtension,
  waitForAnnotation,
  waitForHighlights,
  type Launched,
} from './harness';

let launched: Launched;
beforeAll(async () => {
  launched = await launchExtension();
});
afterAll(async () => {
  await launched?.close();
});

/** Page furniture that must never hold a highlight. */
const FURNITURE =
  'header, nav, aside, footer, [role="complementary"], .sidebar, .story-more, .tags-container, .column--secondary, .css-q1w2e3, .teaser, .paywall, [hidden], [aria-hidden="true"], .subscribe-box';

interface Placed {
  name: string;
  text: string;
  /** The closest furniture element around the range, or null. */
  furniture: string | null;
  /** True when the range lies inside a shadow tree. */
  inShadow: boolean;
}

/** Every highlight range with where it sits (read from an isolated world). */
async function placedHighlights(page: Page): Promise<Placed[]> {
  return evaluateIsolated<Placed[]>(
    page,
    `(() => {
      const out = [];
      for (const name of ['accord-lens-party', 'accord-lens-official', 'accord-lens-measure']) {
        for (const r of CSS.highlights.get(name) ?? []) {
          const el = r.startContainer.parentElement;
          const hit = el?.closest(${JSON.stringify(FURNITURE)});
          out.push({ name, text: r.toString(), furniture: hit ? hit.localName + '.' + hit.className : null, inShadow: r.startContainer.getRootNode() !== document });
        }
      }
      return out;
    })()`,
  );
}

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await launched.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${launched.baseUrl}/pages/layouts/${path}`);
  return { page, errors };
}

const PAKISTAN_IRAN = /^(Pakistan|Pakistani|Iran|Iranian|Tehran|Islamabad)([’']s)?$/;

describe.each([
  ['article.html', 'an <article> element'],
  ['story-body.html', 'a BBC-style div.story-body with sidebars and related links'],
  ['br-text.html', 'text broken by <br><br> in one <div>'],
  ['nested.html', 'a dozen levels of css-in-js wrappers'],
  ['live-blog.html', 'a live blog of timestamped entries'],
  ['paywall.html', 'a paywall teaser'],
  ['amp.html', 'an AMP page'],
  ['shadow.html', 'a story in an open shadow root'],
])('%s (%s)', (path) => {
  let page: Page;
  let errors: string[];
  let placed: Placed[];
  beforeAll(async () => {
    ({ page, errors } = await open(path));
    expect(await waitForHighlights(page, 30_000)).toBe(true);
    placed = await placedHighlights(page);
  });
  afterAll(async () => page?.close());

  it('highlights Pakistan and Iran as the parties, and nothing else as a party', () => {
    const parties = placed.filter((p) => p.name === 'accord-lens-party').map((p) => p.text);
    expect(parties.some((t) => /Pakistan/.test(t))).toBe(true);
    expect(parties.some((t) => /Iran/.test(t))).toBe(true);
    expect(parties.filter((t) => !PAKISTAN_IRAN.test(t))).toEqual([]);
  });

  it('highlights the liaison-officer measure and an official', () => {
    expect(placed.some((p) => p.name === 'accord-lens-measure' && /liaison officers/.test(p.text))).toBe(true);
    expect(placed.some((p) => p.name === 'accord-lens-official' && /Munir|Abdollahian/.test(p.text))).toBe(true);
  });

  it('puts no highlight in navigation, sidebars, teasers or paywalled text', () => {
    expect(placed.filter((p) => p.furniture !== null)).toEqual([]);
  });

  it('prints no console error', () => {
    expect(errors).toEqual([]);
  });

  if (path === 'paywall.html') {
    it('highlights only the two visible paragraphs', async () => {
      const outside = await evaluateIsolated<number>(
        page,
        `[...CSS.highlights.values()].flatMap((h) => [...h]).filter((r) => !r.startContainer.parentElement.closest('article > p')).length`,
      );
      expect(outside).toBe(0);
      // "General Munir emphasized …" is in the third paragraph, behind the paywall.
      expect(placed.filter((p) => p.name === 'accord-lens-official').every((p) => !/^General Munir$/.test(p.text))).toBe(true);
    });
  }

  if (path === 'shadow.html') {
    it('anchors the ranges inside the shadow tree, and paints them there', async () => {
      expect(placed.every((p) => p.inShadow)).toBe(true);
      const withHighlight = await paintedColourAt(page);
      await page.evaluate(() => {
        const w = window as unknown as { __party?: Highlight };
        w.__party = CSS.highlights.get('accord-lens-party');
        CSS.highlights.delete('accord-lens-party');
      });
      const without = await paintedColourAt(page, false);
      await page.evaluate(() => CSS.highlights.set('accord-lens-party', (window as unknown as { __party: Highlight }).__party));
      expect(withHighlight).not.toBeNull();
      expect(withHighlight).not.toBe(without);
    });
  }

  if (path === 'live-blog.html') {
    it('reads the whole blog (standfirst and entries), not the one entry Readability picks', async () => {
      const entries = await evaluateIsolated<string[]>(
        page,
        `[...new Set([...CSS.highlights.values()].flatMap((h) => [...h]).map((r) => r.startContainer.parentElement.closest('.entry, .summary')?.id ?? 'outside'))]`,
      );
      expect(entries).not.toContain('outside');
      expect(entries.filter((id) => id.startsWith('post-')).length).toBeGreaterThanOrEqual(4);
    });
  }
});

/**
 * The colour painted near the top-left corner of the first party highlight (a screenshot pixel), or
 * at the same place as last time when `measure` is false. Null when it cannot be measured.
 */
let lastBox: { x: number; y: number } | null = null;
async function paintedColourAt(page: Page, measure = true): Promise<string | null> {
  const box = measure
    ? await page.evaluate(() => {
        const range = [...(CSS.highlights.get('accord-lens-party') ?? [])][0] as Range | undefined;
        const rect = range?.getClientRects()[0];
        return rect ? { x: Math.round(rect.left + 1), y: Math.round(rect.top + 1) } : null;
      })
    : lastBox;
  lastBox = box;
  if (!box) return null;
  const png = await page.screenshot({ clip: { x: box.x, y: box.y, width: 1, height: 1 } });
  return pixelOf(png);
}

/** The colour of a 1×1 PNG screenshot, decoded in a blank page of the same browser. */
async function pixelOf(png: Buffer): Promise<string> {
  const page = await launched.context.newPage();
  try {
    await page.goto(`${launched.baseUrl}/pages/no-article.html`);
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = 1;
      c.height = 1;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const [r, gr, b] = g.getImageData(0, 0, 1, 1).data;
      return `rgb(${r}, ${gr}, ${b})`;
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

describe('homepage.html (a front page of teasers)', () => {
  it('is no article: no highlight on any teaser, no console error', async () => {
    const { page, errors } = await open('homepage.html');
    await waitForAnnotation(page);
    const seen = await highlightTexts(page);
    expect([...seen.party, ...seen.official, ...seen.measure]).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('pages that change after load', () => {
  it('dynamic-append.html: paragraphs added a second after load are read and highlighted', async () => {
    const { page, errors } = await open('dynamic-append.html');
    expect(await waitForHighlights(page, 30_000)).toBe(true);
    let late = 0;
    for (let i = 0; i < 100 && late === 0; i++) {
      late = await evaluateIsolated<number>(
        page,
        `[...CSS.highlights.values()].flatMap((h) => [...h]).filter((r) => r.startContainer.parentElement.closest('p[data-late]')).length`,
      );
      if (late === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(late).toBeGreaterThan(0);
    expect((await placedHighlights(page)).filter((p) => p.furniture !== null)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('spa.html: after a pushState navigation, only the new story is highlighted', async () => {
    const { page, errors } = await open('spa.html');
    expect(await waitForHighlights(page, 30_000)).toBe(true);
    expect((await highlightTexts(page)).party.some((t) => /Pakistan/.test(t))).toBe(true);
    await page.click('#next');
    expect(page.url()).toMatch(/\/spa-ceasefire$/);
    let parties: string[] = [];
    for (let i = 0; i < 100; i++) {
      parties = (await highlightTexts(page)).party;
      if (parties.some((t) => /Cambodia|Thailand/.test(t))) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(parties.some((t) => /Cambodia/.test(t))).toBe(true);
    expect(parties.some((t) => /Thailand/.test(t))).toBe(true);
    expect(parties.filter((t) => /Pakistan|Iran/.test(t))).toEqual([]);
    const placed = await placedHighlights(page);
    expect(placed.filter((p) => p.furniture !== null)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
