// Where the sides met or signed: "in <City>" or "at … in <City>" in a sentence about the meeting,
// skipping states (the venue's country), institutions ("the General Headquarters") and months. The
// dateline city counts only when the text anchors it ("a meeting here").

import { getLexicon } from '../model/gazetteer';
import { NOT_NAME_WORDS } from '../model/titles';

const EVENT = /\b(?:met|meet|meeting|talks|ceremony|sign\w*|summit|conference|visit\w*|held|agree\w*|decision|shook\s+hands|hosted|gathering)\b/i;
const IN_PLACE = /\b(?:in|at)\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|es|de|al|el)){0,2})/gu;
const MEETING = /\b(?:met|meet|meeting|talks|ceremony|summit|conference|signed|signing|shook\s+hands|hosted|visit\w*)\b/i;
const HERE = /\b(?:meeting|talks|ceremony|signed|met|summit|conference)\s+(?:held\s+)?here\b|\bhere\s+(?:on|today|yesterday)\b/i;
const BAD = new Set(NOT_NAME_WORDS);

export function findPlace(text: string, sentences: Array<{ start: number; text: string }>, datelineCity: string | null): string | null {
  const { byFirst } = getLexicon();
  // meeting sentences first, then any sentence about the agreement
  for (const re of [MEETING, EVENT]) for (const s of sentences) {
    if (!re.test(s.text)) continue;
    const here = HERE.exec(s.text);
    let best: { at: number; place: string } | null = here && datelineCity ? { at: here.index, place: datelineCity } : null;
    for (const m of s.text.matchAll(IN_PLACE)) {
      const raw = m[1] ?? '';
      if (/^[^\s]*[’']s\b/.test(raw)) continue; // "in Iran's … province": a state's region, not the venue
      const name = raw.replace(/\s+\S*[’']s\b.*$/, '').replace(/[’'.]+s?$/, '').replace(/\.$/, '');
      const words = name.split(/\s+/);
      if (words.some((w) => BAD.has(w.toLowerCase()))) continue;
      const entry = byFirst.get((words[0] ?? '').toLowerCase())?.find((p) => p.tokens.join(' ') === name || p.tokens.join('') === name.replace(/\s/g, ''));
      if (entry && entry.form !== 'capital') continue; // a state or an organisation, not a city
      if ((m.index ?? 0) < (best?.at ?? Infinity)) best = { at: m.index ?? 0, place: name };
    }
    if (best) return best.place;
  }
  return null;
}

/** The city a dateline names ("PUTRAJAYA:", "Islamabad, January 29"), title-cased. */
export function findDatelineCity(text: string): string | null {
  const m = /^\s*(?:[^\n]*\n+)*?(\p{Lu}[\p{L}\p{M}'-]*(?:[ /]\p{Lu}[\p{L}\p{M}'-]*)?)\s*(?:,|:|\(|\s[-\u2013\u2014]\s)/u.exec(text.slice(0, 600));
  const city = m?.[1];
  if (!city || city.includes('/')) return null;
  return city.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
}
