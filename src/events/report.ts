// A report: what one agreement page said, as the engine extracted it, reduced to the facts an event
// is made of. Built only from the engine's Facts (never from anything else a page sends) plus the
// page's address, site name, title and publication date. Pure: no DOM, no storage.
import type { Facts, PartyKind } from '../core/types';

/** The version of the report records (stored in IndexedDB and in exported JSON). */
export const REPORT_SCHEMA = 1;

export interface ReportParty {
  name: string;
  kind: PartyKind;
  /** ISO 3166-1 alpha-2 for states, else null. */
  code: string | null;
}

export interface ReportOfficial {
  name: string;
  title: string | null;
  affiliation: string | null;
}

/** The facts of one report: those an event is grouped by and compared on. */
export interface ReportFacts {
  parties: ReportParty[];
  officials: ReportOfficial[];
  measures: string[];
  /** The event's date as the page gives it (YYYY-MM-DD), or null. */
  date: string | null;
  /** The place of the meeting or signing as the page gives it, or null. */
  place: string | null;
  /** The curated known event the engine matched, if any. */
  knownEvent: { id: string; title: string } | null;
  summary: string;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  /** The page's address without its fragment: one report per page. */
  url: string;
  /** The site's name (og:site_name) or else its host. */
  site: string;
  /** The host, for "Forget this site". */
  host: string;
  title: string | null;
  /** The page's publication date (YYYY-MM-DD), or null. */
  published: string | null;
  /** When it was read (ms since the epoch). */
  readAt: number;
  facts: ReportFacts;
  /** The event it belongs to (assigned by grouping). */
  eventId: string;
}

/** What the page is, besides its facts. */
export interface PageInfo {
  url: string;
  siteName?: string | null;
  title?: string | null;
  published?: string | null;
  readAt: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const clean = (s: string | null | undefined, max: number): string | null => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t ? clip(t, max) : null;
};

/** The address a report is kept under: no fragment (an anchor is the same page). */
export function reportUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** The host of an address ("" for paths and unparsable input). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** A report of the page's facts; null when the page reports no agreement (nothing is remembered). */
export function reportFromFacts(facts: Facts, page: PageInfo): Report | null {
  if (!facts.isAgreement) return null;
  const url = reportUrl(page.url);
  const host = hostOf(url);
  return {
    schema: REPORT_SCHEMA,
    url,
    site: clean(page.siteName, 120) ?? (host || clip(url.split(/[\\/]/).pop() || url, 120)),
    host,
    title: clean(page.title ?? facts.article.title, 500),
    published: page.published && ISO_DATE.test(page.published) ? page.published : null,
    readAt: page.readAt,
    facts: {
      parties: facts.parties.map((p) => ({ name: p.name, kind: p.kind, code: p.code })),
      officials: facts.officials.map((o) => ({ name: o.name, title: o.title, affiliation: o.affiliation })),
      measures: facts.measures.map((m) => m.text),
      date: facts.date,
      place: facts.location,
      knownEvent: facts.knownEvent ? { id: facts.knownEvent.id, title: facts.knownEvent.title } : null,
      summary: facts.summary,
    },
    eventId: '',
  };
}
