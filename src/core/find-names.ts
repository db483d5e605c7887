// Candidate person-name spans: runs of capitalised words that are not titles, ranks, honorifics,
// places, organisations or institution words, with name particles ("bin", "al") and hyphenated
// parts ("Jong-un", "Amir-Abdollahian"). A span alone never makes a person: find-officials.ts
// needs a role next to it, so "Breaking News" or "Line of Control" never become people.

import {
  GIVEN_NAME_ABBREVIATIONS,
  INSTITUTION_HEADS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NOT_NAME_WORDS,
  OFFICE_WORDS,
  SURNAME_WORDS,
} from '../model/titles';
import { isApostrophe, isCapitalised, isAllCaps, type Token } from './tokens';

export interface NameSpan {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  text: string;
  /** Word tokens of the name, hyphenated parts joined ("Jong-un"), dotted initials kept ("R.N."). */
  parts: string[];
  /** The name as written, for output: parts joined, a suffix after its comma ("Romeo S. Brawner, Jr."). */
  display: string;
}

const NOT_NAME = new Set([...NOT_NAME_WORDS, ...OFFICE_WORDS, ...INSTITUTION_HEADS]);
const PARTICLES = new Set(NAME_PARTICLES);
const SURNAME_ALSO = new Set(SURNAME_WORDS);
const SUFFIXES = new Set(NAME_SUFFIXES);
const ABBREVIATED = new Set(GIVEN_NAME_ABBREVIATIONS);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const REGNAL = /^(?:II|III|IV|VI|VII|VIII)$/;

