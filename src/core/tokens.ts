// Tokens with offsets: runs of letters/digits are words, every other non-space character is its own
// token, so "Iran's" is Iran + ' + s and "Pakistan-Iran" is Pakistan + - + Iran. One linear pass.

export interface Token {
  text: string;
  /** UTF-16 offset of the first character in the article text. */
  start: number;
  /** End-exclusive offset. */
  end: number;
  word: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    out.push({ text: m[0], start, end: start + m[0].length, word: WORD_START.test(m[0]) });
  }
  return out;
}

export const isCapitalised = (s: string): boolean => UPPER_START.test(s);
export const isAllCaps = (s: string): boolean => s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();

/** True when two tokens touch (no space between): "Amir-Abdollahian", "U.S.". */
export const touches = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

/** Apostrophes, straight and curly. */
export const isApostrophe = (s: string | undefined): boolean => s === "'" || s === '\u2019';
