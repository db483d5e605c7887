// Finds the page's open shadow roots, where web components (a site's <news-story>, say) render
// text that neither `textContent`, `querySelectorAll` nor `cloneNode` (so Readability) ever sees.
// There is no selector for shadow hosts, so this is one walk over the elements: linear, and run only
// after the light DOM has come up short. Closed shadow roots are the page's own business.

/** Enough for any real page; a page attaching thousands of roots is not a story. */
const MAX_ROOTS = 500;
/**
 * A page that renders its story in a shadow root keeps little text in the light DOM (header, footer,
 * menus). Above this much light text the walk is skipped: it would cost one pass over every element
 * of a big page for a layout such pages do not use.
 */
const MAX_LIGHT_TEXT = 20_000;

/**
 * Could the page's story live in shadow roots? Cheap: one length of the light DOM's text (pass it
 * when the caller has already read `body.textContent`).
 */
export function mayHaveShadowStory(doc: Document, lightTextLength = doc.body?.textContent?.length ?? 0): boolean {
  return lightTextLength < MAX_LIGHT_TEXT;
}

/** Open shadow roots in document order, those nested inside other shadow roots included. */
export function findOpenShadowRoots(doc: Document): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const pending: (Document | ShadowRoot)[] = [doc];
  for (let scope = pending.shift(); scope && found.length < MAX_ROOTS; scope = pending.shift()) {
    const walker = doc.createTreeWalker(scope, 0x1 /* SHOW_ELEMENT */);
    for (let n = walker.nextNode(); n && found.length < MAX_ROOTS; n = walker.nextNode()) {
      const root = (n as Element).shadowRoot;
      if (root) {
        found.push(root);
        pending.push(root);
      }
    }
  }
  return found;
}

/** The text of every open shadow root, for the agreement-word check that reads `body.textContent`. */
export function openShadowText(doc: Document, lightTextLength?: number): string {
  if (!mayHaveShadowStory(doc, lightTextLength)) return '';
  return findOpenShadowRoots(doc)
    .map((root) => root.textContent ?? '')
    .join('\n');
}
