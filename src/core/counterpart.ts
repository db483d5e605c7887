// "A will X, while B pulls back / will Y": the other side's step after ", while" is part of the same terms.
// The counterpart counts when it reads as a term would standing alone: a side and its future step
// (WHILE_WILL), or a side and a present-tense step of the terms (TERM_PARAGRAPHS: "while Beirut gets …").

import { WHILE_WILL } from '../model/cues';
import { TERM_PARAGRAPHS } from '../model/measure-grammar';
import { matchAt } from './match-pattern';
import { clauseSpan } from './measure-clause';
import type { Tag } from './tagger';

const JOINS = [', while ', ', whereas '];

/** Offsets of the counterpart clause that begins right after `e` (a clause's end) and ends by `end`; null if none. */
export function counterpartAt(text: string, e: number, end: number, tags: readonly Tag[] | null): [number, number] | null {
  const join = JOINS.find((j) => text.startsWith(j, e));
  if (!join) return null;
  const k = e + join.length;
  if (k >= end) return null;
  if (WHILE_WILL.test(text.slice(k, end))) return clauseSpan(text, k, end);
  if (!tags) return null;
  const i = tags.findIndex((t) => t.start >= k);
  if (i < 0 || (tags[i]?.start ?? end) >= end) return null;
  return TERM_PARAGRAPHS.some((p) => matchAt(tags, i, p) > i) ? clauseSpan(text, k, end) : null;
}
