// Event dates: chrono-node's parse of event sentences, anchored on the publication date, else the
// dateline's date, else the text's latest full event date. Our own sentences, not fixture wording.
import { describe, expect, it, test } from 'vitest';
import { NOT_DAY_PARSERS, dayParser, findDate, findDatelineDate } from './find-date';
import { segmentSentences } from './segment';
import { tokenize } from './tokens';

const date = (text: string, publishedDate: string | null = null) =>
  findDate({ text, sentences: segmentSentences(text, tokenize(text)), publishedDate });

describe('findDate', () => {
  test.each([
    // explicit dates, in the common forms
    ['The accord was signed in Lisbon on 29th Jan, 2024, after long talks.', null, '2024-01-29'],
    ['The agreement was signed in Nairobi on Aug. 14, 2019, after long talks.', null, '2019-08-14'],
    ['The two ministers met on 3 March 2021 and agreed a roadmap.', null, '2021-03-03'],
    ['The leaders signed the treaty on Sept. 9 2015 in Oslo.', null, '2015-09-09'],
    // a date without its year takes the anchor's, or the year before when it would fall after the anchor
    ['The ministers met on March 16 and signed a trade pact.', '2024-03-20', '2024-03-16'],
    ['The two sides signed the accord on December 30 in Riga.', '2024-01-03', '2023-12-30'],
    ['The ministers met on March 16 and signed a trade pact.', null, null],
    // weekdays, "today", "yesterday": the latest such day on or before the anchor
    ['The two ministers met on Tuesday and signed the accord.', '2023-05-11', '2023-05-09'],
    ['On Tuesday the two envoys met in Geneva.', '2023-05-11', '2023-05-09'],
    ['The two presidents agreed Wednesday to reopen their embassies.', '2022-09-08', '2022-09-07'],
    ['The envoys held talks on Thursday and agreed a truce.', '2022-09-08', '2022-09-08'],
    ['The ministers met last Thursday and agreed a truce.', '2022-09-08', '2022-09-01'],
    ['The deal, announced today, ends the dispute.', '2021-06-30', '2021-06-30'],
    ['The two sides signed the memorandum yesterday.', '2021-03-01', '2021-02-28'],
    ['The leaders agreed this afternoon to open membership talks.', '2023-12-14', '2023-12-14'],
    ['The charter was signed earlier this morning by all delegations.', '2023-11-01', '2023-11-01'],
    // an announcement's day loses to the day of the signing it reports
    [
      'The mediators announced on Friday that the two armies had signed, on May 11, 2023, a pledge to protect civilians.',
      '2023-05-12',
      '2023-05-11',
    ],
    // the report's own day ("said on Wednesday") loses to the agreement's earlier day told soon after
    [
      'The foreign ministry said on Wednesday that the two countries had reached a deal. Late on Tuesday the two ministers signed the accord in Lima.',
      '2024-03-13',
      '2024-03-12',
    ],
    ['Officials announced on Wednesday that the two ministers signed the accord late on Tuesday.', '2024-03-13', '2024-03-12'],
    // … but stands when the text tells no other day, or the other day is a report too
    ['The foreign ministry said on Wednesday that the two countries had reached a deal.', '2024-03-13', '2024-03-13'],
    // a past perfect that is no report's backshift is background
    [
      'The two republics signed a shipping pact on Friday. They had signed a pledge on February 1, 2022 as well.',
      '2022-03-04',
      '2022-03-04',
    ],
    ['The leaders met on Friday.', null, null],
    // no day told for the news: the news of the publication day, unless the text puts it on another
    ['The two republics signed a border treaty in March 2019.', '2024-04-01', null],
    ['The two republics signed a border treaty in 2019.', '2024-04-01', null],
    ['The two republics signed a border treaty last year.', '2024-04-01', null],
    ['The two republics are set to sign a border treaty next week.', '2024-04-01', null],
    ['Ten years after the river accord was adopted, the two republics met again.', '2024-04-01', null],
    // no day told for the news: the news of the publication day
    ['Delegates from nine river states have signed a charter on shared fishing grounds.', '2023-11-01', '2023-11-01'],
    ['The Europe Today reports that the two sides signed a pact two days ago.', '2024-01-29', null],
    // the dateline's date anchors the text when the page gives none, and is itself no candidate
    ['OSLO, June 2 (Agency) - The foreign ministers met on Monday and signed a fisheries pact.', '2021-06-03', '2021-05-31'],
    ['ROME, March 4, 2021 (Agency) - The two sides met on Tuesday and agreed a plan.', null, '2021-03-02'],
    ['Lisbon, March 3, 2022, Agency: The two sides met on Thursday and agreed a plan.', null, '2022-03-03'],
    ['Dakar, 12th May, 2019: The delegations signed the accord yesterday.', null, '2019-05-11'],
    // the event's date wins over background dates
    ['The two sides signed the new accord on Monday. Their first deal was signed on 4 May 2011.', '2024-02-07', '2024-02-05'],
    ['The ministers agreed on Tuesday to renew the pact. The original pact, signed on 12 June 2019, had lapsed.', null, null],
    ['The ministers agreed on 9 July 2024 to renew the pact. The original pact, signed on 12 June 2019, had lapsed.', null, '2024-07-09'],
    ['The truce agreed on Sunday follows a deal that had been struck on 2 March 2020.', '2020-03-30', '2020-03-29'],
    // the lead's date wins over a later follow-up
    [
      'The two sides reached a deal on Monday, the minister said. On Tuesday a spokesman confirmed the agreement.',
      '2024-10-22',
      '2024-10-21',
    ],
    ['ACCRA, Jan. 30 - The two countries agreed to expand cooperation after a day of talks on Monday.', '2024-01-30', '2024-01-29'],
    [
      'FILE PHOTO: Leaders attend a signing ceremony in Beijing, March 10, 2023. The two sides signed a new accord on Monday.',
      '2024-10-22',
      '2024-10-21',
    ],
    ['The deal was signed on 4 May 2011 in Geneva.', '2024-10-22', '2011-05-04'],
    // ... and over start, deadline and future dates (which say nothing against the news being the page's day)
    ['The ceasefire was agreed and takes effect from June 5, 2020.', null, null],
    ['The truce must be signed by Friday, officials said.', '2020-02-29', '2020-02-29'],
    ['Talks are to resume next Monday under the deal.', '2020-02-29', null],
    ['The accord runs until Sunday and the ceasefire holds.', '2020-02-29', '2020-02-29'],
    ['By Monday the talks had collapsed.', '2020-02-29', '2020-02-29'],
    ['The agreement takes effect on 1 March 2020, the ministers announced.', null, null],
    ['The two sides agreed to meet again on 10 April 2019 in Rome.', '2019-03-02', null],
    ['The ministers will sign the accord on March 10, 2019.', null, null],
    ['They will hold talks on 12 March.', '2024-02-01', null],
    ['The ministers met on Monday and agreed that the working group will meet on 12 March 2024.', '2024-02-01', '2024-01-29'],
    // not a single day: months, ranges, relative spans, day-month order unknown
    ['The summit, held on May 5-6, ended with a declaration.', '2023-05-10', null],
    ['The deal was signed in March 2015.', null, null],
    ['The accord was signed two days ago.', '2021-06-30', null],
    ['The accord was signed on 03/04/2021.', null, null],
    ['The accord was signed on 23/04/2021.', null, '2021-04-23'],
    // a sentence about something else carries no event date (the news is then the publication day's)
    ['Fighting resumed on Monday in the north.', '2023-05-11', '2023-05-11'],
    ['Fighting resumed on Monday in the north.', null, null],
  ])('%s (published %s)', (text, pub, expected) => {
    expect(date(text, pub)).toBe(expected);
  });

  // Their cost against an extraction is measured by `npm run bench`.
  test('a date far into a long text, or among thousands of dates, is still found', () => {
    const filler = 'The weather was mild and the markets were quiet. '.repeat(20_000);
    expect(date(`${filler}The two ministers met on Tuesday and signed the accord.`, '2023-05-11')).toBe('2023-05-09');
    expect(date('The ministers met on 3 March 2021 and signed a pact. '.repeat(5_000), null)).toBe('2021-03-03');
    // one "sentence" of 1 MB (no full stops), dense with date words, is read as its lead is
    const run = ' the two ministers met on Monday 3 March and signed the pact in Geneva';
    expect(date(run.repeat(15_000), '2021-03-04')).toBe(date(run, '2021-03-04'));
    expect(date(run, '2021-03-04')).toBe('2021-03-03');
  });
});

