import { describe, expect, it } from 'vitest';
import { differenceText, mergeEvent, type Translate } from './merge';
import { translateFrom } from './translate';
import messages from '../../_locales/en/messages.json';
import { people, report } from './fixtures.test-helpers';

const tr = translateFrom(messages) as Translate;

describe('mergeEvent', () => {
  const a = report({
    site: 'Daily Star',
    readAt: 1,
    facts: {
      place: 'Strelsau',
      date: '2025-03-04',
      officials: [{ name: 'Anna Vogel', title: 'Foreign Minister', affiliation: 'Ruritania' }],
      measures: ['reopen the border crossing at Kanta'],
    },
  });
  const b = report({
    site: 'Evening Post',
    readAt: 2,
    facts: { place: 'Strelsau', date: '2025-03-04', officials: people('Vogel'), measures: ['the Kanta border crossing will reopen'] },
  });
  const c = report({
    site: 'Anadolu',
    readAt: 3,
    facts: {
      place: 'Zenda',
      date: '2025-03-05',
      officials: [{ name: 'Anna Vogel', title: 'Deputy Prime Minister', affiliation: 'Ruritania' }],
      measures: ['reopen the Kanta border crossing', 'five border markets'],
    },
  });
  const event = mergeEvent('e', [a, b, c]);

  it('lists reports newest first and each fact with the reports that support it', () => {
    expect(event.reports.map((r) => r.site)).toEqual(['Anadolu', 'Evening Post', 'Daily Star']);
    expect(event.measures[0]).toMatchObject({ sources: [0, 1, 2] });
    expect(event.officials).toHaveLength(1);
    expect(event.officials[0]!.value.name).toBe('Anna Vogel');
    expect(event.officials[0]!.sources).toEqual([0, 1, 2]);
  });

  it('says where the reports differ, in plain words', () => {
    const texts = event.differences.map((d) => differenceText(d, event, tr));
    expect(texts).toContain('Place: Strelsau (2 sources) · Zenda (1 source)');
    expect(texts).toContain('Date: 2025-03-04 (2 sources) · 2025-03-05 (1 source)');
    expect(texts).toContain('Title of Anna Vogel: Deputy Prime Minister (1 source) · Foreign Minister (1 source)');
    expect(texts).toContain('Only Anadolu reports: five border markets');
  });

  it('finds no difference in a single report', () => {
    expect(mergeEvent('e', [a]).differences).toEqual([]);
  });
});
