// When is each sentence of a report told? A report's news is of its own day; a sentence dated before it
// (an earlier year, "last November", an earlier month of the year) is backstory, and so is a sentence that
// names no time of its own after one that was: a narrative stays at the time it last told ("The treaty
// was signed in 1960. Under it, India agreed to …"), until a sentence tells a time of the report's own
// ("On Tuesday, the ministers signed …"). Detection (detect-agreement.ts) counts no backstory as evidence.
import { AHEAD_BEFORE_MONTH, DATING_MONTH, DATING_YEAR, FRESH_DAY, NOW_DONE, PAST_PERFECT, PAST_TIME } from '../model/agreement-evidence';
import { parseIso } from './find-date';
import { monthIndex } from './month-index';

const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/g;
/** Any year at all: the cheap check before DATING_YEAR. */
const YEAR_PRESENT = /\b(?:1[5-9]|20)\d\d\b/;

/**
 * The page's own year: its publication year, else the latest year it names. A sentence dated before it is
 * background. (With a publication date, a target year ahead — "by 2030" — must not push the signing back.)
 */
function latestYear(text: string, publishedDate: string | null | undefined): number {
  const published = Number(publishedDate?.slice(0, 4)) || 0;
  if (published) return published;
  let y = 0;
  for (const m of text.matchAll(YEAR)) y = Math.max(y, Number(m[1]));
  return y;
}

/**
 * A sentence dated before the report: to an earlier year than the page's latest ("signed in 1648", "on 28
 * June 1919"; a year that names an instrument, "the 1982 UNCLOS", dates nothing: DATING_YEAR), by a time
 * told relative to it ("twenty-five years ago", "last November": PAST_TIME), or, where the publication day
 * is known, to an earlier month of its year or a day more than a fortnight before it ("in July":
 * DATING_MONTH; a later month or day may be a deadline ahead, "by January 26", and dates nothing; so does
 * a month after "will" or "to sign"). A sentence that tells its own fresh day ("on Thursday") is never
 * dated back by a relative time or a month: it is the report's news (FRESH_DAY).
 */
function isDatedBefore(sentence: string, latest: number, published: Day | null): boolean {
  if (YEAR_PRESENT.test(sentence)) {
    for (const m of sentence.matchAll(DATING_YEAR.re)) if (Number(m[1] ?? m[2] ?? m[3]) < latest) return true;
  }
  // a sentence that tells its own fresh day is this report's news, whatever earlier time it also names
  if (FRESH_DAY.re.test(sentence)) return false;
  if (PAST_TIME.re.test(sentence)) return true;
  if (!published) return false;
  for (const m of sentence.matchAll(DATING_MONTH.re)) {
    // "agreed to sign the treaty in January", "will meet in March": a time ahead dates nothing back
    if (AHEAD_BEFORE_MONTH.test(sentence.slice(0, m.index))) continue;
    const month = monthIndex(m[1] ?? m[4] ?? '');
    const day = Number(m[2] ?? m[3]) || 0;
    // a later month or day may be a deadline ahead as well as last year's: only the year's earlier days tell
    if (month < 0 || month > published.month) continue;
    if (!day) {
      if (month < published.month) return true;
      continue;
    }
    const days = (Date.UTC(published.year, published.month, published.day) - Date.UTC(published.year, month, day)) / 86_400_000;
    if (days > BACKSTORY_DAYS) return true;
  }
  return false;
}

/** A day told in a sentence more than this many days before publication is an earlier step. */
const BACKSTORY_DAYS = 14;

interface Day {
  year: number;
  /** 0 = January */
  month: number;
  day: number;
}

function publicationDay(publishedDate: string | null | undefined): Day | null {
  const t = parseIso(publishedDate ?? null);
  if (t === null) return null;
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() };
}

/**
 * The time a sentence tells of its own: before the report (an aside in the past perfect, which does not
 * move the narrative, or a narrative step that does), the report's own, or none.
 */
function timeTold(sentence: string, latest: number, published: Day | null): 'aside' | 'before' | 'now' | null {
  if (isDatedBefore(sentence, latest, published)) return PAST_PERFECT.re.test(sentence) ? 'aside' : 'before';
  if (FRESH_DAY.re.test(sentence) || NOW_DONE.re.test(sentence)) return 'now';
  if (YEAR_PRESENT.test(sentence) && sentence.search(DATING_YEAR.re) >= 0) return 'now';
  if (sentence.search(DATING_MONTH.re) >= 0) return 'now';
  return null;
}

/**
 * For each sentence, whether it is backstory: told before the report, or telling no time of its own
 * after a sentence that moved the narrative back.
 */
export function pastSentences(
  sentences: ReadonlyArray<{ text: string }>,
  text: string,
  publishedDate: string | null | undefined,
): boolean[] {
  const isPast = pastSentenceTest(sentences, text, publishedDate);
  return sentences.map((_, i) => isPast(i));
}

/**
 * pastSentences as a test of one sentence at a time, read on demand: a sentence's own time is read once,
 * and only back to the last sentence that told one, so a page asks for the few sentences that matter
 * without reading the time of all the others. (The page's latest year is read on first need.)
 */
export function pastSentenceTest(
  sentences: ReadonlyArray<{ text: string }>,
  text: string,
  publishedDate: string | null | undefined,
): (i: number) => boolean {
  let latest = -1;
  const published = publicationDay(publishedDate);
  const told: Array<ReturnType<typeof timeTold> | undefined> = new Array(sentences.length);
  const toldAt = (i: number): ReturnType<typeof timeTold> => {
    let t = told[i];
    if (t === undefined) {
      if (latest < 0) latest = latestYear(text, publishedDate);
      t = timeTold(sentences[i]?.text ?? '', latest, published);
      told[i] = t;
    }
    return t;
  };
  // the narrative's time after sentence i ('before' or 'now'), once known
  const after: Array<'before' | 'now' | undefined> = new Array(sentences.length);
  const narrativeAfter = (i: number): 'before' | 'now' => {
    // back to the last sentence whose narrative time is known or that moved it, then forward again
    let j = i;
    let state: 'before' | 'now' = 'now';
    for (; j >= 0; j--) {
      const known = after[j];
      if (known !== undefined) {
        state = known;
        break;
      }
      const t = toldAt(j);
      if (t === 'before' || t === 'now') {
        state = t;
        break;
      }
    }
    for (let k = Math.max(j, 0); k <= i; k++) after[k] = state;
    return state;
  };
  return (i) => {
    if (i < 0 || i >= sentences.length) return false;
    const t = toldAt(i);
    if (t === 'aside') return true;
    if (t === 'before' || t === 'now') return t === 'before';
    return i > 0 && narrativeAfter(i - 1) === 'before';
  };
}
