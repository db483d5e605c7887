// Which sentences carry the event's date, and which words around a date make it something else (a start,
// a deadline, a future step, a background event). Read by src/core/find-date.ts; the dates themselves are
// parsed by chrono-node. Each pattern carries should / should-not examples, run by date-cues.test.ts.
// Patterns are single alternations over short stretches of text (a sentence, or the ~60 characters before a
// date), so they run in linear time.

export interface DateCue {
  /** What the pattern is for, one line. */
  name: string;
  re: RegExp;
  /** Texts the pattern must match (for a `before` cue: the text that stands just before the date). */
  should: string[];
  /** Texts it must not match. */
  shouldNot: string[];
}

/** A sentence about the event itself: a meeting, signing, announcement, agreement or its instrument. */
export const EVENT_SENTENCE: DateCue = {
  name: 'event sentence',
  re: /\b(?:sign(?:s|ed|ing)?|inked|initial(?:l)?ed|agree(?:s|d|ment|ments)?|met|meet(?:s|ing|ings)?|held|hosted|received|announc(?:e|es|ed|ing|ement)|reached|concluded|completed|sealed|struck|clinched|finali[sz]ed|shook\s+hands|put\s+their\s+signatures|talks|summit|ceremony|conference|decision|declaration|statement|communiqu[eé]|visit(?:s|ed|ing)?|ceasefire|cease-fire|truce|deal|pact|accord|treaty|memorand(?:um|a|ums)|MoUs?|approv(?:e|es|ed|al)|endors(?:e|es|ed)|adopt(?:s|ed)|ratif(?:y|ies|ied)|exchang(?:e|es|ed)|swap(?:s|ped)?|freed|releas(?:e|es|ed)|restor(?:e|es|ed)|establish(?:es|ed)|decid(?:e|es|ed)|commit(?:s|ted)|pledg(?:e|es|ed)|settl(?:e|es|ed)|normali[sz](?:e|es|ed)|renew(?:s|ed)|extend(?:s|ed))\b/i,
  should: [
    'The two governments restored diplomatic ties on Friday.',
    'Kyiv and Moscow exchanged 190 prisoners of war on Wednesday.',
    'Parliament ratified the accord on Tuesday.',
    'The warring sides extended the truce by a week.',
    'The two ministers signed the accord in the capital.',
    'Leaders met behind closed doors for three hours.',
    'The statement was issued by the foreign ministry.',
    'A cease-fire was agreed after a night of talks.',
    'The prime minister visited the border crossing.',
  ],
  shouldNot: [
    'Fighting resumed in the north on Monday.',
    'Oil prices fell sharply on Tuesday.',
    'The river flooded three villages in March.',
  ],
};

/**
 * Words just before a date that make it a start, an end or a deadline, not the day of the event: "from
 * February 25", "by March 10", "takes effect on 1 June", "until the end of May", "next Monday". At most two
 * small words may stand between ("from the", "by the end of").
 */
export const DEADLINE_BEFORE: DateCue = {
  name: 'start or deadline before a date',
  re: /\b(?:from|since|until|till|by|starting|effective|effect|before|after|as\s+of|through|throughout|between|beginning|begins|end(?:s|ing)?|midnight|deadline|expir(?:e|es|ed|ing|y)|laps(?:e|es|ed|ing)|later\s+than|next|coming|following|due|within|up\s+to)\s+(?:(?:on|the|of|or|at|in|a|this)\s+){0,2}$|[-\u2013\u2014]\s*$/i,
  should: [
    'takes effect from ',
    'must be signed by ',
    'runs until ',
    'takes effect on ',
    'valid until the end of ',
    'talks resume next ',
    'prisoners freed by the end of ',
    'in force as of ',
    'would have lapsed on ',
    'since ',
  ],
  shouldNot: ['The two sides met on ', 'signed the accord in Geneva on ', 'announced ', 'agreed after talks on ', 'In New Delhi on '],
};

