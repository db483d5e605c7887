// The hand-written place matchers must agree with the patterns they stand for.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inPlaceMatches, titleDateline } from './place-patterns';

const IN_PLACE = /\b(?:in|at)\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|es|de|al|el)){0,2})/gu;
const TITLE_DATELINE = /^(\p{Lu}[\p{Ll}\p{M}'-]+(?: \p{Lu}[\p{Ll}\p{M}'-]+)?),\s+(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u;

const byPattern = (s: string): Array<[number, string]> => [...s.matchAll(IN_PLACE)].map((m) => [m.index ?? 0, m[1] ?? '']);

const pieces = [
  ' ', '  ', '\t', '\u00a0', '\n', ',', '.', "'", '’', '-', 'in', 'at', 'In', 'bin', 'cat', 'the', 'Dar', 'es', 'de', 'al', 'el', 'estate', 'Salaam',
  'Rawalpindi', 'Istanbul’s', "Tehran's", 'U.S.', 'São', 'Paulo', 'É', '𝐀', '\ud835', '\u0301', 'x', '_', '1', '12', '123', 'Jan', 'Feb', 'May',
  'Sept', 'Islamabad', 'New', 'York', "O'Neil", 'Port-au-Prince', 'NEW', 'jan',
];

describe('place patterns', () => {
  it.each([
    ['talks in Rawalpindi on Monday', [[6, 'Rawalpindi']]],
    ['met in Dar es Salaam and at the White House', [[4, 'Dar es Salaam']]],
    ['binary in Istanbul’s Dolmabahce Palace', [[7, 'Istanbul’s Dolmabahce Palace']]],
  ])('IN_PLACE on %j', (s, expected) => {
    expect(byPattern(s)).toEqual(expected);
    expect(inPlaceMatches(s)).toEqual(expected);
  });

  it('IN_PLACE agrees with the pattern on random strings', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((p) => p.join('')), (s) => {
      expect(inPlaceMatches(s)).toEqual(byPattern(s));
    }), { numRuns: 20_000 });
  });

  it('TITLE_DATELINE agrees with the pattern on random strings', () => {
    expect(titleDateline('Islamabad, Jan 29 (APP):')).toBe('Islamabad');
    expect(titleDateline('Kuala Lumpur, 12 Oct')).toBe('Kuala Lumpur');
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join('')), (s) => {
      expect(titleDateline(s)).toBe(TITLE_DATELINE.exec(s)?.[1]);
    }), { numRuns: 20_000 });
  });
});
