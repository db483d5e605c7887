// Named people with a role. A person is created only where a name stands next to a role:
//   [Iran's|Greek|U.S.] Title[,] [(ABBR)][,] [Rank] Name        "Iran's Foreign Minister, Hossein Amir Abdollahian"
//   Name, [the] [Pakistan's|U.S.] Title [for/of …]               "Jalil Abbas Jilani, Pakistan's Foreign Minister"
//   his Pakistani counterpart, Rank Name                         (title of the previous official)
//   the Bahraini delegation was led by Name / the Qatari one by Name
//   Name, who led the Taliban delegation
// Later short mentions ("General Munir", "Abdolahian") are merged by folded surname (officials-merge.ts).

import type { Entity } from '../model/gazetteer';
import type { EntityMention } from './find-entities';
import type { RoleSpan } from './find-titles';
import type { NameSpan } from './find-names';
import { isApostrophe, type Token } from './tokens';

export interface OfficialDraft {
  parts: string[];
  /** Token index one past the name, so "A and B" after a plural title can share it. */
  tokEnd: number;
  pluralTitle: boolean;
  title: string | null;
  rank: string | null;
  affiliation: Entity | null;
  /** Token index of the name, for ordering and quotes. */
  tokStart: number;
  /** "their foreign ministers, A and B": the sides of the people named just before, in order. */
  their?: Entity[];
}

const MODIFIERS = new Set(['acting', 'deputy', 'interim', 'caretaker', 'former', 'outgoing', 'incoming', 'then', 'senior', 'top', 'veteran', 'new']);
// Words between a state and its official's title: "Chinese foreign ministry spokesperson".
const ORGAN_WORDS = new Set(['foreign', 'defence', 'defense', 'ministry', 'army', 'military', 'government', 'presidential', 'office', 'state', 'navy', 'interior', 'finance', 'trade', 'delegation', 'embassy', 'mission',
  'department', 'council', 'national', 'security', 'agency', 'intelligence', 'cabinet', 'treasury', 'justice', 'police', 'coast', 'guard']);
const DELEGATION = new Set(['delegation', 'delegations', 'one', 'team', 'side']);
const APPOSITION_END = /^(?:[,.;:()\u2013\u2014-]|who|said|says|told|added|has|had|was|is|and|for)$/;
const EXT_START = new Set(['for', 'of', 'on', 'to']);
// Office words that are a title only with their "of …" in apposition after a name that already has a
// role ("led by X, secretary of the Council"): alone they would make every quoted analyst an official.
const OFFICE_HEADS = new Set(['secretary', 'director', 'chairman', 'chairwoman', 'head', 'chief']);
const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const EXT_STOP = new Set(['and', 'who', 'which', 'said', 'says', 'has', 'had', 'have', 'was', 'is', 'will', 'met', 'to', 'at', 'when', 'while']);
// Honorifics that serve as the role when no other title is given.
const ROLE_HONORIFICS = new Set(['mullah', 'maulana', 'ayatollah']);

export interface OfficialContext {
  tokens: Token[];
  roles: RoleSpan[];
  entities: EntityMention[];
  names: NameSpan[];
}

