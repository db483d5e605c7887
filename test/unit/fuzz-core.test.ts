// Property-based tests of the core (fast-check): whatever text arrives — random, adversarial,
// huge — extraction never throws, and every mention it returns points at its own text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractFacts } from '../../src/core/extract';
import type { Facts } from '../../src/core/types';

function mentionsOf(facts: Facts) {
  return [...facts.parties, ...facts.officials, ...facts.measures, ...facts.context, ...facts.quotes].flatMap((i) => i.mentions);
}

function assertValid(text: string, facts: Facts): void {
  expect(facts.article.text).toBe(text);
  expect(facts.confidence).toBeGreaterThanOrEqual(0);
  expect(facts.confidence).toBeLessThanOrEqual(1);
  for (const m of mentionsOf(facts)) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThanOrEqual(m.start);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
}

/** Words the engine reacts to, so random text often takes its interesting paths. */
const VOCAB = [
  'Pakistan',
  'Iran',
  "Iran's",
  'Pakistani',
  'Tehran',
  'agreed',
  'to',
  'deploy',
  'signed',
  'a',
  'ceasefire',
  'Foreign',
  'Minister',
  'General',
  'Syed',
  'Asim',
  'Munir',
  'Chief',
  'of',
  'Army',
  'Staff',
  '(COAS)',
  'and',
  'on',
  'Monday',
  'January',
  '29,',
  '2024',
  'in',
  'Rawalpindi',
  '"',
  '“',
  '”',
  ',',
  '.',
  '\n\n',
  '-',
  'the',
  'decision',
  'was',
  'made',
  'both',
  'sides',
  'pledged',
  'memorandum',
  'understanding',
  'Mr',
  'Dr',
  'Sheikh',
];
const sentenceish = fc.array(fc.constantFrom(...VOCAB), { maxLength: 300 }).map((w) => w.join(' '));

describe('extractFacts never throws and keeps offsets valid', () => {
  it('on arbitrary strings (any code units, lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => assertValid(text, extractFacts({ text }))),
      { numRuns: 300 },
    );
  });

  it('on text made of the words it reacts to', () => {
    fc.assert(
      fc.property(sentenceish, (text) => assertValid(text, extractFacts({ text }))),
      { numRuns: 400 },
    );
  });

  it('on mixed scripts and odd punctuation', () => {
    const pieces = fc.constantFrom(
      'Pakistan',
      'باكستان',
      'Иран',
      '伊朗',
      'agreed',
      '«',
      '»',
      '\u200f',
      '\u0301',
      '\ud800',
      '\udfff',
      '…',
      '—',
      '"',
      "'",
      ' ',
      '\n',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 500 }).map((p) => p.join('')),
        (text) => assertValid(text, extractFacts({ text })),
      ),
      { numRuns: 200 },
    );
  });

  it.each([
    ['1 MB of repeated cue words', 'agreed to sign agreed decided pledged committed '.repeat(22_000)],
    ['an unclosed quote over 200 KB', `Iran's Foreign Minister said “${'they agreed to talk and '.repeat(9_000)}`],
    ['a long capitalised run', `${'General Foreign Minister Chief Army Staff Syed Asim '.repeat(5_000)}agreed.`],
    ['no spaces at all', 'PakistanandIranagreed'.repeat(40_000)],
    ['only newlines', '\n'.repeat(100_000)],
    ['the empty string', ''],
  ])('on %s', (_name, text) => {
    assertValid(text, extractFacts({ text }));
  });
});
