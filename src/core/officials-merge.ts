// Folds the drafts of find-officials.ts into one official per person (same folded surname, allowing one
// letter of spelling drift), keeps the fullest name and the first title and affiliation found, then
// collects every mention of the person: full names, surnames alone, "General Munir", "Amir-Abdollahian".

import type { Entity } from './gazetteer';
import type { Mention } from './types';
import type { OfficialDraft } from './find-officials';
import { foldName, surnameKeys, type NameSpan } from './find-names';
import type { RoleSpan } from './find-titles';
import type { Token } from './tokens';

export interface OfficialFound {
  name: string;
  parts: string[];
  title: string | null;
  affiliation: Entity | null;
  keys: string[];
  mentions: Mention[];
  tokStart: number;
  /** "Trump adviser X": the parts of the name whose side X is on. */
  boss?: string[];
  /** "his Indian counterpart X": the official X faces. */
  counterpartOf?: OfficialFound;
  /** A well-known leader the text names with no role ("Putin and Erdogan agreed"): no evidence of a side. */
  bare?: boolean;
  /** The first title found is a past one of a written side ("former Kenyan President X"). */
  former?: boolean;
  /** The side came from the list of well-known leaders, not from the text. */
  sideFromList?: boolean;
}

const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben', 'ould']);

/** "King Salman" is not "Abdulaziz bin Salman": a one-word name matches no name where that word is a father's name. */
function patronymOnly(full: string[], one: string[]): boolean {
  if (one.length !== 1) return false;
  const k = foldName(one[0] ?? '');
  for (let i = 1; i < full.length; i++) if (foldName(full[i] ?? '') === k) return PATRONYMIC.has((full[i - 1] ?? '').toLowerCase());
  return false;
}

/** Edit distance of at most one (a dropped, added or changed letter). */
function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 6) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

const sameKey = (a: string[], b: string[]): boolean => a.some((x) => b.some((y) => nearlyEqual(x, y)));

