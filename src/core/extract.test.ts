// End-to-end checks of the engine on the reference article, on our own paraphrase of it, on a different
// meeting of the same sides, and on random text (never throws, offsets always valid).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts, looksLikeAgreement } from './extract';
import type { Facts } from './types';

const seed = readFileSync(new URL('../../../shared/fixtures/seed/article.txt', import.meta.url), 'utf8');

function expectValidOffsets(f: Facts): void {
  const lists = [f.parties, f.officials, f.measures, f.context, f.quotes];
  for (const list of lists)
    for (const item of list)
      for (const m of item.mentions) {
        expect(f.article.text.slice(m.start, m.end)).toBe(m.text);
      }
}

describe('seed article', () => {
  const f = extractFacts({ text: seed, source: 'seed' });
  const party = (name: string) => f.parties.find((p) => p.name === name);

  it('keeps the text and reports an agreement', () => {
    expect(f.article.text).toBe(seed);
    expect(f.isAgreement).toBe(true);
    expect(f.article.language).toBe('en');
  });

  it('lists Pakistan and Iran with every mention, demonyms and possessives included', () => {
    expect(f.parties.map((p) => p.name).sort()).toEqual(['Iran', 'Pakistan']);
    for (const [name, re] of [
      ['Pakistan', /Pakistan(?:i|’s)?/g],
      ['Iran', /Iran(?:ian|’s)?/g],
    ] as const) {
      const starts = new Set(party(name)?.mentions.map((m) => m.start));
      for (const m of seed.matchAll(re)) expect(starts.has(m.index ?? -1), `${name} at ${m.index}`).toBe(true);
    }
    expect(party('Pakistan')?.mentions.some((m) => m.text === 'Pakistani')).toBe(true);
    expect(party('Iran')?.mentions.some((m) => m.text === 'Iran’s')).toBe(true);
  });

  it('finds both officials with title, affiliation and all their mentions', () => {
    const fm = f.officials.find((o) => o.name === 'Hossein Amir Abdollahian');
    const coas = f.officials.find((o) => o.name === 'Syed Asim Munir');
    expect(fm).toMatchObject({ title: 'Foreign Minister', affiliation: 'Iran' });
    expect(coas).toMatchObject({ title: 'Chief of Army Staff', affiliation: 'Pakistan' });
    expect(coas?.mentions.filter((m) => m.text === 'General Munir')).toHaveLength(2);
    expect(f.officials).toHaveLength(2);
  });

  it('finds the liaison-officer and intelligence-sharing measures', () => {
    const texts = f.measures.map((m) => m.text.toLowerCase());
    expect(texts.some((t) => t.includes('liaison officers'))).toBe(true);
    expect(texts.some((t) => t.includes('intelligence sharing'))).toBe(true);
  });

  it('dates, places and recognises the event', () => {
    expect(f.date).toBe('2024-01-29');
    expect(f.location).toBe('Rawalpindi');
    expect(f.knownEvent?.id).toBe('pk-ir-2024-01-29-liaison-officers');
    // the curated record travels with the match, for the popup to show beside the page's facts
    expect(f.knownEvent?.record).toMatchObject({ date: '2024-01-29', place: 'Rawalpindi', parties: ['Pakistan', 'Iran'] });
    expect(f.knownEvent?.record?.officials.map((o) => o.name)).toContain('Syed Asim Munir');
    expect(f.knownEvent?.record?.measures.length).toBeGreaterThan(0);
    expect(f.knownEvent?.record?.context[0]).toMatch(/missile strikes/);
    expect(f.quotes[0]?.speaker).toBe('Syed Asim Munir');
    expect(f.context.some((c) => c.text.includes('missile'))).toBe(true);
    expect(f.summary).toMatch(/^Pakistan and Iran agreed .* Rawalpindi on 29 January 2024/);
  });

  it('has valid offsets', () => expectValidOffsets(f));
});

