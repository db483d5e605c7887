// The lookup of known places: the generated cities gazetteer and the curated venues, keyed by the folded
// name (lower case, diacritics dropped, letters and digits only, so "Nay Pyi Taw", "Naypyitaw" and
// "NAY PYI TAW" meet). Used in the background script and the command line, never in the content script.
// A text is matched by walking its tokens: at each capitalised word, the joined keys of the next few
// tokens are looked up (a memo Map, then a binary search of the sorted data), longest match kept. No
// per-entry pattern and no up-front build: the first call costs a split of the data, not 14,000 folds.

import { CITIES_DATA } from '../model/cities.generated';
import { VENUES } from '../model/landmarks';
import type { Token } from './tokens';

export interface KnownPlace {
  /** The city's name (for a venue: its city's). */
  city: string;
  /** ISO 3166-1 alpha-2 code of the city's country, or null for a venue outside the data. */
  country: string | null;
  capital: boolean;
  /** Set for a venue: the venue's name as listed. */
  venue?: string;
  needsCity?: boolean;
}

/** Longest place name, in tokens ("Great Hall of the People", "Sri Jayawardenepura Kotte"). */
const MAX_TOKENS = 6;

/**
 * Lower case, decomposed, then only ASCII letters and digits and other non-ASCII letters kept (no
 * combining marks, no Latin-1 or general punctuation). scripts/generate-cities.mjs folds the same way
 * and sorts the data by it; a test checks that the two agree.
 */
export function foldPlace(s: string): string {
  const lower = s.toLowerCase();
  let ascii = true;
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) > 127) { ascii = false; break; }
  const base = ascii ? lower : lower.normalize('NFD');
  let out = '';
  for (let i = 0; i < base.length; i++) {
    const c = base.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 0xbf && !(c >= 0x300 && c <= 0x36f) && !(c >= 0x2000 && c <= 0x206f))) out += base[i];
  }
  return out;
}

// ---- the cities: a binary search over the data's lines, sorted by folded name ----------------------
// Nothing is built, not even split: each probe finds its line in the data string (native searches for
// the line's ends), and only the ~14 lines a search visits are folded; every looked-up key is remembered.

const looked = new Map<string, KnownPlace | null>();
let venues: Map<string, KnownPlace> | null = null;

function cityByKey(key: string): KnownPlace | null {
  const data = CITIES_DATA;
  // [lo, hi): character offsets; every line starting in the range is still a candidate
  let lo = 0;
  let hi = data.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = data.lastIndexOf('\n', mid - 1) + 1;
    const lineStart = start < lo ? lo : start;
    let end = data.indexOf('\n', lineStart);
    if (end < 0) end = data.length;
    const line = data.slice(lineStart, end);
    const k = foldPlace(line.slice(0, line.indexOf('|')));
    if (k === key) {
      const [name = '', cc = '', flags = '', of = ''] = line.split('|');
      return { city: of ? of.slice(1) : name, country: cc || null, capital: flags.includes('c') };
    }
    if (k < key) lo = end + 1;
    else hi = lineStart;
  }
  return null;
}

function venueIndex(): Map<string, KnownPlace> {
  if (venues) return venues;
  const m = new Map<string, KnownPlace>();
  for (const v of VENUES) {
    const city = cityByKey(foldPlace(v.city));
    for (const n of v.names) m.set(foldPlace(n), { city: v.city, country: city?.country ?? null, capital: city?.capital ?? false, venue: n, needsCity: v.needsCity });
  }
  venues = m;
  return m;
}

/** The known city or venue of a folded name, or null. */
export function knownPlace(key: string): KnownPlace | null {
  const v = venueIndex().get(key);
  if (v) return v;
  let hit = looked.get(key);
  if (hit === undefined) {
    hit = cityByKey(key);
    looked.set(key, hit);
  }
  return hit;
}

export interface PlaceMatch { place: KnownPlace; tokStart: number; tokEnd: number }

/** Is the token a word that can open a place name (capitalised, or all capitals)? */
const opens = (t: Token): boolean => t.word && t.text !== t.lower && t.text.charCodeAt(0) !== t.lower.charCodeAt(0);

/** Punctuation inside a name: "Port-au-Prince", "Xi’an", "Washington, D.C.", "St. Petersburg". */
const INNER = new Set(['-', '\u2010', '\u2013', "'", '\u2019', '.']);

/**
 * The longest known place that starts at token `i` (a capitalised word), or null. Tokens must follow
 * each other with at most one space between (or touch, across inner punctuation); `extra` adds the
 * article's own known places (the dateline's city).
 */
export function placeAt(tokens: Token[], i: number, end: number, extra?: Map<string, KnownPlace>): PlaceMatch | null {
  const first = tokens[i];
  if (!first || !opens(first)) return null;
  let key = '';
  let best: PlaceMatch | null = null;
  let words = 0;
  for (let j = i; j < end && words < MAX_TOKENS; j++) {
    const t = tokens[j];
    if (!t) break;
    if (j > i) {
      const prev = tokens[j - 1];
      if (!prev || t.start - prev.end > 1) break;
    }
    if (!t.word) {
      if (!INNER.has(t.text)) break;
      // inner punctuation touches the words on both sides
      const next = tokens[j + 1];
      if (!next || next.start !== t.end || tokens[j - 1]?.end !== t.start) break;
      continue;
    }
    key += foldPlace(t.lower);
    words++;
    const hit = extra?.get(key) ?? knownPlace(key);
    if (hit) best = { place: hit, tokStart: i, tokEnd: j + 1 };
  }
  return best;
}
