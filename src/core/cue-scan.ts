// Where measure cues (src/model/cues.ts) may start in a sentence. One alternation of all cues was the
// costliest pattern a page's first extraction compiled; instead each cue lists the words it can start
// with, a char-code scan finds those words in order, and only their cues' own sticky patterns run there
// (so a cue's pattern is compiled only on pages that can match it). find-measures.ts walks the starts
// as the alternation would: the leftmost cue match, then on from its end.

import { MEASURE_CUES } from '../model/cues';

export interface CueScanner {
  byFirst: Map<string, number[]>;
  sticky: RegExp[];
  /** Bit per (lower-case first letter, length) of the first words: most words are ruled out without a copy. */
  shape: Uint8Array;
  /** Each cue's required literals, or null. */
  needs: Array<string[] | null>;
}
let scanner: CueScanner | null = null;

/** Longest word a cue starts with ("establishes", "partnership"). */
const MAX_FIRST = 15;
const shapeOf = (firstLower: number, len: number): number => ((firstLower & 127) << 4) | len;

/** Cue indices by the word a match starts with, plus a sticky copy of each cue to run where one stands. */
export function getCueScanner(): CueScanner {
  if (scanner) return scanner;
  const byFirst = new Map<string, number[]>();
  const shape = new Uint8Array(128 << 4);
  MEASURE_CUES.forEach((c, i) => {
    for (const w of c.first.split(' ')) {
      const list = byFirst.get(w) ?? [];
      list.push(i);
      byFirst.set(w, list);
      if (w.length <= MAX_FIRST) shape[shapeOf(w.charCodeAt(0), w.length)] = 1;
    }
  });
  // a pattern is compiled by the engine on its first run only: cues absent from a page cost nothing
  const needs = MEASURE_CUES.map((c) => c.needs?.split(' ') ?? null);
  scanner = { byFirst, sticky: MEASURE_CUES.map((c) => new RegExp(c.re.source, 'iy')), shape, needs };
  return scanner;
}

const isAsciiWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Where a cue may start in `t`, in order, into `at`/`cues` (cleared first): "," and every word start
 * (after a non-word character, as the patterns' \b reads it: ASCII letters, digits, "_") whose word
 * opens some cue, with those cues' indices.
 */
export function cueStarts(t: string, sc: CueScanner, at: number[], cues: number[][]): void {
  at.length = 0;
  cues.length = 0;
  const comma = sc.byFirst.get(',');
  const n = t.length;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (!isAsciiWord(c)) {
      if (c === 44 && comma) { at.push(i); cues.push(comma); }
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isAsciiWord(t.charCodeAt(j))) j++;
    // upper-case ASCII letters fold to lower case with | 32; digits and "_" never start a first word
    if (j - i <= MAX_FIRST && sc.shape[shapeOf(c | 32, j - i)]) {
      const list = sc.byFirst.get(t.slice(i, j).toLowerCase());
      if (list) { at.push(i); cues.push(list); }
    }
    i = j;
  }
}