// Our own rewording of the seed's event: other outlet, other order, spelling drift.
const PARAPHRASE = `RAWALPINDI, Jan 30 (Staff Report) - Iran's top diplomat Hossein Amir-Abdollahian held talks on Monday with army chief General Asim Munir at GHQ, the military's media wing said.
The two sides agreed that military liaison officers would be posted in each other's countries to improve coordination against common threats, and pledged to step up intelligence sharing on militant groups.
Gen Munir told the visiting minister that respect for territorial integrity was essential. Abdolahian said Tehran and Islamabad would keep in close contact.`;

// A different Pakistan-Iran meeting: a later visit with other people and other measures.
const OTHER_MEETING = `ISLAMABAD, April 22, 2024 - Pakistan and Iran signed eight memorandums of understanding on Monday during a visit by Iranian President Ebrahim Raisi, who held talks with Prime Minister Shehbaz Sharif.
The two sides agreed to raise bilateral trade to $10 billion over five years and to set up border markets.`;

describe('known event by content', () => {
  it('recognises a paraphrase of the seed', () => {
    const f = extractFacts({ text: PARAPHRASE, publishedDate: '2024-01-30' });
    expect(f.isAgreement).toBe(true);
    expect(f.knownEvent?.id).toBe('pk-ir-2024-01-29-liaison-officers');
    expect(f.date).toBe('2024-01-29');
    expectValidOffsets(f);
  });
  it('does not take another meeting of the same sides for it', () => {
    const f = extractFacts({ text: OTHER_MEETING });
    expect(f.isAgreement).toBe(true);
    expect(f.parties.map((p) => p.name).sort()).toEqual(['Iran', 'Pakistan']);
    expect(f.knownEvent).toBeNull();
  });
});

describe('robustness', () => {
  it('stays quiet on non-English text', () => {
    const f = extractFacts({
      text: 'El Gobierno de Colombia y la guerrilla del ELN firmaron un acuerdo de cese al fuego en La Habana, según explicaron las partes este viernes.',
    });
    expect(f.article.language).toBe('es');
    expect(f.isAgreement).toBe(false);
    expect(f.parties).toEqual([]);
  });

  it('never throws and keeps offsets valid on random text', () => {
    const words = [
      'Pakistan',
      'Iran’s',
      'agreed',
      'to',
      'General',
      'Munir',
      ',',
      '.',
      '\n',
      '- ',
      'Foreign Minister',
      'the',
      'signed',
      '“',
      '”',
      'Mr',
      'X-Y',
      'on Monday',
      'é',
      '\u2019s',
      ':',
    ];
    let seed32 = 12345;
    const rand = () => {
      seed32 = (seed32 * 1103515245 + 12345) >>> 0;
      return seed32 / 2 ** 32;
    };
    for (let i = 0; i < 200; i++) {
      const n = Math.floor(rand() * 80);
      const text = Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]).join(rand() > 0.5 ? ' ' : '');
      const f = extractFacts({ text });
      expect(f.article.text).toBe(text);
      expectValidOffsets(f);
    }
  });

  it('pre-checks cheaply', () => {
    expect(looksLikeAgreement('The two sides agreed to resume talks.')).toBe(true);
    expect(looksLikeAgreement('Rain stopped play at Seddon Park.')).toBe(false);
  });
});

describe('known event, foreign-minister track', () => {
  it('recognises a report that names only the ministers and their new mechanism', () => {
    const text = `Islamabad: Pakistan and Iran agreed on Monday to set up a high-level mechanism at the level of foreign ministers to oversee security cooperation, Foreign Minister Jalil Abbas Jilani said after talks with his Iranian counterpart Hossein Amir-Abdollahian.`;
    const f = extractFacts({ text, publishedDate: '2024-01-29' });
    expect(f.knownEvent?.id).toBe('pk-ir-2024-01-29-liaison-officers');
  });
  it('does not match the same wording a year later', () => {
    const text = `Islamabad: Pakistan and Iran agreed on Monday to set up a high-level mechanism at the level of foreign ministers, Foreign Minister Jalil Abbas Jilani said after talks with his Iranian counterpart Hossein Amir-Abdollahian.`;
    expect(extractFacts({ text, publishedDate: '2025-02-03' }).knownEvent).toBeNull();
  });
});
