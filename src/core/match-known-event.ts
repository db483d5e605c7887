// Recognises a curated event of the fact model by content, never by URL or wording. All the event's
// parties must be among the article's parties; then at least one participant's surname (spelling drift
// folded) and one distinctive measure term must occur; a date found in the article must fall inside the
// event's date range. A follow-up meeting of the same sides, or an earlier visit, fails the terms or the date.

import { KNOWN_EVENTS, type KnownEvent } from '../model/known-events';
import type { KnownEventRecord, KnownEventRef } from './types';
import { foldName } from './find-names';

export interface EventEvidence {
  text: string;
  parties: string[];
  officialNames: string[];
  date: string | null;
}

const DAY = 86_400_000;

export function scoreKnownEvent(ev: KnownEvent, e: EventEvidence): number {
  if (!ev.parties.every((p) => e.parties.includes(p))) return 0;
  if (e.date) {
    const gap = Math.abs(Date.parse(e.date) - Date.parse(ev.date)) / DAY;
    if (!(gap <= ev.dateRangeDays)) return 0;
  }
  const surnames = new Set(e.officialNames.map((n) => foldName(n.split(/\s+/).pop() ?? '')));
  const people = ev.officials.filter((o) => surnames.has(foldName(o.name.split(/\s+/).pop() ?? ''))).length;
  // (none of the event's officials: no match, and the text need not be lower-cased)
  if (people === 0) return 0;
  const lower = e.text.toLowerCase();
  const terms = ev.distinctiveTerms.filter((t) => lower.includes(t)).length;
  if (terms === 0) return 0;
  return 2 + people + terms + (e.date ? 1 : 0) + (lower.includes(ev.place.toLowerCase()) ? 1 : 0);
}

export function matchKnownEvent(e: EventEvidence): KnownEventRef | null {
  let best: { ev: KnownEvent; score: number } | null = null;
  for (const ev of KNOWN_EVENTS) {
    const score = scoreKnownEvent(ev, e);
    if (score >= 4 && (!best || score > best.score)) best = { ev, score };
  }
  return best ? { id: best.ev.id, title: best.ev.title, record: toRecord(best.ev) } : null;
}

/** A copy of the curated facts: the caller may keep or change the result without touching the model. */
function toRecord(ev: KnownEvent): KnownEventRecord {
  return {
    date: ev.date,
    place: ev.place,
    parties: [...ev.parties],
    officials: ev.officials.map((o) => ({ name: o.name, title: o.title, affiliation: o.affiliation })),
    measures: [...ev.measures],
    context: ev.context ? [ev.context] : [],
  };
}
