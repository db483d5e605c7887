// Runs every should / should-not example of the agreement-evidence model, and checks the outside-world
// vocabulary against sentences of our own.
import { describe, expect, test } from 'vitest';
import {
  DATING_YEAR,
  NOW_DONE,
  PAST_PERFECT,
  DATING_MONTH,
  PAST_TIME,
  FRESH_DAY,
  DONE_AGREEMENT,
  ACCEPTANCE,
  EVIDENCE,
  FAILURE,
  INSIDE_EXAMPLES,
  MUTUAL,
  MUTUAL_EXAMPLES,
  NOT_A_REPORT,
  NOT_A_REPORT_EXAMPLES,
  OUTSIDE_EXAMPLES,
  PROCESS_ONLY,
  HYPOTHETICAL,
  PUNITIVE,
  UNILATERAL_INSTRUMENT,
  UNILATERAL_VOW,
  QUESTION,
} from './agreement-evidence';
import { isEvidence, isNotAReport, isOutsideWorld } from '../core/detect-agreement';
import { extractFacts } from '../core/extract';

const matches = (re: RegExp, s: string): boolean => {
  re.lastIndex = 0;
  return re.test(s);
};

describe.each([...EVIDENCE, ACCEPTANCE, FAILURE, PUNITIVE, UNILATERAL_INSTRUMENT, UNILATERAL_VOW, QUESTION, PROCESS_ONLY, HYPOTHETICAL])(
  '$name',
  (rule) => {
    test.each(rule.should)('matches: %s', (s) => expect(matches(rule.re, s)).toBe(true));
    test.each(rule.shouldNot)('does not match: %s', (s) => expect(matches(rule.re, s)).toBe(false));
  },
);

describe('evidence rules, whole sentences', () => {
  test.each(EVIDENCE.flatMap((r) => r.should))('evidence: %s', (s) => expect(isEvidence(s)).toBe(true));
  test.each([
    'Hamas said it had agreed to a cease-fire proposal, but Israel turned it down.',
    'SoftBank agreed to buy the chip designer in a $32 billion deal.',
    'The striker signed a five-year deal with the club on Friday.',
    'Dockworkers and port operators reached a tentative agreement on wages.',
    'He pleaded guilty under a plea agreement with prosecutors.',
    'The summit ended without an agreement.',
    'Saudi Arabia expelled the Canadian ambassador and froze new trade.',
    'The president vowed to retaliate against any attack.',
    'The two leaders will meet in Geneva next week to discuss a ceasefire.',
    'The United States and Britain agreed to impose new sanctions on the junta.',
  ])('no evidence: %s', (s) => expect(isEvidence(s)).toBe(false));
});

describe('outside worlds', () => {
  test.each(OUTSIDE_EXAMPLES.flatMap((e) => e.should.map((s) => [e.world, s] as const)))('%s: %s', (_w, s) =>
    expect(isOutsideWorld(s)).toBe(true),
  );
  test.each(INSIDE_EXAMPLES)('diplomacy: %s', (s) => expect(isOutsideWorld(s)).toBe(false));
});

describe('mutual wording', () => {
  test.each(MUTUAL_EXAMPLES.should)('mutual: %s', (s) => expect(MUTUAL.test(s)).toBe(true));
  test.each(MUTUAL_EXAMPLES.shouldNot)('one side: %s', (s) => expect(MUTUAL.test(s)).toBe(false));
});

describe('pages that are not reports', () => {
  for (const key of Object.keys(NOT_A_REPORT_EXAMPLES) as Array<keyof typeof NOT_A_REPORT_EXAMPLES>) {
    const ex = NOT_A_REPORT_EXAMPLES[key];
    test.each(ex.should)(`${key}: %s`, (s) => expect(matches(NOT_A_REPORT[key], s)).toBe(true));
    test.each(ex.shouldNot)(`not ${key}: %s`, (s) => expect(matches(NOT_A_REPORT[key], s)).toBe(false));
  }
  test('three citation marks make a reference work', () => {
    expect(isNotAReport('It was signed in 1648.[1] It ended the war.[2] Both sides ratified it.[3]')).toBe(true);
    expect(isNotAReport('Both sides signed the accord on Tuesday.')).toBe(false);
  });
});

