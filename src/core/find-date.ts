// The date of the event itself. In order: an explicit date with a year in a sentence about the
// meeting or signing ("signed … on Feb. 29, 2020"); else a weekday, "today" or "yesterday" in such a
// sentence, resolved against the dateline's date or the publication date (the most recent such day on or
// before it). A weekday may stand bare after a verb ("agreed Thursday"), but not after "next", "by",
// "until" and the like. A dateline without a year ("TOKYO, March 16 (Reuters) -") takes the publication
// date's year. Dates that start or end something ("from February 25", "by March 10") and datelines
// themselves are not event dates. When unsure, null.

import { eachMatch } from './scan';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE_RE = new RegExp(`\\b(?:(\\d{1,2})\\s+${MONTH}\\.?,?(?:\\s+(\\d{4}))?|${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?)\\b`, 'g');
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// "On Monday" may open a sentence; "Today" stays lower-case only, since it is also a masthead word.
const RELATIVE_RE = /\b(?:(?:[Oo]n|[Tt]his|[Ll]ast|[Ll]ate\s+on|[Ee]arly\s+on)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b|\b(today|yesterday)\b/g;
/** Words before a bare weekday that make it a deadline or a future day, not the event's day. */
const NOT_EVENT_WEEKDAY = /\b(?:next|coming|following|from|since|until|till|by|before|after|through|starting|effective|as\s+of|between|and|or|to)\s+$|[-\u2013,]\s*$/i;
const EVENT = /\b(?:sign\w*|inked|received|hosted|agree\w*|met|meet|meeting|held|announc\w*|reached|shook\s+hands|concluded|talks|summit|ceremony|decision|declaration|statement|visit\w*|ceasefire|deal|pact)\b/i;
const NOT_EVENT_BEFORE = /\b(?:from|since|until|till|by|starting|effect|effective|before|after|as\s+of|through|between|beginning|end(?:ing)?|midnight|on\s+or\s+before)\s+(?:\S+\s+){0,2}$|[-\u2013]$/i;

export interface DateContext {
  text: string;
  sentences: Array<{ start: number; end: number; text: string }>;
  publishedDate: string | null;
}

const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function toUtc(isoDate: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

function parse(m: RegExpMatchArray, refYear: number | null): { iso: string; hasYear: boolean } | null {
  const day = Number(m[1] ?? m[5]);
  const mon = MONTHS.indexOf((m[2] ?? m[4] ?? '').slice(0, 3).toLowerCase()) + 1;
  const yearText = m[3] ?? m[6];
  const year = yearText ? Number(yearText) : refYear;
  if (!year || mon < 1 || day < 1 || day > 31) return null;
  return { iso: iso(year, mon, day), hasYear: !!yearText };
}

/** The dateline's date: a full date in the first line-start stretch before ":" or " - " or "(". */
export function findDatelineDate(text: string, publishedDate: string | null = null): { iso: string; end: number } | null {
  const head = text.slice(0, 400);
  const pub = publishedDate ? toUtc(publishedDate) : null;
  for (const m of eachMatch(DATE_RE, head)) {
    const p = parse(m, null) ?? yearless(m, pub);
    const lineStart = head.lastIndexOf('\n', m.index ?? 0) + 1;
    const rest = head.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
    if (p && (m.index ?? 0) - lineStart < 60 && /^[^.]{0,35}(?::|\s[-\u2013\u2014]\s|\()/.test(rest)) return { iso: p.iso, end: (m.index ?? 0) + m[0].length };
  }
  return null;
}

/** A yearless date read in the publication date's year (the year before when it would fall after it). */
function yearless(m: RegExpMatchArray, pub: Date | null): { iso: string; hasYear: boolean } | null {
  if (!pub) return null;
  const p = parse(m, pub.getUTCFullYear());
  if (!p) return null;
  if ((toUtc(p.iso)?.getTime() ?? 0) > pub.getTime()) return parse(m, pub.getUTCFullYear() - 1);
  return p;
}

export function findDate(ctx: DateContext): string | null {
  const dateline = findDatelineDate(ctx.text, ctx.publishedDate);
  const ref = dateline?.iso ?? ctx.publishedDate ?? null;
  const refDate = ref ? toUtc(ref) : null;
  const refYear = refDate ? refDate.getUTCFullYear() : null;
  for (const s of ctx.sentences) {
    if (!EVENT.test(s.text)) continue;
    for (const m of eachMatch(DATE_RE, s.text)) {
      const abs = s.start + (m.index ?? 0);
      if (dateline && abs < dateline.end && abs >= dateline.end - m[0].length - 2) continue;
      if (NOT_EVENT_BEFORE.test(s.text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0))) continue;
      const p = parse(m, refYear);
      if (!p?.hasYear) continue;
      if (refDate && (toUtc(p.iso)?.getTime() ?? 0) > refDate.getTime()) continue;
      return p.iso;
    }
  }
  if (!refDate) return null;
  for (const s of ctx.sentences) {
    if (!EVENT.test(s.text)) continue;
    for (const m of eachMatch(RELATIVE_RE, s.text)) {
      const bare = m[1] !== undefined && m[0].length === m[1].length;
      if (bare && NOT_EVENT_WEEKDAY.test(s.text.slice(Math.max(0, (m.index ?? 0) - 16), m.index ?? 0))) continue;
      const word = (m[1] ?? m[2] ?? '').toLowerCase();
      const d = new Date(refDate.getTime());
      if (word === 'yesterday') d.setUTCDate(d.getUTCDate() - 1);
      else if (word !== 'today') {
        const back = (d.getUTCDay() - WEEKDAYS.indexOf(word) + 7) % 7;
        d.setUTCDate(d.getUTCDate() - back);
      }
      return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
  }
  return null;
}
