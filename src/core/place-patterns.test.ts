// The hand-written dateline matcher must agree with the pattern it stands for.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { titleDateline } from './place-patterns';

const TITLE_DATELINE =
  /^(\p{Lu}[\p{Ll}\p{M}'-]+(?: \p{Lu}[\p{Ll}\p{M}'-]+)?),\s+(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u;

const pieces = [
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\n',
  ',',
  '.',
  "'",
  '’',
  '-',
  'in',
  'at',
  'In',
  'bin',
  'cat',
  'the',
  'Dar',
  'es',
  'de',
  'al',
  'el',
  'estate',
  'Salaam',
  'Rawalpindi',
  'Istanbul’s',
  "Tehran's",
  'U.S.',
  'São',
  'Paulo',
  'É',
  '𝐀',
  '\ud835',
  '\u0301',
  'x',
  '_',
  '1',
  '12',
  '123',
  'Jan',
  'Feb',
  'May',
  'Sept',
  'Islamabad',
  'New',
  'York',
  "O'Neil",
  'Port-au-Prince',
  'NEW',
  'jan',
];

describe('place patterns', () => {
  it('TITLE_DATELINE agrees with the pattern on random strings', () => {
    expect(titleDateline('Islamabad, Jan 29 (APP):')).toBe('Islamabad');
    expect(titleDateline('Kuala Lumpur, 12 Oct')).toBe('Kuala Lumpur');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join('')),
        (s) => {
          expect(titleDateline(s)).toBe(TITLE_DATELINE.exec(s)?.[1]);
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
