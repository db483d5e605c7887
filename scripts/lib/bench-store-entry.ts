// Injected into an extension page by scripts/bench-store.mjs: fills the real event store (the same
// openEventStore and add path as the background: grouping, pruning) with synthetic reports, and
// times the popup's look-up (src/popup/event-lookup.ts) against it.
import { openEventStore } from '../../src/events/store';
import { lookupEvent, openStoreEarly } from '../../src/popup/event-lookup';
import { REPORT_SCHEMA, type Report } from '../../src/events/report';

const STATES: Array<[string, string]> = [
  ['Pakistan', 'PK'],
  ['Iran', 'IR'],
  ['India', 'IN'],
  ['China', 'CN'],
  ['United States', 'US'],
  ['Russia', 'RU'],
  ['Turkey', 'TR'],
  ['Greece', 'GR'],
  ['Egypt', 'EG'],
  ['Ethiopia', 'ET'],
  ['Sudan', 'SD'],
  ['Japan', 'JP'],
  ['South Korea', 'KR'],
  ['Saudi Arabia', 'SA'],
  ['Qatar', 'QA'],
  ['Israel', 'IL'],
  ['Ukraine', 'UA'],
  ['Armenia', 'AM'],
  ['Azerbaijan', 'AZ'],
  ['Serbia', 'RS'],
  ['Kosovo', 'XK'],
  ['Colombia', 'CO'],
  ['Thailand', 'TH'],
  ['Cambodia', 'KH'],
  ['Philippines', 'PH'],
  ['Vietnam', 'VN'],
  ['Brazil', 'BR'],
  ['Argentina', 'AR'],
  ['Kenya', 'KE'],
  ['Nigeria', 'NG'],
  ['France', 'FR'],
  ['Germany', 'DE'],
];
const FIRST = [
  'Amir',
  'Sergei',
  'Maria',
  'Hakan',
  'Ahmed',
  'Li',
  'Yuki',
  'Ana',
  'Tomas',
  'Olga',
  'Nikos',
  'Fatima',
  'Jose',
  'Ravi',
  'Chen',
  'Elena',
];
const LAST = [
  'Karimi',
  'Volkov',
  'Santos',
  'Demir',
  'Hassan',
  'Wei',
  'Tanaka',
  'Silva',
  'Novak',
  'Petrova',
  'Papadopoulos',
  'Rahman',
  'Garcia',
  'Sharma',
  'Zhang',
  'Ivanova',
];
const MEASURES = [
  'reopen the border crossing',
  'exchange prisoners of war',
  'restore diplomatic relations',
  'deploy liaison officers',
  'a ceasefire along the line of contact',
  'joint patrols of the river',
  'a trade agreement on grain',
  'share intelligence against terrorism',
  'a memorandum of understanding on energy',
  'open consulates in both capitals',
];
const PLACES = ['Geneva', 'Doha', 'Istanbul', 'Beijing', 'Vienna', 'Riyadh', 'Cairo', 'Nairobi', 'Hanoi', 'Oslo'];

/** A seeded pseudo-random sequence, so that every run stores the same reports. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `n` reports of about n / 3 events: each event told by one to six sources that differ a little. */
export function synthetic(n: number, origin: string): Report[] {
  const rnd = random(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const out: Report[] = [];
  let event = 0;
  const day0 = Date.parse('2015-01-01T00:00:00Z');
  while (out.length < n) {
    event++;
    const a = pick(STATES);
    let b = pick(STATES);
    while (b === a) b = pick(STATES);
    const officials = [0, 1, 2].map(() => ({
      name: `${pick(FIRST)} ${pick(LAST)}`,
      title: pick(['Foreign Minister', 'Prime Minister', 'President', 'Defence Minister']),
      affiliation: pick([a, b])[0],
    }));
    const measures = [pick(MEASURES), pick(MEASURES)];
    const date = new Date(day0 + Math.floor(rnd() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const place = pick(PLACES);
    const sources = 1 + Math.floor(rnd() * 6);
    for (let s = 0; s < sources && out.length < n; s++) {
      const i = out.length;
      out.push({
        schema: REPORT_SCHEMA,
        url: `${origin}/story/${event}/${s}`,
        site: `Outlet ${s + 1}`,
        host: new URL(origin).hostname,
        title: `${a[0]} and ${b[0]} agree (${event}/${s})`,
        published: date,
        readAt: 1_000 + i,
        facts: {
          parties: [
            { name: a[0], kind: 'state', code: a[1] },
            { name: b[0], kind: 'state', code: b[1] },
          ],
          officials: officials.slice(0, 1 + (s % 3)),
          measures: s % 2 ? measures : [...measures, pick(MEASURES)],
          date: s === 3 ? null : date,
          place: s % 4 === 2 ? pick(PLACES) : place,
          knownEvent: null,
          summary: `${a[0]} and ${b[0]} agreed.`,
        },
        eventId: '',
      });
    }
  }
  return out;
}

async function fill(n: number, origin: string): Promise<{ ms: number; count: number }> {
  const store = await openEventStore();
  const start = performance.now();
  for (const r of synthetic(n, origin)) await store.add(r);
  const ms = performance.now() - start;
  const count = await store.count();
  store.close();
  return { ms, count };
}

async function lookup(url: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  await openStoreEarly(); // as the popup does when it starts
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const event = await lookupEvent(url);
    times.push(performance.now() - start);
    if (!event) throw new Error(`no event for ${url}`);
  }
  return times;
}

async function size(): Promise<{ usage: number | null; json: number }> {
  const store = await openEventStore();
  const all = await store.all();
  store.close();
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  return { usage: estimate?.usage ?? null, json: new Blob([JSON.stringify(all)]).size };
}

(globalThis as unknown as { __benchStore: unknown }).__benchStore = { fill, lookup, size };
