// @vitest-environment jsdom
// Article detection on whole news pages (../../../shared/fixtures/pages): the article is found,
// the page's furniture is not, offsets lead back to the live DOM, and non-articles cost no Readability.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findArticle } from './find-article';

// /work/shared sits beside the repository, locally and in CI. Paths, not URLs: under the jsdom
// environment `URL` is jsdom's, which node:fs does not accept.
const SHARED = `${join(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures')}/`;
const PAGES = `${SHARED}pages/`;
const pageNames = readdirSync(PAGES)
  .filter((f) => f.endsWith('.html'))
  .sort();

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
function loadPage(name: string): Document {
  return load(readFileSync(`${PAGES}${name}`, 'utf8'));
}
/** Whitespace-insensitive view, for comparing with texts written by hand. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Text that sits on the fixture pages outside the article: navigation, ads, cookie bars, comments, rails. */
const FURNITURE = [
  'Advertisement',
  'cookies',
  'Accept',
  'Most read',
  'Privacy',
  'Comments',
  'comment',
  'Share',
  'Copy link',
  'Subscribe',
  'Related stories',
  'Contact',
];

afterEach(() => vi.restoreAllMocks());

describe('00-seed', () => {
  const doc = loadPage('00-seed.html');
  const before = doc.documentElement.outerHTML;
  const article = findArticle(doc);

  it('finds the article in the <article> element', () => {
    expect(article).not.toBeNull();
    expect((article!.root as Element).localName).toBe('article');
  });

  it('reads title, date and language from the markup', () => {
    expect(article!.title).toBe('Pakistan and Iran Agree to Deploy Military Liaison Officers for Enhanced Coordination');
    expect(article!.publishedDate).toBe('2024-01-30');
    expect(article!.language).toBe('en');
  });

  it("holds every paragraph of the seed's text, one block apart", () => {
    const seed = readFileSync(`${SHARED}seed/article.txt`, 'utf8');
    const paragraphs = seed
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p && !article!.title?.includes(p));
    for (const p of paragraphs) expect(article!.text).toContain(p);
    expect(article!.text).toContain('bilateral security efforts.\n\nThe decision was reached');
  });

  it.each(FURNITURE)('leaves out %j', (furniture) => {
    expect(article!.text).not.toContain(furniture);
  });

  it('maps mentions across <a>, <em> and <strong> back to one live Range each', () => {
    for (const mention of ['Hossein Amir Abdollahian', 'General Syed Asim Munir', 'military liaison officers']) {
      const start = article!.text.indexOf(mention);
      const range = article!.map.toRange(start, start + mention.length);
      expect(range?.toString()).toBe(mention);
      expect(range?.startContainer.getRootNode()).toBe(doc);
    }
  });

  it('leaves the page untouched', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe.each(pageNames)('%s', (name) => {
  const doc = loadPage(name);
  const article = findArticle(doc);
  const id = name.replace(/\.html$/, '');

  it('is found, with a title and enough text', () => {
    expect(article).not.toBeNull();
    expect(article!.title).toBeTruthy();
    expect(article!.text.length).toBeGreaterThan(200);
    expect(article!.text).toBe(article!.text.trim());
  });

  it('carries none of the page furniture', () => {
    for (const furniture of ['Advertisement', 'cookies', 'Most read', 'Reply']) {
      expect(article!.text).not.toContain(furniture);
    }
  });

  it('maps every paragraph back to the live page', () => {
    let from = 0;
    for (const paragraph of article!.text.split('\n\n')) {
      const start = article!.text.indexOf(paragraph, from);
      from = start + paragraph.length;
      const range = article!.map.toRange(start, from);
      expect(squash(range?.toString() ?? '')).toBe(squash(paragraph.replace(/\n/g, ' ')));
    }
  });

  it("holds the annotated case's visible paragraphs", () => {
    let dev: { text: string };
    try {
      dev = JSON.parse(readFileSync(`${SHARED}dev/${id}.json`, 'utf8'));
    } catch {
      return; // a page without an annotated case
    }
    const visible = squash(article!.text);
    const found = dev.text.split(/\n\s*\n/).filter((p) => visible.includes(squash(p)));
    // Paywalled paragraphs (aria-hidden on the page) are the only ones allowed to be missing.
    const hidden = squash(doc.querySelector('[aria-hidden="true"]')?.textContent ?? '');
    for (const p of dev.text.split(/\n\s*\n/)) {
      // The headline travels as `title`, not in the text.
      if (squash(p) === squash(article!.title ?? '')) continue;
      if (!found.includes(p)) expect(hidden).toContain(squash(p));
    }
    expect(found.length).toBeGreaterThan(0);
  });
});

describe('pages that are not articles', () => {
  const NAV_ONLY = `<!doctype html><html lang="en"><head><title>Home - Daily Planet</title></head><body>
    <header><a href="/">Daily Planet</a> <a href="/world">World</a> <a href="/sport">Sport</a></header>
    <nav><ul><li><a href="/a">Leaders agree on a new trade pact</a></li><li><a href="/b">Ceasefire holds in the north</a></li></ul></nav>
    <footer><a href="/about">About</a> <a href="/privacy">Privacy</a></footer></body></html>`;
  const DOCS = `<!doctype html><html lang="en"><head><title>API reference - Toolkit</title></head><body>
    <nav><a href="/docs">Docs</a> <a href="/api">API</a></nav>
    <main><h1>parse(options)</h1><p>Parses the input.</p>
    <h2>Parameters</h2><ul><li><code>strict</code>: boolean, default false.</li><li><code>limit</code>: number of items.</li></ul>
    <pre><code>const result = parse({ strict: true });
console.log(result.items.length);</code></pre>
    <h2>Returns</h2><p>An object with <code>items</code>.</p><p>See also <a href="/api/format">format</a>.</p></main></body></html>`;

  it.each([
    ['a navigation-only front page', NAV_ONLY],
    ['a documentation page', DOCS],
  ])('returns null for %s without running Readability', (_name, html) => {
    const parse = vi.spyOn(Readability.prototype, 'parse');
    expect(findArticle(load(html))).toBeNull();
    expect(parse).not.toHaveBeenCalled();
  });

  it('never reads an editor, even one holding a whole article', () => {
    const seed = readFileSync(`${SHARED}seed/article.txt`, 'utf8')
      .split(/\n\s*\n/)
      .filter((p) => p.length > 200);
    const html = `<!doctype html><html lang="en"><body><form><textarea>${seed.join('\n\n')}</textarea></form>
      <div contenteditable="true">${seed.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(findArticle(load(html))).toBeNull();
    expect(findArticle(load(html), { force: true })?.text ?? '').not.toContain(seed[0]!.slice(0, 60));
  });

  it('still yields text with force (the command line)', () => {
    const article = findArticle(load(NAV_ONLY), { force: true });
    expect(article).not.toBeNull();
    expect(article!.title).toBeTruthy();
  });

  it('yields an empty article for an empty document with force', () => {
    const article = findArticle(load(''), { force: true });
    expect(article?.text ?? '').toBe('');
  });
});

describe('metadata', () => {
  it.each([
    ['<meta property="article:published_time" content="2024-01-30T08:15:00+00:00">', '2024-01-30'],
    ['<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-03-10"}]}</script>', '2023-03-10'],
    ['<meta itemprop="datePublished" content="2022-11-05">', '2022-11-05'],
    ['<script type="application/ld+json">{ not json</script>', null],
  ])('reads the date from %s', (head, expected) => {
    const body = `<article>${'<p>The two sides met and talked at length about many things of mutual interest today.</p>'.repeat(8)}</article>`;
    const article = findArticle(load(`<html lang="en-GB"><head>${head}</head><body>${body}</body></html>`));
    expect(article?.publishedDate).toBe(expected);
    expect(article?.language).toBe('en');
  });
});

describe('photo captions', () => {
  const PROSE = [
    'The two foreign ministers met in the capital on a grey morning and talked for three hours about the border.',
    'Officials from both delegations said the talks had been frank, and that a working group would meet again soon.',
    'The ministers also discussed trade across the river crossing, which has been closed to lorries since the spring.',
    'Neither side took questions afterwards, but a joint statement was released to reporters waiting outside the hall.',
    'Diplomats said the tone was warmer than at any meeting in the past decade, and that more visits would follow.',
  ]
    .map((p) => `<p>${p} ${p.replace(/^The /, 'Once more, the ')}</p>`)
    .join('\n');
  const page = (main: string) =>
    load(`<!doctype html><html lang="en"><head><title>Ministers meet</title></head><body>
    <div class="site-nav"><a href="/">Home</a> <a href="/world">World</a></div>
    <div class="layout"><div class="main-column">${main}</div>
    <div class="sidebar"><figure><figcaption>A sidebar photo of a football match</figcaption></figure><a href="/x">Most read</a></div></div></body></html>`);
  it.each([
    [
      'a caption inside the body',
      `<h1>Ministers meet</h1><div class="story-body">${PROSE}<figure><div class="img"></div><figcaption>The ministers shake hands at the start of the talks.</figcaption></figure><p>The next round is expected within weeks, according to aides on both sides of the table.</p></div>`,
      'The ministers shake hands at the start of the talks.',
    ],
    [
      'the lead photo between the headline and the body',
      `<h1>Ministers meet</h1><div class="byline">By A Reporter</div><figure class="lead"><div class="img"></div><figcaption>The ministers arrive at the hall.</figcaption></figure><div class="story-body">${PROSE}</div>`,
      'The ministers arrive at the hall.',
    ],
    [
      'a lead photo marked by class',
      `<h1>Ministers meet</h1><div class="photo"><div class="img"></div><div class="photo-caption">Delegations at the table.</div></div><div class="story-body">${PROSE}</div>`,
      'Delegations at the table.',
    ],
  ])('keeps %s', (_name, main, caption) => {
    const article = findArticle(page(main));
    expect(article?.text).toContain(caption);
    expect(article?.text).not.toContain('football');
    expect(article?.text).not.toContain('By A Reporter');
  });
  it.each([
    [
      'a photo above a container with no headline',
      `<figure><figcaption>A promotional photo for a travel offer.</figcaption></figure><div class="story-body">${PROSE}</div>`,
      'travel offer',
    ],
  ])('leaves out %s', (_name, main, words) => {
    const article = findArticle(page(main));
    expect(article?.text).toContain('frank');
    expect(article?.text).not.toContain(words);
    expect(article?.text).not.toContain('football');
  });
});

describe('in-body boxes that point elsewhere', () => {
  const story = Array.from(
    { length: 6 },
    (_, i) => `<p>Paragraph ${i} of the story, long enough to be read as prose by anyone who reads news pages with care.</p>`,
  ).join('');
  it.each(['also-read', 'read-more', 'see-also', 'more-stories', 'recommended', 'trending-box'])('leaves a .%s box out', (cls) => {
    const doc = new DOMParser().parseFromString(
      `<html><head><title>T</title></head><body><div class="story">${story}<div class="${cls}"><strong>Also Read:</strong> <a href="/x">Two other states agree on a railway study</a></div>${story}</div></body></html>`,
      'text/html',
    );
    const article = findArticle(doc, { force: true });
    expect(article?.text).toContain('Paragraph 5 of the story');
    expect(article?.text).not.toContain('railway study');
  });
});

describe('a big page (thousands of elements) with its story in a plain <div>', () => {
  // Menus, a rail of teasers and a comment thread around a story with no <article> or <main>, its body
  // split by an ad slot (so no one element holds its prose and Readability judges): above the element
  // bar Readability reads only the region around the densest prose (one task, not the whole page).
  const menu = Array.from({ length: 700 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const rail = Array.from(
    { length: 120 },
    (_, i) => `<div class="teaser"><a href="/story/${i}"><span>Teaser headline number ${i}</span></a></div>`,
  ).join('');
  const story = [
    'Chile and Peru agreed on Tuesday to set joint catch limits for anchovy in their shared waters, ending a dispute that had run for two seasons.',
    'Under the deal, signed in Lima by the two fisheries ministers, inspectors from each country will be allowed aboard the other’s industrial vessels.',
    'The ministers said the limits would be reviewed every year by a joint scientific committee, which is to publish its first assessment in March.',
    'Fishing communities on both sides of the border had pressed for the agreement after stocks fell sharply during the last warm-water event.',
    'Industry groups in both capitals welcomed the accord, saying that shared limits would end a race between the two fleets that had left the smaller boats of the coast with almost nothing to land in the lean months.',
    'Environmental groups were more cautious. They said the limits were set above the level their own surveys had recommended, and that the committee would need real powers to close the fishery when the water warms again.',
    'The two governments said the inspectors would start work within a month, and that a hotline between the two navies would be set up so that a boarding at sea never again turns into a standoff between patrol ships.',
  ];
  const comments = Array.from({ length: 40 }, (_, i) => `<div class="c"><p>Reader comment ${i}: short remark.</p></div>`).join('');
  const html = `<html><head><title>Chile and Peru agree catch limits</title></head><body>
    <header><nav><ul>${menu}</ul></nav></header>
    <div id="wrap"><div id="col"><div class="head"><h1>Chile and Peru agree catch limits</h1></div>
      <div class="body"><div class="part">${story
        .slice(0, 4)
        .map((p) => `<p>${p}</p>`)
        .join('')}</div><div class="ad-slot">Advertisement</div><div class="part">${story
        .slice(4)
        .map((p) => `<p>${p}</p>`)
        .join('')}</div></div></div>
      <aside>${rail}</aside></div>
    <section id="comments">${comments}</section></body></html>`;

  it('finds the story, and only the story', () => {
    const doc = load(html);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(1500);
    const article = findArticle(doc);
    expect(article).not.toBeNull();
    for (const p of story) expect(article?.text).toContain(p);
    expect(article?.text).not.toContain('Section 12');
    expect(article?.text).not.toContain('Teaser headline');
    expect(article?.text).not.toContain('Reader comment');
  });

  it('gives Readability the region around the story, not the page with its menus and thread', () => {
    const doc = load(html);
    const parse = vi.spyOn(Readability.prototype, 'parse');
    findArticle(doc);
    const read = parse.mock.contexts.map((r) => (r as unknown as { _doc: Document })._doc.getElementsByTagName('*').length);
    parse.mockRestore();
    expect(read.length).toBeGreaterThan(0);
    for (const n of read) expect(n).toBeLessThan(doc.getElementsByTagName('*').length / 2);
  });

  it('maps the text back to the live page', () => {
    const doc = load(html);
    const article = findArticle(doc);
    const at = article?.text.indexOf('joint scientific committee') ?? -1;
    expect(at).toBeGreaterThan(0);
    expect(article?.map.toRange(at, at + 'joint scientific committee'.length)?.toString()).toBe('joint scientific committee');
  });
});

describe('a big page whose densest prose is not its story', () => {
  it('falls back to Readability on the whole page when the region holds no story', () => {
    // a results table whose cells hold more text than the story, and a story split by an ad slot
    const cells = Array.from(
      { length: 400 },
      (_, i) => `<tr><td>Row ${i}: reading of the gauge at the station, in millimetres of rain, recorded every hour</td></tr>`,
    ).join('');
    const story = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i} of the report: the two neighbours agreed on Monday to share the river's gauge readings every hour during the flood season, and to warn each other's towns downstream as soon as the water rises past the marks both services use.</p>`,
    );
    const html = `<html><head><title>Neighbours agree to share river data</title></head><body>
      <nav><ul>${Array.from({ length: 500 }, (_, i) => `<li><a href="/s/${i}">S${i}</a></li>`).join('')}</ul></nav>
      <div id="story"><h1>Neighbours agree to share river data</h1><div>${story.slice(0, 3).join('')}</div><div class="ad-slot">Ad</div><div>${story.slice(3).join('')}</div></div>
      <div id="data"><table>${cells}</table></div></body></html>`;
    const doc = load(html);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(1500);
    const article = findArticle(doc);
    expect(article?.text).toContain('Paragraph 0 of the report');
    expect(article?.text).toContain('Paragraph 5 of the report');
  });
});
