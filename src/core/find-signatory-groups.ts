// Organisations and armed groups the gazetteer does not know, where a list of signatories names them
// (src/model/signatory-lists.ts): "The groups that signed were the Chin National Front, … and the Karen
// National Union". Each such name becomes an entity of kind 'group' named as the text writes it, with
// every exact mention of it in the text, so that party scoring can see it as a side like any other.

import type { Entity } from './gazetteer';
import { GROUP_HEADS, GROUP_NAME_LINKS, GROUP_NAME_MAX_WORDS, SIGNATORY_LIST_OPENING } from '../model/signatory-lists';
import type { EntityMention } from './find-entities';
import { eachMatch } from './scan';
import { sentenceAt, type Sentence } from './segment';
import { isCapitalised, tokenAt, type Token } from './tokens';

const HEADS: ReadonlySet<string> = new Set(GROUP_HEADS);
const LINKS: ReadonlySet<string> = new Set(GROUP_NAME_LINKS);
/** The separators of a list's items: a comma (with an "and"), or a lone "and" between two names. */
const ITEM_SPLIT = /\s*,\s*(?:and\s+)?/u;
const LEADING = /^(?:and\s+)?(?:the\s+)?/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Names kept per text: each is searched through the whole text once. */
const MAX_NAMES = 40;

/** The words of a candidate name, or null when it is not shaped like one. */
function nameWords(item: string): string[] | null {
  const words = item.match(WORD) ?? [];
  if (words.length === 0 || words.length > GROUP_NAME_MAX_WORDS) return null;
  if (!isCapitalised(words[0] ?? '')) return null;
  // only capitalised words, the small linking words, and the "s" of a possessive
  if (!words.every((w) => isCapitalised(w) || LINKS.has(w) || w === 's')) return null;
  // the characters between the words: spaces, hyphens, apostrophes, nothing else
  if (/[^\p{L}\p{M}\p{N}\s'’-]/u.test(item)) return null;
  return words;
}

const isGroupName = (item: string): boolean => !!nameWords(item)?.some((w) => HEADS.has(w));

/** One item of the list as names: itself, or its two halves around "and" when each half is a name. */
function namesOf(item: string): string[] {
  const name = item.replace(LEADING, '').trim();
  const and = name.search(/\s+and\s+(?:the\s+)?/u);
  if (and > 0) {
    const left = name.slice(0, and);
    const right = name.slice(and).replace(/^\s+and\s+(?:the\s+)?/u, '');
    if (isGroupName(left) && isGroupName(right)) return [left, right];
  }
  return isGroupName(name) ? [name] : [];
}

/** The names a list of signatories in `sentence` gives that are not already known mentions. */
export function signatoryNames(sentence: string): string[] {
  // every opening holds "signed" or "signator" ("igned" and "ignator" whatever the first letter's case)
  if (!sentence.includes('igned') && !sentence.includes('ignator') && !/IGNED|IGNATOR/.test(sentence)) return [];
  const out: string[] = [];
  for (const m of eachMatch(SIGNATORY_LIST_OPENING, sentence)) {
    const list = sentence.slice((m.index ?? 0) + m[0].length).replace(/[.;:!?]+["'”’]?\s*$/u, '');
    for (const item of list.split(ITEM_SPLIT)) out.push(...namesOf(item));
  }
  return out;
}

/**
 * Mentions of the unknown groups named in lists of signatories, with every other exact mention of the
 * same names, in text order. A known mention may lie inside one (withGroups drops it); none sticks out.
 */
export function findSignatoryGroups(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  known: readonly EntityMention[],
): EntityMention[] {
  const names = new Map<string, Entity>();
  // the sentences that may open a list of signatories: those holding "signed" or "signator", found by a
  // native search for their common letters (a pattern run over the whole text cost far more)
  const listing = new Set<Sentence>();
  for (const word of ['igned', 'ignator', 'IGNED', 'IGNATOR']) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const s = sentenceAt(sentences, at);
      if (s) listing.add(s);
    }
  }
  for (const s of listing) {
    for (const name of signatoryNames(s.text)) {
      if (!names.has(name) && names.size < MAX_NAMES) names.set(name, { name, kind: 'group', code: null, capitals: [] });
    }
  }
  if (names.size === 0) return [];
  // known mentions do not overlap and are in text order: a name may hold some ("Burma" in "All Burma
  // Students' Democratic Front"), which it replaces, but none may stick out of it or be the name itself
  const sticksOut = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = known.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((known[mid] as EntityMention).end <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = known[lo]; k && k.start < end; k = known[++lo]) {
      // a known name ("Karen National Union") stays the known entity
      if (k.start < start || k.end > end || (k.start === start && k.end === end)) return true;
    }
    return false;
  };
  const out: EntityMention[] = [];
  for (const [name, entity] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      // whole words only: "Front" must not be found inside "Frontline"
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (sticksOut(at, end)) continue;
      const tokStart = tokenAt(tokens, at);
      const tokEnd = tokenAt(tokens, end);
      const possessive = /^['’]s\b/u.test(text.slice(end, end + 3));
      out.push({ entity, form: 'name', start: at, end, tokStart, tokEnd, possessive });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The known mentions and the groups' in text order, without the known mentions a group's name holds. */
export function withGroups(known: readonly EntityMention[], groups: readonly EntityMention[]): EntityMention[] {
  if (groups.length === 0) return known as EntityMention[];
  const out: EntityMention[] = [];
  let g = 0;
  for (const k of known) {
    while (g < groups.length && (groups[g] as EntityMention).end <= k.start) out.push(groups[g++] as EntityMention);
    const cur = groups[g];
    if (cur && cur.start <= k.start && k.end <= cur.end) continue;
    out.push(k);
  }
  while (g < groups.length) out.push(groups[g++] as EntityMention);
  return out;
}