/** `blocked[i]` is true for tokens that belong to a role or an entity mention. */
export function findNames(text: string, tokens: Token[], blocked: Uint8Array): NameSpan[] {
  const out: NameSpan[] = [];
  const nameWord = (i: number): boolean => {
    const t = tokens[i];
    return (
      !!t &&
      t.word &&
      !blocked[i] &&
      isCapitalised(t.text) &&
      !isAllCaps(t.text) &&
      !NOT_NAME.has(t.lower) &&
      !isDigit(t.text.charCodeAt(0))
    );
  };
  // a lower-case particle hyphenated onto a capitalised word is one name part: "al-Burhan", "el-Sisi"
  const touches = (a: number, b: number): boolean => tokens[a]?.end === tokens[b]?.start;
  // one space from the name word before (no line break, no punctuation between)
  const touchesName = (j: number): boolean => (tokens[j - 1]?.end ?? -9) + 1 === tokens[j]?.start && !!tokens[j - 1]?.word;
  const particleHyphen = (j: number): boolean => {
    const t = tokens[j];
    return (
      !!t &&
      t.word &&
      !blocked[j] &&
      PARTICLES.has(t.text) &&
      tokens[j + 1]?.text === '-' &&
      touches(j, j + 1) &&
      touches(j + 1, j + 2) &&
      nameWord(j + 2)
    );
  };
  // initials written in capitals open a name: "AK Antony", "SCL Das" (never alone, never an entity or title)
  const initials = (j: number): boolean => {
    const t = tokens[j];
    return (
      !!t &&
      t.word &&
      !blocked[j] &&
      t.text.length >= 2 &&
      t.text.length <= 3 &&
      isAllCaps(t.text) &&
      !NOT_NAME.has(t.lower) &&
      /^[A-Z]+$/.test(t.text) &&
      tokens[j + 1]?.start === t.end + 1 &&
      nameWord(j + 1)
    );
  };
  // a dotted initial or abbreviated given name: "R.N. Ravi", "Romeo S. Brawner", "Ma. Teresita"; returns the
  // token index after it (and its part), only when a name word follows
  const dotted = (j: number): { end: number; part: string } | null => {
    let k = j;
    let part = '';
    for (;;) {
      const t = tokens[k];
      const dot = tokens[k + 1];
      if (!t?.word || blocked[k] || !dot || dot.text !== '.' || !touches(k, k + 1)) break;
      const initial = t.text.length === 1 && isCapitalised(t.text);
      if (!initial && !(k === j && ABBREVIATED.has(t.lower) && isCapitalised(t.text))) break;
      part += `${t.text}.`;
      k += 2;
      if (!initial || !tokens[k] || !touches(k - 1, k)) break;
    }
    if (!part || !nameWord(k)) return null;
    return { end: k, part };
  };
  // "Theresa May", "Park Jin": a surname that is also a word, inside a run of name words (not before a number)
  const surnameWord = (j: number): boolean => {
    const t = tokens[j];
    return (
      !!t &&
      t.word &&
      !blocked[j] &&
      SURNAME_ALSO.has(t.lower) &&
      isCapitalised(t.text) &&
      !isAllCaps(t.text) &&
      !isDigit(tokens[j + 1]?.text.charCodeAt(0) ?? 0) &&
      tokens[j + 1]?.start !== undefined
    );
  };
  for (let i = 0; i < tokens.length; i++) {
    // every opening below is an unblocked word, capitalised or a particle: skip the rest at once
    const ti = tokens[i] as Token;
    if (!ti.word || blocked[i]) continue;
    const c0 = ti.text.charCodeAt(0);
    if (c0 < 128 && (c0 < 65 || c0 > 90) && !PARTICLES.has(ti.text)) continue;
    // "Park Jin": a surname word opens a name only before a name word
    const opensWithSurname = surnameWord(i) && nameWord(i + 1) && tokens[i + 1]?.start === (tokens[i]?.end ?? 0) + 1;
    if (!nameWord(i) && !particleHyphen(i) && !initials(i) && !dotted(i) && !opensWithSurname) continue;
    const parts: string[] = [];
    let suffixComma = false;
    let j = i;
    let end = i;
    while (j < tokens.length && parts.length < 10) {
      const t = tokens[j];
      if (!t) break;
      const dot = dotted(j);
      if (dot) {
        parts.push(dot.part);
        end = dot.end;
        j = dot.end;
        continue;
      }
      if (nameWord(j) || (j === i && opensWithSurname) || (parts.length > 0 && surnameWord(j) && touchesName(j))) {
        let word = t.text;
        let k = j + 1;
        // hyphenated parts touch on both sides: "Jong-un", "Amir-Abdollahian"
        while (
          tokens[k]?.text === '-' &&
          tokens[k]?.start === tokens[k - 1]?.end &&
          tokens[k + 1]?.word &&
          tokens[k + 1]?.start === tokens[k]?.end &&
          !blocked[k + 1]
        ) {
          word += `-${tokens[k + 1]?.text ?? ''}`;
          k += 2;
        }
        // an elided particle: "O'Brien", "D'Alema" (one capital letter, an apostrophe, a capitalised word, all touching)
        if (
          k === j + 1 &&
          t.text.length === 1 &&
          isApostrophe(tokens[k]?.text) &&
          tokens[k]?.start === t.end &&
          tokens[k + 1]?.start === tokens[k]?.end &&
          isCapitalised(tokens[k + 1]?.text ?? '') &&
          !blocked[k + 1]
        ) {
          word += `${tokens[k]?.text ?? ''}${tokens[k + 1]?.text ?? ''}`;
          k += 2;
        }
        parts.push(word);
        end = k;
        j = k;
        if (tokens[j]?.start !== undefined && text.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0).includes('\n')) break;
        continue;
      }
      if (j === i && initials(j)) {
        parts.push(t.text);
        end = j + 1;
        j++;
        continue;
      }
      if (particleHyphen(j)) {
        parts.push(`${t.text}-${tokens[j + 2]?.text ?? ''}`);
        end = j + 3;
        j = end;
        continue;
      }
      // particles, also in a row: "Humberto de la Calle", "Ursula von der Leyen"
      if (t.word && PARTICLES.has(t.text) && parts.length > 0) {
        let k = j;
        while (tokens[k]?.word && PARTICLES.has(tokens[k]?.text ?? '') && k - j < 3) k++;
        if (nameWord(k)) {
          for (let x = j; x < k; x++) parts.push(tokens[x]?.text ?? '');
          j = k;
          continue;
        }
      }
      // "Jr." / ", Jr." closes the name
      if (
        parts.length > 1 &&
        (SUFFIXES.has(t.lower) || (t.text === ',' && SUFFIXES.has(tokens[j + 1]?.lower ?? '') && isCapitalised(tokens[j + 1]?.text ?? '')))
      ) {
        const k = t.text === ',' ? j + 1 : j;
        if (tokens[k]?.word && !blocked[k]) {
          const withDot = tokens[k + 1]?.text === '.' && touches(k, k + 1);
          parts.push(tokens[k]?.text + (withDot ? '.' : ''));
          suffixComma = t.text === ',';
          end = withDot ? k + 2 : k + 1;
          break;
        }
      }
      // regnal numbers belong to the name: "King Abdullah II"
      if (t.word && parts.length > 0 && REGNAL.test(t.text) && !blocked[j]) {
        parts.push(t.text);
        end = j + 1;
        j++;
        break;
      }
      break;
    }
    const first = tokens[i];
    const lastTok = tokens[end - 1];
    if (!first || !lastTok || parts.length === 0) continue;
    const display = suffixComma ? `${parts.slice(0, -1).join(' ')}, ${parts[parts.length - 1]}` : parts.join(' ');
    out.push({
      tokStart: i,
      tokEnd: end,
      start: first.start,
      end: lastTok.end,
      text: text.slice(first.start, lastTok.end),
      parts,
      display,
    });
    i = end - 1;
  }
  return out;
}

/** Folds spelling drift: case, diacritics, hyphens, doubled letters ("Abdolahian" = "Abdollahian"). */
export function foldName(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .replace(/(.)\1+/g, '$1');
    if (folded.size >= FOLDED_LIMIT) folded.clear();
    folded.set(s, f);
  }
  return f;
}
/**
 * foldName's answers, by name, for one page: a report names the same people again and again (a pure
 * function, so cached). extract.ts starts each page with an empty cache (startNameFolds), so one page's
 * names never speed up the next.
 */
const folded = new Map<string, string>();
/** Names kept before the cache starts over (a page's names are far fewer). */
const FOLDED_LIMIT = 20_000;

/** Empties foldName's cache: called as an extraction starts. */
export function startNameFolds(): void {
  folded.clear();
}

/** Surname keys of a name: the last part, and for hyphenated compounds also the part before the hyphen. */
export function surnameKeys(all: string[]): string[] {
  const parts = all.filter((p) => !REGNAL.test(p) && !SUFFIXES.has(p.replace(/\.$/, '').toLowerCase()) && !/\.$/.test(p));
  const last = parts[parts.length - 1] ?? '';
  const keys = [foldName(last)];
  if (last.includes('-')) keys.push(foldName(last.split('-').pop() ?? ''));
  // East Asian order: family name first ("Kim Jong-un")
  if (last.includes('-') && /-[a-z]/.test(last) && parts.length === 2) keys.push(foldName(parts[0] ?? ''));
  return keys.filter(Boolean);
}
