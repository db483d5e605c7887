// Affiliations the drafts could not read next to a name: a well-known leader's state, an official named
// in the title, the one side left without an official, the one side named in the introducing sentence,
// the dateline's country. Run after merging (fillLeaders) and after the parties are chosen (fillAffiliations).

import type { Entity } from './gazetteer';
import { phrasesFor, stateByCode } from './gazetteer';
import { LEADERS, OFFICE_STATES } from '../model/leaders';
import { MEETING_WORDS, STATE_OFFICE_WORDS } from '../model/titles';
import type { Sentence } from './segment';
import type { EntityMention } from './find-entities';
import { foldName, surnameKeys } from './find-names';
import type { OfficialFound } from './officials-merge';

/**
 * Officials with no affiliation in the text: a well-known leader's state; else, when exactly one
 * side has no official yet, that side ("the meeting between Iran's FM and the army chief"); else the
 * dateline's country for a locally reported host.
 */
export function fillLeaders(officials: OfficialFound[]): void {
  const folded = foldedLeaders();
  const { byFull, bySurname } = leaderIndex(folded);
  const leaderOf = (parts: string[]): string | undefined => {
    const key = foldName(parts.join(' '));
    const keys = surnameKeys(parts);
    // the surname itself, not a family name shared by many ("Kim You-geun" is not "Kim Jong-un"); a name
    // of several parts also needs one of its other parts ("Omar Bashir" is "Omar al-Bashir", "Jalil Khan" is not "Imran Khan")
    const others = parts.slice(0, -1).map(foldName);
    return (byFull.get(key) ??
      bySurname.get(keys[0] ?? '')?.find(([, , , given]) => others.length === 0 || others.some((p) => given.includes(p))))?.[2];
  };
  for (const o of officials) {
    // (a former office holder may now act for someone else: "former Kenyan President X" on a mediators' panel)
    if (o.affiliation || o.former) continue;
    // "envoy of President-elect Donald Trump": a leader named in the title gives the state
    const inTitle = foldName(o.title ?? '');
    const code =
      leaderOf(o.parts) ??
      (inTitle ? folded.find(([full]) => inTitle.includes(full))?.[2] : undefined) ??
      OFFICE_STATES.find(([t]) => t === o.title || o.title?.endsWith(` ${t}`))?.[1];
    if (code) {
      o.affiliation = stateByCode(code);
      o.sideFromList = true;
    }
  }
  // "envoy of Prime Minister X": another official named in the title gives that official's side
  let named: Array<[OfficialFound, string]> | null = null;
  for (const o of officials) {
    // only a title that runs on ("… of/to/for …") can name another official
    if (o.affiliation || !o.title || !/ (?:of|to|for) /.test(o.title)) continue;
    named ??= officials.filter((x) => x.affiliation && x.parts.length > 1).map((x): [OfficialFound, string] => [x, foldName(x.name)]);
    const inTitle = foldName(o.title);
    const boss = named.find(([x, f]) => x !== o && inTitle.includes(f))?.[0];
    if (boss) o.affiliation = boss.affiliation;
  }
  // "Trump adviser X": the side of the person named before the title (an official here, or a leader)
  const sideByKey = new Map<string, OfficialFound>();
  for (const x of officials) if (x.affiliation) for (const k of x.keys) if (!sideByKey.has(k)) sideByKey.set(k, x);
  for (const o of officials) {
    if (o.affiliation || !o.boss) continue;
    const keys = surnameKeys(o.boss);
    const boss = keys.map((k) => sideByKey.get(k)).find((x) => x && x !== o);
    const code = boss ? null : leaderOf(o.boss);
    o.affiliation = boss?.affiliation ?? (code ? stateByCode(code) : null);
  }
}

let leadersFolded: Array<[full: string, surnames: string[], code: string, given: string[]]> | null = null;

type FoldedLeader = [full: string, surnames: string[], code: string, given: string[]];
let leadersIndexed: { of: FoldedLeader[]; byFull: Map<string, FoldedLeader>; bySurname: Map<string, FoldedLeader[]> } | null = null;

/**
 * The folded leaders by full name (the first with it) and by each surname key (in list order): the
 * answers of a `find` over the list, read by key.
 */
function leaderIndex(folded: FoldedLeader[]): { byFull: Map<string, FoldedLeader>; bySurname: Map<string, FoldedLeader[]> } {
  if (leadersIndexed?.of === folded) return leadersIndexed;
  const byFull = new Map<string, FoldedLeader>();
  const bySurname = new Map<string, FoldedLeader[]>();
  for (const l of folded) {
    if (!byFull.has(l[0])) byFull.set(l[0], l);
    for (const k of new Set(l[1])) {
      const list = bySurname.get(k) ?? [];
      list.push(l);
      bySurname.set(k, list);
    }
  }
  leadersIndexed = { of: folded, byFull, bySurname };
  return leadersIndexed;
}

/** LEADERS with full name, surname keys and other parts folded once (foldName is not cheap). */
function foldedLeaders(): Array<[full: string, surnames: string[], code: string, given: string[]]> {
  leadersFolded ??= LEADERS.map(([n, code]) => {
    const parts = n.split(' ');
    return [foldName(n), surnameKeys(parts), code, parts.slice(0, -1).map(foldName)];
  });
  return leadersFolded;
}

