// One sentence generated from the facts: who agreed what, where, when and between whom.

import type { Facts } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function list(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/**
 * Nominal phrases read "agreed on X"; verbal ones "agreed to X". A phrase is nominal when it opens
 * with a determiner, a noun suffix or an adjective suffix ("collaborative efforts", "continuous
 * dialogue"); measures that open with a verb ("deploy …", "resume …") have none of these.
 */
const NOMINAL =
  /^(?:a|an|the|their|[a-z]+(?:ion|ment|ity|ness|ance|ence|ing|ive|ous|ic|ary|ful|ible|able)|immediate|direct|joint|mutual|strict|stronger|enhanced|regional|military|intelligence|national|bilateral)\b/i;

export function summarize(f: Pick<Facts, 'isAgreement' | 'parties' | 'measures' | 'officials' | 'location' | 'date'>): string {
  if (!f.isAgreement || f.parties.length === 0) return '';
  const who = list(f.parties.map((p) => p.name));
  const what = f.measures.slice(0, 2).map((m) => (NOMINAL.test(m.text) ? `on ${m.text}` : `to ${m.text}`));
  let s = what.length ? `${who} agreed ${list(what)}` : `${who} reached an agreement`;
  if (f.location) s += `, at a meeting in ${f.location}`;
  if (f.date) s += `${f.location ? '' : ','} on ${longDate(f.date)}`;
  const people = f.officials.filter((o) => o.affiliation && f.parties.some((p) => p.name === o.affiliation)).slice(0, 3);
  if (people.length >= 2) {
    s += ` between ${list(people.map((o) => `${o.affiliation}'s ${o.title ? `${o.title} ` : ''}${o.name}`))}`;
  }
  return `${s}.`;
}
