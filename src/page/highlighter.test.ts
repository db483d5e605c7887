// @vitest-environment jsdom
// The highlighter without layout: what it registers with the Custom Highlight API (a stand-in
// registry, since jsdom has none), the fallback marks and their clean removal, and the hover card's
// single host element. Painting, hit-testing and scrolling are covered in real Chromium (test/browser).
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlighter, type HighlightItem } from './highlighter';
import { createHoverCard } from './hover-card';
import { HIGHLIGHT_CSS } from './highlight-styles';
import { collectText } from './page-text';

const ARTICLE =
  '<article><p>Pakistan and Iran agreed on deploying <em>military liaison</em> officers, said <a href="/t">Hossein Amir</a> Abdollahian.</p></article>';

function setup() {
  document.body.innerHTML = ARTICLE;
  const root = document.querySelector('article')!;
  const { text, map } = collectText(root);
  const item = (kind: HighlightItem['kind'], phrase: string): HighlightItem => {
    const start = text.indexOf(phrase);
    return { kind, range: map.toRange(start, start + phrase.length)!, label: { heading: phrase } };
  };
  const items = [
    item('party', 'Pakistan'),
    item('party', 'Iran'),
    item('measure', 'deploying military liaison officers'),
    item('official', 'Hossein Amir Abdollahian'),
  ];
  return { root, text, map, items };
}

/** A stand-in for the browser's registry: the API's shape, nothing more. */
function installFakeHighlightApi() {
  const registry = new Map<string, Set<Range> & { priority: number }>();
  class FakeHighlight extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  Object.assign(window, { CSS: { highlights: registry }, Highlight: FakeHighlight });
  return registry;
}

afterEach(() => {
  Reflect.deleteProperty(window, 'Highlight');
  Reflect.deleteProperty(window, 'CSS');
  document.documentElement.querySelector('accord-lens-card')?.remove();
});

describe('with the Custom Highlight API', () => {
  it('registers one highlight per kind and adds nothing to the page', () => {
    const registry = installFakeHighlightApi();
    const { items } = setup();
    const before = document.documentElement.outerHTML;
    const h = createHighlighter(window);
    h.show(items);
    const texts = (name: string) => [...(registry.get(name) ?? [])].map((r) => r.toString()).sort();
    expect(texts('accord-lens-party')).toEqual(['Iran', 'Pakistan']);
    expect(texts('accord-lens-official')).toEqual(['Hossein Amir Abdollahian']);
    expect(texts('accord-lens-measure')).toEqual(['deploying military liaison officers']);
    expect(document.documentElement.outerHTML).toBe(before);

    h.setVisible(false);
    expect(registry.size).toBe(0);
    h.setVisible(true);
    expect(registry.size).toBe(3);
    h.clear();
    expect(registry.size).toBe(0);
  });

  it('flashes a range above the others, then lets it go', async () => {
    const registry = installFakeHighlightApi();
    const { items } = setup();
    const h = createHighlighter(window);
    h.show(items);
    h.scrollTo(items[2]!.range);
    h.flash(items[2]!.range);
    await new Promise((r) => setTimeout(r, 20));
    expect([...(registry.get('accord-lens-flash') ?? [])].map(String)).toEqual(['deploying military liaison officers']);
    expect(registry.get('accord-lens-flash')?.priority).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 1300));
    expect(registry.has('accord-lens-flash')).toBe(false);
  });
});

describe('without it (fallback marks)', () => {
  it('wraps each mention in accord-lens-mark elements of its kind', () => {
    const { root, items } = setup();
    const h = createHighlighter(window);
    h.show(items);
    const marks = [...root.querySelectorAll('accord-lens-mark')];
    const byKind = (kind: string) =>
      marks
        .filter((m) => m.classList.contains(`accord-lens-${kind}`))
        .map((m) => m.textContent)
        .join('|');
    expect(byKind('party')).toBe('Pakistan|Iran');
    // A mention across <a> becomes one mark per text node, never a mark around the element.
    expect(byKind('official')).toBe('Hossein Amir| Abdollahian');
    expect(byKind('measure')).toBe('deploying |military liaison| officers');
    expect(root.textContent).toBe(new DOMParser().parseFromString(ARTICLE, 'text/html').body.textContent);
    h.clear();
  });

  it('removes them cleanly: same markup, same text nodes, the TextMap works again', () => {
    const { root, map, text, items } = setup();
    const before = root.innerHTML;
    const nodes = map.nodes();
    const h = createHighlighter(window);
    h.show(items);
    h.setVisible(false);
    expect(root.querySelector('accord-lens-mark')).toBeNull();
    h.setVisible(true);
    expect(root.querySelectorAll('accord-lens-mark').length).toBeGreaterThan(0);
    h.clear();
    expect(root.innerHTML).toBe(before);
    expect(root.querySelector('accord-lens-mark')).toBeNull();
    expect(map.nodes().every((n, i) => n === nodes[i] && n.isConnected)).toBe(true);
    const start = text.indexOf('Hossein');
    expect(map.toRange(start, start + 'Hossein Amir Abdollahian'.length)?.toString()).toBe('Hossein Amir Abdollahian');
  });

  it('keeps overlapping mentions apart: the shorter one wins its stretch', () => {
    const { root, items } = setup();
    const start = items[2]!.range;
    const wide: HighlightItem = { kind: 'measure', range: start.cloneRange(), label: { heading: 'wide' } };
    wide.range.setStart(items[0]!.range.startContainer, 0);
    const h = createHighlighter(window);
    h.show([wide, items[0]!]);
    expect(root.querySelector('accord-lens-mark.accord-lens-party')?.textContent).toBe('Pakistan');
    h.clear();
    expect(root.innerHTML).toBe(ARTICLE.replace(/^<article>|<\/article>$/g, ''));
  });
});

describe('hover card', () => {
  it('uses one host element with a shadow root, and text only', () => {
    const card = createHoverCard(document);
    const rect = new DOMRect(10, 10, 50, 16);
    card.show('official', { heading: 'Official · <img src=x onerror=alert(1)>', detail: 'Chief of Army Staff, Pakistan' }, rect, false);
    card.show('party', { heading: 'Party · Iran' }, rect, true);
    const hosts = document.querySelectorAll('accord-lens-card');
    expect(hosts.length).toBe(1);
    expect(hosts[0]!.parentElement).toBe(document.documentElement);
    const shadow = hosts[0]!.shadowRoot!;
    expect(shadow.querySelector('img')).toBeNull();
    expect(shadow.textContent).toContain('Party · Iran');
    card.show('official', { heading: 'Official · <img src=x>', detail: 'Chief of Army Staff, Pakistan' }, rect, false);
    expect(shadow.textContent).toContain('Official · <img src=x>');
    expect(shadow.textContent).toContain('Chief of Army Staff, Pakistan');
    card.remove();
    expect(document.querySelector('accord-lens-card')).toBeNull();
  });
});

describe('HIGHLIGHT_CSS', () => {
  it('styles the three kinds and the flash, each kind with its own underline', () => {
    for (const name of ['party', 'official', 'measure', 'flash']) expect(HIGHLIGHT_CSS).toContain(`::highlight(accord-lens-${name})`);
    for (const style of ['solid', 'dotted', 'wavy']) expect(HIGHLIGHT_CSS).toContain(`text-decoration-style: ${style}`);
  });
});
