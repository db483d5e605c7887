// The content script's one job, as a pipeline over a document, cheapest checks first:
// is it an article at all → does it use agreement words at all → find the article (Readability on
// a clone) → extract facts (core). Timed with User Timing so it shows in DevTools' Performance
// panel and in `npm run bench:page`.
import { extractFacts, looksLikeAgreement } from '../core/extract';
import { findArticle, type PageArticle } from '../page/find-article';
import { isProbablyArticle } from '../page/is-probably-article';
import { openShadowText } from '../page/open-shadow-roots';
import type { Facts } from '../core/types';

export type Annotation =
  | { kind: 'not-article' }
  /** An article that never uses an agreement word: nothing to extract, Readability not run. */
  | { kind: 'no-agreement-words' }
  | { kind: 'read'; article: PageArticle; facts: Facts };

function measure<T>(name: string, work: () => T): T {
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

export function annotate(doc: Document, source: string): Annotation {
  return measure('annotate', (): Annotation => {
    if (!measure('gate', () => isProbablyArticle(doc))) return { kind: 'not-article' };
    // `textContent` skips shadow roots: a story rendered by a web component is checked there too.
    if (!looksLikeAgreement(doc.body?.textContent ?? '') && !looksLikeAgreement(openShadowText(doc))) {
      return { kind: 'no-agreement-words' };
    }
    const article = measure('find-article', () => findArticle(doc, { gated: true }));
    if (!article) return { kind: 'not-article' };
    const facts = measure('extract', () =>
      extractFacts({
        text: article.text,
        title: article.title,
        source,
        publishedDate: article.publishedDate,
        languageHint: article.language,
      }),
    );
    return { kind: 'read', article, facts };
  });
}
