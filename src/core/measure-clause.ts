// Cuts the clause a cue governs and normalises it to a short phrase: the clause ends at a sentence or
// clause break (";", ", which", ", after", "with the aim of"), a quotation is kept whole, the cue's
// own "to"/"that" goes, and a trailing purpose or attribution ("…, he said") is dropped.

import { searchClauseBreak } from './clause-break';

/**
 * A measure is a phrase, not a page: no clause is read past this many characters, which also keeps
 * the work per cue constant where a "sentence" never ends (1 MB of cue words, an unclosed quote).
 */
const MAX_CLAUSE_CHARS = 600;

/** Offsets [start, end) into the text of the clause that starts at `from` and ends by `limit`. */
export function clauseSpan(text: string, from: number, limit: number): [number, number] {
  const rest = text.slice(from, Math.min(limit, from + MAX_CLAUSE_CHARS));
  let end = rest.length;
  const open = rest.match(/^\s*(?:to\s+)?["\u201c]/);
  if (open) {
    // a quoted measure ends at its closing quote
    const close = rest.slice(open[0].length).search(/["\u201d]/);
    if (close >= 0) end = open[0].length + close + 1;
  }
  let brk = searchClauseBreak(rest);
  let s = from;
  // "as its first initiative, they will …": a short lead-in before a new subject is dropped, not kept
  if (brk >= 0 && brk < 30 && /^,\s+(?:he|she|they|it|we|the\s+(?:two|nations|sides|countries|parties))\b/i.test(rest.slice(brk))) {
    s = from + brk + 1;
    const again = searchClauseBreak(rest.slice(brk + 1));
    brk = again >= 0 ? brk + 1 + again : -1;
    end = rest.length;
  }
  // "three materials: A, B and C" closing the sentence names the object; the list stays in the phrase
  if (brk >= 0 && rest[brk] === ':' && COLON_LIST.test(rest.slice(brk))) {
    const again = searchClauseBreak(rest.slice(brk + 1));
    brk = again >= 0 ? brk + 1 + again : -1;
  }
  if (brk >= 0 && brk < end) end = brk;
  let e = from + end;
  while (s < e && /[\s:"\u201c\u201d,\u2026-]/.test(text[s] ?? '')) s++;
  while (e > s && /[\s.,;:!?\u2026-]/.test(text[e - 1] ?? '')) e--;
  // keep quotation marks balanced inside the span
  const inner = text.slice(s, e);
  if ((inner.match(/["\u201c\u201d]/g)?.length ?? 0) % 2 === 1 && /["\u201d]$/.test(inner)) e--;
  return [s, Math.max(s, e)];
}

// Clause breaks after which the text is no longer the measure: see clause-break.ts.
/** A short list after a colon that runs to the end of the sentence: "…: A, B and C." */
const COLON_LIST =
  /^:\s+[^:;,.!?"\u201c\u201d]{2,40}(?:,\s+[^:;,.!?"\u201c\u201d]{2,40}){0,6}(?:,?\s+and\s+[^:;,.!?"\u201c\u201d]{2,40})[.!?]?\s*$/;

/** Leading words that belong to the cue, not the measure. */
const LEAD =
  /^(?:to|that|on|upon|for|the following:?|in principle to|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:to|that|on)|(?:today|yesterday)\s+(?:to|that|on))\s+/i;
const SUBJECT_TO = /^for\s+[^,]{2,60}?\s+to\s+/i;

export function normaliseMeasure(clause: string): string {
  let s = clause
    .replace(/["\u201c\u201d\u00ab\u00bb]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (let i = 0; i < 2; i++) s = s.replace(LEAD, '');
  s = s.replace(/^(?:a|an)\s+/i, '');
  s = s.replace(SUBJECT_TO, '').replace(/\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g, '');
  s = s.replace(/\s+(?:and|or)$/i, '').replace(/[\s,;:.]+$/, '');
  return s;
}

/** Content words, for length limits and duplicate detection. */
export function contentWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9\u00c0-\u024f' ]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map(stem);
}

/** Drops one ending of ing|ed|es|s|ion|ions: the longest that fits, as the leftmost match of that alternation is. */
function stem(w: string): string {
  for (let k = 4; k >= 1; k--) if (w.length >= k && SUFFIXES.has(w.slice(w.length - k))) return w.slice(0, w.length - k);
  return w;
}
const SUFFIXES = new Set(['ing', 'ed', 'es', 's', 'ion', 'ions']);
const STOP = new Set(
  'the and for with from into over each other its their both two sides between that this will would shall should was were are has have had been against any all also not such more new within'.split(
    ' ',
  ),
);
