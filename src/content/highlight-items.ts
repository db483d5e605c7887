// Turns extracted facts into what the highlighter draws: one item per mention, with the hover
// card's label. Offsets become live Ranges through the page's TextMap. Labels are made only when a
// card first shows them: the browser's first i18n lookups in a page cost milliseconds, and most
// highlights are never hovered.
import type { Facts, HighlightKind, Mention } from '../core/types';
import type { HighlightItem } from '../page/highlighter';
import type { CardLabel } from '../page/hover-card';
import type { TextMap } from '../page/text-map';
import { t } from '../shared/i18n';
import { drain, type Steps } from '../page/slices';

/** Mentions turned into ranges between two points where a sliced run may pause. */
const MENTIONS_PER_STEP = 64;

interface Labelled {
  kind: HighlightKind;
  label: CardLabel;
  mentions: Mention[];
}

/** A label whose strings are built on first read, then kept. */
function lazyLabel(make: () => CardLabel): CardLabel {
  let made: CardLabel | null = null;
  const get = () => (made ??= make());
  return {
    get heading() {
      return get().heading;
    },
    get detail() {
      return get().detail;
    },
  };
}

const KIND_WORD = { state: 'kindState', organization: 'kindOrganization', group: 'kindGroup' } as const;

/** The highlightable items of the facts, in the order the popup lists them. */
function labelledItems(facts: Facts): Labelled[] {
  return [
    ...facts.parties.map(
      (p): Labelled => ({
        kind: 'party',
        label: lazyLabel(() => ({ heading: `${t('kindParty')} · ${p.name}`, detail: t(KIND_WORD[p.kind]) })),
        mentions: p.mentions,
      }),
    ),
    ...facts.officials.map(
      (o): Labelled => ({
        kind: 'official',
        label: lazyLabel(() => ({
          heading: `${t('kindOfficial')} · ${o.name}`,
          detail: [o.title, o.affiliation].filter(Boolean).join(', ') || undefined,
        })),
        mentions: o.mentions,
      }),
    ),
    ...facts.measures.map(
      (m): Labelled => ({
        kind: 'measure',
        label: lazyLabel(() => ({ heading: t('kindMeasure'), detail: m.text })),
        mentions: m.mentions,
      }),
    ),
  ];
}

/** Every mention of every item of the chosen kinds as a Range; mentions the page no longer holds are left out. */
export function highlightItems(facts: Facts, map: TextMap, kinds: Record<HighlightKind, boolean>): HighlightItem[] {
  return drain(highlightItemsSteps(facts, map, kinds));
}

/** `highlightItems` as steps that may pause every few hundred mentions (thousands on a long page). */
export function* highlightItemsSteps(facts: Facts, map: TextMap, kinds: Record<HighlightKind, boolean>): Steps<HighlightItem[]> {
  const items: HighlightItem[] = [];
  let n = 0;
  for (const item of labelledItems(facts)) {
    if (!kinds[item.kind]) continue;
    for (const m of item.mentions) {
      if (++n % MENTIONS_PER_STEP === 0) yield;
      const range = map.toRange(m.start, m.end);
      if (range) items.push({ kind: item.kind, range, label: item.label, length: m.end - m.start });
    }
  }
  return items;
}
