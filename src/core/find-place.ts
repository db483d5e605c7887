// Where the sides met or signed. Candidates: "in <City>", "at … in <City>", "in Istanbul's … Palace",
// "in the Saudi capital", landmarks ("at the White House"), and "a meeting here" (the dateline's city).
// Each is scored by its sentence (a meeting or signing, an agreement, background or a future trip)
// and by whether it is a side's capital; states (the venue's country) and institutions are never places.

import { eachMatch } from './scan';
import { inPlaceMatches, titleDateline } from './place-patterns';
import { isLetter, isSpace, width } from './chars';
import { phrasesFor, type Entity } from '../model/gazetteer';
import { LANDMARKS } from '../model/landmarks';
import { isBackground } from './gates';
import { NOT_NAME_WORDS } from '../model/titles';

const MEETING = /\b(?:met|meet|meeting|talks|ceremony|summit|conference|signed|signing|shook\s+hands|hosted|received|welcomed|visit\w*|negotiations)\b/i;
const AGREEMENT = /\b(?:agree\w*|decision|deal|pact|accord|declaration|ceasefire|truce|announc\w*)\b/i;
const FUTURE = /\b(?:due\s+to|will|would|next|upcoming|to\s+attend|leave\s+for|travel\s+to|later\s+this)\b[^.]{0,60}$/i;
const AT_THE = /\b(?:at|in)\s+the\s+([\p{Lu}][\p{L}' ]{3,30})/gu;
const CAPITAL_OF = /\bin\s+the\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)\s+capital\b/gu;
// "in the Red Sea city", "in the coastal city": the dateline's city told by a descriptor
const IN_THE_CITY = /\bin\s+the\s+(?:[\p{L}-]+\s+){1,3}?city\b(?!\s+of\b)/u;
const HERE = /\b(?:meeting|talks|ceremony|signed|met|summit|conference)\s+(?:held\s+)?here\b|\bhere\s+(?:on|today|yesterday)\b/i;
const BAD = new Set(NOT_NAME_WORDS);
// Capitalised kickers that open a line like a dateline does.
const CAPS_DATELINE = /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,})?)\s*(?:,|:|\(|\s[-\u2013\u2014])/u;
// Kickers that are not places, as the first word (a Set lookup rather than a pattern: no regex to compile).
const NOT_DATELINE = new Set('BREAKING UPDATE UPDATED EXCLUSIVE WATCH LIVE ANALYSIS OPINION NEWS LATEST FILE PHOTO VIDEO READ ALSO EDITORIAL COMMENT'.split(' '));
const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Does `s` open with a kicker word (any case) followed by a non-word character or the end? */
function isKicker(s: string): boolean {
  let i = 0;
  for (let c = s.charCodeAt(0); (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95; c = s.charCodeAt(++i));
  return NOT_DATELINE.has(s.slice(0, i).toUpperCase());
}

/** Cheap exact pre-check for CAPS_DATELINE: its first three characters are capital letters, so an ASCII non-capital rules it out. */
function mayBeCapsDateline(line: string): boolean {
  if (line.length < 3) return false;
  for (let i = 0; i < 3; i++) {
    const c = line.charCodeAt(i);
    if (c < 128 && !(c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** How many sentences from the top are searched for the venue. */
const PLACE_SENTENCES = 60;

interface Candidate { place: string; score: number; at: number }

export function findPlace(text: string, sentences: Array<{ start: number; text: string }>, datelineCity: string | null, parties: Entity[] = []): string | null {
  const lookup = (name: string) => phrasesFor((name.split(/\s+/)[0] ?? '').toLowerCase())?.find((p) => p.tokens.join(' ') === name);
  const cands: Candidate[] = [];
  // news tells where the sides met near the top; deep background further down names other places
  for (const s of sentences.slice(0, PLACE_SENTENCES)) {
    const meeting = MEETING.test(s.text);
    if (!meeting && !AGREEMENT.test(s.text)) continue;
    const base = (meeting ? 2 : 0) + (AGREEMENT.test(s.text) ? 1 : 0) - (isBackground(s.text) ? 3 : 0);
    const push = (place: string, at: number, extra = 0): void => {
      if (FUTURE.test(s.text.slice(Math.max(0, at - 80), at))) return;
      const entry = lookup(place);
      const sideCapital = entry?.form === 'capital' && parties.includes(entry.entity) ? 1.5 : 0;
      cands.push({ place, score: base + extra + sideCapital, at: s.start + at });
    };
    if (HERE.test(s.text) && datelineCity) push(datelineCity, HERE.exec(s.text)?.index ?? 0, 1);
    if (datelineCity && s.text.includes(' city')) {
      const m = IN_THE_CITY.exec(s.text);
      if (m) push(datelineCity, m.index);
    }
    // "in <City>", "at …": see place-patterns.ts
    for (const [at, raw] of inPlaceMatches(s.text)) {
      const landmark = LANDMARKS.find(([l]) => raw.startsWith(l) || raw.startsWith(`the ${l}`));
      if (landmark) { push(landmark[1], at); continue; }
      const poss = /^([^\s’']+)[’']s\b/.exec(raw);
      const name = poss ? poss[1] ?? '' : raw.replace(/[’'.]+s?$/, '');
      const words = name.split(/\s+/);
      if (words.some((w) => BAD.has(w.toLowerCase()))) continue;
      const entry = lookup(name);
      if (entry && entry.form !== 'capital') continue; // a state or an organisation, not a city
      push(name, at);
    }
    // the pattern only matters where it finds a landmark: skip it (and its compilation) where none is named
    if (LANDMARKS.some(([l]) => s.text.includes(l))) for (const m of eachMatch(AT_THE, s.text)) {
      const landmark = LANDMARKS.find(([l]) => (m[1] ?? '').startsWith(l));
      if (landmark) push(landmark[1], m.index ?? 0);
    }
    if (s.text.includes('capital')) for (const m of eachMatch(CAPITAL_OF, s.text)) {
      const entry = lookup(m[1] ?? '');
      const city = entry?.entity.capitals[0];
      if (city && entry.entity.kind === 'state') push(city, m.index ?? 0);
    }
  }
  let best: Candidate | null = null;
  for (const c of cands) if (!best || c.score > best.score) best = c;
  return best && best.score > 0 ? best.place : null;
}

/** The city a dateline names ("PUTRAJAYA:", "Islamabad, January 29", "TOKYO (Kyodo) --"), title-cased. */
export function findDatelineCity(text: string): string | null {
  const head = text.slice(0, 3000);
  // line by line, each test anchored at the line start: no pattern spans lines, so none can backtrack
  const lines = head.split('\n').map((l) => l.trim()).filter(Boolean);
  let city: string | undefined;
  for (const line of lines) {
    const c = mayBeCapsDateline(line) ? CAPS_DATELINE.exec(line)?.[1] : undefined;
    if (c && !isKicker(c)) { city = c; break; }
  }
  for (const line of lines.slice(0, 5)) {
    if (city) break;
    if (line.includes(',') && MONTH_ABBREVIATIONS.some((m) => line.includes(m))) city = titleDateline(line);
  }
  if (!city || isKicker(city)) return null;
  return titleCase(city.toLowerCase());
}

/** Upper-cases each letter at the start or after a space or hyphen (as replacing /(^|[\s-])\p{L}/gu would). */
function titleCase(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i) ?? 0;
    const w = width(cp);
    const ch = s.slice(i, i + w);
    const prev = i === 0 ? -1 : s.charCodeAt(i - 1);
    out += (prev === -1 || prev === 45 || isSpace(prev)) && isLetter(cp) ? ch.toUpperCase() : ch;
    i += w;
  }
  return out;
}
