// @vitest-environment jsdom
// Page text and its TextMap: offsets round-trip, whitespace collapses, mentions across inline
// elements give one Range, and text a reader cannot see stays out.
import { describe, expect, it } from 'vitest';
import { collectText } from './page-text';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Text of `root`, and a check that the Range for `mention` reads back as the mention. */
function rangeText(root: Element, mention: string): string | undefined {
  const { text, map } = collectText(root);
  const start = text.indexOf(mention);
  expect(start).toBeGreaterThanOrEqual(0);
  return map.toRange(start, start + mention.length)?.toString();
}

describe('collectText', () => {
  it.each([
    ['<p>  Pakistan \n\t and   Iran  </p>', 'Pakistan and Iran'],
    ['<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['<div>One<br>Two<br><br>Three</div>', 'One\nTwo\n\nThree'],
    ['<p>a <em>b</em> <strong>c</strong>d</p>', 'a b cd'],
    ['<ul><li>first</li><li>second</li></ul>', 'first\n\nsecond'],
    ['<p>x&nbsp;&nbsp;y</p>', 'x y'],
    ['<p>nego\u00adtiations</p>', 'negotiations'],
    ['<p>One</p><div class="ad-slot">Advertisement</div>Two', 'One\n\nTwo'],
  ])('%j reads as %j', (html, expected) => {
    expect(collectText(page(html)).text).toBe(expected);
  });

  it.each([
    ['script', '<p>Kept</p><script>var dropped = 1;</script>'],
    ['style', '<p>Kept</p><style>p { color: red }</style>'],
    ['noscript and template', '<p>Kept</p><noscript>dropped</noscript><template>dropped</template>'],
    ['hidden attribute', '<p>Kept</p><p hidden>dropped</p>'],
    ['aria-hidden', '<p>Kept</p><div aria-hidden="true">dropped</div>'],
    ['inline display:none', '<p>Kept</p><p style="display:none">dropped</p>'],
    [
      'form fields',
      '<p>Kept</p><textarea>dropped</textarea><input value="dropped"><select><option>dropped</option></select><button>dropped</button>',
    ],
    ['contenteditable', '<p>Kept</p><div contenteditable="true">dropped</div>'],
    ['our own card', '<p>Kept</p><accord-lens-card>dropped</accord-lens-card>'],
    ['comments', '<p>Kept</p><section class="comments"><p>dropped</p></section>'],
  ])('leaves out %s', (_name, html) => {
    expect(collectText(page(html)).text).toBe('Kept');
  });

  it('keeps text inside fallback highlight marks', () => {
    expect(collectText(page('<p>a <accord-lens-mark>b</accord-lens-mark> c</p>')).text).toBe('a b c');
  });
});

describe('TextMap', () => {
  it('maps a mention split across <a> and <strong> to ONE Range reading as the mention', () => {
    const root = page(
      '<p>between Iran’s Foreign Minister, <a href="/t">Hossein Amir</a> Abdollahian, and <strong>General Syed</strong>\n   Asim Munir</p>',
    );
    expect(rangeText(root, 'Hossein Amir Abdollahian')).toBe('Hossein Amir Abdollahian');
    const { text, map } = collectText(root);
    const start = text.indexOf('Syed Asim');
    const range = map.toRange(start, start + 'Syed Asim Munir'.length);
    expect(range?.startContainer.parentElement?.localName).toBe('strong');
    expect(range?.endContainer.parentElement?.localName).toBe('p');
    // The DOM's text keeps the page's own whitespace; only the collapse differs.
    expect(range?.toString().replace(/\s+/g, ' ')).toBe('Syed Asim Munir');
  });

  it('round-trips every offset of every node', () => {
    const root = page('<h2>Title  here</h2><p>Alpha <b>beta</b>\n gamma<br>delta</p><ul><li> eps </li></ul>');
    const { text, map } = collectText(root);
    for (const node of map.nodes()) {
      for (let i = 0; i <= node.length; i++) {
        const t = map.offsetOf(node, i);
        expect(t).not.toBeNull();
        expect(t!).toBeGreaterThanOrEqual(0);
        expect(t!).toBeLessThanOrEqual(text.length);
      }
    }
    // Every non-break character maps to a node position that maps back to it.
    for (let t = 0; t < text.length; t++) {
      if (text[t] === '\n') continue;
      const range = map.toRange(t, t + 1);
      expect(range).not.toBeNull();
      expect(map.offsetOf(range!.startContainer as Text, range!.startOffset)).toBe(t);
    }
  });

  it('snaps offsets that fall on block breaks inwards', () => {
    const { text, map } = collectText(page('<p>One</p><p>Two</p>'));
    expect(text).toBe('One\n\nTwo');
    expect(map.toRange(0, 8)?.toString()).toBe('OneTwo');
    expect(map.toRange(3, 5)).toBeNull();
  });

  it('returns null for empty, reversed, out-of-range or detached spans', () => {
    const root = page('<p>Pakistan and Iran</p>');
    const { map } = collectText(root);
    expect(map.toRange(2, 2)).toBeNull();
    expect(map.toRange(5, 2)).toBeNull();
    expect(map.toRange(-1, 3)).toBeNull();
    expect(map.toRange(0, 999)).toBeNull();
    root.innerHTML = '';
    expect(map.toRange(0, 8)).toBeNull();
  });

  it('quotes with 32 characters of context', () => {
    const { text, map } = collectText(page(`<p>${'x'.repeat(40)} Pakistan ${'y'.repeat(40)}</p>`));
    const start = text.indexOf('Pakistan');
    const q = map.quote(start, start + 8);
    expect(q.exact).toBe('Pakistan');
    expect(q.prefix).toBe(`${'x'.repeat(31)} `);
    expect(q.suffix).toBe(` ${'y'.repeat(31)}`);
  });

  it('answers null for nodes outside the article text', () => {
    const root = page('<p>Kept</p><script>x</script>');
    const { map } = collectText(root);
    expect(map.offsetOf(root.querySelector('script')!.firstChild as Text, 0)).toBeNull();
  });
});
