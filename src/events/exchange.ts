// Events out of the browser and back in: JSON (docs/events.schema.json, the format import reads),
// CSV (one row per report) and Markdown (one section per event). Import checks every record
// field by field: a file is input.
import { REPORT_SCHEMA, hostOf, reportUrl, type Report, type ReportFacts } from './report';
import { differenceText, type MergedEvent, type Translate } from './merge';

export const EXPORT_FORMAT = 'accord-lens-events';
export const EXPORT_VERSION = 1;

export interface EventsExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  events: Array<{
    id: string;
    reports: Array<Omit<Report, 'eventId' | 'schema' | 'host' | 'readAt'> & { readAt: string }>;
    differences: string[];
  }>;
}

export function toJson(events: readonly MergedEvent[], tr: Translate, now = new Date()): EventsExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    events: events.map((e) => ({
      id: e.id,
      reports: e.reports.map((r) => ({
        url: r.url,
        site: r.site,
        title: r.title,
        published: r.published,
        readAt: new Date(r.readAt).toISOString(),
        facts: r.facts,
      })),
      differences: e.differences.map((d) => differenceText(d, e, tr)),
    })),
  };
}

const csvCell = (v: string | null) => {
  const s = v ?? '';
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function toCsv(events: readonly MergedEvent[]): string {
  const head = ['event', 'url', 'site', 'title', 'published', 'read_at', 'date', 'place', 'parties', 'officials', 'measures'];
  const rows = events.flatMap((e) =>
    e.reports.map((r) => [
      e.id,
      r.url,
      r.site,
      r.title,
      r.published,
      new Date(r.readAt).toISOString(),
      r.facts.date,
      r.facts.place,
      r.facts.parties.map((p) => p.name).join('; '),
      r.facts.officials.map((o) => (o.title ? `${o.name} (${o.title})` : o.name)).join('; '),
      r.facts.measures.join('; '),
    ]),
  );
  return `${[head, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const mdText = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ');

export function toMarkdown(events: readonly MergedEvent[], tr: Translate, title: (e: MergedEvent) => string): string {
  const out: string[] = [];
  for (const e of events) {
    out.push(`## ${mdText(title(e))}`, '');
    for (const r of e.reports)
      out.push(
        `- [${mdText(r.title ?? r.url)}](<${r.url.replace(/[<>\s]/g, encodeURIComponent)}>) — ${mdText(r.site)}${r.published ? `, ${r.published}` : ''}`,
      );
    if (e.measures.length) {
      out.push('', '**Measures**', '');
      for (const m of e.measures) out.push(`- ${mdText(m.value)} (${m.sources.map((i) => mdText(e.reports[i]!.site)).join(', ')})`);
    }
    if (e.differences.length) {
      out.push('', '**Differences**', '');
      for (const d of e.differences) out.push(`- ${mdText(differenceText(d, e, tr))}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

// ---- import -------------------------------------------------------------------------------

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown, max: number) => v === null || str(v, max);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOrNull = (v: unknown) => v === null || (typeof v === 'string' && ISO_DATE.test(v));
const list = (v: unknown, max: number, each: (x: unknown) => boolean) => Array.isArray(v) && v.length <= max && v.every(each);

function readFacts(v: unknown): ReportFacts | null {
  if (!isRecord(v)) return null;
  const ok =
    list(
      v.parties,
      100,
      (p) =>
        isRecord(p) &&
        str(p.name, 200) &&
        ['state', 'organization', 'group'].includes(p.kind as string) &&
        (p.code === null || (typeof p.code === 'string' && /^[A-Z]{2}$/.test(p.code))),
    ) &&
    list(v.officials, 200, (o) => isRecord(o) && str(o.name, 200) && strOrNull(o.title, 300) && strOrNull(o.affiliation, 200)) &&
    list(v.measures, 200, (m) => str(m, 1000)) &&
    dateOrNull(v.date) &&
    strOrNull(v.place, 200) &&
    str(v.summary, 4000) &&
    (v.knownEvent === null || (isRecord(v.knownEvent) && str(v.knownEvent.id, 200) && str(v.knownEvent.title, 500)));
  if (!ok) return null;
  const k = v.knownEvent as { id: string; title: string } | null;
  return {
    parties: (v.parties as ReportFacts['parties']).map((p) => ({ name: p.name, kind: p.kind, code: p.code })),
    officials: (v.officials as ReportFacts['officials']).map((o) => ({ name: o.name, title: o.title, affiliation: o.affiliation })),
    measures: [...(v.measures as string[])],
    date: v.date as string | null,
    place: v.place as string | null,
    knownEvent: k ? { id: k.id, title: k.title } : null,
    summary: v.summary as string,
  };
}

/** The reports of an export (JSON text); null when the file is not one. Event ids are assigned again on import. */
export function readExport(text: string): Report[] | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT || data.version !== EXPORT_VERSION || !Array.isArray(data.events)) return null;
  const reports: Report[] = [];
  for (const e of data.events) {
    if (!isRecord(e) || !Array.isArray(e.reports)) return null;
    for (const r of e.reports) {
      if (
        !isRecord(r) ||
        !str(r.url, 8192) ||
        !str(r.site, 200) ||
        !strOrNull(r.title, 2000) ||
        !dateOrNull(r.published) ||
        !str(r.readAt, 40)
      )
        return null;
      const readAt = Date.parse(r.readAt);
      const facts = readFacts(r.facts);
      if (Number.isNaN(readAt) || !facts || !/^(https?|file):/i.test(r.url)) return null;
      const url = reportUrl(r.url);
      reports.push({
        schema: REPORT_SCHEMA,
        url,
        site: r.site,
        host: hostOf(url),
        title: r.title as string | null,
        published: r.published as string | null,
        readAt,
        facts,
        eventId: '',
      });
    }
  }
  return reports;
}
