// Attributed quotations: text in quotation marks of at least four words, with the official mentioned
// in the same sentence (or, failing that, the last one mentioned before it) as the speaker.

import type { Mention, Quote } from './types';

const QUOTE = /[\u201c"]([^\u201c\u201d"\n]{12,600})[\u201d"]/g;

export function findQuotes(text: string, sentences: Array<{ start: number; end: number }>, speakers: Array<{ name: string; mentions: Mention[] }>): Quote[] {
  const out: Quote[] = [];
  const all = speakers.flatMap((s) => s.mentions.map((m) => ({ name: s.name, at: m.start }))).sort((a, b) => a.at - b.at);
  for (const m of text.matchAll(QUOTE)) {
    const inner = m[1] ?? '';
    if (inner.trim().split(/\s+/).length < 4) continue;
    const start = (m.index ?? 0) + 1;
    const end = start + inner.length;
    const sent = sentences.find((s) => s.start <= start && start < s.end);
    const inSentence = sent ? all.filter((x) => x.at >= sent.start && x.at < sent.end) : [];
    const before = all.filter((x) => x.at < start && start - x.at < 400);
    const speaker = inSentence[0]?.name ?? before[before.length - 1]?.name ?? null;
    out.push({ text: inner, speaker, mentions: [{ start, end, text: inner }] });
  }
  return out;
}
