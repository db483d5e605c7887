// searchClauseBreak must give the index the original alternation gives.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { searchClauseBreak } from './clause-break';

const CLAUSE_BREAK =
  /(?<!\b[A-Z]|\b(?:Feb|Jan|Gen|Dr|Mr|No|St|Aug|Sept?|Oct|Nov|Dec))[;.!?](?:\s|$)|,["\u201d]?\s+(?:which|who|whom|where|while|whereas|as|after|before|calling|saying|describing|according|but|although|though|adding|he|she|they|it|the\s+statement|officials|sources|intended|in\s+what|terms\s+that|(?:the|both)\s+(?:nations|sides|countries|two|parties|leaders|ministers|governments))\b|\s+(?:after|following|amid|despite|because|during)\s|,?\s+with\s+the\s+(?:aim|goal|purpose|intention)\b|\s+in\s+order\s+to\s|,\s+(?:[\p{L}\d]+\s+){1,2}(?:years?|months?|weeks?|days?)\s+(?:after|since|into)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+)?(?:war|conflict|fighting|clashes|crisis|dispute|standoff|violence|hostilities|invasion)\b|,\s+and\s+(?:he|she|they|it|we)\s|,\s+and\s+(?:both|the\s+two)\s+\p{L}+\s+(?:also\s+)?(?:agreed|pledged|committed|decided|vowed|undertook)\b|,["\u201d]?\s+(?:[\p{L}'-]+\s+){1,6}(?:says|said|told|added|announced)\b|,\s+(?:pledging|saying|adding|noting|stressing|calling|describing|marking|ending|paving)\b|\s+-\s+|\s\u2013\s|\s\u2014\s|:\s/iu;

const pieces = [
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  ',',
  '.',
  ';',
  '!',
  '?',
  ':',
  '-',
  '\u2013',
  '\u2014',
  "'",
  'Feb',
  'feb',
  'SEPT',
  'Sep',
  'Dr',
  'No',
  'St',
  'U',
  'S',
  'x',
  'ſ',
  'K',
  'ſt',
  'which',
  'whichever',
  'who',
  'as',
  'he',
  'they',
  'it',
  'the',
  'statement',
  'both',
  'sides',
  'after',
  'AFTER',
  'amid',
  'during',
  'with',
  'aim',
  'in',
  'order',
  'to',
  'and',
  'we',
  'said',
  'SAID',
  'told',
  'officials',
  'pledging',
  'noting',
  'deploy',
  'liaison',
  'officers',
  'é',
  '_',
  '1',
  '"',
  '\u201d',
  'agreed',
  'pledged',
  'countries',
  'also',
  'years',
  'day',
  'since',
  'into',
  'two',
  'war',
  'a',
];

describe('searchClauseBreak', () => {
  it.each([
    "deploy officers in each other's country, he said.",
    'open the U.S. border on Feb. 3 and resume talks; later',
    'resume trade - and more',
    'set up a hotline, officials said',
    'a permanent cessation of hostilities, two years after the war began',
    'withdraw troops, 60 days after the signing',
    'back the bid, and the two countries agreed to set up a compact',
    'forward the protocol as soon as possible," Stoltenberg told reporters.',
    'reopen the crossing,\u201d he said.',
    'work with the aim of peace',
  ])('%j', (s) => {
    expect(searchClauseBreak(s)).toBe(s.search(CLAUSE_BREAK));
  });

  it('agrees with the alternation on random strings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((p) => p.join('')),
        (s) => {
          expect(searchClauseBreak(s)).toBe(s.search(CLAUSE_BREAK));
        },
      ),
      { numRuns: 30_000 },
    );
  });
});
