// The agreement gate asked of every page's text: it must let through every English agreement report
// we hold (whatever else it lets through, the engine decides), and turn away text that names no two
// parties beside an agreement word, cheaply. (Whole pages, read as the content script reads them:
// page/gate-text.test.ts.)
import { ANY_CUE } from '../model/cues';
import { AGREE_VERBS, EVIDENCE, SIGN_VERBS } from '../model/agreement-evidence';
import { describe, expect, it, test } from 'vitest';
import { mayReportAgreement } from './agreement-gate';

describe('the agreement gate on sentences', () => {
  it.each([
    'Pakistan and Iran agreed on Monday to deploy liaison officers.',
    'The Taliban signed a deal with the United States in Doha.',
    'Tehran and Islamabad agreed to reopen the border crossings.',
    'PAKISTAN, IRAN AGREE TO BOOST BORDER SECURITY',
    'Ethiopian and Kenyan negotiators reached an understanding on the dam.',
    'The European Union and Mercosur concluded a trade agreement after two decades of talks.',
    'The ceasefire between al-Shabaab and the Somali army held overnight.',
    'Under the pact, the United Arab Emirates will fund a port in Sudan.',
    'Vladimir Putin and the Ukrainians signed nothing, but a truce was declared.',
  ])('passes: %s', (text) => {
    expect(mayReportAgreement(text)).toBe(true);
  });

  it.each([
    ['no agreement word', 'Pakistan and Iran held talks on Monday about border security.'],
    ['one party only', 'Pakistan signed the contract for a new stadium and agreed to host the cup.'],
    [
      'one party in many forms',
      'Iran agreed to the plan, Iranian officials said in Tehran, and the Islamic Republic of Iran confirmed it.',
    ],
    ['parties far from the word', `Pakistan and Iran. ${'Nothing else happened that day. '.repeat(80)} The council signed the budget.`],
    ['lower-case words that spell names', 'the chad was hanging; we agreed to us turkey for dinner in china bowls.'],
    ['a shopping page', 'Deal of the day: 40% off headphones. Signed copies of the book are back. Free delivery.'],
    ['documentation', 'The client signs requests; a Declaration file describes the types. See the Agreement section.'],
  ])('turns away %s', (_why, text) => {
    expect(mayReportAgreement(text)).toBe(false);
  });
});

describe("the gate's agreement words cover the engine's evidence", () => {
  test.each([...AGREE_VERBS, ...SIGN_VERBS])('a verb of agreeing or signing: %s', (verb) => {
    expect(ANY_CUE.test(`The two sides ${verb} it.`)).toBe(true);
  });
  test.each([
    ['The two sides signed a communiqué.', true],
    ['They issued a joint communiqué.', true],
    ['The charter of the club is on page two.', false],
    ['Shares traded lower on the stock exchange.', true],
    ['The framework is written in TypeScript.', false],
  ])('%s', (text, expected) => {
    expect(ANY_CUE.test(text)).toBe(expected);
  });
  // A sentence the engine takes as evidence that holds none of the gate's words would be a report the
  // content script turns away before the engine sees it.
  // (A measure's own sentence needs none: measures are found only from an agreement word's sentence on.)
  const examples = EVIDENCE.flatMap((r) => r.should.map((s) => [r.name, s] as const));
  test.each(examples)('%s: %s', (_rule, sentence) => {
    expect(ANY_CUE.test(sentence)).toBe(true);
  });
});

// Its cost (a text read, stopping at the first hit) is measured against an extraction by `npm run bench`.
describe('the agreement gate on long text', () => {
  it('reads 1 MB full of agreement words and capitalised words but no parties, and turns it away', () => {
    const prose =
      'The Committee signed off on the new budget after a long debate. Mr Smith said the plan was agreed by the Board, and the Deal on parking stands. ';
    expect(mayReportAgreement(prose.repeat(Math.ceil(1_000_000 / prose.length)))).toBe(false);
  });

  it('lets a page through on an agreement word with two parties beside it at the start of a long text', () => {
    expect(mayReportAgreement(`Pakistan and Iran agreed to open a border market. ${'More reporting follows here. '.repeat(40_000)}`)).toBe(
      true,
    );
  });
});
