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

/** Which of a scanner's literals a text holds: a rule passes when it holds any of its needs. */
export type Held = (needs: readonly string[]) => boolean;

/**
 * One scan of a text for the needs of many rules at once (`lists`, lower case): a single case-insensitive
 * alternation tried at every position (so overlapping literals are all found), then each rule's gate is
 * a set lookup. Exactly holdsAnyOf for every list, at the cost of one native search per text instead of
 * one per rule.
 */
export function needsScanner(lists: ReadonlyArray<readonly string[]>): (text: string) => Held {
  const literals = [...new Set(lists.flat())].sort((a, b) => b.length - a.length);
  const re = new RegExp(literals.map(literal).join('|'), 'gi');
  // a literal found also holds every shorter literal inside it, which the scan at its position skips
  const inside = new Map(literals.map((l) => [l, literals.filter((m) => l.includes(m))]));
  const known = new Set(lists);
  return (text) => {
    const found = new Set<string>();
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const hit = m[0].toLowerCase();
      for (const w of inside.get(hit) ?? [hit]) found.add(w);
      re.lastIndex = m.index + 1;
    }
    return (needs) => {
      // a list the scanner was not built from is searched for itself, never silently failed
      if (!known.has(needs)) return holdsAnyOf(needs, text);
      for (const n of needs) if (found.has(n)) return true;
      return false;
    };
  };
}
