// @vitest-environment jsdom
// findArticle on the layout fixtures that the browser test also drives (test/browser/pages/layouts):
// what the article text holds and what it leaves out, per layout. jsdom has no layout, no running
// page scripts and no Highlight API: the shadow root is attached here by hand, painting is checked
// in Chromium (test/browser/layouts.test.ts).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findArticle, type PageArticle } from './find-article';

const HERE = dirname(fileURLToPath(import.meta.url));
const LAYOUTS = join(HERE, '../../test/browser/pages/layouts');
const SEED = join(HERE, '../../../shared/fixtures/seed/article.txt');
const seedParagraphs = readFileSync(SEED, 'utf8')
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter((p) => p.length >= 200);

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(LAYOUTS, name), 'utf8'), 'text/html');
}

/** What a page's scripts would do in a browser: render the story component into its shadow root. */
function renderShadowStory(doc: Document): ShadowRoot {
  const root = doc.getElementById('story')!.attachShadow({ mode: 'open' });
  root.appendChild((doc.getElementById('story-template') as HTMLTemplateElement).content.cloneNode(true));
  return root;
}

/** Sidebar, navigation and footer text present on every layout page. */
const FURNITURE = ['Most read', 'Opinion', 'About us', 'Readers in Iran and Pakistan', 'Top Stories', 'More on this story'];

afterEach(() => vi.restoreAllMocks());

describe.each([
  ['article.html', seedParagraphs, ['Iran and Pakistan trade strikes', 'By Staff Reporter']],
  ['story-body.html', seedParagraphs, ['Related Topics', 'Jaish al-Adl', 'recalls its ambassador', 'Makran coast', 'By Staff Reporter']],
  ['br-text.html', seedParagraphs, ['Archive']],
  ['nested.html', seedParagraphs, ['return ambassadors', 'Markets close higher']],
  ['live-blog.html', seedParagraphs, ['Share this post', 'Latest', 'election campaign']],
  ['paywall.html', seedParagraphs.slice(0, 2), [...seedParagraphs.slice(2).map((p) => p.slice(0, 60)), 'Continue reading', 'Subscribe']],
  ['amp.html', seedParagraphs, ['Advertisement', 'Back to the full site', 'Iran and Pakistan coverage']],
  ['shadow.html', seedParagraphs, ['Report a correction', 'trade strikes on militant targets']],
  ['spa.html', seedParagraphs, ['Cambodia']],
])('%s', (name, contains, excludes) => {
  const doc = load(name);
  if (name === 'shadow.html') renderShadowStory(doc);
  const article = findArticle(doc) as PageArticle;

  it('is found, with the headline as its title', () => {
    expect(article).not.toBeNull();
    expect(article.title).toMatch(/Pakistan and Iran/);
  });

  it('holds every paragraph of the story, each as its own block', () => {
    for (const p of contains) expect(article.text.split('\n\n')).toContain(p);
  });

  it.each([...excludes, ...FURNITURE])('leaves out %j', (furniture) => {
    expect(article.text).not.toContain(furniture);
  });

  it('maps the first paragraph back to one live Range', () => {
    const first = contains[0]!;
    const start = article.text.indexOf(first);
    expect(article.map.toRange(start, start + first.length)?.toString()).toBe(first);
  });
});

describe('live-blog.html', () => {
  const article = findArticle(load('live-blog.html'))!;
  it('is the whole blog: entries that never mention the agreement are in it too', () => {
    expect(article.text).toContain('Reporters are waiting outside the General Headquarters');
    expect(article.text).toContain('Traffic has been diverted around the Mall Road');
  });
});

describe('shadow.html', () => {
  it('is no article while the component has not rendered (nothing but navigation)', () => {
    expect(findArticle(load('shadow.html'))).toBeNull();
  });

  it('maps offsets to ranges inside the shadow tree', () => {
    const doc = load('shadow.html');
    const shadow = renderShadowStory(doc);
    const article = findArticle(doc)!;
    const start = article.text.indexOf('General Syed Asim Munir');
    const range = article.map.toRange(start, start + 'General Syed Asim Munir'.length);
    expect(range?.toString()).toBe('General Syed Asim Munir');
    expect(range?.startContainer.getRootNode()).toBe(shadow);
  });
});

describe('homepage.html', () => {
  it('is no article, though it passes the prose gate and Readability returns the teaser grid', () => {
    const parse = vi.spyOn(Readability.prototype, 'parse');
    expect(findArticle(load('homepage.html'))).toBeNull();
    expect(parse).toHaveBeenCalled();
  });

  it('still yields text with force (the command line reads every input)', () => {
    expect(findArticle(load('homepage.html'), { force: true })?.text).toBeTruthy();
  });
});

describe('pages that change after load', () => {
  it('dynamic-append.html: the late paragraphs are read on the next pass', () => {
    const doc = load('dynamic-append.html');
    expect(findArticle(doc)!.text.split('\n\n')).toEqual(seedParagraphs.slice(0, 2));
    for (const p of seedParagraphs.slice(2)) {
      const el = doc.createElement('p');
      el.textContent = p;
      doc.getElementById('story')!.append(el);
    }
    expect(findArticle(doc)!.text.split('\n\n')).toEqual(seedParagraphs);
  });

  it('spa.html: after the story is swapped in place, only the new story is read', () => {
    const doc = load('spa.html');
    const next = /const NEXT = (".*?");\n/.exec(readFileSync(join(LAYOUTS, 'spa.html'), 'utf8'))?.[1];
    doc.getElementById('story')!.innerHTML = JSON.parse(next!) as string;
    doc.title = 'Cambodia and Thailand Agree to Ceasefire from Midnight, Says Anwar | The Daily Ledger';
    const article = findArticle(doc)!;
    expect(article.title).toMatch(/Cambodia and Thailand/);
    expect(article.text).toContain('Hun Manet');
    expect(article.text).not.toMatch(/Pakistan|Iran/);
  });
});
