// The date of the event itself, read with chrono-node (MIT) and anchored on one reference day:
// the page's publication date; else the dateline's date ("ISLAMABAD, Jan 29 (Reuters) -"); else the
// latest full date the text gives (a photo caption's "Thursday, March 10, 2022") that is no deadline or
// background. Against that anchor a bare weekday ("on Monday") is the latest such day on or before it,
// "yesterday" the day before, and a date without a year ("March 16") falls in the anchor's year, or the
// year before when it would come after the anchor.
//
// Candidates are the dates in event sentences (the meeting, signing, announcement, agreement: the
// EVENT_SENTENCE cue), less those that start or end something ("from February 25", "by March 10"), those
// in a future or background clause ("is to host … on", "the original agreement, signed on") and ranges
// ("October 17 to 21"); with an anchor, never a day after it. News is told lead first, background and
// follow-ups after it, so the first candidate left wins; but a date within a week of the anchor wins over
// an older one ("FILE PHOTO: … signing ceremony, March 10, 2023" above this week's news). A weekday or a
// yearless date with no anchor, or no candidate: null.
//
// Cost: chrono runs only on sentences that hold date words (DATE_WORDS) and, for candidates, an event
// cue, and on at most MAX_PARSED of each kind, so a 1 MB text costs the same few milliseconds as a page.

import { Chrono, configuration, type ParsedResult } from 'chrono-node/en';
import {
  CASUAL_DAY,
  CLAUSE_BEFORE,
  DATE_WORDS,
  DEADLINE_BEFORE,
  EVENT_SENTENCE,
  FULL_DATE_WORDS,
  LAST_BEFORE,
  REPORTED_SIGNING,
  REPORTING_BEFORE,
  AGREEMENT_BEFORE,
  RELATIVE_SPAN,
  PAST_SPAN,
} from '../model/date-cues';

export interface DateContext {
  text: string;
  sentences: Array<{ start: number; end: number; text: string }>;
  publishedDate: string | null;
}

