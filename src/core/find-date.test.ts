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
  ])('%s', (text, pub, expected) => {
    expect(date(text, pub)).toBe(expected);
  });
});
