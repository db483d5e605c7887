// Cheap exact gates: a pattern whose every match contains one of a few literal words cannot match a
// text that contains none of them, so it need not run (nor, on a page's first call, be compiled).
// Only for patterns without the u flag, where the i flag folds ASCII letters only: then a lower-cased
// copy of the text holds the word wherever the pattern could match.

import { FRESH_DAY } from '../model/agreement-evidence';
import { containsAny } from './contains-any';
import { BACKGROUND, NEGATED } from '../model/cues';

/** Does the lower-cased text contain any of the words? */
export const hasAny = (lower: string, words: readonly string[]): boolean => containsAny(lower, words);

/** Every BACKGROUND match holds one of these. */
export const BACKGROUND_WORDS = ['year', 'previously', 'past', '19', '20'];

/** BACKGROUND.test(text), skipped where it cannot match; pass the lower-cased text when at hand. */
export function isBackground(text: string, lower: string = text.toLowerCase()): boolean {
  // a sentence that tells its own fresh day ("agreed on Monday to raise trade from $2bn last year") is the news
  return hasAny(lower, BACKGROUND_WORDS) && BACKGROUND.test(text) && !FRESH_DAY.re.test(text);
}

/** Where the first background marker ("in 2020", "last year") stands in the text, or -1. */
export function backgroundAt(text: string, lower: string = text.toLowerCase()): number {
  if (!hasAny(lower, BACKGROUND_WORDS)) return -1;
  return BACKGROUND.exec(text)?.index ?? -1;
}

/**
 * Does a background marker at `bg` date the clause a cue governs from `from`? A marker before the cue
 * dates the whole sentence ("Last year, they agreed to …"); one after it only when no clause boundary
 * (a comma, ";", "that", "which", "who", "it") stands between: "agreed to revive shuttle diplomacy,
 * which has been suspended since 2011" is this article's measure, "signed a treaty in 2015" is not.
 */
export function backgroundGoverns(text: string, from: number, bg: number): boolean {
  if (bg < 0) return false;
  if (bg < from) return true;
  const between = text.slice(from, bg);
  return !(between.includes(',') || between.includes(';') || CLAUSE_WORD.test(between));
}
const CLAUSE_WORD = /\s(?:that|which|who|it|they)\s/i;

/** Every NEGATED match holds one of these. */
const NEGATED_WORDS = ['fail', 'refus', 'declin', 'no', 'without', 'walked', 'called', 'collapsed', 'broke', 'disagree'];

/** NEGATED.test(text), skipped where it cannot match. */
export function isNegated(text: string): boolean {
  return hasAny(text.toLowerCase(), NEGATED_WORDS) && NEGATED.test(text);
}
