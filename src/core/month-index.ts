// A month word as its index (0 = January), read from the calendar's words (model/calendar.ts).

import { MONTHS, MONTH_ABBREVIATIONS } from '../model/calendar';

/**
 * The index of a month written in full or abbreviated ("Sept", "Jan."), in any case, or -1: never a word
 * that only starts like one ("Junction").
 */
export function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = (MONTHS as readonly string[]).indexOf(w);
  if (full >= 0) return full;
  return (MONTH_ABBREVIATIONS as readonly string[]).includes(w)
    ? (MONTHS as readonly string[]).findIndex((m) => m.startsWith(w.slice(0, 3)))
    : -1;
}
