// WordGates: a sentence's words answer every gated word list at once, never saying no where a literal stands.
import { describe, expect, test } from 'vitest';
import { tokenize } from './tokens';
import { WordGates } from './word-gates';

const MEDIATION = ['mediat', 'broker'];
const YEARS = ['year', '19', '20'];
const ODD = ['co-chair'];
const gates = new WordGates([MEDIATION, YEARS, ODD]);
const maskFor = (s: string): number => {
  const tokens = tokenize(s);
  return gates.maskOf(tokens, 0, tokens.length);
};

describe('WordGates', () => {
  test.each([
    ['Qatar MEDIATED the talks.', MEDIATION],
    ['The Egyptian-brokered truce held.', MEDIATION],
    ['Mediation by Norway', MEDIATION],
    ['They met in 2019.', YEARS],
    ['Last Year’s deal', YEARS],
  ])('%j may hold a word of its list', (s, list) => {
    expect(gates.allows(maskFor(s), list)).toBe(true);
  });
  test.each([
    ['Iran and Pakistan agreed to reopen the border.', MEDIATION],
    ['The deal was signed on Monday.', YEARS],
  ])('%j holds no word of its list', (s, list) => {
    expect(gates.allows(maskFor(s), list)).toBe(false);
  });
  test('a list it cannot gate (a literal with a hyphen) always passes', () => {
    expect(gates.allows(maskFor('nothing here'), ODD)).toBe(true);
  });
  test('an unknown list always passes', () => {
    expect(gates.allows(0, ['treaty'])).toBe(true);
  });
});
