import { describe, expect, it } from 'vitest';
import type { Facts } from '../core/types';
import { curatedExtras } from './curated';

const base: Facts = {
  version: 1,
  source: 'x',
  article: { title: null, text: '', language: 'en' },
  isAgreement: true,
  confidence: 0.9,
  knownEvent: {
    id: 'e',
    title: 'E',
    record: {
      date: '2024-01-29',
      place: 'Rawalpindi',
      parties: ['Pakistan', 'Iran'],
      officials: [
        { name: 'Hossein Amir Abdollahian', title: 'Foreign Minister', affiliation: 'Iran' },
        { name: 'Syed Asim Munir', title: 'Chief of Army Staff', affiliation: 'Pakistan' },
      ],
      measures: ["deploy military liaison officers in each other's country", 'intelligence sharing'],
      context: ['missile strikes of 16–18 January 2024'],
    },
  },
  date: null,
  location: 'Rawalpindi',
  parties: [
    { name: 'Pakistan', kind: 'state', code: 'PK', mentions: [] },
    { name: 'Iran', kind: 'state', code: 'IR', mentions: [] },
  ],
  officials: [{ name: 'Amir-Abdollahian', title: 'Foreign Minister', affiliation: 'Iran', mentions: [] }],
  measures: [{ text: "military liaison officers posted to each other's country", mentions: [] }],
  context: [],
  quotes: [],
  summary: '',
};

describe('curatedExtras', () => {
  it('lists only what the page does not already say', () => {
    const extra = curatedExtras(base)!;
    expect(extra.parties).toEqual([]);
    expect(extra.officials.map((o) => o.name)).toEqual(['Syed Asim Munir']);
    expect(extra.measures).toEqual(['intelligence sharing']);
    expect(extra.date).toBe('2024-01-29');
    expect(extra.place).toBeNull();
    expect(extra.context).toEqual(['missile strikes of 16–18 January 2024']);
  });

  it('is null without a curated record', () => {
    expect(curatedExtras({ ...base, knownEvent: null })).toBeNull();
    expect(curatedExtras({ ...base, knownEvent: { id: 'e', title: 'E' } })).toBeNull();
  });
});