/**
 * The clause before a date says it is still to come, or long past: "is to host the meeting on …", "will meet
 * again on …", "the original agreement, signed on …", "had first been agreed on …". Checked on the ~60
 * characters before the date, back to a ";" or ":" (not a comma: "the original agreement, signed on").
 */
export const CLAUSE_BEFORE: DateCue = {
  name: 'future or background clause before a date',
  re: /\b(?:will|shall|would|(?:is|are|was|were)\s+(?:due\s+)?to|due\s+to|scheduled|expected|planned|plans|set\s+to|intends?\s+to|original(?:ly)?|previous(?:ly)?|former|prior|first\s+(?:signed|agreed|struck|reached|concluded)|had\s+(?:been\s+|first\s+|already\s+)?(?:signed|agreed|struck|reached|concluded|announced|met)|recalled|dates\s+back|years?\s+ago|last\s+year|in\s+the\s+past)\b/i,
  should: [
    'Colombo is to host the first ministerial meeting on ',
    'the ministers will meet again on ',
    'The ministry recalled that the original agreement, signed on ',
    'an accord first struck on ',
    'talks are scheduled for ',
    'a pact that had been signed on ',
  ],
  shouldNot: ['The two sides signed the accord on ', 'announced on ', 'In New Delhi on ', 'The deal was sealed only hours before dawn on '],
};

/**
 * An agreement told in the past perfect inside what an announcement reports ("announced on Friday that
 * the two sides had signed, on May 11, …"): the tense is the report's backshift, and the day told with
 * the signing is the event's — it beats the announcement's day. Tested on the sentence up to the date.
 */
export const REPORTED_SIGNING: DateCue = {
  name: 'an agreement reported in the past perfect',
  re: /\b(?:announced|said|confirmed|stated|reported|disclosed|revealed)\b[^.;]{0,200}?\bthat\b[^.;]{0,200}?\bhad\s+(?:formally\s+|finally\s+)?(?:signed|agreed|struck|reached|concluded|initialled|sealed)\b[^.;]{0,80}$/i,
  should: [
    'The mediators announced on Friday that the two forces had signed, on ',
    'Officials said that the ministers had agreed in Oslo on ',
  ],
  shouldNot: ['The two sides had signed a treaty on ', 'They announced on ', 'He said the talks would resume on '],
};

/**
 * A day told with a verb of reporting ("said on Wednesday", "announced late Tuesday", "told reporters on
 * Friday"): the report's day, which a day told with the agreement itself soon after beats when it is
 * earlier ("…; late on Tuesday the two sides had signed …"). Tested on the words just before the date.
 */
export const REPORTING_BEFORE: DateCue = {
  name: 'a day told with a verb of reporting',
  re: /\b(?:said|says|announced|announces|told\s+(?:\w+\s+){0,2}?(?:reporters|journalists|lawmakers|parliament|the\s+\w+)|stated|confirmed|declared|reported|added|wrote|tweeted|posted|briefed\s+\w+)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i,
  should: ['The foreign ministry said on ', 'officials announced late ', 'the minister told reporters on ', 'Officials confirmed '],
  shouldNot: ['The two sides signed the accord on ', 'They met on ', 'the deal was reached late on '],
};

/** The agreement's own verb just before a day ("signed the accord late on", "reached a deal on"). */
export const AGREEMENT_BEFORE: DateCue = {
  name: "a day told with the agreement's own verb",
  re: /\b(?:signed|sign|inked|initial(?:l)?ed|agreed|reached|concluded|sealed|struck|clinched|finali[sz]ed|ratified|exchanged|swapped)\b[^.;:]{0,60}$/i,
  should: ['the two ministers signed the accord late on ', 'the sides reached a deal on ', 'Late on Tuesday, after talks, they agreed '],
  shouldNot: ['The foreign ministry said on ', 'Talks began on ', 'The delegations met on '],
};

/** "last Monday": the weekday before the anchor's own, never the anchor's day itself. */
export const LAST_BEFORE: DateCue = {
  name: '"last" before a weekday',
  re: /\blast\s+$/i,
  should: ['the ministers met last '],
  shouldNot: ['the ministers met on ', 'at last, on '],
};

