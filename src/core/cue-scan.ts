// Where measure cues (src/model/cues.ts) may start in a sentence. One alternation of all cues was the
// costliest pattern a page's first extraction compiled; instead each cue lists the words it can start
// with, a char-code scan finds those words in order, and only their cues' own sticky patterns run there
// (so a cue's pattern is compiled only on pages that can match it). find-measures.ts walks the starts
// as the alternation would: the leftmost cue match, then on from its end.

import { MEASURE_CUES } from '../model/cues';

export interface CueScanner {
  byFirst: Map<string, number[]>;
  sticky: RegExp[];
  /** Every first word as a whole ASCII word (the cues' \b), or a comma: one plain alternation of words. */
  firsts: RegExp;
  /** Each cue's required literals, or null. */
  needs: Array<string[] | null>;
}
let scanner: CueScanner | null = null;

/** Cue indices by the word a match starts with, plus a sticky copy of each cue to run where one stands. */
export function getCueScanner(): CueScanner {
  if (scanner) return scanner;
  const byFirst = new Map<string, number[]>();
  MEASURE_CUES.forEach((c, i) => {
    for (const w of c.first.split(' ')) {
      const list = byFirst.get(w) ?? [];
      list.push(i);
      byFirst.set(w, list);
    }
  });
  const words = [...byFirst.keys()].filter((w) => w !== ',');
  // a pattern is compiled by the engine on its first run only: cues absent from a page cost nothing
  const needs = MEASURE_CUES.map((c) => c.needs?.split(' ') ?? null);
  const firsts = new RegExp(`\\b(?:${words.join('|')})\\b${byFirst.has(',') ? '|,' : ''}`, 'gi');
  scanner = { byFirst, sticky: MEASURE_CUES.map((c) => new RegExp(c.re.source, 'iy')), firsts, needs };
  return scanner;
}

/**
 * Where a cue may start in `t`, in order, into `at`/`cues` (cleared first): "," and every whole word
 * (ASCII letters, digits and "_", as the patterns' \b reads words) that opens some cue, with those
 * cues' indices. The words are found by a native scan: a plain word list compiles in a fraction of the
 * cues' cost and runs at native speed on long pages.
 */
export function cueStarts(t: string, sc: CueScanner, at: number[], cues: number[][]): void {
  at.length = 0;
  cues.length = 0;
  const re = sc.firsts;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const list = sc.byFirst.get(m[0].toLowerCase());
    if (list) {
      at.push(m.index);
      cues.push(list);
    }
  }
}
