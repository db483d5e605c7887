// The lookup of known places: the generated cities gazetteer and the curated venues, keyed by the folded
// name (lower case, diacritics dropped, letters and digits only, so "Nay Pyi Taw", "Naypyitaw" and
// "NAY PYI TAW" meet). Used in the background script and the command line, never in the content script.
// A text is matched by walking its tokens: at each capitalised word, the joined keys of the next few
// tokens are looked up (a memo Map, then a binary search of the sorted data), longest match kept. No
// per-entry pattern and no up-front build: the first call costs a split of the data, not 15,500 folds.

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
  for (let i = 0; i < lower.length; i++)
    if (lower.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  const base = ascii ? lower : lower.normalize('NFD');
  let out = '';
  for (let i = 0; i < base.length; i++) {
    const c = base.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 0xbf && !(c >= 0x300 && c <= 0x36f) && !(c >= 0x2000 && c <= 0x206f)))
      out += base[i];
  }
  return out;
}

// ---- the cities: a binary search over the data's lines, sorted by folded name ----------------------
// Nothing is built, not even split: each probe finds its line in the data string (native searches for
// the line's ends) and folds its name once (remembered by offset; the first probes of every search are
// the same lines). A search also tells whether any name starts with the key, so that a span of tokens
// stops growing as soon as no place can start with it.

/** Folded name of the line starting at an offset. */
const keyAt = new Map<number, string>();
/** Looked-up keys (bounded: cleared when full). */
const looked = new Map<string, Search>();
const LOOKED_MAX = 20_000;
let venues: Map<string, KnownPlace> | null = null;
/** Folded venue names and every prefix of them, for the same early stop. */
let venuePrefixes: Set<string> | null = null;

interface Search {
  place: KnownPlace | null;
  prefix: boolean;
}

function lineEnd(data: string, from: number): number {
  const e = data.indexOf('\n', from);
  return e < 0 ? data.length : e;
}

function keyOfLine(data: string, start: number): string {
  let k = keyAt.get(start);
  if (k === undefined) {
    k = foldPlace(data.slice(start, data.indexOf('|', start)));
    keyAt.set(start, k);
  }
  return k;
}

function searchCities(key: string): Search {
  const data = CITIES_DATA;
  // [lo, hi): character offsets; every line starting in the range is still a candidate
  let lo = 0;
  let hi = data.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = Math.max(lo, data.lastIndexOf('\n', mid - 1) + 1);
    const end = lineEnd(data, start);
    const k = keyOfLine(data, start);
    if (k === key) {
      const [name = '', cc = '', flags = '', of = ''] = data.slice(start, end).split('|');
      return { place: { city: of ? of.slice(1) : name, country: cc || null, capital: flags.includes('c') }, prefix: true };
    }
    if (k < key) lo = end + 1;
    else hi = start;
  }
  // not found: the first line after the key's place is the only one that can start with it
  return { place: null, prefix: lo < data.length && keyOfLine(data, lo).startsWith(key) };
}

function venueIndex(): Map<string, KnownPlace> {
  if (venues) return venues;
  const m = new Map<string, KnownPlace>();
  const prefixes = new Set<string>();
  for (const v of VENUES) {
    const city = searchCities(foldPlace(v.city)).place;
    for (const n of v.names) {
      const k = foldPlace(n);
      m.set(k, { city: v.city, country: city?.country ?? null, capital: city?.capital ?? false, venue: n, needsCity: v.needsCity });
      for (let i = 1; i <= k.length; i++) prefixes.add(k.slice(0, i));
    }
  }
  venues = m;
  venuePrefixes = prefixes;
  return m;
}

function search(key: string): Search {
  const v = venueIndex().get(key);
  if (v) return { place: v, prefix: true };
  let hit = looked.get(key);
  if (!hit) {
    hit = searchCities(key);
    if (!hit.prefix && venuePrefixes?.has(key)) hit = { place: hit.place, prefix: true };
    if (looked.size >= LOOKED_MAX) looked.clear();
    looked.set(key, hit);
  }
  return hit;
}

/** The known city or venue of a folded name, or null. */
export function knownPlace(key: string): KnownPlace | null {
  return search(key).place;
}

/** Does any known city's or venue's folded name start with `key` (or equal it)? ("buenos" → Buenos Aires) */
export function startsKnownPlace(key: string): boolean {
  return search(key).prefix;
}

export interface PlaceMatch {
  place: KnownPlace;
  tokStart: number;
  tokEnd: number;
}

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
    const found = search(key);
    const hit = found.place ?? extra?.get(key);
    if (hit) best = { place: hit, tokStart: i, tokEnd: j + 1 };
    // no known name starts so: stop growing the span (the article's own places are one or two words)
    if (!found.prefix && !(extra?.size && j - i < 3)) break;
  }
  return best;
}
