// A narrative stays at the time it last told: a report that tells an old treaty's story is no report of
// an agreement, while a report that tells backstory as an aside, or returns to its own day, still is.
// Texts of our own.
import { describe, expect, test } from 'vitest';
import { extractFacts } from './extract';
import { pastSentences } from './narrative-time';
import { segmentSentences } from './segment';
import { tokenize } from './tokens';

const past = (text: string, published: string | null) => pastSentences(segmentSentences(text, tokenize(text)), text, published);

describe('pastSentences', () => {
  test('a sentence with no time of its own stays where the narrative last moved', () => {
    const text =
      'The border treaty was signed in Lima in 1929. Under it, the two states agreed to share the river. On Tuesday, their ministers met again. They agreed to open a second crossing.';
    expect(past(text, '2024-05-08')).toEqual([true, true, false, false]);
  });

  test('an aside in the past perfect is backstory but does not move the narrative', () => {
    const text =
      'The two governments agreed to reopen the crossing. The crossing had been shut since the clashes of 2019. Under the deal, trucks will pass at night.';
    expect(past(text, '2024-05-08')).toEqual([false, true, false]);
  });

  test('an agreement told in the present perfect is of the report’s own time', () => {
    const text = 'A three-way pact was chosen a year ago. “Such an accord has now been reached,” the minister said.';
    expect(past(text, null)).toEqual([true, false]);
  });
});

describe('detection follows the narrative’s time', () => {
  test.each([
    [
      'an explainer on an old treaty',
      'What the river treaty says\n\nThe treaty was signed in 1960 by the two governments after nine years of talks. It entered into force in 1961.\n\nUnder the treaty, India and Pakistan agreed to divide the six rivers between them. The two sides also agreed to exchange flow data every year.',
      '2025-04-24',
    ],
    [
      'an anniversary piece',
      'Thirty years on\n\nOn 13 September 1993, the two leaders shook hands on the lawn after Israel and the PLO signed the declaration. Israel and the PLO agreed to mutual recognition. Talks on the final status never concluded.',
      '2023-09-13',
    ],
  ])('%s is no agreement report', (_kind, text, published) => {
    expect(extractFacts({ text, publishedDate: published }).isAgreement).toBe(false);
  });

  test.each([
    [
      'backstory as an aside between the news and its terms',
      'Kenya and Uganda agreed on Tuesday to build a joint oil pipeline. The two neighbours had shelved a similar plan in 2016. Under the new deal, the two governments will share the cost.',
      '2025-03-05',
    ],
    [
      'a history paragraph, then the report’s own day',
      'In 2019, Ghana and Togo agreed a framework for their maritime border. On Tuesday, Ghana and Togo signed the final treaty in Accra.',
      '2025-03-05',
    ],
  ])('%s is still an agreement report', (_kind, text, published) => {
    expect(extractFacts({ text, publishedDate: published }).isAgreement).toBe(true);
  });
});
