// Character classes of JavaScript patterns, for the few hand-written matchers that stand in for
// patterns whose first-use compilation cost more than the work they did (see subject-of-cue.ts). ASCII is
// decided inline; other characters go to a one-character Unicode property test.

let upperRe: RegExp | null = null;
let lowerRe: RegExp | null = null;
let letterRe: RegExp | null = null;

/** `\s`. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `\w` without the i flag. */
export const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** `\p{Lu}`, by code point. */
export function isUpper(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  upperRe ??= /^\p{Lu}$/u;
  return upperRe.test(String.fromCodePoint(cp));
}

/** `\p{Ll}`, by code point. */
export function isLower(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  lowerRe ??= /^\p{Ll}$/u;
  return lowerRe.test(String.fromCodePoint(cp));
}

let onlyLetterRe: RegExp | null = null;

/** `\p{L}`, by code point. */
export function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  onlyLetterRe ??= /^\p{L}$/u;
  return onlyLetterRe.test(String.fromCodePoint(cp));
}

/** `[\p{L}\p{M}]`, by code point. */
export function isLetterOrMark(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  letterRe ??= /^[\p{L}\p{M}]$/u;
  return letterRe.test(String.fromCodePoint(cp));
}

/** UTF-16 length of a code point. */
export const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

export function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** End of `\p{Lu}[\p{L}\p{M}.-]*` (plus ' and ’ when `apostrophes`) at `i`, or -1. */
export function capWord(s: string, i: number, apostrophes: boolean): number {
  const first = s.codePointAt(i);
  if (first === undefined || !isUpper(first)) return -1;
  let j = i + width(first);
  for (;;) {
    const cp = s.codePointAt(j);
    if (cp === undefined) return j;
    if (cp === 46 || cp === 45 || (apostrophes && (cp === 39 || cp === 0x2019)) || isLetterOrMark(cp)) j += width(cp);
    else return j;
  }
}

/** End of the maximal `\w` run at `i`. */
export function wordEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isWordChar(s.charCodeAt(j))) j++;
  return j;
}
