// The article of a page whose story is rendered by a web component into an OPEN shadow root.
// Readability works on `cloneNode`, which copies no shadow roots, so it never sees such a story;
// when the light DOM comes up short, the densest prose container inside the shadow roots is taken.
// Text nodes there are live nodes of the page, so the TextMap and Highlight ranges work unchanged.

import { findDensestContainer, type Densest, PROSE_SELECTOR } from './densest-container';
import { findOpenShadowRoots } from './open-shadow-roots';

/** The densest prose container across the page's open shadow roots, or null when they hold none. */
export function findShadowArticle(doc: Document): Densest | null {
  const paragraphs: Element[] = [];
  for (const root of findOpenShadowRoots(doc)) paragraphs.push(...Array.from(root.querySelectorAll(PROSE_SELECTOR)));
  return paragraphs.length > 0 ? findDensestContainer(paragraphs) : null;
}
