// The first question asked of every page's text, before any article is looked for: does it hold what
// an agreement report needs together — an agreement word with at least two distinct parties (states,
// organisations, armed groups) named near it? Most pages use "deal", "signed" or "agreement" somewhere;
// few name two states or organisations beside it. Only pages that pass go on to find their article.
//
// It runs in the background on the text the content script reads (page/gate-text.ts), warm from one
// page to the next, so that a page pays only for reading its text. Cost: one regex pass for the
// agreement words; then, only in windows around them, one pass over the capitalised words, each looked
// up in the gazetteer's name forms, compiled at build time (compile-party-forms.ts) into short strings
// by first letters. Linear in the text.
//
// It errs on the side of passing: names match as the engine matches them (exact case, or in capitals),
// every form of a state counts (name, official name, spellings, demonyms, capitals, a few leaders), and
// "near" is generous. A page it passes may still report no agreement; one it fails never could.

import { PARTY_FORMS } from '../model/party-forms.generated';
import { ANY_CUE } from '../model/cues';
import { bucketOf } from './compile-party-forms';

/**
 * How far (UTF-16 code units) either side of an agreement word the two parties may stand: a paragraph
 * and a little of its neighbours. The gate tests hold every agreement report and page we have within it
 * (at 400 too); 1,200 read three times the names on pages dense with agreement words for nothing.
 */
export const NEAR = 600;

/** The agreement words, global, from the model's presence check (one alternation of literals). */
const CUE = new RegExp(ANY_CUE.source, 'gi');
/** Words that can start a name: a capital letter, or the few forms that start lower case ("al-Qaida"). */
const NAME_START = /[A-Z\u00c0-\u00de][A-Za-z0-9\u00c0-\u024f]*|\bal(?=[-\s])/g;
/** One word of a name's remainder, after at most a few separators ("United Arab", "U.S.", "al-Shabaab"). */
const NEXT_WORD = /[^A-Za-z0-9\u00c0-\u024f]{1,3}([A-Za-z0-9\u00c0-\u024f]+)/y;
/** A word in capitals (checked only where the second letter is one). */
const ALL_CAPS = /^[A-Z\u00c0-\u00de][A-Z0-9\u00c0-\u00de]+$/;

/** The forms of the first words the page has used, split: [entity, ...the words after the first]. */
const split = new Map<string, string[][] | null>();

/** The forms that start with `word`, or null: one search in the word's bucket, once per word. */
function formsFor(word: string): string[][] | null {
  let forms = split.get(word);
  if (forms === undefined) {
    const key = bucketOf(word);
    const bucket = Object.hasOwn(PARTY_FORMS, key) ? (PARTY_FORMS[key] ?? '') : '';
    const at = bucket.indexOf(`|${word}:`);
    forms =
      at < 0
        ? null
        : bucket
            .slice(at + word.length + 2, bucket.indexOf('|', at + 1))
            .split(';')
            .map((form) => form.split(' '));
    split.set(word, forms);
  }
  return forms;
}

/**
 * The entity named by the word `word` (ending at `end` in `text`) and the words after it, or null.
 * A word in capitals is read as the form it spells ("PAKISTAN", "UNITED STATES"); a plural as its
 * demonym ("Iranians").
 */
function entityAt(text: string, word: string, end: number): string | null {
  const exact = formsFor(word);
  if (exact) return match(text, end, exact, false);
  if (word.length > 1 && ALL_CAPS.test(word)) {
    const title = formsFor(word[0] + word.slice(1).toLowerCase());
    if (title) return match(text, end, title, true);
  }
  if (word.length > 3 && word.endsWith('s')) {
    const singular = formsFor(word.slice(0, -1));
    if (singular) return match(text, end, singular, false);
  }
  return null;
}

/** The first of `candidates` ([entity, ...rest words]) whose rest follows `end` in `text`. */
function match(text: string, end: number, candidates: string[][], upper: boolean): string | null {
  for (const form of candidates) {
    let pos = end;
    let ok = true;
    for (let i = 1; i < form.length; i++) {
      const w = form[i] as string;
      NEXT_WORD.lastIndex = pos;
      const m = NEXT_WORD.exec(text);
      if (!m || (m[1] !== w && !(upper && m[1] === w.toUpperCase()))) {
        ok = false;
        break;
      }
      pos = NEXT_WORD.lastIndex;
    }
    if (ok) return form[0] ?? null;
  }
  return null;
}

/**
 * Whether `text` holds an agreement word with two distinct parties within NEAR of it. One pass for the
 * words; names are read only around them, each character at most once, and the pass stops at the first
 * agreement word that has two parties beside it.
 */
export function mayReportAgreement(text: string): boolean {
  // the latest name mention read, and the latest one before it that named another entity
  let lastAt = -Infinity;
  let lastId: string | null = null;
  let otherAt = -Infinity;
  /** Names are read up to here. */
  let scanned = 0;
  CUE.lastIndex = 0;
  for (let cue = CUE.exec(text); cue; cue = CUE.exec(text)) {
    const lo = cue.index - NEAR;
    const hi = cue.index + NEAR;
    NAME_START.lastIndex = Math.max(scanned, lo, 0);
    for (let hit = NAME_START.exec(text); hit && hit.index < hi; hit = NAME_START.exec(text)) {
      scanned = NAME_START.lastIndex;
      const id = entityAt(text, hit[0], NAME_START.lastIndex);
      if (id === null) continue;
      if (id !== lastId) {
        otherAt = lastAt;
        lastId = id;
      }
      lastAt = hit.index;
    }
    scanned = Math.max(scanned, Math.min(hi, text.length));
    // two distinct entities in [lo, hi]: the last mention read, and the last other one before it
    if (otherAt >= lo) return true;
  }
  return false;
}
