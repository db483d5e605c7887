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

/** Code units a trie step reads: ASCII only (the scanner's literals are ASCII, see needsScanner). */
const ASCII = 128;

/**
 * The literals as a trie over lower-case ASCII code units: `next[node * 128 + c]` is the child (0: none;
 * the root is node 0), `term[node]` the index of the literal ending there (-1: none). Null when a literal
 * is empty, holds a non-ASCII or upper-case character: such lists keep the alternation.
 */
function asciiTrie(literals: readonly string[]): { next: Int32Array; term: Int32Array } | null {
  let size = 1;
  for (const l of literals) {
    if (l.length === 0 || l !== l.toLowerCase()) return null;
    for (let i = 0; i < l.length; i++) if (l.charCodeAt(i) >= ASCII) return null;
    size += l.length;
  }
  const next = new Int32Array(size * ASCII);
  const term = new Int32Array(size).fill(-1);
  let nodes = 1;
  literals.forEach((l, k) => {
    let node = 0;
    for (let i = 0; i < l.length; i++) {
      const slot = node * ASCII + l.charCodeAt(i);
      let child = next[slot] ?? 0;
      if (child === 0) {
        child = nodes++;
        next[slot] = child;
      }
      node = child;
    }
    term[node] = k;
  });
  return { next, term };
}

/**
 * One scan of a text for the needs of many rules at once (`lists`, lower case): every literal found
 * anywhere in the text, case-insensitively, then each rule's gate is a lookup. Exactly holdsAnyOf for every
 * list, at the cost of one pass per text instead of one search per rule. ASCII literals are read with a
 * trie walked from every position (the i flag of holdsAnyOf's pattern, without u, folds ASCII letters only:
 * no other character matches an ASCII one); other literals with one alternation tried at every position.
 */
export function needsScanner(lists: ReadonlyArray<readonly string[]>): (text: string) => Held {
  const literals = [...new Set(lists.flat())].sort((a, b) => b.length - a.length);
  const trie = asciiTrie(literals);
  if (trie) {
    const { next, term } = trie;
    const index = new Map(literals.map((l, k) => [l, k]));
    const ids = new Map(lists.map((list) => [list, Int32Array.from(list, (w) => index.get(w) ?? -1)]));
    return (text) => {
      const found = new Uint8Array(literals.length);
      const n = text.length;
      for (let p = 0; p < n; p++) {
        let node = 0;
        for (let q = p; q < n; q++) {
          let c = text.charCodeAt(q);
          if (c >= ASCII) break;
          if (c >= 65 && c <= 90) c += 32;
          node = next[node * ASCII + c] ?? 0;
          if (node === 0) break;
          const k = term[node] ?? -1;
          if (k >= 0) found[k] = 1;
        }
      }
      return (needs) => {
        const at = ids.get(needs);
        // a list the scanner was not built from is searched for itself, never silently failed
        if (at === undefined) return holdsAnyOf(needs, text);
        for (let i = 0; i < at.length; i++) if (found[at[i] ?? 0] === 1) return true;
        return false;
      };
    };
  }
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
