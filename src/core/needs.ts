// A rule's cheap gate: does the text hold one of the words its pattern needs (`needs`, lower case)?
// One case-insensitive alternation per rule, compiled on first use: a single native search, with no
// lower-cased copy of the text and no pass per word.

const compiled = new WeakMap<readonly string[], RegExp>();

const literal = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `text` contains (case-insensitively) at least one of `needs`. */
export function holdsAnyOf(needs: readonly string[], text: string): boolean {
  if (needs.length === 0) return false;
  let re = compiled.get(needs);
  if (!re) {
    re = new RegExp(needs.map(literal).join('|'), 'i');
    compiled.set(needs, re);
  }
  return re.test(text);
}
