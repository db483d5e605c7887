// Finds the page's open shadow roots, where web components (a site's <news-story>, say) render
// text that neither `textContent`, `querySelectorAll` nor `cloneNode` (so Readability) ever sees.
// There is no selector for shadow hosts, so this is one walk over the elements: linear, and run only
// after the light DOM has come up short. Closed shadow roots are the page's own business.

/** Enough for any real page; a page attaching thousands of roots is not a story. */
const MAX_ROOTS = 500;

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
export function openShadowText(doc: Document): string {
  return findOpenShadowRoots(doc)
    .map((root) => root.textContent ?? '')
    .join('\n');
}