export function fillAffiliations(
  officials: OfficialFound[],
  parties: Entity[],
  datelineCity: string | null,
  sentences: Sentence[],
  entities: EntityMention[],
  /** The two sides ranked first, where a list of signatories adds more parties (all of `parties` else). */
  main: Entity[] = parties,
): void {
  // "his Indian counterpart X" with no side written: the other of two sides
  if (parties.length === 2) {
    for (const o of officials) {
      const c = o.counterpartOf;
      if (o.affiliation || !c?.affiliation || !parties.includes(c.affiliation)) continue;
      o.affiliation = parties.find((p) => p !== c.affiliation) ?? null;
    }
  }
  const uncovered = parties.filter((p) => !officials.some((o) => o.affiliation === p));
  const loose = officials.filter((o) => !o.affiliation);
  if (uncovered.length === 1 && uncovered[0] && loose.length === 1 && loose[0]) loose[0].affiliation = uncovered[0];
  // "held talks with Foreign Minister X": same title as the other side's minister → the host side
  if (parties.length === 2) {
    for (const o of officials) {
      if (o.affiliation || !o.title) continue;
      const twin = officials.find((x) => x !== o && x.title === o.title && x.affiliation && parties.includes(x.affiliation));
      const other = twin && parties.find((p) => p !== twin.affiliation);
      if (other) o.affiliation = other;
    }
  }
  // the one side named in the sentence that introduces the official ("Caretaker Prime Minister X … Pakistan …")
  for (const o of officials) {
    const at = o.mentions[0]?.start;
    if (o.affiliation || at === undefined) continue;
    const sent = sentences[lastStartingBy(sentences, at)];
    if (!sent || !(at < sent.end)) continue;
    // every side or state the sentence names counts: "likened it to the treaties Israel signed with Egypt" names three
    const named = new Set<Entity>();
    for (let i = lastStartingBy(entities, sent.start - 1) + 1; i < entities.length; i++) {
      const m = entities[i];
      if (!m || m.start >= sent.end) break;
      if (m.end <= sent.end && !ownedByOther(officials, o, m)) named.add(m.entity);
    }
    const only = named.size === 1 ? [...named][0] : undefined;
    if (only && parties.includes(only)) o.affiliation = only;
  }
  // "A and B held talks with Sri Lanka's minister C": in a report on two sides, A and B are the other side
  if (parties.length === 2) {
    // the mentions of officials with a side, in text order, to look up the ones later in a sentence
    const sided: Array<{ start: number; end: number; side: Entity }> = [];
    for (const x of officials)
      if (x.affiliation && parties.includes(x.affiliation))
        for (const m of x.mentions) sided.push({ start: m.start, end: m.end, side: x.affiliation });
    sided.sort((a, b) => a.start - b.start);
    for (const o of officials) {
      const at = o.mentions[0];
      if (o.affiliation || !at) continue;
      const sent = sentences[lastStartingBy(sentences, at.start)];
      if (!sent || !(at.start < sent.end)) continue;
      for (let i = lastStartingBy(sided, at.end) + 1; i < sided.length; i++) {
        const xm = sided[i];
        if (!xm || xm.end > sent.end) break;
        const between = ` ${sent.text
          .slice(at.end - sent.start, xm.start - sent.start)
          .toLowerCase()
          .replace(/[^a-z]+/g, ' ')} `;
        if (MEETING_WORDS.some((w) => between.includes(` ${w} `))) {
          o.affiliation = parties.find((p) => p !== xm.side) ?? null;
          break;
        }
      }
    }
  }
  // a host's official in a locally datelined report, when the host is a side
  if (datelineCity) {
    const cap = phrasesFor(datelineCity.split(' ')[0]?.toLowerCase() ?? '')?.find((p) => p.form === 'capital');
    for (const o of officials) if (!o.affiliation && cap && parties.includes(cap.entity)) o.affiliation = cap.entity;
  }
  // "President Thein Sein", "Cabinet minister Aung Min": when one state side alone has no official, the
  // state offices left without a side are that state's
  // (a side known only from the leaders list is still bare in the text)
  const isBare = (p: Entity): boolean => p.kind === 'state' && !officials.some((o) => o.affiliation === p && !o.sideFromList);
  const bareAll = parties.filter(isBare);
  // among the many signatories of a list, the one bare side of the two ranked first
  const bare = bareAll.length === 1 ? bareAll : main.filter(isBare);
  if (bare.length === 1 && bare[0]) {
    const state = bare[0];
    for (const o of officials) {
      const t = ` ${(o.title ?? '').toLowerCase()} `;
      // (a former office holder may now act for someone else: "former Deputy President X" on a mediators' panel)
      if (!o.affiliation && !o.former && STATE_OFFICE_WORDS.some((w) => t.includes(` ${w} `))) o.affiliation = state;
    }
  }
}

/**
 * True when mention `m` is another official's own affiliation written just before that official
 * ("army chief X and RSF commander Y": RSF is Y's side, not evidence for X).
 */
export function ownedByOther(officials: OfficialFound[], o: OfficialFound, m: EntityMention): boolean {
  for (const x of officials) {
    if (x === o || x.affiliation !== m.entity) continue;
    for (const mm of x.mentions) if (mm.start >= m.end && mm.start - m.end <= 40) return true;
  }
  return false;
}

/** Index of the last item whose start is at or before `at` (-1 if none); items sorted by start. */
function lastStartingBy(items: Array<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
