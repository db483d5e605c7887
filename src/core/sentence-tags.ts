// Tags per sentence, each sentence tagged at most once per document, within a budget of 50 KB: real reports
// hold a few dozen sentences that agreement cues govern; a page of thousands (an archive, or text made
// to be hostile) gets tags for the first ones and plain clauses after, so the cost stays linear and small.

import type { Sentence } from './segment';
import { tagSpan, type Tag } from './tagger';

/** Most characters tagged in one document. */
const BUDGET_CHARS = 50_000;

export interface SentenceTags {
  (sent: Sentence): readonly Tag[] | null;
  /** Would the sentence get tags (tagged already, or the budget not yet spent)? Spends nothing. */
  available(sent: Sentence): boolean;
}

/** A per-document tagger: the tags of a sentence, or null once the budget is spent. */
export function sentenceTagger(text: string): SentenceTags {
  const cache = new Map<number, readonly Tag[]>();
  let spent = 0;
  const tagsOf = (sent: Sentence): readonly Tag[] | null => {
    const hit = cache.get(sent.start);
    if (hit) return hit;
    if (spent >= BUDGET_CHARS) return null;
    spent += sent.end - sent.start;
    const tags = tagSpan(text, sent.start, sent.end);
    cache.set(sent.start, tags);
    return tags;
  };
  return Object.assign(tagsOf, { available: (sent: Sentence): boolean => spent < BUDGET_CHARS || cache.has(sent.start) });
}
