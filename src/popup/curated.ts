// What the bundled model knows of a recognised event that the page itself does not say: shown in
// the popup beside the page's facts, marked as curated, so a reader sees both and can tell them apart.
import type { Facts, KnownEventRecord } from '../core/types';

export interface CuratedExtras {
  parties: string[];
  officials: KnownEventRecord['officials'];
  measures: string[];
  date: string | null;
  place: string | null;
  context: string[];
}

const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9 ]+/g, ' ')
      .split(' ')
      .filter((w) => w.length > 3)
      .map((w) => w.slice(0, 6)),
  );

/** True when most of `a`'s content words (by a six-letter stem) appear in one of `others`. */
function saidAlready(a: string, others: string[]): boolean {
  const mine = words(a);
  if (mine.size === 0) return true;
  return others.some((o) => {
    const theirs = words(o);
    let shared = 0;
    for (const w of mine) if (theirs.has(w)) shared++;
    return shared / mine.size >= 0.5;
  });
}

/** The last name, with compound surnames folded ("Amir-Abdollahian" and "Amir Abdollahian" meet). */
const surname = (name: string) =>
  name
    .trim()
    .split(/[\s-]+/)
    .pop()
    ?.toLowerCase() ?? '';

/** The curated facts of the page's known event that the page's own facts lack; null when there is no record. */
export function curatedExtras(facts: Facts): CuratedExtras | null {
  const record = facts.knownEvent?.record;
  if (!record) return null;
  const names = new Set(facts.parties.map((p) => p.name.toLowerCase()));
  const people = new Set(facts.officials.map((o) => surname(o.name)));
  return {
    parties: record.parties.filter((p) => !names.has(p.toLowerCase())),
    officials: record.officials.filter((o) => !people.has(surname(o.name))),
    measures: record.measures.filter(
      (m) =>
        !saidAlready(
          m,
          facts.measures.map((x) => x.text),
        ),
    ),
    date: facts.date ? null : record.date,
    place: facts.location ? null : record.place,
    context: record.context.filter(
      (c) =>
        !saidAlready(
          c,
          facts.context.map((x) => x.text),
        ),
    ),
  };
}