export function mergeOfficials(
  drafts: OfficialDraft[],
  names: NameSpan[],
  roles: RoleSpan[],
  tokens: Token[],
  text: string,
): OfficialFound[] {
  const out: OfficialFound[] = [];
  // exact surname keys index the people found so far; the fuzzy scan runs once per distinct key set
  const byKey = new Map<string, OfficialFound>();
  // spelling drift keeps the first letter: fuzzy comparisons only among people whose keys share it
  const byInitial = new Map<string, Set<OfficialFound>>();
  // bucketed by first letter and length: a fuzzy match keeps the first letter and changes the length by one at most
  const bucket = (k: string, d = 0): string => `${k[0] ?? ''}${k.length + d}`;
  const index = (o: OfficialFound, keys: string[]): void => {
    for (const k of keys) {
      const list = byInitial.get(bucket(k)) ?? new Set<OfficialFound>();
      list.add(o);
      byInitial.set(bucket(k), list);
    }
  };
  const candidates = (keys: string[]): OfficialFound[] => {
    const seen = new Set<OfficialFound>();
    for (const k of keys) for (const d of [-1, 0, 1]) for (const o of byInitial.get(bucket(k, d)) ?? []) seen.add(o);
    return [...seen];
  };
  const lookup = (keys: string[], parts: string[], title: string | null): OfficialFound | undefined => {
    const exact = byFull.get(parts.map(foldName).join(' '));
    if (exact) return exact;
    // "King Salman" after "King Salman bin Abdulaziz": the given name with the same title
    const given = parts.length === 1 && title ? byGiven.get(`${foldName(parts[0] ?? '')}|${title}`) : undefined;
    if (given) return given;
    for (const k of keys) {
      const hit = byKey.get(k);
      if (hit && !patronymOnly(hit.parts, parts) && !patronymOnly(parts, hit.parts)) return hit;
    }
    const o = candidates(keys).find((x) => sameKey(x.keys, keys) && !patronymOnly(x.parts, parts) && !patronymOnly(parts, x.parts));
    if (o) for (const k of keys) if (!byKey.has(k)) byKey.set(k, o);
    return o;
  };
  const found = new Map<OfficialDraft, OfficialFound>();
  const byFull = new Map<string, OfficialFound>();
  const byGiven = new Map<string, OfficialFound>();
  const known = new Set<OfficialFound>();
  for (const d of drafts) {
    const keys = surnameKeys(d.parts);
    const o = lookup(keys, d.parts, d.title);
    if (o && d.known) known.add(o);
    if (!o) {
      const fresh: OfficialFound = {
        name: d.display,
        parts: d.parts,
        title: d.title,
        affiliation: d.affiliation,
        keys,
        mentions: [],
        tokStart: d.tokStart,
        boss: d.boss,
        former: d.former,
      };
      if (d.counterpartOf) fresh.counterpartOf = found.get(d.counterpartOf);
      found.set(d, fresh);
      if (d.known) known.add(fresh);
      byFull.set(d.parts.map(foldName).join(' '), fresh);
      if (d.parts.length > 1 && d.title) byGiven.set(`${foldName(d.parts[0] ?? '')}|${d.title}`, fresh);
      out.push(fresh);
      index(fresh, keys);
      for (const k of keys) if (!byKey.has(k)) byKey.set(k, fresh);
      continue;
    }
    found.set(d, o);
    if (d.parts.length > o.parts.length) {
      o.parts = d.parts;
      o.name = d.display;
    }
    o.boss ??= d.boss;
    if (d.counterpartOf && !o.counterpartOf) {
      const c = found.get(d.counterpartOf);
      if (c !== o) o.counterpartOf = c;
    }
    for (const k of keys)
      if (!o.keys.includes(k)) {
        o.keys.push(k);
        if (!byKey.has(k)) byKey.set(k, o);
      }
    index(o, keys);
    // a rank is a weaker role than a title from the lexicon
    if (!o.title || (isRankLike(o.title) && d.title && !isRankLike(d.title))) o.title = d.title ?? o.title;
    o.affiliation ??= d.affiliation;
  }
  // a name known only from a side's possessive ("Russia's Sergey Lavrov") is an official only once a title is found for it
  let kept = 0;
  for (const o of out) {
    // a well-known leader named with no role anywhere in the text: the role is theirs
    if (!o.title && known.has(o)) {
      o.title = 'Leader';
      o.bare = true;
    }
    if (o.title) out[kept++] = o;
  }
  out.length = kept;
  const rankEnd = new Map<number, RoleSpan>();
  for (const r of roles) if (r.kind !== 'title') rankEnd.set(r.tokEnd, r);
  const nameCache = new Map<string, OfficialFound | null>();
  for (const n of names) {
    let o = nameCache.get(n.text);
    if (o === undefined) {
      const keys = surnameKeys(n.parts);
      // the person of exactly that name first ("King Salman" beside "Abdulaziz bin Salman")
      const exact = byFull.get(n.parts.map(foldName).join(' '));
      o = exact?.title
        ? exact
        : (candidates(keys).find(
            (x) => sameKey(x.keys, keys) && (n.parts.length === 1 || firstPartFits(x.parts, n.parts)) && !patronymOnly(x.parts, n.parts),
          ) ?? null);
      nameCache.set(n.text, o);
    }
    if (!o) continue;
    let start = n.start;
    const r = rankEnd.get(n.tokStart);
    if (r && tokens[r.tokStart]) start = tokens[r.tokStart]?.start ?? start;
    o.mentions.push({ start, end: n.end, text: text.slice(start, n.end) });
  }
  return out;
}

/** "Asim Munir" fits "Syed Asim Munir"; "Kim Jong-un" fits itself; "Tom Munir" does not. */
function firstPartFits(full: string[], part: string[]): boolean {
  const f = full.map(foldName);
  const p = part.map(foldName);
  if (p.length > 1 && p.some((x) => f.includes(x))) {
    const first = p[0] ?? '';
    return f.includes(first) || f.some((x) => nearlyEqual(x, first)) || f.join('').endsWith(p.join(''));
  }
  return true;
}

const isRankLike = (t: string): boolean =>
  /^(General|Lieutenant General|Major General|Admiral|Mullah|Maulana|Ayatollah|Brig|Col|Maj)/i.test(t);
