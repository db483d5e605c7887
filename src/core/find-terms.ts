// Word and phrase lists matched over tokens, not as one long alternation: a list is compiled once into a
// map from each term's first token to the rest of its tokens (by the same tokenizer as the text, so
// "cease-fire" is cease + - + fire), and the text's tokens are read once, whatever the size of the lists.
// Pure and linear.

import { tokenize, type Token } from './tokens';

export interface TermIndex {
  /** First token (lower case) → [remaining tokens, list key] of every term starting with it. */
  byFirst: Map<string, Array<[rest: string[], key: string]>>;
  /**
   * A sieve over first tokens: the bit of a word's shape (length, first and last letter) is set for every
   * first token, so a text word whose bit is clear starts no term and needs no map lookup.
   */
  sieve: Uint8Array;
}

const SIEVE_BITS = 1 << 14;
/** The sieve bit of a lower-case word: its length, first and last code units. */
const shapeOf = (w: string): number => (((w.length * 131 + w.charCodeAt(0)) * 131 + w.charCodeAt(w.length - 1)) >>> 0) % SIEVE_BITS;

/** Compiles lists (key → terms) into an index. */
export function compileTerms(lists: Record<string, readonly string[]>): TermIndex {
  const byFirst = new Map<string, Array<[string[], string]>>();
  const sieve = new Uint8Array(SIEVE_BITS >> 3);
  for (const [key, terms] of Object.entries(lists)) {
    for (const term of terms) {
      const [first, ...rest] = tokenize(term).map((t) => t.lower);
      if (!first) continue;
      const slot = byFirst.get(first) ?? [];
      slot.push([rest, key]);
      byFirst.set(first, slot);
      const bit = shapeOf(first);
      sieve[bit >> 3] = (sieve[bit >> 3] ?? 0) | (1 << (bit & 7));
    }
  }
  return { byFirst, sieve };
}

/** The key of the term that starts at token `i` (tokens up to `end`), or null. */
function termAt(index: TermIndex, tokens: readonly Token[], i: number, end: number): string | null {
  const lower = tokens[i]?.lower ?? '';
  if (lower.length > 0) {
    const bit = shapeOf(lower);
    if (((index.sieve[bit >> 3] ?? 0) & (1 << (bit & 7))) === 0) return null;
  }
  const slot = index.byFirst.get(lower);
  if (!slot) return null;
  for (const [rest, key] of slot) {
    if (i + rest.length < end && rest.every((w, k) => tokens[i + 1 + k]?.lower === w)) return key;
  }
  return null;
}

/** How many times each list's terms occur in tokens [from, to) (a term counts once, where it starts). */
export function countTerms(index: TermIndex, tokens: readonly Token[], from = 0, to = tokens.length): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const key = termAt(index, tokens, i, to);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The most tokens a term has after its first (how far a term starting at one token can reach). */
const reachOf = new WeakMap<TermIndex, number>();
function reach(index: TermIndex): number {
  let r = reachOf.get(index);
  if (r === undefined) {
    r = 0;
    for (const slot of index.byFirst.values()) for (const [rest] of slot) r = Math.max(r, rest.length);
    reachOf.set(index, r);
  }
  return r;
}

/**
 * countTerms over `head` followed by `tokens`, as over the two joined (a term may start in the head and
 * end in the tokens), without copying the tokens: only the head and the first tokens a term can reach.
 */
export function countTermsJoined(index: TermIndex, head: readonly Token[], tokens: readonly Token[]): Map<string, number> {
  if (head.length === 0) return countTerms(index, tokens);
  const total = head.length + tokens.length;
  const joined = [...head, ...tokens.slice(0, reach(index))];
  const counts = new Map<string, number>();
  for (let i = 0; i < head.length; i++) {
    const key = termAt(index, joined, i, total);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (let i = 0; i < tokens.length; i++) {
    const key = termAt(index, tokens, i, tokens.length);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Do tokens [from, to) hold any term of the index? */
export function hasTerm(index: TermIndex, tokens: readonly Token[], from = 0, to = tokens.length): boolean {
  for (let i = from; i < to; i++) if (termAt(index, tokens, i, to) !== null) return true;
  return false;
}