describe('dated sentences', () => {
  const detect = (text: string, publishedDate: string | null) => {
    const facts = extractFacts({ text, publishedDate });
    return facts.isAgreement;
  };
  test("a signing in the page's own year counts, even beside a target year ahead", () => {
    expect(
      detect('Ghana and Togo signed a border accord on 15 September 2025. The new crossing is due to open by 2030.', '2025-09-16'),
    ).toBe(true);
  });
  test('a step told as months before the page is background, one of its own fortnight is not', () => {
    const text = 'Ghana and Togo signed a border accord in July.';
    expect(detect(text, '2025-11-17')).toBe(false);
    expect(detect(text, '2025-07-20')).toBe(true);
    expect(detect('Ghana and Togo signed a border accord on November 10.', '2025-11-17')).toBe(true);
    expect(detect('Ghana and Togo signed a border accord on October 10.', '2025-11-17')).toBe(false);
    // a deadline ahead dates nothing
    expect(detect('Ghana and Togo have agreed that their ambassadors will return by January 26.', '2025-01-22')).toBe(true);
  });
  test('a fresh day, a time ahead or an earlier time in a clause of its own leaves the news standing', () => {
    expect(detect('Armenia and Azerbaijan agreed on Thursday to sign the peace treaty in January.', '2025-12-18')).toBe(true);
    expect(detect('Armenia and Azerbaijan have agreed to sign the peace treaty in January.', '2025-07-18')).toBe(true);
    expect(detect('Sudan and Chad agreed on Friday to a ceasefire, ending fighting that began in April.', '2025-09-12')).toBe(true);
    expect(
      detect('Pakistan and Iran agreed on Monday to raise bilateral trade to 10 billion dollars from 2 billion last year.', '2025-04-08'),
    ).toBe(true);
    expect(
      detect('Somalia and Ethiopia agreed on Thursday to restore full diplomatic relations, which were cut last December.', '2025-01-03'),
    ).toBe(true);
  });
  test("a fresh day's sentence keeps its measure, whatever earlier time it names", () => {
    const facts = extractFacts({
      text: 'Pakistan and Iran agreed on Monday to raise bilateral trade to 10 billion dollars from 2 billion last year.',
      publishedDate: '2025-04-08',
    });
    expect(facts.measures.map((m) => m.text)).toEqual([expect.stringContaining('raise bilateral trade')]);
  });
  test('one side signing with another while vowing more is still an agreement', () => {
    expect(detect('India signed a trade pact with the United Arab Emirates on Sunday, vowing to double trade.', '2025-04-08')).toBe(true);
  });
  test('what a deal provides without something is no failure', () => {
    expect(
      detect(
        'Thailand and China signed a visa waiver deal on Monday. Citizens can travel without a visa under the agreement.',
        '2025-04-08',
      ),
    ).toBe(true);
  });
  test('a signing told as years ago is background', () => {
    expect(detect('Twenty-five years ago today, Ghana and Togo signed a border accord.', '2025-11-17')).toBe(false);
  });
  test('a signing dated years before the page is background', () => {
    expect(detect('Ghana and Togo signed a border accord in 1999. Relations have been calm since.', '2025-09-16')).toBe(false);
  });
});

describe('a time told relative to the report (PAST_TIME)', () => {
  test.each(PAST_TIME.should)('in the past: %s', (s) => expect(PAST_TIME.re.test(s)).toBe(true));
  test.each(PAST_TIME.shouldNot)('not dated back: %s', (s) => expect(PAST_TIME.re.test(s)).toBe(false));
});

describe("a day of the report's own news (FRESH_DAY) and an agreement told as done (DONE_AGREEMENT)", () => {
  test.each(FRESH_DAY.should)('fresh: %s', (s) => expect(FRESH_DAY.re.test(s)).toBe(true));
  test.each(FRESH_DAY.shouldNot)('not fresh: %s', (s) => expect(FRESH_DAY.re.test(s)).toBe(false));
  test.each(DONE_AGREEMENT.should)('done: %s', (s) => expect(DONE_AGREEMENT.re.test(s)).toBe(true));
  test.each(DONE_AGREEMENT.shouldNot)('not done: %s', (s) => expect(DONE_AGREEMENT.re.test(s)).toBe(false));
});

describe('an aside in the past perfect (PAST_PERFECT) and an agreement told as of now (NOW_DONE)', () => {
  test.each(PAST_PERFECT.should)('aside: %s', (s) => expect(PAST_PERFECT.re.test(s)).toBe(true));
  test.each(PAST_PERFECT.shouldNot)('no aside: %s', (s) => expect(PAST_PERFECT.re.test(s)).toBe(false));
  test.each(NOW_DONE.should)('now: %s', (s) => expect(NOW_DONE.re.test(s)).toBe(true));
  test.each(NOW_DONE.shouldNot)('not now: %s', (s) => expect(NOW_DONE.re.test(s)).toBe(false));
});

describe('a month told without its year (DATING_MONTH)', () => {
  const dates = (s: string) => [...s.matchAll(DATING_MONTH.re)].length > 0;
  test.each(DATING_MONTH.should)('dates: %s', (s) => expect(dates(s)).toBe(true));
  test.each(DATING_MONTH.shouldNot)('does not: %s', (s) => expect(dates(s)).toBe(false));
});

describe('a year that dates its sentence (DATING_YEAR)', () => {
  test.each(DATING_YEAR.should)('dates: %s', (s) => {
    DATING_YEAR.re.lastIndex = 0;
    expect(DATING_YEAR.re.test(s)).toBe(true);
  });
  test.each(DATING_YEAR.shouldNot)('names, does not date: %s', (s) => {
    DATING_YEAR.re.lastIndex = 0;
    expect(DATING_YEAR.re.test(s)).toBe(false);
  });
});

describe('a question reports nothing agreed', () => {
  test('dialogue asking whether someone would agree is no agreement report', () => {
    const text = [
      '“Do you think your aunt would agree to me asking the ambassador of Japan about the garden?” Mara asked, half in jest.',
      'Her uncle laughed. “Certainly not! Not before dinner.”',
      'They walked on past the lake, and the evening grew cold while the boats came in.',
    ].join('\n\n');
    expect(extractFacts({ text }).isAgreement).toBe(false);
  });
});

describe('a one-sided instrument or a question beside a two-sided report is no veto', () => {
  test.each([
    'Chile and Peru signed a border treaty, and the president issued a decree putting it into force.',
    'The two armies agreed to a ceasefire, and both sides issued orders to their forces to hold fire.',
    'Chile and Peru have signed a border deal, but will it hold?',
  ])('%s', (sentence) => {
    expect(isEvidence(sentence)).toBe(true);
  });
});
