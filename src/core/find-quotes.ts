// Attributed quotations: text in quotation marks of at least four words, with the official mentioned
// in the same sentence (or, failing that, the last one mentioned before it) as the speaker.

import type { Mention, Quote } from './types';

const QUOTE = /[\u201c"]([^\u201c\u201d"\n]{12,600})[\u201d"]/g;

export function findQuotes(
  text: string,
  sentences: Array<{ start: number; end: number }>,
  speakers: Array<{ name: string; mentions: Mention[] }>,
): Quote[] {
  const out: Quote[] = [];
  const all = speakers.flatMap((s) => s.mentions.map((m) => ({ name: s.name, at: m.start }))).sort((a, b) => a.at - b.at);
  let si = 0;
  for (const m of text.matchAll(QUOTE)) {
    const inner = m[1] ?? '';
    if (inner.trim().split(/\s+/).length < 4) continue;
    const start = (m.index ?? 0) + 1;
    const end = start + inner.length;
    while (si < sentences.length && (sentences[si]?.end ?? 0) <= start) si++;
    const sent = sentences[si];
    // mentions are sorted: binary search for the last one before the quote
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((all[mid]?.at ?? 0) < start) lo = mid + 1;
      else hi = mid;
    }
    const prev = all[lo - 1];
    const next = all[lo];
    const inSentence = sent && next && next.at < sent.end ? next : sent && prev && prev.at >= sent.start ? prev : undefined;
    const speaker = inSentence?.name ?? (prev && start - prev.at < 400 ? prev.name : null);
    out.push({ text: inner, speaker, mentions: [{ start, end, text: inner }] });
  }
  return out;
}
