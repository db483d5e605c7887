import { describe, expect, it } from 'vitest';
import type { Facts } from '../../core/types';
import { toMarkdown } from './to-markdown';
import { toWebAnnotations } from './to-web-annotations';
import { fileStem } from './download';

const text = 'Pakistan and Iran agreed to deploy liaison officers. General Munir [said] *so*.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const facts: Facts = {
  version: 1,
  source: 'https://news.example/a',
  article: { title: 'Pakistan, Iran agree', text, language: 'en' },
  isAgreement: true,
  confidence: 0.9,
  knownEvent: null,
  date: '2024-01-29',
  location: 'Rawalpindi',
  parties: [
    { name: 'Pakistan', kind: 'state', code: 'PK', mentions: [at('Pakistan')] },
    { name: 'Iran', kind: 'state', code: 'IR', mentions: [at('Iran')] },
  ],
  officials: [{ name: 'Syed Asim Munir', title: 'Chief of Army Staff', affiliation: 'Pakistan', mentions: [at('General Munir')] }],
  measures: [{ text: 'deploy liaison officers', status: 'agreed', mentions: [at('deploy liaison officers')] }],
  context: [],
  quotes: [{ text: '[said] *so*', speaker: 'Syed Asim Munir', mentions: [] }],
  summary: 'Pakistan and Iran agreed to deploy liaison officers.',
};

describe('toMarkdown', () => {
  it('writes a note with each section and the source', () => {
    const md = toMarkdown(facts, facts.source);
    expect(md).toContain('## Pakistan, Iran agree');
    expect(md).toContain('- Syed Asim Munir, Chief of Army Staff, Pakistan');
    expect(md).toContain('- deploy liaison officers _(agreed)_');
    expect(md).toContain('Date: 29 January 2024');
    expect(md).toContain('Source: <https://news.example/a>');
  });

  it('escapes page text that Markdown would read as markup', () => {
    expect(toMarkdown(facts, facts.source)).toContain('“\\[said\\] \\*so\\*”');
  });
});

describe('toWebAnnotations', () => {
  const annotations = toWebAnnotations(facts, facts.source, '2024-01-30T00:00:00Z');

  it('makes one annotation per mention', () => {
    expect(annotations).toHaveLength(4);
    expect(annotations.every((a) => a['@context'] === 'http://www.w3.org/ns/anno.jsonld' && a.target.source === facts.source)).toBe(true);
  });

  it('anchors each by quote and by position, and the quote is found at its position in the page text', () => {
    for (const a of annotations) {
      const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
      const position = a.target.selector.find((s) => s.type === 'TextPositionSelector');
      if (quote?.type !== 'TextQuoteSelector' || position?.type !== 'TextPositionSelector') throw new Error('selectors missing');
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
      expect(text.slice(position.end, position.end + quote.suffix.length)).toBe(quote.suffix);
    }
  });
});

describe('fileStem', () => {
  it.each([
    ['Pakistan, Iran agree!', 'pakistan-iran-agree'],
    [null, 'accord-lens'],
    ['«»', 'accord-lens'],
  ])('%s → %s', (title, stem) => expect(fileStem(title)).toBe(stem));
});