/**
 * A sentence worth parsing for a date: a month name with a day, a weekday, "today"/"yesterday"/"tonight",
 * or digits written as a date (29/01/2024, 2024-01-29). Month names and weekdays are capitalised, "today"
 * is lower case (or opens the sentence): "The Europe Today" is a masthead, "may 5" no date.
 */
export const DATE_WORDS: DateCue = {
  name: 'date words in a sentence',
  re: /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d|(?:January|February|March|April|June|July|August|September|October|November|December)\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening))\b|\d{1,2}[/.]\d{1,2}[/.]\d{4}\b|\d{4}-\d{2}-\d{2}\b)|^(?:Today|Yesterday)\b/,
  should: [
    'They met on Monday.',
    'Signed on 29th Jan, 2024.',
    'Signed on Jan. 29, 2024.',
    'on 29 January 2024',
    'announced today',
    'agreed this afternoon',
    'on 29/01/2024',
    'Today the two sides met.',
  ],
  shouldNot: ['The Europe Today reports.', 'They may meet again.', 'in 2011', 'It has 24 members.'],
};

/** A month name with a day and a year, for the text's own date when the page gives none. */
export const FULL_DATE_WORDS: DateCue = {
  name: 'a full date (day, month and year)',
  re: /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})\b/,
  should: ['on March 10, 2022.', 'on 29th Jan, 2024', 'on 29 January 2024', 'Sept. 14 2013'],
  shouldNot: ['in March 2022', 'on March 10', 'since 2011'],
};

/** A date read as a span from now, not a day of the report: "two days ago", "last week", "after a day of talks". */
export const RELATIVE_SPAN: DateCue = {
  name: 'a relative span, no day',
  re: /\b(?:tomorrow|ago|days?|weeks?|fortnight|months?|years?|hours?|minutes?)\b/i,
  should: ['two days ago', 'last week', 'after a day', 'tomorrow', 'in 10 days'],
  shouldNot: ['on Monday', 'Thursday morning', 'March 16', 'yesterday'],
};

/**
 * Words that place the news on another day than the report's, or leave it undated: a span back ("two
 * days ago", "last year", "ten years after"), a past year ("in 2019"), "recently", "over the weekend",
 * or a step still to come ("set to sign", "next week"). A report that names no day but holds one of
 * these in an event sentence is not given its publication day.
 */
export const PAST_SPAN: DateCue = {
  name: 'a span back from the report',
  re: /\b(?:ago|last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|(?:days?|weeks?|months?|years?)\s+(?:earlier|after|since)|the\s+(?:day|week)\s+before|in\s+(?:19|20)\d\d|previously|recently|over\s+the\s+weekend|(?:set|expected|due|scheduled|poised)\s+to|next\s+(?:week|month|year))\b/i,
  should: [
    'signed two days ago',
    'met last week',
    'agreed earlier this month',
    'three days earlier',
    'signed a border treaty in 2019',
    'ten years after the accord was adopted',
    'are set to sign the accord',
    'recently agreed',
  ],
  shouldNot: ['after three days of talks', 'signed today', 'earlier this morning', 'agreed on a plan'],
};

/** The report's own day or the one before: resolved against the anchor, never against the reader's clock. */
export const CASUAL_DAY: DateCue = {
  name: '"today", "tonight", "yesterday", "this afternoon"',
  re: /\b(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening))\b/i,
  should: ['today', 'yesterday', 'late yesterday', 'tonight', 'this afternoon', 'this morning'],
  shouldNot: ['on Monday', 'todays', 'two days ago', 'Monday afternoon', 'this week'],
};

export const DATE_CUES: DateCue[] = [
  EVENT_SENTENCE,
  DEADLINE_BEFORE,
  CLAUSE_BEFORE,
  LAST_BEFORE,
  REPORTED_SIGNING,
  REPORTING_BEFORE,
  AGREEMENT_BEFORE,
  DATE_WORDS,
  FULL_DATE_WORDS,
  RELATIVE_SPAN,
  PAST_SPAN,
  CASUAL_DAY,
];
