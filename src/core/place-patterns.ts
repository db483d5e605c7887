// A hand-written matcher for find-place.ts's costliest dateline pattern (its first-use compilation cost
// more than the search itself), matching exactly what the pattern matches; place-patterns.test.ts keeps
// the pattern as the specification and compares.
//
//   TITLE_DATELINE  /^(\p{Lu}[\p{Ll}\p{M}'-]+(?: \p{Lu}[\p{Ll}\p{M}'-]+)?),\s+(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u

import { isLower, isUpper, skipSpaces, width } from './chars';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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
