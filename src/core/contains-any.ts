// Does a string contain any of a list of literals? A short list is read word by word (`includes`); a long
// one as one plain alternation (compiled on first use, cached by the list's identity), a single native scan
// instead of one `includes` pass per literal. Either way exactly `words.some((w) => s.includes(w))`.

/** Lists longer than this are scanned as one alternation. */
const SHORT = 6;

const compiled = new WeakMap<readonly string[], RegExp>();

const literal = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `s` contains at least one of `words` (case-sensitive, as `includes`). */
export function containsAny(s: string, words: readonly string[]): boolean {
  if (words.length <= SHORT) {
    for (let i = 0; i < words.length; i++) if (s.includes(words[i] as string)) return true;
    return false;
  }
  let re = compiled.get(words);
  if (re === undefined) {
    re = new RegExp(words.map(literal).join('|'));
    compiled.set(words, re);
  }
  return re.test(s);
}
