// The lookup of known places: the generated cities gazetteer and the curated venues, in one Map keyed by
// the folded name (lower case, diacritics dropped, letters and digits only, so "Nay Pyi Taw",
// "Naypyitaw" and "NAY PYI TAW" meet). Built on first use — in the background script or the command
// line, never in the content script — and then a text is matched by walking its tokens: at each word,
// the joined keys of the next few tokens are looked up, longest first. No per-entry pattern.

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

let index: Map<string, KnownPlace> | null = null;

/** Lower case, no diacritics, only letters and digits. */
export function foldPlace(s: string): string {
  const lower = s.toLowerCase();
  let ascii = true;
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) > 127) { ascii = false; break; }
  const base = ascii ? lower : lower.normalize('NFD');
  let out = '';
  for (let i = 0; i < base.length; i++) {
    const c = base.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && !(c >= 0x300 && c <= 0x36f) && c !== 0x2019 && c !== 0x2018 && c !== 0x2010 && c !== 0x2013)) out += base[i];
  }
  return out;
}

export function placeIndex(): Map<string, KnownPlace> {
  if (index) return index;
  const m = new Map<string, KnownPlace>();
  let from = 0;
  while (from <= CITIES_DATA.length) {
    let to = CITIES_DATA.indexOf('\n', from);
    if (to < 0) to = CITIES_DATA.length;
    const [name = '', cc = '', flags = '', alts = ''] = CITIES_DATA.slice(from, to).split('|');
    const place: KnownPlace = { city: name, country: cc || null, capital: flags.includes('c') };
    m.set(foldPlace(name), place);
    if (alts) for (const a of alts.split(';')) { const k = foldPlace(a); if (!m.has(k)) m.set(k, place); }
    from = to + 1;
  }
  for (const v of VENUES) {
    const city = m.get(foldPlace(v.city));
    for (const n of v.names) {
      m.set(foldPlace(n), { city: v.city, country: city?.country ?? null, capital: city?.capital ?? false, venue: n, needsCity: v.needsCity });
    }
  }
  index = m;
  return m;
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
  const idx = placeIndex();
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
    const hit = idx.get(key) ?? extra?.get(key);
    if (hit) best = { place: hit, tokStart: i, tokEnd: j + 1 };
  }
  return best;
}