describe('findDatelineDate', () => {
  test.each([
    ['ISLAMABAD, Jan 29 (Reuters) - The two sides met.', '2024-01-30', '2024-01-29'],
    ['Islamabad, 29th Jan, 2024: The two sides met.', null, '2024-01-29'],
    ['Headline of the story\n\nNAIROBI, Aug. 14, 2019 (Agency) - The sides met.', null, '2019-08-14'],
    ['On Thursday (Oct 15) the government signed a pact.', '2015-10-15', null],
    ['The two sides met on 29 January 2024 in the capital.', null, null],
  ])('%s', (text, pub, expected) => {
    expect(findDatelineDate(text, pub)?.iso ?? null).toBe(expected);
  });
});

describe("the day parser (chrono's casual English less clock times and relative spans)", () => {
  it('leaves out exactly the parsers it names, so a chrono upgrade that renames one is noticed', async () => {
    const { configuration } = await import('chrono-node/en');
    const names = configuration.createCasualConfiguration(false).parsers.map((p) => p.constructor.name);
    for (const name of NOT_DAY_PARSERS) expect(names).toContain(name);
    expect(dayParser().parse('The talks began at 10 am and ended two days later.', new Date(2024, 0, 30))).toEqual([]);
  });

  it('still reads calendar days, weekdays and casual days', () => {
    const texts = dayParser()
      .parse('They met on Monday, 29 January 2024, signed on March 16 and spoke again yesterday.', new Date(2024, 2, 20))
      .map((r) => r.text);
    expect(texts).toEqual(['on Monday, 29 January 2024', 'March 16', 'yesterday']);
  });
});
