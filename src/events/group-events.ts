// Groups reports into events by content: the same sides, officials and measures in common, dates
// within a few days, or the same curated known event. Pure: the extension's store (src/events/store.ts)
// and the command line (`extract --events`) both call it, so a set of pages forms the same events
// everywhere.
//
// A report joins the existing event it matches best, else starts one; reports are taken in the
// order they were read. Every decision is over two reports' facts (sameEvent), so it never depends
// on anything but what the engine extracted.
import type { Report, ReportFacts } from './report';
import { daysApart, measureStems, samePerson, sameMeasure } from './compare';

/** Dates (event date, else publication date) further apart than this are different events. */
export const MAX_DAYS_APART = 3;

/** What grouping looks at in a report. */
export type Groupable = Pick<Report, 'facts' | 'published'>;

/** The date a report stands for: the event's own date, else the day it was published. */
export const reportDate = (r: Groupable): string | null => r.facts.date ?? r.published;

const partySet = (f: ReportFacts) => new Set(f.parties.map((p) => p.name));

/**
 * The same sides: the same set of parties, or (for multilateral events told from one side) one set
 * within the other sharing at least two parties.
 */
export function sameSides(a: ReportFacts, b: ReportFacts): 'equal' | 'within' | false {
  const x = partySet(a);
  const y = partySet(b);
  if (x.size === 0 || y.size === 0) return false;
  let shared = 0;
  for (const p of x) if (y.has(p)) shared++;
  if (shared === x.size && shared === y.size) return 'equal';
  if (shared >= 2 && (shared === x.size || shared === y.size)) return 'within';
  return false;
}

/** How many officials and measures two reports have in common. */
export function sharedFacts(a: ReportFacts, b: ReportFacts): { officials: number; measures: number } {
  let officials = 0;
  for (const o of a.officials) if (b.officials.some((p) => samePerson(o.name, p.name))) officials++;
  const theirs = b.measures.map(measureStems);
  let measures = 0;
  for (const m of a.measures) {
    const mine = measureStems(m);
    if (theirs.some((s) => sameMeasure(mine, s))) measures++;
  }
  return { officials, measures };
}

/**
 * How strongly two reports tell the same event: 0 when they cannot (different sides, dates too far
 * apart, different known events, nothing in common), else a score that grows with what they share.
 */
export function sameEventScore(a: Groupable, b: Groupable): number {
  const fa = a.facts;
  const fb = b.facts;
  if (fa.knownEvent && fb.knownEvent) return fa.knownEvent.id === fb.knownEvent.id ? 10 : 0;
  const days = daysApart(reportDate(a), reportDate(b));
  if (days !== null && days > MAX_DAYS_APART) return 0;
  const sides = sameSides(fa, fb);
  if (!sides) return 0;
  const { officials, measures } = sharedFacts(fa, fb);
  const evidence = officials + measures;
  const dated = days !== null;
  // Dated within a few days with the same sides: one official or measure in common suffices.
  // Otherwise the same people meet again and again: ask for an agreed measure in common and one
  // more fact besides; sides told from within a larger set must be dated too.
  if (dated && sides === 'equal') {
    if (evidence < 1) return 0;
  } else if (measures < 1 || evidence < 2 || (sides === 'within' && !dated)) return 0;
  return evidence + (sides === 'equal' ? 1 : 0) + (dated ? 1 : 0);
}

export const sameEvent = (a: Groupable, b: Groupable): boolean => sameEventScore(a, b) > 0;

/** An event: its id and its reports, in the order they were read. */
export interface EventGroup<R extends Groupable = Report> {
  id: string;
  reports: R[];
}

/**
 * The event (among `events`) that `report` belongs to, or null for a new event. A report belongs to
 * the event one of whose reports it matches best; ties go to the event read first.
 */
export function matchEvent<R extends Groupable>(report: Groupable, events: Iterable<EventGroup<R>>): EventGroup<R> | null {
  let best: EventGroup<R> | null = null;
  let bestScore = 0;
  for (const event of events) {
    for (const other of event.reports) {
      const score = sameEventScore(report, other);
      if (score > bestScore) {
        best = event;
        bestScore = score;
      }
    }
  }
  return best;
}

/**
 * Groups reports into events, taking them in `readAt` order (ties in the order given), as the store
 * does one report at a time. `newId` names a new event after its first report.
 */
export function groupReports<R extends Groupable & { readAt?: number }>(
  reports: readonly R[],
  newId: (first: R, index: number) => string = (_r, i) => `e${i + 1}`,
): EventGroup<R>[] {
  const ordered = reports.map((r, i) => ({ r, i })).sort((x, y) => (x.r.readAt ?? 0) - (y.r.readAt ?? 0) || x.i - y.i);
  const events: EventGroup<R>[] = [];
  for (const { r } of ordered) {
    const event = matchEvent(r, events);
    if (event) event.reports.push(r);
    else events.push({ id: newId(r, events.length), reports: [r] });
  }
  return events;
}
