// Re-anchoring by quote (after the Hypothesis client's approach): when the page has changed since
// the facts were extracted, a mention is found again by its exact text, preferring the occurrence
// whose surrounding text best matches the prefix and suffix recorded at extraction time.
import type { TextQuote } from './text-map';

/** How many characters of context agree, read outwards from the mention. */
function agreement(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  const len = Math.min(a.length, b.length);
  while (n < len && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n++;
  return n;
}

/**
 * The [start, end) of the occurrence of `quote.exact` in `text` that best fits its context, or null
 * when the exact text is gone. Linear in the text for each occurrence's bounded context check.
 */
export function findQuote(text: string, quote: TextQuote): { start: number; end: number } | null {
  if (!quote.exact) return null;
  let best: { start: number; score: number } | null = null;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const before = text.slice(Math.max(0, at - quote.prefix.length), at);
    const after = text.slice(at + quote.exact.length, at + quote.exact.length + quote.suffix.length);
    const score = agreement(before, quote.prefix, true) + agreement(after, quote.suffix, false);
    if (!best || score > best.score) best = { start: at, score };
    if (score === quote.prefix.length + quote.suffix.length) break; // a perfect fit cannot be beaten
  }
  return best ? { start: best.start, end: best.start + quote.exact.length } : null;
}
