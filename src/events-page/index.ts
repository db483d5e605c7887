// The Events page: every event read, newest first, searchable (MiniSearch) by party, official or
// measure and filterable by date and party; each with its sources and differences. Exports JSON
// (docs/events.schema.json), CSV and Markdown, and imports the JSON. Reads the extension origin's
// IndexedDB directly. The first render is timed as `accord-lens:events-render`.
import MiniSearch from 'minisearch';
import { t, type MessageKey } from '../shared/i18n';
import { loadSettings } from '../shared/settings';
import { openEventStore } from '../events/store';
import { mergeEvent, type MergedEvent, type Translate } from '../events/merge';
import { readExport, toCsv, toJson, toMarkdown } from '../events/exchange';
import type { Report } from '../events/report';
import { h } from '../ui/dom';
import { flagIcon } from '../ui/flag';
import { eventTitle, renderEvent } from '../ui/render-event';
import { download } from '../popup/export/download';

const PAGE = 30;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const list = $<HTMLOListElement>('events');
const count = $<HTMLElement>('count');
const more = $<HTMLButtonElement>('more');
const q = $<HTMLInputElement>('q');
const party = $<HTMLSelectElement>('party');
const from = $<HTMLInputElement>('from');
const to = $<HTMLInputElement>('to');
const tr: Translate = (key, ...subs) => t(key, ...subs);

for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageKey);
document.title = t('eventsTitle');

let events: MergedEvent[] = [];
let shown: MergedEvent[] = [];
let limit = PAGE;
let index: MiniSearch | null = null;

/** Events from the stored reports, the most recently read first. */
function toEvents(reports: Report[]): MergedEvent[] {
  const groups = new Map<string, Report[]>();
  for (const r of reports) {
    const g = groups.get(r.eventId);
    if (g) g.push(r);
    else groups.set(r.eventId, [r]);
  }
  const merged = [...groups].map(([id, rs]) => mergeEvent(id, rs));
  return merged.sort((a, b) => b.reports[0]!.readAt - a.reports[0]!.readAt);
}

function searchIndex(): MiniSearch {
  if (index) return index;
  index = new MiniSearch({
    fields: ['title', 'parties', 'officials', 'measures', 'sites'],
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { parties: 2, officials: 2 } },
  });
  index.addAll(
    events.map((e) => ({
      id: e.id,
      title: eventTitle(e),
      parties: e.parties.map((p) => p.value.name).join(' '),
      officials: e.officials.map((o) => o.value.name).join(' '),
      measures: e.measures.map((m) => m.value).join(' '),
      sites: e.reports.map((r) => `${r.site} ${r.title ?? ''}`).join(' '),
    })),
  );
  return index;
}

function filtered(): MergedEvent[] {
  let out = events;
  const query = q.value.trim();
  if (query) {
    const hits = new Set(
      searchIndex()
        .search(query)
        .map((r) => r.id as string),
    );
    out = out.filter((e) => hits.has(e.id));
  }
  if (party.value) out = out.filter((e) => e.parties.some((p) => p.value.name === party.value));
  if (from.value) out = out.filter((e) => (e.latest ?? '') >= from.value);
  if (to.value) out = out.filter((e) => (e.latest ?? '9999') <= to.value);
  return out;
}

function eventItem(e: MergedEvent): HTMLElement {
  const headingId = `h-${e.id}`;
  return h(
    'li',
    { attrs: { 'data-event': e.id, 'aria-labelledby': headingId } },
    h(
      'h2',
      { attrs: { id: headingId } },
      ...e.parties.map((p) => flagIcon(p.value.code)).filter((f): f is HTMLElement => f !== null),
      eventTitle(e),
    ),
    ...renderEvent(e, { headingLevel: 'h3' }),
  );
}

function render(): void {
  shown = filtered();
  list.replaceChildren(...shown.slice(0, limit).map(eventItem));
  more.hidden = shown.length <= limit;
  count.textContent =
    events.length === 0
      ? t('eventsNone')
      : shown.length === 0
        ? t('eventsNoMatch')
        : t('eventsCount', Math.min(limit, shown.length), shown.length);
}

function fillParties(): void {
  const names = [...new Set(events.flatMap((e) => e.parties.map((p) => p.value.name)))].sort((a, b) => a.localeCompare(b));
  const keep = party.value;
  party.replaceChildren(
    h('option', { attrs: { value: '' } }, t('eventsAnyParty')),
    ...names.map((n) => h('option', { attrs: { value: n } }, n)),
  );
  party.value = names.includes(keep) ? keep : '';
}

/** Every event, for the filters, the search and the count. */
async function load(): Promise<void> {
  const store = await openEventStore();
  try {
    events = toEvents(await store.all());
  } finally {
    store.close();
  }
  index = null;
  fillParties();
  render();
}

/** The first screen: only the events read last, read straight from the store's read-time index. */
async function firstRender(): Promise<void> {
  const store = await openEventStore();
  let recent: MergedEvent[];
  try {
    recent = (await store.recentEvents(PAGE)).map((rs) => mergeEvent(rs[0]!.eventId, rs));
  } finally {
    store.close();
  }
  list.replaceChildren(...recent.map(eventItem));
  if (recent.length === 0) count.textContent = t('eventsNone');
}

const stamp = () => new Date().toISOString().slice(0, 10);
$('export-json').addEventListener('click', () =>
  download(`accord-lens-events-${stamp()}.json`, `${JSON.stringify(toJson(shown, tr), null, 2)}\n`, 'application/json'),
);
$('export-csv').addEventListener('click', () => download(`accord-lens-events-${stamp()}.csv`, toCsv(shown), 'text/csv'));
$('export-md').addEventListener('click', () =>
  download(`accord-lens-events-${stamp()}.md`, toMarkdown(shown, tr, eventTitle), 'text/markdown'),
);
$<HTMLInputElement>('import').addEventListener('change', async (event) => {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const reports = readExport(await file.text());
  if (!reports) {
    count.textContent = t('eventsImportFailed');
    return;
  }
  const store = await openEventStore();
  let added = 0;
  try {
    added = await store.import(reports);
  } finally {
    store.close();
  }
  await load();
  count.textContent = `${t('eventsImported', added)} ${count.textContent ?? ''}`;
});
$('filters').addEventListener('submit', (e) => e.preventDefault());
for (const el of [q, party, from, to])
  el.addEventListener('input', () => {
    limit = PAGE;
    render();
  });
more.addEventListener('click', () => {
  const first = list.children.length;
  limit += PAGE;
  render();
  (list.children[first]?.querySelector('a, summary') as HTMLElement | null)?.focus();
});

void loadSettings().then((s) => {
  $('memory-off').hidden = s.memory;
});
firstRender()
  .then(() => {
    const end = performance.now();
    performance.measure('accord-lens:events-render', { start: 0, end });
    document.body.dataset.rendered = String(Math.round(end));
    return load();
  })
  .then(
    () => {
      document.body.dataset.loaded = 'true';
    },
    () => {
      count.textContent = t('statusError');
    },
  );
