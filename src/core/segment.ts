// Sentences with offsets. Line breaks always end a sentence, so bullets and headlines stand alone;
// inside a line, a sentence ends at . ! ? (and closing quotes or brackets) followed by a space and an
// upper-case letter, a digit or an opening quote — unless the word before the period is a known
// abbreviation ("U.S.", "Feb.", "Gen."). A single regex pass; Intl.Segmenter was several times slower
// on a megabyte and broke after the same abbreviations anyway.

import type { Token } from './tokens';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the first token in the sentence and one past the last. */
  tokStart: number;
  tokEnd: number;
  /** Index of the paragraph (line) it belongs to. */
  para: number;
}

/** Longest sentence, in UTF-16 units; real sentences are far shorter. */
const MAX_SENTENCE = 1200;

// Only the last mark of a run ("...", "?!") can end a sentence: matching the whole run with `+` made a
// page of dots quadratic.
const BOUNDARY = /\n+|[.!?\u2026](?![.!?\u2026])["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(]?[\p{Lu}\d])/gu;
const ABBREV =
  /(?:\b\p{Lu}|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Lt|Maj|Col|Brig|Adm|Dr|Mr|Mrs|Ms|St|No|Prof|Sen|Rep|Gov|Capt|vs|Inc|Co|Corp|Messrs))$/u;

export function segmentSentences(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let para = 0;
  let from = 0;
  let t = 0;
  const emit = (s0: number, e0: number): void => {
    // a run-on "sentence" (no punctuation for pages) is cut into bounded pieces, so that per-sentence
    // work stays linear in the text's size
    let from = s0;
    while (e0 - from > MAX_SENTENCE) {
      const cut = text.lastIndexOf(' ', from + MAX_SENTENCE);
      const at = cut > from + MAX_SENTENCE / 2 ? cut : from + MAX_SENTENCE;
      push(from, at);
      from = at;
    }
    push(from, e0);
  };
  const push = (s0: number, e0: number): void => {
    let s = s0;
    let e = e0;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e <= s) return;
    while (t < tokens.length && (tokens[t]?.start ?? 0) < s) t++;
    const tokStart = t;
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= e) t++;
    out.push({ start: s, end: e, text: text.slice(s, e), tokStart, tokEnd: t, para });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    if (m[0][0] === '\n') {
      emit(from, at);
      para++;
      from = at + m[0].length;
      continue;
    }
    if (m[0][0] === '.' && ABBREV.test(text.slice(Math.max(from, at - 6), at))) continue;
    emit(from, at + m[0].length);
    from = at + m[0].length;
  }
  emit(from, text.length);
  return out;
}

/** The sentence holding offset `at` (sentences in text order): a binary search, not a scan per mention. */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
