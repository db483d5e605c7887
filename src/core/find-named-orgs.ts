// Organisations and armed groups the gazetteer does not know, recognised by the shape of their name
// (src/model/org-names.ts): capitalised words ending in a head noun ("the Hill Country National
// Liberation Front"), optionally followed by an acronym in brackets whose letters fit the name's initials
// ("(HCNLF)"). Each becomes an entity of the document with every exact mention of the name and of its
// acronym, so that party scoring sees it as a side (or not) like any known one. Not a state's organ ("the
// Pakistan Army"), a body named by generic words ("the Security Council"), a known organisation's organ
// ("the UN Security Council"), a title-case heading or a company ("… Bank Ltd").

import type { Entity } from './gazetteer';
import type { EntityMention } from './find-entities';
import {
  ORG_NAME_CORPORATE_AFTER,
  ORG_NAME_GENERIC,
  ORG_NAME_HEADS,
  ORG_NAME_LINKS,
  ORG_NAME_MAX_WORDS,
  ORG_NAME_NEVER_FIRST,
  ORG_NAME_NOT_ORGS,
  ORG_NAME_POSSESSORS,
} from '../model/org-names';
import { isApostrophe, isCapitalised, tokenAt, type Token } from './tokens';

const HEADS = new Map<string, 'group' | 'organization'>(Object.entries(ORG_NAME_HEADS));
const GENERIC: ReadonlySet<string> = new Set(ORG_NAME_GENERIC);
const LINKS: ReadonlySet<string> = new Set(ORG_NAME_LINKS);
const NEVER_FIRST: ReadonlySet<string> = new Set(ORG_NAME_NEVER_FIRST);
const POSSESSORS: ReadonlySet<string> = new Set(ORG_NAME_POSSESSORS);
const CORPORATE: ReadonlySet<string> = new Set(ORG_NAME_CORPORATE_AFTER);
const NOT_ORGS: readonly string[] = ORG_NAME_NOT_ORGS;
/** Names kept per text: each is searched through the whole text once. */
const MAX_NAMES = 40;
const ACRONYM_AFTER = /^ ?\(([A-Z][A-Za-z]{0,2}[A-Z][A-Z]{0,6})\)/;

/** Does the acronym fit the initials (in order, first and last letters kept)? */
export function acronymFits(acronym: string, initials: string): boolean {
  const a = acronym.replace(/[^A-Z]/g, '');
  if (a.length < 2 || a[0] !== initials[0] || a.at(-1) !== initials.at(-1)) return false;
  let k = 0;
  for (const c of initials) if (c === a[k]) k++;
  return k === a.length;
}

/** Is the line holding `at` a heading in title case (most of its words capitalised, no closing period)? */
function isHeadingLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  const line = text.slice(from, to).trim();
  if (/[.!?]["'”’]?$/.test(line)) return false;
  const words = line.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 4) return false;
  const content = words.filter((w) => w.length > 3);
  return content.length > 0 && content.filter((w) => isCapitalised(w)).length >= content.length * 0.7;
}

interface Candidate {
  name: string;
  kind: 'group' | 'organization';
  acronym: string | null;
}

