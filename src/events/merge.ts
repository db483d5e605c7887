// One event's facts merged across its reports: every fact with the reports that support it, and
// the differences between them (a date, a place, an official's title, a fact only some report).
// Pure; the popup, the Events page, the exports and the command line all show this.
import type { Report, ReportParty } from './report';
import { measureStems, placeKey, sameMeasure, samePerson } from './compare';

/** A fact and the reports (indexes into MergedEvent.reports) that support it. */
export interface Supported<T> {
  value: T;
  sources: number[];
}

export interface MergedOfficial {
  name: string;
  affiliation: string | null;
  /** Each title given, with its sources. */
  titles: Supported<string>[];
}

/** Where reports disagree, or one says what the others do not. */
export type Difference =
  | { kind: 'date' | 'place'; variants: Supported<string>[] }
  | { kind: 'title'; official: string; variants: Supported<string>[] }
  | { kind: 'only'; source: number; facts: string[] };

export interface MergedEvent {
  id: string;
  /** Newest read first. */
  reports: Report[];
  parties: Supported<ReportParty>[];
  officials: Supported<MergedOfficial>[];
  measures: Supported<string>[];
  dates: Supported<string>[];
  places: Supported<string>[];
  knownEvent: { id: string; title: string } | null;
  /** The latest date the event stands for (an event date, else a publication date), for sorting. */
  latest: string | null;
  differences: Difference[];
}

function addSource<T>(list: Supported<T>[], find: (v: T) => boolean, value: T, source: number): Supported<T> {
  const known = list.find((s) => find(s.value));
  if (known) {
    if (!known.sources.includes(source)) known.sources.push(source);
    return known;
  }
  const fresh = { value, sources: [source] };
  list.push(fresh);
  return fresh;
}

const bySupport = <T>(list: Supported<T>[]) => list.sort((a, b) => b.sources.length - a.sources.length || a.sources[0]! - b.sources[0]!);

/** Merges an event's reports (any order; shown newest read first). */
export function mergeEvent(id: string, input: readonly Report[]): MergedEvent {
  const reports = [...input].sort((a, b) => b.readAt - a.readAt);
  const parties: Supported<ReportParty>[] = [];
  const officials: Supported<MergedOfficial>[] = [];
  const measures: (Supported<string> & { stems: Set<string> })[] = [];
  const dates: Supported<string>[] = [];
  const places: Supported<string>[] = [];
  let knownEvent: MergedEvent['knownEvent'] = null;
  reports.forEach((r, i) => {
    for (const p of r.facts.parties) addSource(parties, (v) => v.name === p.name, p, i);
    for (const o of r.facts.officials) {
      const merged = addSource(officials, (v) => samePerson(v.name, o.name), { name: o.name, affiliation: o.affiliation, titles: [] }, i);
      if (o.name.length > merged.value.name.length) merged.value.name = o.name; // the fullest form
      merged.value.affiliation ??= o.affiliation;
      if (o.title) addSource(merged.value.titles, (t) => t.toLowerCase() === o.title!.toLowerCase(), o.title, i);
    }
    for (const m of r.facts.measures) {
      const stems = measureStems(m);
      const known = measures.find((x) => sameMeasure(x.stems, stems));
      if (known) {
        if (!known.sources.includes(i)) known.sources.push(i);
      } else measures.push({ value: m, sources: [i], stems });
    }
    if (r.facts.date) addSource(dates, (d) => d === r.facts.date, r.facts.date, i);
    if (r.facts.place) addSource(places, (p) => placeKey(p) === placeKey(r.facts.place!), r.facts.place, i);
    knownEvent ??= r.facts.knownEvent;
  });
  const differences: Difference[] = [];
  if (reports.length > 1) {
    if (dates.length > 1) differences.push({ kind: 'date', variants: bySupport([...dates]) });
    if (places.length > 1) differences.push({ kind: 'place', variants: bySupport([...places]) });
    for (const o of officials) {
      if (o.value.titles.length > 1) differences.push({ kind: 'title', official: o.value.name, variants: bySupport([...o.value.titles]) });
    }
    reports.forEach((_r, i) => {
      const only = [
        ...officials.filter((o) => o.sources.length === 1 && o.sources[0] === i).map((o) => o.value.name),
        ...measures.filter((m) => m.sources.length === 1 && m.sources[0] === i).map((m) => m.value),
      ];
      if (only.length > 0) differences.push({ kind: 'only', source: i, facts: only });
    });
  }
  const stated = [...dates.map((d) => d.value), ...reports.map((r) => r.published).filter((d): d is string => d !== null)].sort();
  return {
    id,
    reports,
    parties: bySupport(parties),
    officials: bySupport(officials),
    measures: bySupport(measures.map(({ value, sources }) => ({ value, sources }))),
    dates: bySupport(dates),
    places: bySupport(places),
    knownEvent,
    latest: stated.at(-1) ?? null,
    differences,
  };
}

/** Message lookup: a key of _locales/en/messages.json and its substitutions. */
export type Translate = (
  key: 'diffDate' | 'diffPlace' | 'diffTitle' | 'diffOnly' | 'sourceCountOne' | 'sourceCountMany',
  ...subs: (string | number)[]
) => string;

/** "Rawalpindi (2 sources) · Islamabad (1 source)". */
export function variantsText(variants: Supported<string>[], tr: Translate, show: (v: string) => string = (v) => v): string {
  return variants
    .map((v) => `${show(v.value)} (${tr(v.sources.length === 1 ? 'sourceCountOne' : 'sourceCountMany', v.sources.length)})`)
    .join(' · ');
}

/** A difference in plain words: "Place: Rawalpindi (2 sources) · Islamabad (1 source)", "Only Anadolu reports: five border markets". */
export function differenceText(
  d: Difference,
  event: Pick<MergedEvent, 'reports'>,
  tr: Translate,
  showDate: (iso: string) => string = (v) => v,
): string {
  switch (d.kind) {
    case 'date':
      return tr('diffDate', variantsText(d.variants, tr, showDate));
    case 'place':
      return tr('diffPlace', variantsText(d.variants, tr));
    case 'title':
      return tr('diffTitle', d.official, variantsText(d.variants, tr));
    case 'only':
      return tr('diffOnly', event.reports[d.source]?.site ?? '?', d.facts.join('; '));
  }
}
