// The calendar's words in lower case, for the word lists that read dates around a place, a measure or
// a dateline (place-cues.ts, measure-grammar.ts, core/find-place.ts). Data only.

/** Month names, January first: a month's index is its position. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Their abbreviations as news copy writes them ("Sept" too; "May" has none). */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const;

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
