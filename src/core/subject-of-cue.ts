// Is the entity just before `after` (part of) the subject of an agreement verb? "Pakistan and Iran have
// agreed", "Iran's … signed", "Egypt, Sudan and the African Union on Tuesday agreed". A hand-written
// matcher for exactly this pattern (flags: u), kept in step with it by subject-of-cue.test.ts:
//
//   ^(?:['’]s)?(?:\s*(?:,|and|&)\s*(?:the\s+)?\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.-]*){0,3})?
//   (?:,\s*(?:who|which))?\s+(?:have\s+|has\s+|had\s+|both\s+|on\s+\w+day\s+)?(?:also\s+|jointly\s+|formally\s+|finally\s+|today\s+|yesterday\s+|tonight\s+)?
//   (?:agreed|agree|signed|sign|pledged|consented|decided|reached|struck|inked|are\s+to|committed|concluded|initialled|initialed|sealed|clinched|finalised|finalized|endorsed|adopted|ratified|accepted)\b
//
// The regex engine compiles a pattern like this on each page's first use, which cost more than all the
// party scoring it served; this runs at once. Every quantified part is followed by something it cannot
// match, so greedy runs never need to give back characters: each step has one way to go.

import { capWord, skipSpaces, wordEnd } from './chars';

const AUX = ['have', 'has', 'had', 'both'];
const ADVERBS = ['also', 'jointly', 'formally', 'finally', 'today', 'yesterday', 'tonight'];
const VERBS = new Set([
  'agreed',
  'agree',
  'signed',
  'sign',
  'pledged',
  'consented',
  'decided',
  'reached',
  'struck',
  'inked',
  'committed',
  'concluded',
  'initialled',
  'initialed',
  'sealed',
  'clinched',
  'finalised',
  'finalized',
  'endorsed',
  'adopted',
  'ratified',
  'accepted',
]);

/** `word\s+` at `i`: the position after the spaces, or -1. */
function wordThenSpaces(s: string, i: number, word: string): number {
  if (!s.startsWith(word, i)) return -1;
  const j = skipSpaces(s, i + word.length);
  return j > i + word.length ? j : -1;
}

function verbAt(s: string, i: number): boolean {
  const e = wordEnd(s, i);
  const w = s.slice(i, e);
  if (VERBS.has(w)) return true;
  if (w !== 'are') return false;
  const t = skipSpaces(s, e);
  return t > e && wordEnd(s, t) === t + 2 && s.startsWith('to', t);
}

function adverbThenVerb(s: string, i: number): boolean {
  for (const a of ADVERBS) {
    const j = wordThenSpaces(s, i, a);
    if (j >= 0 && verbAt(s, j)) return true;
  }
  return verbAt(s, i);
}

/** `\s+(?:aux\s+)?(?:adverb\s+)?verb\b` at `i`. */
function tail(s: string, i: number): boolean {
  const r = skipSpaces(s, i);
  if (r === i) return false;
  for (const a of AUX) {
    const j = wordThenSpaces(s, r, a);
    if (j >= 0 && adverbThenVerb(s, j)) return true;
  }
  // "on Tuesday": \w+day
  const on = wordThenSpaces(s, r, 'on');
  if (on >= 0) {
    const e = wordEnd(s, on);
    if (e - on >= 4 && s.startsWith('day', e - 3)) {
      const j = skipSpaces(s, e);
      if (j > e && adverbThenVerb(s, j)) return true;
    }
  }
  return adverbThenVerb(s, r);
}

/** Ends of the coordinated names (", Sudan", " and the African Union") that may follow at `i`. */
function coordinatedEnds(s: string, i: number): number[] {
  const a = skipSpaces(s, i);
  let b: number;
  if (s.charCodeAt(a) === 44 || s.charCodeAt(a) === 38)
    b = a + 1; // "," "&"
  else if (s.startsWith('and', a)) b = a + 3;
  else return [];
  const c = skipSpaces(s, b);
  const the = wordThenSpaces(s, c, 'the');
  const d = the >= 0 ? the : c;
  let e = capWord(s, d, true);
  if (e < 0) return [];
  const ends = [e];
  for (let k = 0; k < 3; k++) {
    const f = skipSpaces(s, e);
    if (f === e) break;
    const g = capWord(s, f, false);
    if (g < 0) break;
    ends.push(g);
    e = g;
  }
  return ends;
}

/** `(?:,\s*(?:who|which))?` then the tail at `i`: "the American envoy, who signed the deal as well". */
function tailOrRelative(s: string, i: number): boolean {
  if (tail(s, i)) return true;
  if (s.charCodeAt(i) !== 44) return false;
  const w = skipSpaces(s, i + 1);
  for (const rel of ['who', 'which']) if (s.startsWith(rel, w) && wordEnd(s, w) === w + rel.length && tail(s, w + rel.length)) return true;
  return false;
}

export function isSubjectOfCue(after: string): boolean {
  const c1 = after.charCodeAt(1);
  const possessive = (after.charCodeAt(0) === 39 || after.charCodeAt(0) === 0x2019) && c1 === 115;
  for (const p0 of possessive ? [2, 0] : [0]) {
    for (const e of coordinatedEnds(after, p0)) if (tailOrRelative(after, e)) return true;
    if (tailOrRelative(after, p0)) return true;
  }
  return false;
}
