// Sentence-wide cheap gates for many word lists at once. A rule whose every match holds one of a few
// lower-case literals cannot match a window of a sentence none of whose words holds one. Every run of
// ASCII letters and digits lies inside one word token (src/core/tokens.ts), so a literal of a–z and 0–9 seen
// case-insensitively in the text stands inside some token's lower-cased text: one bit mask per distinct
// word (cached), OR-ed over a sentence's tokens, answers every list at once.

import type { Token } from './tokens';

const LETTERS = /^[a-z0-9]+$/;
/** Words kept in the cache before it starts over (a page's vocabulary is far smaller). */
const CACHE_LIMIT = 100_000;

export class WordGates {
  private readonly bits = new Map<readonly string[], number>();
  private readonly lists: ReadonlyArray<readonly [readonly string[], number]>;
  private readonly cache = new Map<string, number>();

  /** Up to 31 lists of lower-case literals made of a–z and 0–9; any other list always passes. */
  constructor(lists: ReadonlyArray<readonly string[]>) {
    const kept: Array<readonly [readonly string[], number]> = [];
    for (const list of lists) {
      if (kept.length >= 31 || this.bits.has(list) || !list.every((w) => w.length > 1 && LETTERS.test(w))) continue;
      const bit = 1 << kept.length;
      this.bits.set(list, bit);
      kept.push([list, bit]);
    }
    this.lists = kept;
  }

  /** The lists that some word of tokens[from, to) holds a literal of, as a mask. */
  maskOf(tokens: readonly Token[], from: number, to: number): number {
    let mask = 0;
    for (let i = Math.max(0, from); i < to && i < tokens.length; i++) {
      const t = tokens[i] as Token;
      // no literal is shorter than two characters
      if (t.word && t.lower.length > 1) mask |= this.wordMask(t.lower);
    }
    return mask;
  }

  /** Can a window of text whose words gave `mask` hold a literal of `list`? */
  allows(mask: number, list: readonly string[]): boolean {
    const bit = this.bits.get(list);
    return bit === undefined || (mask & bit) !== 0;
  }

  private wordMask(word: string): number {
    let m = this.cache.get(word);
    if (m === undefined) {
      m = 0;
      for (const [list, bit] of this.lists) if (list.some((w) => word.includes(w))) m |= bit;
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(word, m);
    }
    return m;
  }
}
