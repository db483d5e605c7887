// Does a string contain any of a list of literals? One plain alternation per list (compiled on first use,
// cached by the list's identity), a single native scan instead of one `includes` pass per literal:
// exactly `words.some((w) => s.includes(w))`.

const compiled = new WeakMap<readonly string[], RegExp | null>();

const literal = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `s` contains at least one of `words` (case-sensitive, as `includes`). */
export function containsAny(s: string, words: readonly string[]): boolean {
  let re = compiled.get(words);
  if (re === undefined) {
    re = words.length === 0 ? null : new RegExp(words.map(literal).join('|'));
    compiled.set(words, re);
  }
  return re?.test(s) === true;
}
