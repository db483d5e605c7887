// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Facts } from '../core/types';
import { collectText } from '../page/page-text';
import { getMessage } from '../../test/unit/fake-i18n';

const lookups = vi.fn(getMessage);
vi.stubGlobal('chrome', { i18n: { getMessage: lookups } });
const { highlightItems } = await import('./highlight-items');

document.body.innerHTML = '<article><p>Pakistan and Iran agreed to deploy liaison officers, General Munir said.</p></article>';
const { text, map } = collectText(document.querySelector('article')!);
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const facts = {
  version: 1,
  source: 'x',
  article: { title: null, text, language: 'en' },
  isAgreement: true,
  confidence: 1,
  knownEvent: null,
  date: null,
  location: null,
  context: [],
  quotes: [],
  summary: '',
  parties: [
    { name: 'Pakistan', kind: 'state', code: 'PK', mentions: [at('Pakistan')] },
    { name: 'Iran', kind: 'state', code: 'IR', mentions: [at('Iran')] },
  ],
  officials: [{ name: 'Syed Asim Munir', title: 'Chief of Army Staff', affiliation: 'Pakistan', mentions: [at('General Munir')] }],
  measures: [{ text: 'deploy liaison officers', mentions: [at('deploy liaison officers')] }],
} as Facts;

describe('highlightItems', () => {
  it('makes one live range per mention of the chosen kinds', () => {
    const items = highlightItems(facts, map, { party: true, official: true, measure: false });
    expect(items.map((i) => [i.kind, i.range.toString()])).toEqual([
      ['party', 'Pakistan'],
      ['party', 'Iran'],
      ['official', 'General Munir'],
    ]);
  });

  it('builds a card label only when it is read', () => {
    lookups.mockClear();
    const items = highlightItems(facts, map, { party: true, official: true, measure: true });
    expect(lookups).not.toHaveBeenCalled();
    expect(items[2]!.label.heading).toBe('Official · Syed Asim Munir');
    expect(items[2]!.label.detail).toBe('Chief of Army Staff, Pakistan');
    expect(items[0]!.label.detail).toBe('State');
  });
});