/** Sentences handed to chrono, at most, for the anchor and again for the candidates: the news is in the lead. */
const MAX_PARSED = 48;
/** Of a "sentence" longer than this (a text with no full stops), only its start is parsed. */
const MAX_SENTENCE_CHARS = 1000;
/** How far back from a date the future/background clause is looked for. */
const CLAUSE_WINDOW = 60;
/** How far back from a date the start/deadline words are looked for. */
const DEADLINE_WINDOW = 32;
/** The dateline is looked for in the first few non-empty lines of the text… */
const DATELINE_LINES = 4;
const DATELINE_HEAD = 600;
/** …as a date this close to the start of a line… */
const DATELINE_MAX_OFFSET = 60;
/** …followed soon by the dateline's end (":", " - ", "(", ")"). */
const DATELINE_END = /^[^.]{0,35}?(?::|\s[-\u2013\u2014]\s|\(|\))/;
const DAY_MS = 86_400_000;
/** The news is at most this many days older than its anchor; an older date (a file photo's, a past deal's) gives way to a recent one. */
const RECENT_DAYS = 7;
/** How far back a reporting verb may stand before its day ("said in a statement on"). */
const REPORTING_WINDOW = 40;
/** How many sentences after a day the report gives itself may tell the agreement's own. */
const REPORTED_LOOKAHEAD = 3;
/** A sentence without its closing marks (full stop, quotes, brackets), before its whole text is read for the agreement's verb. */
function withoutEndMarks(text: string): string {
  let end = text.length;
  while (end > 0 && '.;:!?"\'\u201d\u2019) \n\t'.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** How far before a day the agreement's verb may stand. */
const AGREEMENT_WINDOW = 80;

/** A calendar day as a UTC midnight timestamp. */
type Day = number;

const dayOf = (y: number, m: number, d: number): Day | null => {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  return back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? t : null;
};
const isoOf = (t: Day): string => new Date(t).toISOString().slice(0, 10);

/** A date written YYYY-MM-DD (a publication date) as its day, or null when it is no real date. */
export function parseIso(iso: string | null): Day | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

interface Anchor {
  day: Day;
  /** A weekday may be resolved against it (the page's or the dateline's date), not only a year. */
  full: boolean;
}

/** chrono's reference instant: noon of the anchor day in local time, so no time zone moves the day. */
function reference(anchor: Anchor | null): Date {
  const d = new Date(anchor?.day ?? Date.UTC(2000, 0, 1));
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12);
}

/**
 * chrono's parsers of clock times and of spans counted from the reference ("at 10 am", "within two
 * weeks", "two days later", "a week ago"): an event's day never comes from them (resolve() refuses
 * relative dates), and they hold chrono's costliest patterns — without them a cold first parse takes
 * a fraction of the time and a warm one half. By class name: the build keeps names (esbuild keepNames).
 */
export const NOT_DAY_PARSERS = new Set([
  'ENTimeExpressionParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);

let dayChrono: Chrono | null = null;

/** chrono's casual English, less the parsers that never name an event's day; made on first use. */
export function dayParser(): Chrono {
  if (dayChrono) return dayChrono;
  const config = configuration.createCasualConfiguration(false);
  config.parsers = config.parsers.filter((p) => !NOT_DAY_PARSERS.has(p.constructor.name));
  dayChrono = new Chrono(config);
  return dayChrono;
}

/** Never throws: chrono on odd input (it should not, but the core must not fail on a date). */
function parseSentence(text: string, anchor: Anchor | null): ParsedResult[] {
  try {
    return dayParser().parse(text.length > MAX_SENTENCE_CHARS ? text.slice(0, MAX_SENTENCE_CHARS) : text, reference(anchor));
  } catch {
    return [];
  }
}

/**
 * The calendar day a chrono result names, against the anchor; null when it names no single day (a month,
 * a range, "last week") or needs an anchor we lack.
 */
function resolve(r: ParsedResult, before: string, anchor: Anchor | null): Day | null {
  if (r.end || ambiguousDigits(r.text)) return null;
  const s = r.start;
  const words = r.text.toLowerCase();
  if (CASUAL_DAY.re.test(words)) {
    // chrono certifies the day from its reference; ours is the anchor, and only a page's or dateline's date will do
    if (!anchor?.full || !casualWordOk(r)) return null;
    return words.includes('yesterday') ? anchor.day - DAY_MS : anchor.day;
  }
  // "two days ago", "last week", "tomorrow", "in 10 days": no day of a reported event
  if (r.tags().has('result/relativeDate') || RELATIVE_SPAN.re.test(words)) return null;
  if (s.isCertain('day') && s.isCertain('month')) {
    const month = s.get('month') ?? 0;
    const day = s.get('day') ?? 0;
    if (s.isCertain('year')) return dayOf(s.get('year') ?? 0, month, day);
    if (!anchor) return null;
    const year = new Date(anchor.day).getUTCFullYear();
    const same = dayOf(year, month, day);
    return same !== null && same > anchor.day ? dayOf(year - 1, month, day) : same;
  }
  if (!anchor?.full) return null;
  const weekday = s.isCertain('weekday') ? s.get('weekday') : null;
  if (weekday === null || weekday === undefined || s.isCertain('day')) return null;
  let back = (new Date(anchor.day).getUTCDay() - weekday + 7) % 7;
  if (back === 0 && (LAST_BEFORE.re.test(before) || /^last\s/i.test(r.text))) back = 7;
  return anchor.day - back * DAY_MS;
}

/** "03/04/2024": day and month could be either way round, so no date. */
function ambiguousDigits(text: string): boolean {
  const m = /(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}/.exec(text);
  return !!m && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2];
}

/** "today" in lower case, or opening the sentence: "The Europe Today" is a masthead. */
function casualWordOk(r: ParsedResult): boolean {
  return r.index === 0 || !/\b(?:Today|Yesterday|Tonight)\b/.test(r.text);
}

/** The text just before a result, back to a ";" or ":" and at most `window` characters. */
function textBefore(sentence: string, at: number, window: number): string {
  const from = Math.max(0, at - window);
  const stretch = sentence.slice(from, at);
  const cut = Math.max(stretch.lastIndexOf(';'), stretch.lastIndexOf(':'));
  return cut >= 0 ? stretch.slice(cut + 1) : stretch;
}

/** A date that starts, ends or schedules something, or a background one: not the event's day. */
function isSideDate(sentence: string, r: ParsedResult): boolean {
  // chrono may take "on" into its match ("on 29th Jan, 2024"): judge the words before the date itself
  const lead = /^on\s+/i.exec(r.text)?.[0].length ?? 0;
  const at = r.index + lead;
  if (DEADLINE_BEFORE.re.test(textBefore(sentence, at, DEADLINE_WINDOW))) return true;
  return CLAUSE_BEFORE.re.test(textBefore(sentence, at, CLAUSE_WINDOW)) && !reportedSigning(sentence, at);
}

/** Characters of "on " that chrono may take into its match: the words before the date are judged. */
const leadOn = (r: ParsedResult): number => /^on\s+/i.exec(r.text)?.[0].length ?? 0;

/** A side date told as a deadline or a start ("until Friday", "takes effect from June 5"). */
function isDeadlineDate(sentence: string, r: ParsedResult): boolean {
  return DEADLINE_BEFORE.re.test(textBefore(sentence, r.index + leadOn(r), DEADLINE_WINDOW));
}

/** Is the date told with a signing that an announcement reports (REPORTED_SIGNING)? */
function reportedSigning(sentence: string, at: number): boolean {
  return REPORTED_SIGNING.re.test(sentence.slice(Math.max(0, at - 500), at));
}

/** The dateline's date and where it ends in the text: a date near the start of one of the first lines, then ":", " - " or "(". */
export function findDatelineDate(text: string, publishedDate: string | null = null): { iso: string; start: number; end: number } | null {
  const pub = parseIso(publishedDate);
  const anchor: Anchor | null = pub === null ? null : { day: pub, full: true };
  let lineStart = 0;
  for (let line = 0; line < DATELINE_LINES && lineStart < DATELINE_HEAD; ) {
    const lineEnd = text.indexOf('\n', lineStart);
    const head = text.slice(lineStart, Math.min(lineEnd < 0 ? text.length : lineEnd, lineStart + 160));
    if (head.trim()) {
      line++;
      if (DATE_WORDS.re.test(head)) {
        for (const r of parseSentence(head, anchor)) {
          if (!isDatelineAt(text, r, lineStart + r.index)) continue;
          const day = resolve(r, '', anchor);
          if (day !== null) return { iso: isoOf(day), start: lineStart + r.index, end: lineStart + r.index + r.text.length };
        }
      }
    }
    if (lineEnd < 0) break;
    lineStart = lineEnd + 1;
  }
  return null;
}

/**
 * A full date that stands near the start of a line and is closed soon by ":", " - ", "(" or ")": a
 * dateline's. Not a weekday, and not a date in brackets ("On Thursday (Oct 15) the government …").
 */
function isDatelineAt(text: string, r: ParsedResult, at: number): boolean {
  if (!r.start.isCertain('day') || !r.start.isCertain('month') || /\(\s*$/.test(text.slice(Math.max(0, at - 2), at))) return false;
  // the line's start, looked for only as far back as a dateline's date may stand (never a scan of the whole text)
  const from = Math.max(0, at - DATELINE_MAX_OFFSET);
  if (from > 0 && !text.slice(from - 1, at).includes('\n')) return false;
  const end = at + r.text.trimEnd().length;
  return DATELINE_END.test(text.slice(end, end + 40));
}

/**
 * The latest full date (day, month, year) of an event sentence, outside deadlines and background: the
 * anchor of last resort. Not any date of the text: a stock photo's caption ("on March 29, 2014") is not the news.
 */
function textAnchor(ctx: DateContext): Anchor | null {
  let latest: Day | null = null;
  let parsed = 0;
  for (const s of ctx.sentences) {
    if (!FULL_DATE_WORDS.re.test(s.text) || !EVENT_SENTENCE.re.test(s.text)) continue;
    if (++parsed > MAX_PARSED) break;
    for (const r of parseSentence(s.text, null)) {
      if (!r.start.isCertain('year') || isSideDate(s.text, r)) continue;
      const day = resolve(r, '', null);
      if (day !== null && (latest === null || day > latest)) latest = day;
    }
  }
  return latest === null ? null : { day: latest, full: true };
}

export function findDate(ctx: DateContext): string | null {
  try {
    return pickDate(ctx);
  } catch {
    return null;
  }
}

function pickDate(ctx: DateContext): string | null {
  const dateline = findDatelineDate(ctx.text, ctx.publishedDate);
  const pub = parseIso(ctx.publishedDate);
  const anchor: Anchor | null =
    pub !== null ? { day: pub, full: true } : dateline ? { day: parseIso(dateline.iso) ?? 0, full: true } : textAnchor(ctx);
  let parsed = 0;
  let first: Day | null = null;
  // does an event sentence tell a date we could not take (background, a schedule, a month, a span of
  // days, digits either way round) or words that put the news on another day (PAST_SPAN)? Then a text
  // that names no day for its news is not given the page's. Deadlines do not count: they say when
  // something ends, not when the news happened; nor does a day told for something else ("fighting
  // resumed on Monday").
  let told = false;
  // a day the report gives itself ("said on Wednesday"), kept while the next sentences may tell the
  // agreement's own, earlier day
  let reported: { day: Day; until: number } | null = null;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si] as DateContext['sentences'][number];
    if (reported && si > reported.until) return isoOf(reported.day);
    if (!EVENT_SENTENCE.re.test(s.text)) continue;
    if (!told && PAST_SPAN.re.test(s.text)) told = true;
    if (!DATE_WORDS.re.test(s.text)) continue;
    if (++parsed > MAX_PARSED) break;
    // the sentence's first recent day, unless a later one is told with a signing the announcement
    // reports, or with the agreement where the first is the report's own
    let found: Day | null = null;
    let foundByReport = false;
    // the sentence ends on the agreement's verb and its object (read once per sentence)
    const agreementLast = AGREEMENT_BEFORE.re.test(withoutEndMarks(s.text));
    for (const r of parseSentence(s.text, anchor)) {
      const abs = s.start + r.index;
      if (isDatelineAt(ctx.text, r, abs)) continue;
      if (isSideDate(s.text, r)) {
        // anything but a deadline (background, a schedule, a span of days): the news may be of another day
        if (r.end || !isDeadlineDate(s.text, r)) told = true;
        continue;
      }
      const day = resolve(r, s.text.slice(Math.max(0, r.index - 8), r.index), anchor);
      // a date we cannot take ("in March 2019", a future day): the news is not then the page's day
      if (day === null || (anchor && day > anchor.day)) {
        told = true;
        continue;
      }
      if (anchor && anchor.day - day > RECENT_DAYS * DAY_MS) {
        first ??= day;
        continue;
      }
      const byReport = REPORTING_BEFORE.re.test(textBefore(s.text, r.index + leadOn(r), REPORTING_WINDOW));
      // the agreement's own day: its verb before it, in this sentence ("late on Tuesday the two sides
      // signed …" tells the verb after the day: the sentence is then read whole)
      const byAgreement = !byReport && (AGREEMENT_BEFORE.re.test(textBefore(s.text, r.index, AGREEMENT_WINDOW)) || agreementLast);
      if (reported) {
        if (byAgreement && day < reported.day) return isoOf(day);
        continue;
      }
      if (found === null) {
        found = day;
        foundByReport = byReport;
      } else if (day <= found && (reportedSigning(s.text, r.index) || (foundByReport && byAgreement))) {
        found = day;
        foundByReport = byReport;
      }
    }
    if (found !== null) {
      if (!foundByReport) return isoOf(found);
      reported ??= { day: found, until: si + REPORTED_LOOKAHEAD };
    }
  }
  if (reported) return isoOf(reported.day);
  if (first !== null) return isoOf(first);
  // a report that tells no day for its news tells the news of the day it is published
  if (told) return null;
  return pub !== null ? isoOf(pub) : dateline ? dateline.iso : null;
}