export function findOfficialDrafts(ctx: OfficialContext): OfficialDraft[] {
  const { tokens, roles, entities, names } = ctx;
  const roleEnd = new Map<number, RoleSpan>();
  const roleStart = new Map<number, RoleSpan>();
  for (const r of roles) { roleEnd.set(r.tokEnd, r); roleStart.set(r.tokStart, r); }
  // an entity "ends" where the next token follows it, past a possessive 's
  const entEnd = new Map<number, EntityMention>();
  const entStart = new Map<number, EntityMention>();
  for (const e of entities) { entEnd.set(e.possessive ? e.tokEnd + 2 : e.tokEnd, e); entStart.set(e.tokStart, e); }
  const low = (i: number): string => tokens[i]?.lower ?? '';
  const drafts: OfficialDraft[] = [];

  /** Title ending at k (with modifiers before it) and the affiliation just before it. */
  const titleEndingAt = (k: number): { title: string; aff: Entity | null } | null => {
    const r = roleEnd.get(k);
    if (!r || r.kind !== 'title') return null;
    let a = r.tokStart;
    let title = r.value;
    let former = false;
    if (MODIFIERS.has(low(a - 1))) { former = low(a - 1) === 'former'; title = `${tokens[a - 1]?.text.toLowerCase()} ${title}`; a--; }
    let e = entEnd.get(a);
    if (e && MODIFIERS.has(low(e.tokStart - 1))) former ||= low(e.tokStart - 1) === 'former';
    // "former Nigerian President X": the demonym is a past role; a role just before it (", the AU's envoy,") is the current one
    if (former) {
      const f = e ? e.tokStart - 1 : a;
      if (tokens[f - 1]?.text === ',') {
        // the current role may run on: "the AU's High Representative for the Horn of Africa, former …"
        for (let b = f - 1; b >= f - 10 && b > 0; b--) {
          const prev = titleEndingAt(b);
          if (prev && (b === f - 1 || EXT_START.has(low(b)))) return prev;
          if (!tokens[b - 1]?.word) break;
        }
      }
      return { title, aff: null };
    }
    for (let b = a - 1; !e && b >= a - 3 && ORGAN_WORDS.has(low(b)); b--) e = entEnd.get(b);
    // two roles at once: "Ukraine's First Deputy Prime Minister and Economy Minister X"
    if (!e && low(a - 1) === 'and') {
      const first = titleEndingAt(a - 1);
      if (first) return { title: `${first.title} and ${title}`, aff: first.aff };
    }
    // "his foreign minister, X": the affiliation of the person just named
    const owner = !e && /^(?:his|her)$/.test(low(a - 1)) ? drafts[drafts.length - 1] : undefined;
    return { title, aff: e?.entity ?? (owner && r.tokStart - owner.tokStart < 40 ? owner.affiliation : null) };
  };

  /** Title starting at k, extended by "for/of …" up to a clause break. */
  /** `office`: the title names a specific office ("… of the Council"), worth keeping beside a title on the left. */
  const titleStartingAt = (k0: number, allowOffice: boolean): { title: string; aff: Entity | null; end: number; office: boolean } | null => {
    let k = k0;
    let prefix = '';
    if (MODIFIERS.has(low(k))) { prefix = `${low(k)} `; k++; }
    // an office word heads a title only in apposition with its "of …": "X, secretary of the Council"
    const office = allowOffice && OFFICE_HEADS.has(low(k)) && low(k + 1) === 'of';
    const r = roleStart.get(k) ?? (office ? { kind: 'title', value: cap(low(k)), tokStart: k, tokEnd: k + 1 } : undefined);
    if (!r || r.kind !== 'title') return null;
    let e = r.tokEnd;
    let aff: Entity | null = null;
    if (EXT_START.has(low(e))) {
      const ent = entStart.get(e + 1) ?? (low(e + 1) === 'the' ? entStart.get(e + 2) : undefined);
      const after = ent ? tokens[ent.tokEnd]?.text ?? '.' : '';
      if (ent && low(e) === 'of' && !ent.possessive && !tokens[ent.tokEnd]?.word) { aff = ent.entity; e = ent.tokEnd; }
      else if (after !== '' || !ent) {
        let x = e + 1;
        let n = 0;
        for (;;) {
          while (x < tokens.length && n < 8 && tokens[x]?.word && (n === 0 || !EXT_STOP.has(low(x)))) {
            aff ??= entStart.get(x)?.entity ?? null;
            x++; n++;
          }
          // a possessive inside the extension: "adviser to the head of Ukraine's presidential office"
          if (isApostrophe(tokens[x]?.text) && low(x + 1) === 's' && n < 8) { x += 2; continue; }
          // a hyphenated word inside the extension: "envoy of President-elect X"
          if (tokens[x]?.text === '-' && n < 8 && tokens[x - 1]?.end === tokens[x]?.start && tokens[x + 1]?.word && tokens[x + 1]?.start === tokens[x]?.end) { x++; continue; }
          break;
        }
        if (n > 0) return { title: prefix + r.value + ' ' + joinTokens(tokens, e, x), aff, end: x, office: true };
      }
    }
    if (!roleStart.get(k)) return null;
    return { title: prefix + r.value, aff, end: e, office: false };
  };

  for (const n of names) {
    // ranks and honorifics directly before the name
    let j = n.tokStart;
    let rank: string | null = null;
    let honor: string | null = null;
    for (let r = roleEnd.get(j); r && r.kind !== 'title'; r = roleEnd.get(j)) {
      if (r.kind === 'rank') rank = joinTokens(tokens, r.tokStart, r.tokEnd).replace(/\.$/, '');
      else if (ROLE_HONORIFICS.has(r.value)) honor = tokens[r.tokStart]?.text ?? null;
      j = r.tokStart;
    }
    let title: string | null = null;
    let aff: Entity | null = null;
    let k = j;
    if (tokens[k - 1]?.text === ',') k--;
    if (tokens[k - 1]?.text === ')') {
      let p = k - 2;
      while (p > k - 6 && p >= 0 && tokens[p]?.text !== '(') p--;
      if (tokens[p]?.text === '(') k = p;
      if (tokens[k - 1]?.text === ',') k--;
    }
    const left = titleEndingAt(k);
    const plural = !!left && /s$/.test(low(k - 1));
    let their: Entity[] | undefined;
    if (left) {
      title = left.title; aff = left.aff;
      const r = roleEnd.get(k);
      if (plural && !aff && r && low(r.tokStart - (MODIFIERS.has(low(r.tokStart - 1)) ? 2 : 1)) === 'their') {
        their = sidesBefore(drafts, r.tokStart);
        aff = their?.[0] ?? null;
      }
    }
    else if (low(j - 1) === 'and' && drafts[drafts.length - 1]?.tokEnd === j - 1 && drafts[drafts.length - 1]?.pluralTitle) {
      title = drafts[drafts.length - 1]?.title ?? null;
      const prev = drafts[drafts.length - 1]?.their;
      if (prev) { their = prev; aff = prev[1] ?? null; }
    }
    else if (low(k - 1) === 'counterpart' || low(k - 1) === 'counterparts') {
      const e = entEnd.get(k - 1);
      aff = e?.entity ?? null;
      title = drafts[drafts.length - 1]?.title ?? null;
    }
    // "the Bahraini delegation was led by", "the Qatari one by"
    let ledDelegation: Entity | null = null;
    let p = j - 1;
    if (low(p) === 'by') {
      p--;
      if (low(p) === 'led' || low(p) === 'headed') p--;
      if (['was', 'were', 'is', 'are'].includes(low(p))) p--;
      if (DELEGATION.has(low(p))) {
        const e = entEnd.get(p);
        if (e) { aff ??= e.entity; ledDelegation = e.entity; }
      }
    }
    // right side: "of Iran", ", Pakistan's Foreign Minister", ", who led the Taliban delegation"
    let q = n.tokEnd;
    if (low(q) === 'of' && entStart.get(q + 1)) aff ??= entStart.get(q + 1)?.entity ?? null;
    if (tokens[q]?.text === ',') {
      q++;
      if (low(q) === 'who' && (low(q + 1) === 'led' || low(q + 1) === 'headed')) {
        const e = entStart.get(q + 2) ?? entStart.get(q + 3);
        if (e && DELEGATION.has(low(e.tokEnd))) {
          aff ??= e.entity;
          title ??= `Leader of the ${e.entity.name} delegation`;
        }
      } else {
        if (low(q) === 'the' || low(q) === 'a' || low(q) === 'an') q++;
        const mods = MODIFIERS.has(low(q)) && entStart.get(q + 1) ? 1 : 0;
        q += mods;
        const e = entStart.get(q);
        let t = q;
        if (e) t = e.possessive ? e.tokEnd + 2 : e.tokEnd;
        const right = titleStartingAt(t, !!(left || rank || ledDelegation));
        // apposition closes with punctuation or a reporting verb; "Munir, Iranian FM agree" is a list
        if (right && APPOSITION_END.test(tokens[right.end]?.text ?? '.')) {
          if (!title) title = right.title;
          // two offices at once: "China's top diplomat, Wang Yi, director of the Office of …"
          else if (right.office && left && !ledDelegation) title = `${title}, ${right.title}`;
          aff ??= e?.entity ?? right.aff;
        }
      }
    }
    // a delegation's head is a role only when no title is given ("led by Dr X, the Undersecretary …")
    if (ledDelegation) title ??= `Head of the ${ledDelegation.name} delegation`;
    if (!title && !rank && !honor) continue;
    // one bare word is a person only right after a title or rank ("COAS Munir", "President Erdogan")
    if (n.parts.length < 2 && !(left || rank)) continue;
    title ??= honor ?? (rank ? normaliseRank(rank) : null);
    drafts.push({ parts: n.parts, title, rank, affiliation: aff, tokStart: n.tokStart, tokEnd: n.tokEnd, pluralTitle: plural || (low(j - 1) === 'and' && !left && !!title), their });
  }
  return drafts;
}

/** The two sides of the officials named last before token `at` (within 80 tokens), in order of mention. */
function sidesBefore(drafts: OfficialDraft[], at: number): Entity[] | undefined {
  const sides: Entity[] = [];
  for (let i = drafts.length - 1; i >= 0 && sides.length < 2; i--) {
    const d = drafts[i];
    if (!d || at - d.tokStart > 80) break;
    if (d.affiliation && !sides.includes(d.affiliation)) sides.unshift(d.affiliation);
  }
  return sides.length === 2 ? sides : undefined;
}

function joinTokens(tokens: Token[], a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (!t) break;
    s += (i > a && tokens[i - 1]?.end !== t.start ? ' ' : '') + t.text;
  }
  return s;
}

function normaliseRank(rank: string): string {
  const r = rank.toLowerCase().replace(/\./g, '');
  if (r === 'gen' || r === 'general') return 'General';
  if (r === 'lt gen') return 'Lieutenant General';
  if (r === 'maj gen') return 'Major General';
  if (r === 'adm') return 'Admiral';
  return rank;
}
