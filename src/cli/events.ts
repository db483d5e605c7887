// `extract --events`: the files' facts as reports, grouped into events with the extension's own
// grouping and merged as the popup shows them: one object per event (docs/events.md).
import type { Facts } from '../core/types';
import { reportFromFacts, type Report } from '../events/report';
import { groupReports } from '../events/group-events';
import { differenceText, mergeEvent, type Translate } from '../events/merge';
import { translateFrom } from '../events/translate';
import messages from '../../_locales/en/messages.json';

export interface ReadFile {
  file: string;
  facts: Facts;
  siteName: string | null;
  published: string | null;
}

const tr = translateFrom(messages) as Translate;

export interface CliEvent {
  event: string;
  reports: Array<{
    source: string;
    site: string;
    title: string | null;
    published: string | null;
    date: string | null;
    place: string | null;
    knownEvent: string | null;
  }>;
  facts: {
    parties: Array<{ name: string; code: string | null; sources: number[] }>;
    officials: Array<{ name: string; affiliation: string | null; titles: Array<{ title: string; sources: number[] }>; sources: number[] }>;
    measures: Array<{ text: string; sources: number[] }>;
    dates: Array<{ date: string; sources: number[] }>;
    places: Array<{ place: string; sources: number[] }>;
  };
  differences: Array<{ kind: string; text: string; sources: number[] }>;
}

/** The events the files form, in the order their first report was given; sources index `reports`. */
export function eventsOf(files: readonly ReadFile[]): CliEvent[] {
  const reports: Report[] = [];
  files.forEach((f, i) => {
    const r = reportFromFacts(f.facts, {
      url: f.file,
      siteName: f.siteName,
      title: f.facts.article.title,
      published: f.published,
      readAt: i,
    });
    if (r) reports.push(r);
  });
  return groupReports(reports).map((group, n) => {
    // Listed in the order given (not newest first): sources are positions in that list.
    const merged = mergeEvent(`e${n + 1}`, group.reports);
    const order = merged.reports.map((r) => group.reports.indexOf(r));
    const remap = (sources: number[]) => sources.map((s) => order[s]!).sort((a, b) => a - b);
    return {
      event: merged.id,
      reports: group.reports.map((r) => ({
        source: r.url,
        site: r.site,
        title: r.title,
        published: r.published,
        date: r.facts.date,
        place: r.facts.place,
        knownEvent: r.facts.knownEvent?.id ?? null,
      })),
      facts: {
        parties: merged.parties.map((p) => ({ name: p.value.name, code: p.value.code, sources: remap(p.sources) })),
        officials: merged.officials.map((o) => ({
          name: o.value.name,
          affiliation: o.value.affiliation,
          titles: o.value.titles.map((t) => ({ title: t.value, sources: remap(t.sources) })),
          sources: remap(o.sources),
        })),
        measures: merged.measures.map((m) => ({ text: m.value, sources: remap(m.sources) })),
        dates: merged.dates.map((d) => ({ date: d.value, sources: remap(d.sources) })),
        places: merged.places.map((p) => ({ place: p.value, sources: remap(p.sources) })),
      },
      differences: merged.differences.map((d) => ({
        kind: d.kind,
        text: differenceText(d, merged, tr),
        sources: d.kind === 'only' ? remap([d.source]) : remap([...new Set(d.variants.flatMap((v) => v.sources))]),
      })),
    };
  });
}
