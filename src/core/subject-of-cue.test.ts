// The hand-written matcher must agree with the pattern it stands for, on our sentences and on random
// strings built from the pieces the pattern reacts to.
import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import { isSubjectOfCue } from './subject-of-cue';

const PATTERN =
  /^(?:['\u2019]s)?(?:\s*(?:,|and|&)\s*(?:the\s+)?\p{Lu}[\p{L}\p{M}.'\u2019-]*(?:\s+\p{Lu}[\p{L}\p{M}.-]*){0,3})?(?:,\s*(?:who|which))?\s+(?:have\s+|has\s+|had\s+|both\s+|on\s+\w+day\s+)?(?:also\s+|jointly\s+|formally\s+|finally\s+|today\s+|yesterday\s+|tonight\s+)?(?:agreed|agree|signed|sign|pledged|consented|decided|reached|struck|inked|are\s+to|committed|concluded|initialled|initialed|sealed|clinched|finalised|finalized|endorsed|adopted|ratified|accepted)\b/u;

describe('isSubjectOfCue', () => {
  test.each([
    [' and Iran have agreed to deploy', true],
    [', who signed the deal as well', true],
    [', which also agreed to the terms', true],
    [', whom the rebels signed with', false],
    [', who said the talks went well', false],
    ["'s Foreign Minister signed", false],
    ["'s signed", true],
    ['’s  agreed', true],
    [', Sudan and the African Union on Tuesday agreed', false],
    [' and the African Union on Tuesday agreed', true],
    [' & Ukraine jointly signed', true],
    [' are to resume', true],
    [' are tomorrow', false],
    [' agreed_', false],
    [' on Monday formally signed', true],
    [' today signed', true],
    [' and Bahrain today signed', true],
    [' andKorea agreed', true],
    [' and São Tomé e Príncipe agreed', false],
    [' and São Tomé agreed', true],
    [' and 𝐀bc agreed', true],
    [' and O’Neil agreed', true],
    ['\u00a0agreed', true],
    [' and Laos endorsed a roadmap', true],
    [' have finalised the deal', true],
  ])('%j', (after, expected) => {
    expect(PATTERN.test(after)).toBe(expected);
    expect(isSubjectOfCue(after)).toBe(expected);
  });

  it('agrees with the pattern on random strings of its pieces', () => {
    const pieces = fc.constantFrom(
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\n',
      ',',
      '&',
      'and',
      'the',
      "'s",
      '’s',
      "'",
      '’',
      '.',
      '-',
      'Iran',
      'Pakistan',
      'African',
      'Union',
      'São',
      'É',
      '𝐀',
      '\ud835',
      'x',
      'X',
      '1',
      '_',
      'have',
      'has',
      'had',
      'both',
      'on',
      'Monday',
      'day',
      'Tuesday',
      'also',
      'jointly',
      'formally',
      'finally',
      'today',
      'yesterday',
      'agreed',
      'agree',
      'signed',
      'sign',
      'pledged',
      'consented',
      'decided',
      'reached',
      'struck',
      'inked',
      'are',
      'to',
      'committed',
      'concluded',
      'initialled',
      'initialed',
      'Agreed',
      'e',
      'de',
      '\u0301',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 14 }).map((p) => p.join('')),
        (s) => isSubjectOfCue(s) === PATTERN.test(s),
      ),
      { numRuns: 20_000 },
    );
  });
});
