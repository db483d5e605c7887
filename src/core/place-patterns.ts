// Hand-written matchers for find-place.ts's two costliest patterns (their first-use compilation cost
// more than the place search itself), each matching exactly what its pattern matches;
// place-patterns.test.ts keeps the patterns as the specification and compares.
//
//   IN_PLACE        /\b(?:in|at)\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|es|de|al|el)){0,2})/gu
//   TITLE_DATELINE  /^(\p{Lu}[\p{Ll}\p{M}'-]+(?: \p{Lu}[\p{Ll}\p{M}'-]+)?),\s+(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u

import { capWord, isLower, isUpper, isWordChar, skipSpaces, width } from './chars';

const PARTICLES = ['es', 'de', 'al', 'el'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Every IN_PLACE match in `s`, left to right: [index of "in"/"at", the captured place]. */
export function inPlaceMatches(s: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  const find = (w: string, from: number): number => { const k = s.indexOf(w, from); return k < 0 ? Infinity : k; };
  let nextIn = find('in', 0);
  let nextAt = find('at', 0);
  let i = 0;
  for (;;) {
    // jump to the next "in" or "at" (native search), then match there
    if (nextIn < i) nextIn = find('in', i);
    if (nextAt < i) nextAt = find('at', i);
    i = Math.min(nextIn, nextAt);
    if (i === Infinity) break;
    if (i > 0 && isWordChar(s.charCodeAt(i - 1))) { i++; continue; }
    const from = skipSpaces(s, i + 2);
    let end = from > i + 2 ? capWord(s, from, true) : -1;
    if (end < 0) { i++; continue; }
    for (let k = 0; k < 2; k++) {
      const f = skipSpaces(s, end);
      if (f === end) break;
      let g = capWord(s, f, true);
      if (g < 0) { const p = PARTICLES.find((w) => s.startsWith(w, f)); g = p ? f + 2 : -1; }
      if (g < 0) break;
      end = g;
    }
    out.push([i, s.slice(from, end)]);
    i = end;
  }
  return out;
}

/** End of `\p{Lu}[\p{Ll}\p{M}'-]+` at `i`, or -1. */
function titleWord(s: string, i: number): number {
  const first = s.codePointAt(i);
  if (first === undefined || !isUpper(first)) return -1;
  let j = i + width(first);
  for (;;) {
    const cp = s.codePointAt(j);
    if (cp === undefined || !(cp === 39 || cp === 45 || isLower(cp) || isMark(cp))) break;
    j += width(cp);
  }
  return j > i + width(first) ? j : -1;
}

let markRe: RegExp | null = null;
function isMark(cp: number): boolean {
  if (cp < 0x300) return false;
  markRe ??= /^\p{M}$/u;
  return markRe.test(String.fromCodePoint(cp));
}

/** `,\s+(?:\d{1,2}\s+)?` + a month abbreviation at `i`. */
function monthAfterComma(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== 44) return false;
  const a = skipSpaces(s, i + 1);
  if (a === i + 1) return false;
  if (MONTHS.some((m) => s.startsWith(m, a))) return true;
  let d = a;
  while (d < s.length && d - a < 3 && s.charCodeAt(d) >= 48 && s.charCodeAt(d) <= 57) d++;
  if (d === a || d - a > 2) return false;
  const b = skipSpaces(s, d);
  return b > d && MONTHS.some((m) => s.startsWith(m, b));
}

/** TITLE_DATELINE's captured city at the start of `line`, if it matches. */
export function titleDateline(line: string): string | undefined {
  const e1 = titleWord(line, 0);
  if (e1 < 0) return undefined;
  if (line.charCodeAt(e1) === 32) {
    const e2 = titleWord(line, e1 + 1);
    if (e2 >= 0 && monthAfterComma(line, e2)) return line.slice(0, e2);
  }
  return monthAfterComma(line, e1) ? line.slice(0, e1) : undefined;
}
