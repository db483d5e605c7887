import { describe, expect, it } from 'vitest';
import type { Party } from './types';
import { summarize } from './summarize';

const party = (name: string): Party => ({ name, kind: 'state', code: null, mentions: [] });
const measure = (text: string) => ({ text, mentions: [] });

describe('summarize', () => {
  it.each([
    [
      'deploy liaison officers',
      'collaborative efforts against terrorism',
      'agreed to deploy liaison officers and on collaborative efforts against terrorism',
    ],
    ['resume direct flights', 'establish a joint commission', 'agreed to resume direct flights and to establish a joint commission'],
    ['a ceasefire from midnight', 'continuous dialogue', 'agreed on a ceasefire from midnight and on continuous dialogue'],
  ])('reads "%s" and "%s" in one sentence', (a, b, phrase) => {
    const s = summarize({
      isAgreement: true,
      parties: [party('Pakistan'), party('Iran')],
      measures: [measure(a), measure(b)],
      officials: [],
      location: 'Rawalpindi',
      date: '2024-01-29',
    });
    expect(s).toBe(`Pakistan and Iran ${phrase}, at a meeting in Rawalpindi on 29 January 2024.`);
  });

  it('says nothing when nothing was agreed', () => {
    expect(summarize({ isAgreement: false, parties: [party('Pakistan')], measures: [], officials: [], location: null, date: null })).toBe(
      '',
    );
  });
});
