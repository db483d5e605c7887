// Reports made up for the tests: our own events, not any fixture's.
import { REPORT_SCHEMA, type Report, type ReportFacts } from './report';

let clock = 0;

export function report(over: Partial<Omit<Report, 'facts'>> & { facts?: Partial<ReportFacts> } = {}): Report {
  const { facts, ...rest } = over;
  clock++;
  return {
    schema: REPORT_SCHEMA,
    url: `https://news${clock}.example/story`,
    site: `News ${clock}`,
    host: `news${clock}.example`,
    title: 'Story',
    published: null,
    readAt: clock,
    eventId: '',
    ...rest,
    facts: {
      parties: [
        { name: 'Ruritania', kind: 'state', code: null },
        { name: 'Freedonia', kind: 'state', code: null },
      ],
      officials: [],
      measures: [],
      date: null,
      place: null,
      knownEvent: null,
      summary: '',
      ...facts,
    },
  };
}

export const sides = (...names: string[]) => names.map((name) => ({ name, kind: 'state' as const, code: null }));
export const people = (...names: string[]) => names.map((name) => ({ name, title: null, affiliation: null }));
