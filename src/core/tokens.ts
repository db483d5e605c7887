// Tokens with offsets: runs of letters/digits are words, every other non-space character is its own
// token, so "Iran's" is Iran + ' + s and "Pakistan-Iran" is Pakistan + - + Iran. One linear pass over
// character codes (a regex over a megabyte allocates far more); non-ASCII letters are classified once
// per character with a Unicode property test.

export interface Token {
  text: string;
  /** Lower-cased text, computed once for the lexicon lookups. */
  lower: string;
  /** UTF-16 offset of the first character in the article text. */
  start: number;
  /** End-exclusive offset. */
  end: number;
  word: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/;
const UPPER_START = /^\p{Lu}/u;

/** 1 = word character, 2 = space, 0 = other (punctuation: a token of its own). */
function classify(code: number): number {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return 1;
  if (code === 32 || code === 10 || code === 9 || code === 13) return 2;
  if (code < 128) return 0;
  // news copy's common non-ASCII characters, known without the Unicode property test (and its compilation)
  if (code <= 0x17f) {
    if (code >= 0xc0) return code === 0xd7 || code === 0xf7 ? 0 : 1; // Latin-1 letters, Latin Extended-A
    if (code === 0xa0) return 2;
    if (code === 0xab || code === 0xbb) return 0;
  } else if (code >= 0x2000 && code <= 0x2026) {
    if (code <= 0x200a) return 2; // en quad … hair space
    if (code >= 0x2010 && code <= 0x201f) return 0; // dashes and quotation marks
    if (code === 0x2022 || code === 0x2026) return 0; // bullet, ellipsis
  } else if (code >= 0x300 && code <= 0x36f) return 1; // combining diacritics
  const ch = String.fromCharCode(code);
  if (WORD_CHAR.test(ch)) return 1;
  return SPACE_CHAR.test(ch) ? 2 : 0;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const words = new Map<string, { text: string; lower: string }>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    const k = classify(c0);
    if (k === 2) {
      i++;
      continue;
    }
    const start = i;
    i++;
    // most words are lower case already: note capitals (and non-ASCII) on the way, copy only then
    let upper = (c0 >= 65 && c0 <= 90) || c0 > 127;
    if (k === 1) {
      for (let c = text.charCodeAt(i); i < n; c = text.charCodeAt(i)) {
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
          i++;
          continue;
        }
        if (c >= 65 && c <= 90) {
          upper = true;
          i++;
          continue;
        }
        if (c < 128 || classify(c) !== 1) break;
        upper = true;
        i++;
      }
    } else if (c0 >= 0xd800 && c0 < 0xdc00 && i < n) i++; // keep surrogate pairs whole
    const t = text.slice(start, i);
    if (k === 1) {
      // one pair of strings per distinct word, shared by its tokens: a long page's tokens then hold far
      // fewer strings (less to copy as they age), and each word is lower-cased once
      let w = words.get(t);
      if (w === undefined) {
        w = { text: t, lower: upper ? t.toLowerCase() : t };
        words.set(t, w);
      }
      out.push({ text: w.text, lower: w.lower, start, end: i, word: true });
    } else out.push({ text: t, lower: t, start, end: i, word: false });
  }
  return out;
}

export const isCapitalised = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90 ? true : c < 128 ? false : UPPER_START.test(s);
};
export const isAllCaps = (s: string): boolean => {
  if (s.length < 2) return false;
  const c = s.charCodeAt(1);
  if (c >= 97 && c <= 122) return false; // fast path: a lower-case second letter
  return s === s.toUpperCase() && s !== s.toLowerCase();
};

/** True when two tokens touch (no space between): "Amir-Abdollahian", "U.S.". */
export const touches = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

/** Apostrophes, straight and curly. */
export const isApostrophe = (s: string | undefined): boolean => s === "'" || s === '\u2019';

/** First token index whose start is at or after `at` (tokens in text order). */
export function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