/** The name that ends in the head noun at token `h`, or null. `known[i]`: 1 state, 2 other known entity. */
function nameAt(
  text: string,
  tokens: readonly Token[],
  h: number,
  known: Uint8Array,
  writesLower: (w: string) => boolean,
): Candidate | null {
  const head = tokens[h] as Token;
  const kind = HEADS.get(head.text);
  if (!kind || known[h]) return null;
  // walk back over capitalised words, linking words and a possessor's "'s", one space apart
  let first = h;
  let words = 1;
  for (let j = h - 1; j >= 0 && words < ORG_NAME_MAX_WORDS; ) {
    const t = tokens[j] as Token;
    const next = tokens[j + 1] as Token;
    if (t.word && next.start - t.end === 1 && text[t.end] === ' ') {
      const before = tokens[j - 1];
      // a link needs a capitalised word before it; "and" not a head noun ("the X Army and Y Front" is two names)
      const link = LINKS.has(t.text) && !!before?.word && isCapitalised(before.text) && !(t.text === 'and' && HEADS.has(before.text));
      if (isCapitalised(t.text) || link) {
        first = j;
        words++;
        j--;
        continue;
      }
      // "People's Liberation Front": a possessor's "'s" before the next word
      if (t.text === 's' && isApostrophe(tokens[j - 1]?.text) && POSSESSORS.has(tokens[j - 2]?.text ?? '')) {
        const p = tokens[j - 2] as Token;
        if (p.end === (tokens[j - 1] as Token).start && (tokens[j - 1] as Token).end === t.start) {
          first = j - 2;
          j -= 3;
          continue;
        }
      }
    }
    // "Pa-O National Liberation Organisation": capitalised words joined by a hyphen
    if (t.text === '-' && t.end === next.start && tokens[j - 1]?.word && (tokens[j - 1] as Token).end === t.start) {
      if (isCapitalised(next.text) && isCapitalised(tokens[j - 1]?.text ?? '')) {
        first = j - 1;
        j -= 2;
        continue;
      }
    }
    // "Workers' Party"
    if (isApostrophe(t.text) && t.end + 1 === next.start && POSSESSORS.has(tokens[j - 1]?.text ?? '')) {
      if ((tokens[j - 1] as Token).end === t.start) {
        first = j - 1;
        j -= 2;
        continue;
      }
    }
    break;
  }
  // cut what opens a clause or names a person before the name ("Meanwhile", "President X's")
  for (let j = first; j < h; j++) if (NEVER_FIRST.has((tokens[j] as Token).text)) first = j + 1;
  while (first < h && !isCapitalised((tokens[first] as Token).text)) first++;
  // a sentence's first word that the text also writes in lower case is an ordinary word ("Unlike the …")
  const f0 = tokens[first] as Token;
  if (first < h && /(?:^|[.!?:;"“”]\s*|\n\s*)$/.test(text.slice(Math.max(0, f0.start - 3), f0.start)) && writesLower(f0.lower)) first++;
  while (first < h && !isCapitalised((tokens[first] as Token).text)) first++;
  if (first >= h) return null;
  let distinctive = false;
  for (let j = first; j < h; j++) {
    const t = tokens[j] as Token;
    // a known organisation opening the name: its organ ("UN Security Council", "African Union Commission");
    // inside it, a part of another's name ("Hill State National Democratic Alliance Army")
    if (known[j] === 2 && j === first) return null;
    if (known[j] === 2) distinctive = true;
    if (!t.word || known[j] || HEADS.has(t.text) || GENERIC.has(t.text) || LINKS.has(t.text) || t.text === 's') continue;
    distinctive = true;
  }
  if (!distinctive) return null;
  const after = text.slice(head.end, head.end + 24);
  const corp = /^ ([A-Z][A-Za-z]*)/.exec(after);
  if (corp && CORPORATE.has(corp[1] ?? '')) return null;
  const start = (tokens[first] as Token).start;
  if (isHeadingLine(text, start)) return null;
  const name = text.slice(start, head.end);
  if (NOT_ORGS.some((n) => name.endsWith(n))) return null;
  const initials = (name.match(/\p{Lu}[\p{L}]*/gu) ?? []).map((w) => w[0]).join('');
  const acr = ACRONYM_AFTER.exec(after);
  const acronym = acr && acronymFits(acr[1] ?? '', initials) ? (acr[1] ?? null) : null;
  return { name, kind, acronym };
}

/** The names a text introduces (for the examples' test): the candidates' names in text order. */
export function namedOrgNames(text: string, tokens: readonly Token[], known: readonly EntityMention[]): string[] {
  return candidates(text, tokens, known).map((c) => c.name);
}

function knownMask(tokens: readonly Token[], known: readonly EntityMention[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (const k of known) for (let i = k.tokStart; i < k.tokEnd; i++) mask[i] = k.entity.kind === 'state' ? 1 : 2;
  return mask;
}

function candidates(text: string, tokens: readonly Token[], known: readonly EntityMention[]): Candidate[] {
  const mask = knownMask(tokens, known);
  // does the text write the word in lower case anywhere (a whole word)? asked for a few words only
  const seen = new Map<string, boolean>();
  const writesLower = (w: string): boolean => {
    let hit = seen.get(w);
    if (hit === undefined) {
      hit = false;
      for (let at = text.indexOf(w); at >= 0 && !hit; at = text.indexOf(w, at + 1))
        hit = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + w.length] ?? '');
      seen.set(w, hit);
    }
    return hit;
  };
  const out = new Map<string, Candidate>();
  for (let h = 0; h < tokens.length && out.size < MAX_NAMES; h++) {
    const t = tokens[h] as Token;
    if (!t.word || !HEADS.has(t.text)) continue;
    const c = nameAt(text, tokens, h, mask, writesLower);
    if (!c) continue;
    const had = out.get(c.name);
    if (!had) out.set(c.name, c);
    else if (!had.acronym && c.acronym) had.acronym = c.acronym;
  }
  return [...out.values()];
}

/**
 * Mentions of the unknown organisations named in the text, with every exact mention of their names and
 * acronyms, in text order; none overlaps a known non-state mention or one of `taken` (names another rule
 * found). A known state's name inside one gives way to it (withGroups).
 */
export function findNamedOrgs(
  text: string,
  tokens: readonly Token[],
  known: readonly EntityMention[],
  taken: readonly EntityMention[] = [],
): EntityMention[] {
  const cands = candidates(text, tokens, known);
  if (cands.length === 0) return [];
  const takenNames = new Set(taken.map((m) => m.entity.name));
  const takenMask = new Uint8Array(tokens.length);
  for (const m of taken) for (let i = m.tokStart; i < m.tokEnd; i++) takenMask[i] = 1;
  const out: EntityMention[] = [];
  const push = (entity: Entity, at: number, end: number): void => {
    const tokStart = tokenAt(tokens, at);
    const tokEnd = tokenAt(tokens, end);
    for (let i = tokStart; i < tokEnd; i++) if (takenMask[i]) return;
    // a known organisation may lie inside (withGroups drops it), but none may stick out or be the mention itself
    let lo = 0;
    let hi = known.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((known[mid] as EntityMention).end <= at) lo = mid + 1;
      else hi = mid;
    }
    for (let k = known[lo]; k && k.start < end; k = known[++lo]) {
      if (k.entity.kind !== 'state' && (k.start < at || k.end > end || (k.start === at && k.end === end))) return;
    }
    const possessive = /^['’]s\b/u.test(text.slice(end, end + 3));
    out.push({ entity, form: 'name', start: at, end, tokStart, tokEnd, possessive });
  };
  // every exact mention of a name or an acronym, found in one pass over the tokens by their first word
  const byFirst = new Map<string, Array<{ name: string; entity: Entity }>>();
  const byAcronym = new Map<string, Entity>();
  for (const c of cands) {
    if (takenNames.has(c.name)) continue;
    const entity: Entity = { name: c.name, kind: c.kind, code: null, capitals: [], unlisted: c.acronym ? 'acronym' : 'name' };
    const first = /^[\p{L}\p{M}\p{N}]+/u.exec(c.name)?.[0] ?? c.name;
    const list = byFirst.get(first) ?? [];
    list.push({ name: c.name, entity });
    byFirst.set(first, list);
    if (c.acronym && !byAcronym.has(c.acronym)) byAcronym.set(c.acronym, entity);
  }
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti] as Token;
    if (!t.word) continue;
    const acr = byAcronym.get(t.text);
    if (acr) {
      push(acr, t.start, t.end);
      continue;
    }
    const named = byFirst.get(t.text);
    if (named === undefined) continue;
    for (let k = 0; k < named.length; k++) {
      const { name, entity } = named[k] as { name: string; entity: Entity };
      const end = t.start + name.length;
      // whole words only: "Front" must not be found inside "Frontline"
      if (text.startsWith(name, t.start) && !/[\p{L}\p{N}]/u.test(text[end] ?? '')) push(entity, t.start, end);
    }
  }
  // a name inside a longer one found too ("Liberation Front" in "National Liberation Front"): the longer wins
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: EntityMention[] = [];
  for (const m of out) {
    const last = kept.at(-1);
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

/** Two lists of mentions in text order, merged; where they overlap, the first list's mention stays. */
export function mergeMentions(a: readonly EntityMention[], b: readonly EntityMention[]): EntityMention[] {
  if (b.length === 0) return a as EntityMention[];
  if (a.length === 0) return b as EntityMention[];
  const out: EntityMention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y && (!x || y.start < x.start)) {
      if (!x || y.end <= x.start) out.push(y);
      j++;
    } else if (x) {
      const lastOut = out.at(-1);
      if (!lastOut || lastOut.end <= x.start) out.push(x);
      i++;
      while (b[j] && (b[j] as EntityMention).start < x.end) j++;
    }
  }
  return out;
}
