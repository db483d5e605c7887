import { describe, expect, it } from 'vitest';
import { EVIDENCE, FAILURE } from '../model/agreement-evidence';
import { holdsAnyOf, needsScanner } from './needs';

describe('holdsAnyOf', () => {
  it('finds any of the words inside the text, whatever its case', () => {
    expect(holdsAnyOf(['signed', 'agree'], 'The two sides AGREED on Monday.')).toBe(true);
    expect(holdsAnyOf(['signed', 'agree'], 'Signed copies are back in stock.')).toBe(true);
    expect(holdsAnyOf(['brokered'], 'Talks were held in Doha.')).toBe(false);
  });
  it('reads its words literally and holds nothing when it needs nothing', () => {
    expect(holdsAnyOf(['u.s.'], 'the US and Iran')).toBe(false);
    expect(holdsAnyOf(['u.s.'], 'the U.S. and Iran')).toBe(true);
    expect(holdsAnyOf([], 'anything')).toBe(false);
  });
});

describe('needsScanner: one scan for many rules, the same answers as holdsAnyOf', () => {
  const lists = [['sign', 'signed', 'designed'], ['ign'], ['by'], ['u.s.'], ['s.'], []];
  const scan = needsScanner(lists);
  it.each(['The U.S. and Iran signed by the pool.', 'Designed in Oslo.', 'nothing here', 'SIGNED', ''])('%s', (text) => {
    const held = scan(text);
    for (const needs of lists) expect(held(needs)).toBe(holdsAnyOf(needs, text));
  });
  it("agrees with holdsAnyOf for every evidence rule on every rule's own examples", () => {
    const rules = [...EVIDENCE, FAILURE];
    const scanRules = needsScanner(rules.map((r) => r.needs));
    for (const text of rules.flatMap((r) => [...r.should, ...r.shouldNot])) {
      const held = scanRules(text);
      for (const r of rules) expect(held(r.needs)).toBe(holdsAnyOf(r.needs, text));
    }
  });
});

describe('needsScanner on a list it was not built from', () => {
  it('searches that list itself rather than failing it', () => {
    const held = needsScanner([['signed']])('The two sides agreed.');
    expect(held(['agreed'])).toBe(true);
    expect(held(['signed'])).toBe(false);
  });
});
