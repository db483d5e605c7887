// One event as the popup and the Events page show it: its sources (site, title, date, each
// openable), what each fact is reported by, and where the sources differ, in plain words.
// Stored strings only ever become text nodes (src/ui/dom.ts); only http(s) addresses become links.
import type { MergedEvent, Supported, Translate } from '../events/merge';
import { differenceText } from '../events/merge';
import { t } from '../shared/i18n';
import { formatDate } from '../popup/format-date';
import { h } from './dom';
import { flagIcon } from './flag';

const tr: Translate = (key, ...subs) => t(key, ...subs);

export const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** An event's name: its curated title, else its sides and date. */
export function eventTitle(e: MergedEvent): string {
  if (e.knownEvent) return e.knownEvent.title;
  const sides = e.parties.map((p) => p.value.name).join(' – ');
  const when = e.dates[0]?.value ?? e.latest;
  return [sides || t('eventUntitled'), when ? formatDate(when) : ''].filter(Boolean).join(', ');
}

function sourceItem(e: MergedEvent, index: number, currentUrl: string | null): HTMLElement {
  const r = e.reports[index]!;
  const label = [r.site, r.title].filter(Boolean).join(' — ');
  const when = r.facts.date ?? r.published;
  const link = isWebUrl(r.url)
    ? h('a', { attrs: { href: r.url, target: '_blank', rel: 'noopener noreferrer' } }, label)
    : h('span', {}, label);
  return h(
    'li',
    { class: 'source', attrs: { 'data-url': r.url } },
    link,
    when ? h('span', { class: 'meta' }, ` · ${formatDate(when)}`) : '',
    currentUrl === r.url ? h('span', { class: 'badge' }, t('thisPage')) : '',
  );
}

const sites = (e: MergedEvent, s: Supported<unknown>) => s.sources.map((i) => e.reports[i]!.site).join(', ');

function supported(e: MergedEvent, s: Supported<unknown>, ...content: (Node | string | null)[]): HTMLElement {
  return h(
    'li',
    { class: 'supported' },
    ...content.filter((c): c is Node | string => c !== null),
    h(
      'span',
      { class: 'meta support', attrs: { title: t('supportedBy', sites(e, s)) } },
      ` — ${t(s.sources.length === 1 ? 'sourceCountOne' : 'sourceCountMany', s.sources.length)}: ${sites(e, s)}`,
    ),
  );
}

/** The sources, the facts with their support, and the differences of an event. */
export function renderEvent(e: MergedEvent, options: { currentUrl?: string | null; headingLevel?: 'h2' | 'h3' } = {}): HTMLElement[] {
  const H = options.headingLevel ?? 'h2';
  const current = options.currentUrl ?? null;
  const facts = [
    ...e.parties.map((p) => supported(e, p, flagIcon(p.value.code), h('span', { class: 'name' }, p.value.name))),
    ...e.officials.map((o) =>
      supported(
        e,
        o,
        h('span', { class: 'name' }, o.value.name),
        o.value.affiliation ? h('span', { class: 'meta' }, ` (${o.value.affiliation})`) : null,
      ),
    ),
    ...e.measures.map((m) => supported(e, m, m.value)),
  ];
  const differences = e.differences.map((d) => h('li', { attrs: { 'data-difference': d.kind } }, differenceText(d, e, tr, formatDate)));
  return [
    h(
      'section',
      { class: 'sources', attrs: { 'aria-label': t('sectionSources', e.reports.length) } },
      h(H, {}, t('sectionSources', e.reports.length)),
      h('ul', {}, ...e.reports.map((_r, i) => sourceItem(e, i, current))),
    ),
    h(
      'section',
      { class: 'differences', attrs: { 'aria-label': t('sectionDifferences') } },
      h(H, {}, t('sectionDifferences')),
      differences.length ? h('ul', {}, ...differences) : h('p', { class: 'meta' }, t('sourcesAgree')),
    ),
    h('details', { class: 'support-list' }, h('summary', {}, t('supportList')), h('ul', {}, ...facts)),
  ];
}
