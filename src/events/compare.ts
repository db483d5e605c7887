// How two reports' facts compare: the same person under two spellings, the same measure in two
// wordings, two dates a few days apart. Shared by grouping (group-events.ts) and merging (merge.ts).
// Pure and small: every comparison is over a report's handful of facts.

/** Honorifics and particles that do not tell people apart. */
const HONORIFICS = new Set([
  'sheikh',
  'shaikh',
  'prince',
  'dr',
  'mr',
  'mrs',
  'ms',
  'sir',
  'general',
  'gen',
  'president',
  'king',
  'his',
  'her',
  'excellency',
  'syed',
  'sayyid',
]);

/** A name's words, folded (case, accents, hyphens), honorifics dropped. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]+/gu, ' ')
    .split(/[\s'-]+/)
    .filter((w) => w.length > 1 && !HONORIFICS.has(w));
}

/**
 * True when two names can be the same person: the shorter one's words all occur in the longer one,
 * and they end alike ("Trump" / "Donald Trump", "Amir-Abdollahian" / "Hossein Amir Abdollahian"), but
 * not "Mohammed bin Zayed" / "Abdullah bin Zayed".
 */
export function samePerson(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.at(-1) !== long.at(-1)) return false;
  const words = new Set(long);
  return short.every((w) => words.has(w));
}

/** Words that say nothing of what a measure is. */
const STOP = new Set([
  'the',
  'and',
  'for',
  'with',
  'each',
  'other',
  'their',
  'between',
  'both',
  'two',
  'sides',
  'countries',
  'into',
  'from',
  'that',
  'this',
  'will',
  'would',
  'also',
  'agree',
  'agreed',
  'agreement',
]);

/** A measure's content words by a five-letter stem ("deploy military liaison officers" → depl, milit, liais, offic). */
export function measureStems(text: string): Set<string> {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOP.has(w));
  return new Set(words.map((w) => w.slice(0, 5)));
}

/** True when two measures share at least half of the shorter one's content words (and at least two, or its only one). */
export function sameMeasure(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared >= Math.min(2, small.size) && shared / small.size >= 0.5;
}

const DAY_MS = 86_400_000;

/** Whole days between two ISO dates; null when either is missing or invalid. */
export function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const x = Date.parse(`${a}T00:00:00Z`);
  const y = Date.parse(`${b}T00:00:00Z`);
  if (Number.isNaN(x) || Number.isNaN(y)) return null;
  return Math.round(Math.abs(x - y) / DAY_MS);
}

/** A place folded for comparison ("Rawalpindi" / "rawalpindi"). */
export const placeKey = (place: string) =>
  place
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
