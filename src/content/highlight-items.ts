// Turns extracted facts into what the highlighter draws: one item per mention, with the
// hover card's label. Offsets become live Ranges through the page's TextMap.
import type { Facts, HighlightKind } from '../core/types';
import type { HighlightItem } from '../page/highlighter';
import type { TextMap } from '../page/text-map';
import { t } from '../shared/i18n';

export interface Labelled {
  kind: HighlightKind;
  heading: string;
  detail?: string;
  mentions: Facts['parties'][number]['mentions'];
}

/** The highlightable items of the facts, in the order the popup lists them. */
export function labelledItems(facts: Facts): Labelled[] {
  const kindWord = { state: t('kindState'), organization: t('kindOrganization'), group: t('kindGroup') };
  return [
    ...facts.parties.map((p): Labelled => ({
      kind: 'party', heading: `${t('kindParty')} · ${p.name}`, detail: kindWord[p.kind], mentions: p.mentions,
    })),
    ...facts.officials.map((o): Labelled => ({
      kind: 'official',
      heading: `${t('kindOfficial')} · ${o.name}`,
      detail: [o.title, o.affiliation].filter(Boolean).join(', ') || undefined,
      mentions: o.mentions,
    })),
    ...facts.measures.map((m): Labelled => ({
      kind: 'measure', heading: t('kindMeasure'), detail: m.text, mentions: m.mentions,
    })),
  ];
}

/** Every mention of every item of the chosen kinds as a Range; mentions the page no longer holds are left out. */
export function highlightItems(facts: Facts, map: TextMap, kinds: Record<HighlightKind, boolean>): HighlightItem[] {
  const items: HighlightItem[] = [];
  for (const item of labelledItems(facts)) {
    if (!kinds[item.kind]) continue;
    for (const m of item.mentions) {
      const range = map.toRange(m.start, m.end);
      if (range) items.push({ kind: item.kind, range, label: { heading: item.heading, detail: item.detail } });
    }
  }
  return items;
}
