// The content script's page work, cheapest checks first: does the page's text hold an agreement word
// with two parties beside it (a text read here, the question answered in the background: ask-gate.ts)
// → is it an article at all → find the article (a semantic container, else Readability on a clone).
// Extraction itself runs in the background (request-facts.ts). Each step is a User Timing measure, so it shows in DevTools' Performance panel
// and in `npm run bench:page`.
import { gateTextSteps } from '../page/gate-text';
import { askGate } from './ask-gate';
import { findArticleSteps, type PageArticle } from '../page/find-article';
import { Slicer } from '../page/slices';
import { isProbablyArticle } from '../page/is-probably-article';

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

/** Records a User Timing measure from `start`, lasting `duration` (main-thread time, not wall time). */
export function record(name: string, start: number, duration: number): void {
  try {
    performance.measure(`accord-lens:${name}`, { start, duration: Math.max(0, duration) });
  } catch {
    // see measure()
  }
}

/** Whether a page's gate text may report an agreement: the background's answer (ask-gate.ts). */
export type Gate = (text: string) => Promise<boolean>;

/**
 * Reads the page in slices (slices.ts). Its measure `accord-lens:read-page` is the main-thread time
 * spent, not counting the time given back to the page between slices nor the wait for the gate's
 * answer; `accord-lens:gate` is the text read and the sending of it.
 */
export async function readPage(doc: Document, slicer: Slicer = new Slicer(), gate: Gate = askGate): Promise<PageReading> {
  const start = performance.now();
  const before = slicer.spent();
  try {
    const gateStart = performance.now();
    const gateBefore = slicer.spent();
    const text = await slicer.run(gateTextSteps(doc));
    // a background that cannot answer (asleep too long, busy, restarting) leaves the page quiet, as one
    // without an agreement: nothing is read or drawn, and the next change of the page asks again
    const passed = await slicer.wait(gate(text).catch(() => false));
    record('gate', gateStart, slicer.spent() - gateBefore);
    if (!passed) return { kind: 'no-agreement-words' };
    await slicer.pause();
    if (!measure('is-article', () => isProbablyArticle(doc))) return { kind: 'not-article' };
    await slicer.pause();
    const found = performance.now();
    const article = await slicer.run(findArticleSteps(doc, { gated: true }));
    record('find-article', found, performance.now() - found);
    return article ? { kind: 'article', article } : { kind: 'not-article' };
  } finally {
    record('read-page', start, slicer.spent() - before);
  }
}
