// Event dates: explicit dates in meeting sentences, weekdays against the dateline or publication date.
import { describe, expect, test } from 'vitest';
import { findDate } from './find-date';
import { segmentSentences } from './segment';
import { tokenize } from './tokens';

const date = (text: string, publishedDate: string | null = null) => findDate({ text, sentences: segmentSentences(text, tokenize(text)), publishedDate });

describe('findDate', () => {
  test.each([
    ['Lisbon, March 3, 2022, Agency: The two sides met on Thursday and agreed a plan.', null, '2022-03-03'],
    ['The two ministers met on Tuesday and signed the accord.', '2023-05-11', '2023-05-09'],
    ['The agreement was signed in Nairobi on Aug. 14, 2019, after long talks.', null, '2019-08-14'],
    ['The deal, announced today, ends the dispute.', '2021-06-30', '2021-06-30'],
    ['The ceasefire was agreed and takes effect from June 5, 2020.', null, null],
    ['The leaders met on Friday.', null, null],
    ['They will hold talks on 12 March.', '2024-02-01', null],
    ['On Tuesday the two envoys met in Geneva.', '2023-05-11', '2023-05-09'],
    ['The two presidents agreed Wednesday to reopen their embassies.', '2022-09-08', '2022-09-07'],
    ['The minister received his counterpart in the capital on Friday.', '2020-02-29', '2020-02-28'],
    ['The truce must be signed by Friday, officials said.', '2020-02-29', null],
    ['Talks are to resume next Monday under the deal.', '2020-02-29', null],
    ['The accord runs until Sunday and the ceasefire holds.', '2020-02-29', null],
    ['By Monday the talks had collapsed.', '2020-02-29', null],
    ['OSLO, June 2 (Agency) - The foreign ministers met on Monday and signed a fisheries pact.', '2021-06-03', '2021-05-31'],
    ['RIGA, Dec. 30 (Agency) - The two sides met on Tuesday and agreed a plan.', '2022-01-02', '2021-12-28'],
    ['The Europe Today reports that the two sides signed a pact.', '2024-01-29', null],
  ])('%s', (text, pub, expected) => {
    expect(date(text, pub)).toBe(expected);
  });
});
