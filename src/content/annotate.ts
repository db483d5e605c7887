// The content script's one job, as a pure-ish pipeline over a document:
// find the article → extract facts (core) → highlight them in place.
// Timed with User Timing so it shows in DevTools' Performance panel and in `npm run bench:page`.
import { extractFacts } from '../core/extract';
import { findArticle, type PageArticle } from '../page/find-article';
import type { Facts } from '../core/types';

export interface Annotation {
  article: PageArticle;
  facts: Facts;
}

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

/** Finds and reads the page's article; null when the page holds no article. */
export function annotate(doc: Document, source: string): Annotation | null {
  return measure('annotate', () => {
    const article = measure('find-article', () => findArticle(doc));
    if (!article) return null;
    const facts = measure('extract', () =>
      extractFacts({
        text: article.text,
        title: article.title,
        source,
        publishedDate: article.publishedDate,
        languageHint: article.language,
      }),
    );
    return { article, facts };
  });
}
