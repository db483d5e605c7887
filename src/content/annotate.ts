// The content script's page work, cheapest checks first: does the page's text hold an agreement word
// with two parties beside it (a text read, no parse) → is it an article at all → find the article (a
// semantic container, else Readability on a clone). Extraction itself runs in the background
// (request-facts.ts). Each step is a User Timing measure, so it shows in DevTools' Performance panel
// and in `npm run bench:page`.
import { mayReportAgreement } from '../page/agreement-gate';
import { findArticle, type PageArticle } from '../page/find-article';
import { isProbablyArticle } from '../page/is-probably-article';
import { openShadowText } from '../page/open-shadow-roots';

export type PageReading =
  | { kind: 'not-article' }
  /**
   * The page's text never names two parties beside an agreement word: nothing to extract, and no
   * article was looked for (whether the page is an article at all is asked only if the popup wants it).
   */
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

/** The page's text as one string, cheaply: title, `textContent` (no layout), and open shadow roots. */
export function pageText(doc: Document): string {
  // `textContent` skips shadow roots: a story rendered by a web component is read there too.
  const light = doc.body?.textContent ?? '';
  const shadow = openShadowText(doc, light.length);
  return `${doc.title}\n${light}${shadow ? `\n${shadow}` : ''}`;
}

export function readPage(doc: Document): PageReading {
  return measure('read-page', (): PageReading => {
    if (!measure('gate', () => mayReportAgreement(pageText(doc)))) return { kind: 'no-agreement-words' };
    if (!isProbablyArticle(doc)) return { kind: 'not-article' };
    const article = measure('find-article', () => findArticle(doc, { gated: true }));
    return article ? { kind: 'article', article } : { kind: 'not-article' };
  });
}
