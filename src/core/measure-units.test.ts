// Every rule of the measure grammar (src/model/measure-grammar.ts) on its own should / should-not
// sentences, through the same code the engine uses.
import { describe, expect, it } from 'vitest';
import { MEASURE_ENDS, MEASURE_SPLITS, NAMING_ASIDE_ONLY, SPEAKER_ONLY } from '../model/measure-grammar';
import { measureUnits } from './measure-units';

// The rules apply to what a cue governs: each example is read after the cue, as in a report.
const CUE = 'The two sides agreed to ';
const units = (clause: string): string[] => {
  const text = CUE + clause;
  return measureUnits(text, CUE.length, text.length, 0).map(([s, e]) => text.slice(s, e));
};

describe.each(MEASURE_ENDS.map((r) => [r.name, r] as const))('end rule %s', (_name, rule) => {
  it.each(rule.should.map(([c, m]) => [c, m]))('cuts "%s" to "%s"', (clause, measure) => {
    expect(units(clause)[0]).toBe(measure);
  });
  it.each(rule.shouldNot.map((c) => [c]))('leaves "%s" whole', (clause) => {
    expect(units(clause)).toEqual([clause]);
  });
});

describe.each(MEASURE_SPLITS.map((r) => [r.name, r] as const))('split rule %s', (_name, rule) => {
  it.each(rule.should.map(([c, items]) => [c, items]))('splits "%s"', (clause, items) => {
    expect(units(clause)).toEqual(items);
  });
  it.each(rule.shouldNot.map((c) => [c]))('keeps "%s" as one item', (clause) => {
    expect(units(clause)).toEqual([clause]);
  });
});

describe('a speaker-only clause (SPEAKER_ONLY)', () => {
  it.each(SPEAKER_ONLY.should.map((c) => [c]))('yields no measure from "%s"', (clause) => {
    expect(units(clause)).toEqual([]);
  });
  it.each(SPEAKER_ONLY.shouldNot.map((c) => [c]))('yields a measure from "%s"', (clause) => {
    expect(units(clause).length).toBe(1);
  });
});

describe('a naming aside cut off alone (NAMING_ASIDE_ONLY)', () => {
  it.each(NAMING_ASIDE_ONLY.should.map((c) => [c]))('yields no measure from "%s"', (clause) => {
    expect(units(`open a post on the island, ${clause}, on the reef and on the shoal`)).toEqual([
      'open a post on the island',
      'on the reef',
      'on the shoal',
    ]);
  });
  it.each(NAMING_ASIDE_ONLY.shouldNot.map((c) => [c]))('yields a measure from "%s"', (clause) => {
    expect(units(clause).length).toBe(1);
  });
});

describe('measureUnits', () => {
  it('reads the sides with their modal as a verb-led clause: each coordinated step is an item', () => {
    const text = 'Under the deal, the two countries will set up a joint border commission and hold talks on water sharing.';
    const from = text.indexOf('the two');
    expect(measureUnits(text, from, text.length - 1).map(([s, e]) => text.slice(s, e))).toEqual([
      'the two countries will set up a joint border commission',
      'hold talks on water sharing',
    ]);
  });
  it('returns offsets into the text it was given', () => {
    const text =
      'They agreed to reopen the border at two crossings for trucks, a move seen as a thaw after years of closed posts and mutual suspicion.';
    const from = text.indexOf('reopen');
    const [[s, e]] = measureUnits(text, from, text.length - 1) as [[number, number]];
    expect(text.slice(s, e)).toBe('reopen the border at two crossings for trucks');
  });
  it('keeps a short aside that carries substance', () => {
    const text = 'They agreed to recognise passports, allowing citizens to travel.';
    const [[s, e]] = measureUnits(text, text.indexOf('recognise'), text.length - 1) as [[number, number]];
    expect(text.slice(s, e)).toBe('recognise passports, allowing citizens to travel');
  });
  it('gives each item its own shape: a verb-led item after a noun phrase splits as verb phrases do', () => {
    expect(units('a permanent ceasefire and to refrain from raids on the villages, and call for a monitoring mission')).toEqual([
      'a permanent ceasefire',
      'refrain from raids on the villages',
      'call for a monitoring mission',
    ]);
  });
  it('keeps an empty clause empty', () => {
    expect(measureUnits('', 0, 0)).toEqual([]);
  });
});

describe('a short aside that tells an earlier time', () => {
  it('goes whatever the length', () => {
    expect(units('sign a new fisheries pact, replacing an accord reached in 2016')).toEqual(['sign a new fisheries pact']);
  });
  it('a deadline stays', () => {
    expect(units('reopen the border, allowing trade to resume by 2026')).toEqual(['reopen the border, allowing trade to resume by 2026']);
  });
});
