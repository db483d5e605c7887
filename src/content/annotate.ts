// The content script's page work, cheapest checks first: is it an article at all → does it use
// agreement words at all → find the article (a semantic container, else Readability on a clone).
// Extraction itself runs in the background (request-facts.ts). Each step is a User Timing measure,
// so it shows in DevTools' Performance panel and in `npm run bench:page`.
import { looksLikeAgreement } from '../core/looks-like-agreement';
import { findArticle, type PageArticle } from '../page/find-article';
import { isProbablyArticle } from '../page/is-probably-article';
import { openShadowText } from '../page/open-shadow-roots';

export type PageReading =
  | { kind: 'not-article' }
  /** An article that never uses an agreement word: nothing to extract, Readability not run. */
  | { kind: 'no-agreement-words' }
  | { kind: 'article'; article: PageArticle };

/** Runs `work` as a User Timing measure named `accord-lens:<name>`. */
export function measure<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    try {
      performance.measure(`accord-lens:${name}`, { start, end: performance.now() });
    } catch {
      // User Timing is a nicety; a page that broke `performance` must not break us.
    }
  }
}

export function readPage(doc: Document): PageReading {
  return measure('read-page', (): PageReading => {
    if (!measure('gate', () => isProbablyArticle(doc))) return { kind: 'not-article' };
    // `textContent` skips shadow roots: a story rendered by a web component is checked there too.
    const light = doc.body?.textContent ?? '';
    if (!looksLikeAgreement(light) && !looksLikeAgreement(openShadowText(doc, light.length))) {
      return { kind: 'no-agreement-words' };
    }
    const article = measure('find-article', () => findArticle(doc, { gated: true }));
    return article ? { kind: 'article', article } : { kind: 'not-article' };
  });
}
