// Sentences with offsets. Paragraphs (line breaks) always end a sentence, so bullets and headlines
// stand alone; inside a paragraph Intl.Segmenter finds the boundaries, and a boundary after a known
// abbreviation ("U.S.", "Feb.", "Gen.") is undone.

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

const ABBREV = /(?:\b(?:[A-Z]\.){1,3}|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Lt|Maj|Col|Brig|Adm|Dr|Mr|Mrs|Ms|St|No|Prof|Sen|Rep|Gov|Capt|vs|Inc|Co|Corp))\.\s*$/;

let segmenter: Intl.Segmenter | null = null;

export function segmentSentences(text: string, tokens: Token[]): Sentence[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const spans: Array<[number, number, number]> = [];
  let para = 0;
  const lineRe = /[^\n]+/g;
  for (const line of text.matchAll(lineRe)) {
    const base = line.index ?? 0;
    if (!line[0].trim()) continue;
    let pending: [number, number] | null = null;
    for (const seg of segmenter.segment(line[0])) {
      const s = base + seg.index;
      const e = s + seg.segment.length;
      if (pending) pending[1] = e;
      else pending = [s, e];
      if (!ABBREV.test(seg.segment)) {
        spans.push([pending[0], pending[1], para]);
        pending = null;
      }
    }
    if (pending) spans.push([pending[0], pending[1], para]);
    para++;
  }
  const out: Sentence[] = [];
  let t = 0;
  for (const [s0, e0, p] of spans) {
    let s = s0;
    let e = e0;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e <= s) continue;
    while (t < tokens.length && (tokens[t]?.start ?? 0) < s) t++;
    const tokStart = t;
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= e) t++;
    out.push({ start: s, end: e, text: text.slice(s, e), tokStart, tokEnd: t, para: p });
  }
  return out;
}
