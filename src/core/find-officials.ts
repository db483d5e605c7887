// Named people with a role. A person is created only where a name stands next to a role:
//   [Iran's|Greek|U.S.] Title[,] [(ABBR)][,] [Rank] Name        "Iran's Foreign Minister, Hossein Amir Abdollahian"
//   Name, [the] [Pakistan's|U.S.] Title [for/of …]               "Jalil Abbas Jilani, Pakistan's Foreign Minister"
//   his Pakistani counterpart, Rank Name                         (title of the previous official)
//   the Bahraini delegation was led by Name / the Qatari one by Name
//   Name, who led the Taliban delegation / the movement, which is led by Name / a faction headed by Name
//   Title of/for/in <office words or a side> Name                 "Minister for Fisheries and Aquatic Resources Development X"
//   A of X and B of Y, the two prime ministers                   (a plural title after two names)
//   Putin's Ukrainian counterpart Name / Name, his French counterpart (the same title, the other side)
//   Name, 54, Trump's special envoy / the Kremlin spokesman / the sultanate's foreign minister (a possessor before the role)
//   Name, head of the IAEA / a colonel in the Russian army  (an office word or rank whose of/in names only a side)
//   Name's RSF / the Rapid Support Forces (RSF) of Name     (a movement's or force's leader)
//   Putin and Erdogan agreed / overseen by Donald Trump      (a well-known leader, titled Leader when the text gives no role)
// Never a name in a byline ("Reporting by X", "writes X") or beside a commentator's role ("analyst X").
// Later short mentions ("General Munir", "Abdolahian") are merged by folded surname (officials-merge.ts).

import type { Entity } from './gazetteer';
import { phrasesFor, stateByCode } from './gazetteer';
import { INSTITUTION_STATES, LEADERS, SHARED_SURNAMES } from '../model/leaders';
import {
  BYLINE_MARKERS,
  COUNTERPART_WORDS,
  INSTITUTION_HEADS,
  LED_GROUP_WORDS,
  MEDIA_WORDS,
  NOT_OFFICIAL_ROLES,
  OFFICE_JOINERS,
  OFFICE_WORDS,
  ORGAN_WORDS as ORGAN_WORD_LIST,
  SIDE_OFFICE_HEADS,
  ACTS_FOR_WORDS,
  COMPANION_WORDS,
  INCLUDING_WORDS,
  NAME_AS_MODIFIER_NOUNS,
  TEAM_WORDS,
  CLAUSE_AFTER_NAME,
  SIDE_POSSESSORS,
  STATE_BODY_HEADS,
  TITLE_MODIFIERS,
} from '../model/titles';
import type { EntityMention } from './find-entities';
import type { RoleSpan } from './find-titles';
import { foldName, surnameKeys, type NameSpan } from './find-names';
import { isApostrophe, type Token } from './tokens';

/** A title read just before a name, with the side and the people it speaks of. */
interface TitleBefore {
  title: string;
  aff: Entity | null;
  /** The name of the person whose side the title is on ("Trump adviser X"). */
  boss?: string[];
  start?: number;
  poss?: boolean;
  their?: Entity[];
  former?: boolean;
}

export interface OfficialDraft {
  parts: string[];
  /** The name as written ("Romeo S. Brawner, Jr."). */
  display: string;
  /** "Trump adviser X", "Putin's counterpart X": the name of the person whose side X is on (or opposite). */
  boss?: string[];
  /** "his Indian counterpart X": the official X faces (X is on the other side). */
  counterpartOf?: OfficialDraft;
  /** The side came from a possessive before the title ("Sri Lanka's Minister …"). */
  possessive?: boolean;
  /** Token index where the title before the name starts (the name's own start when there is none). */
  titleStart?: number;
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
  /** A well-known leader named without a role here: an official even with no title in the text. */
  known?: boolean;
  /** The title is a past one of a written side ("former Kenyan President X"). */
  former?: boolean;
}

const MODIFIERS = new Set(TITLE_MODIFIERS);
/** A modifier as the text writes it when capitalised with its title ("Special Presidential Envoy"), else in lower case ("acting minister"). */
const asWritten = (w: string): string => (/^\p{Lu}\p{Ll}+$/u.test(w) ? w : w.toLowerCase());
const ORGAN_WORDS = new Set([...ORGAN_WORD_LIST, ...OFFICE_WORDS]);
const JOINERS = new Set(OFFICE_JOINERS);
const HEADS = new Set(INSTITUTION_HEADS);
const STATE_BODIES = new Set(STATE_BODY_HEADS);
const MEDIA = new Set(MEDIA_WORDS);
const NOT_OFFICIAL = new Set(NOT_OFFICIAL_ROLES);
const CLAUSE_WORDS = new Set(CLAUSE_AFTER_NAME);
const COUNTERPART = new Set(COUNTERPART_WORDS.filter((w) => !w.includes(' ')));
const LED_GROUPS = new Set([...LED_GROUP_WORDS, 'delegation', 'delegations', 'team', 'side', 'government']);
const LEAD_VERBS = new Set(['led', 'headed', 'heads', 'leads', 'lead', 'head', 'chairs', 'chaired']);
const INSTITUTIONS = INSTITUTION_STATES.map(([p, code]) => ({ words: p.split(' '), code }));
const DELEGATION = new Set(['delegation', 'delegations', 'one', 'team', 'side']);
const APPOSITION_END = /^(?:[,.;:()\u2013\u2014-]|who|said|says|told|added|has|had|was|is|and|for|since)$/;
const EXT_START = new Set(['for', 'of', 'on', 'to']);
/** Words that post a body or an office somewhere: "the EU's delegation to Ghana", "the UN office in Juba". */
const POSTING = new Set(['in', 'to']);
// Office words that are a title only with their "of …" in apposition after a name that already has a
// role ("led by X, secretary of the Council"): alone they would make every quoted analyst an official.
const OFFICE_HEADS = new Set(['secretary', 'director', 'chairman', 'chairwoman', 'head', 'chief']);
const POSSESSORS = new Set(SIDE_POSSESSORS);
/** The singular of a plural possessor ("countries" → "country", "sides" → "side"). */
const singular = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') ? w.slice(0, -1) : w);
const SIDE_HEADS = new Set([...OFFICE_HEADS, ...SIDE_OFFICE_HEADS]);
const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const EXT_STOP = new Set([
  'and',
  'who',
  'which',
  'said',
  'says',
  'has',
  'had',
  'have',
  'was',
  'is',
  'will',
  'met',
  'to',
  'at',
  'when',
  'while',
]);
const ACTS_FOR_VERBS = new Set(ACTS_FOR_WORDS);
const INCLUDING = new Set(INCLUDING_WORDS);
const TEAMS = new Set(TEAM_WORDS);
const COMPANIONS = new Set(COMPANION_WORDS);
const NAME_MODIFIED = new Set(NAME_AS_MODIFIER_NOUNS);
// words that end the clause a signer's "for X" is looked for in
const STOP_ACTED_FOR = new Set(['and', 'while', 'whereas', 'but', 'who', 'which', 'that', 'after', 'before', 'when', 'with']);
// Honorifics that serve as the role when no other title is given.
const ROLE_HONORIFICS = new Set(['mullah', 'maulana', 'ayatollah']);

export interface OfficialContext {
  tokens: Token[];
  roles: RoleSpan[];
  entities: EntityMention[];
  names: NameSpan[];
}

export function findOfficialDrafts(ctx: OfficialContext): OfficialDraft[] {
  const { tokens, roles, entities } = ctx;
  const roleEnd = new Map<number, RoleSpan>();
  const roleStart = new Map<number, RoleSpan>();
  for (const r of roles) {
    roleEnd.set(r.tokEnd, r);
    roleStart.set(r.tokStart, r);
  }
  const names = withStateWordNames(ctx.names, entities, tokens, roleEnd);
  // an entity "ends" where the next token follows it, past a possessive 's
  const entEnd = new Map<number, EntityMention>();
  const entStart = new Map<number, EntityMention>();
  for (const e of entities) {
    entEnd.set(e.possessive ? e.tokEnd + 2 : e.tokEnd, e);
    entStart.set(e.tokStart, e);
  }
  /** The side whose possessive ("Ghana's") ends just before token `x` (a possessive is keyed one past its "'s"). */
  const possessiveEndingAt = (x: number): EntityMention | undefined => {
    const e = entEnd.get(x);
    return e?.possessive ? e : undefined;
  };
  const low = (i: number): string => tokens[i]?.lower ?? '';
  const drafts: OfficialDraft[] = [];
  const nameEnd = new Map<number, NameSpan>();
  const nameStart = new Map<number, NameSpan>();
  for (const n of names) {
    nameEnd.set(n.tokEnd, n);
    nameStart.set(n.tokStart, n);
  }
  const inEntity = new Uint8Array(tokens.length);
  for (const e of entities) for (let i = e.tokStart; i < e.tokEnd; i++) inEntity[i] = 1;

  /** Title ending at k (with modifiers before it) and the affiliation just before it. */
  const titleEndingAt = (k: number): TitleBefore | null => {
    const r = roleEnd.get(k);
    if (r?.kind !== 'title') return null;
    let a = r.tokStart;
    let title = r.value;
    let former = false;
    // (two at most: "China's most senior diplomat X")
    for (let m = 0; m < 2 && MODIFIERS.has(low(a - 1)) && !roleEnd.get(a); m++) {
      former ||= low(a - 1) === 'former';
      title = `${asWritten(tokens[a - 1]?.text ?? '')} ${title}`;
      a--;
    }
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
      // (`former`: the past office's side is written and dropped, so no list may restore it)
      return { title, aff: null, former: !!e, start: e ? e.tokStart - 1 : a };
    }
    let inst: Entity | null = null;
    for (let b = a; !e && b >= a - 4; b--) {
      e = entEnd.get(b);
      // (also an institution's possessive: "the Kremlin's foreign policy aide X")
      inst ??= institutionEndingAt(b) ?? capitalPossessiveEndingAt(b) ?? (possessiveAt(b - 2) ? institutionEndingAt(b - 2) : null);
      // "the Ethiopian government's chief negotiator": an organ's possessive between the side and the title
      if (!e && low(b - 1) === 's' && isApostrophe(tokens[b - 2]?.text) && ORGAN_WORDS.has(low(b - 3))) b -= 2;
      if (!ORGAN_WORDS.has(low(b - 1))) break;
    }
    // two roles at once: "Ukraine's First Deputy Prime Minister and Economy Minister X"
    if (!e && low(a - 1) === 'and') {
      const first = titleEndingAt(a - 1);
      if (first) return { title: `${first.title} and ${title}`, aff: first.aff };
    }
    // "his foreign minister, X", "his foreign policy aide X": the affiliation of the person just named
    let o0 = a;
    while (o0 > a - 3 && ORGAN_WORDS.has(low(o0 - 1)) && !roleEnd.get(o0)) o0--;
    const owner = !e && /^(?:his|her)$/.test(low(o0 - 1)) ? drafts[drafts.length - 1] : undefined;
    // "Peru was represented by its foreign minister, X": the side named last before, in the same sentence
    if (!e && !inst && low(o0 - 1) === 'its') inst = sideNamedBefore(o0 - 1, false);
    // "the company's chief, X": a role of some other body than a side's (a lower-case noun's possessive)
    if (
      !e &&
      !inst &&
      low(a - 1) === 's' &&
      isApostrophe(tokens[a - 2]?.text) &&
      low(a - 4) === 'the' &&
      tokens[a - 3]?.word &&
      !isCapitalisedTok(tokens[a - 3]) &&
      !POSSESSORS.has(low(a - 3))
    )
      return null;
    // "The country's foreign minister, X": the side named last before (the previous sentence may name it)
    if (!e && !inst && low(a - 1) === 's' && isApostrophe(tokens[a - 2]?.text) && POSSESSORS.has(low(a - 3)) && low(a - 4) === 'the')
      inst = sideNamedBefore(a - 4, true);
    // "Trump adviser X": a person named just before the title; the side is that person's
    // (also "Xi Jinping's special envoy X")
    const boss = !e && !inst ? (nameEnd.get(a) ?? (possessiveAt(a - 2) ? nameEnd.get(a - 2) : undefined)) : undefined;
    // "Peruvian and Chilean foreign ministers A and B": one side each, in order
    const e0 = e && !e.possessive && /s$/.test(low(k - 1)) && low(e.tokStart - 1) === 'and' ? entEnd.get(e.tokStart - 1) : undefined;
    if (e && e0 && !e0.possessive && e0.entity !== e.entity)
      return { title, aff: e0.entity, start: e0.tokStart, poss: false, their: [e0.entity, e.entity] };
    return {
      title,
      aff: e?.entity ?? inst ?? (owner && r.tokStart - owner.tokStart < 40 ? owner.affiliation : null),
      // (the owner's side may be found later, from the leaders list: "Lavrov and his aide X")
      boss: boss?.parts ?? (owner && !owner.affiliation && r.tokStart - owner.tokStart < 40 ? owner.parts : undefined),
      start: a,
      poss: !!e?.possessive,
    };
  };

  /** "'s" at token x (an apostrophe, then "s"). */
  const possessiveAt = (x: number): boolean => isApostrophe(tokens[x]?.text) && low(x + 1) === 's';

  /** The side named last before token x within its sentence, or also the one before (at most 40 tokens back). */
  const sideNamedBefore = (x: number, acrossSentence: boolean): Entity | null => {
    let stops = acrossSentence ? 1 : 0;
    for (let b = x - 1; b >= 0 && b > x - 40; b--) {
      if (tokens[b]?.text === '.' && !inEntity[b] && stops-- <= 0) return null;
      const e = entStart.get(b);
      if (e) return e.entity;
    }
    return null;
  };

  /** "Manila's" just before token b (a capital the entity finder leaves as a place after "to"): its state. */
  const capitalPossessiveEndingAt = (b: number): Entity | null => {
    if (low(b - 1) !== 's' || !isApostrophe(tokens[b - 2]?.text) || !isCapitalisedTok(tokens[b - 3])) return null;
    const ph = phrasesFor(low(b - 3))?.find((x) => x.form === 'capital' && x.tokens.length === 1);
    return ph?.entity ?? null;
  };

  /** "White House", "Kremlin" starting at token a (capitalised): the state it stands for and the token after it. */
  const institutionStartingAt = (a: number): { entity: Entity | null; end: number } | null => {
    if (!isCapitalisedTok(tokens[a])) return null;
    for (const { words, code } of INSTITUTIONS) {
      let ok = true;
      for (let w = 0; w < words.length && ok; w++) ok = tokens[a + w]?.lower === words[w];
      if (ok) return { entity: sideByCode(code), end: a + words.length };
    }
    return null;
  };

  /** "White House", "Kremlin" ending just before token b: the state it stands for. */
  const institutionEndingAt = (b: number): Entity | null => {
    for (const { words, code } of INSTITUTIONS) {
      const s0 = b - words.length;
      if (s0 < 0 || !isCapitalisedTok(tokens[s0])) continue;
      let ok = true;
      for (let w = 0; w < words.length && ok; w++) ok = tokens[s0 + w]?.lower === words[w];
      if (ok) return sideByCode(code);
    }
    return null;
  };

  /**
   * The words from x name a side and nothing else: "[the] IAEA", "Russia's sovereign wealth fund", "the
   * Peruvian army", "the Russian FSB security service", "Iran's Supreme National Security Council" — an
   * entity, then at most a few words ending in an organ's word (capitalised ones only as a state body's
   * name or an acronym), then the apposition's end. "the Iran desk at a think tank" or "the Centre for
   * Policy Studies" name none. Returns the token after the words, or -1.
   */
  const sideWordsEnd = (x0: number): number => {
    const x = low(x0) === 'the' ? x0 + 1 : x0;
    const e = entStart.get(x);
    if (!e) return -1;
    let y = e.possessive ? e.tokEnd + 2 : e.tokEnd;
    let last = '';
    let proper = false;
    for (let n = 0; n < 6 && tokens[y]?.word && !APPOSITION_END.test(low(y)) && !(n > 0 && POSTING.has(low(y))); n++, y++) {
      const t = tokens[y];
      if (isCapitalisedTok(t) && !ORGAN_WORDS.has(low(y)) && !HEADS.has(low(y))) {
        if (!isAllCapsTok(t)) proper = true;
      }
      last = low(y);
    }
    if (last && !ORGAN_WORDS.has(last) && !HEADS.has(last) && !LED_GROUPS.has(last)) return -1;
    // a think tank's or a firm's proper name is no side's body: "the Iranian Institute for …" ("Russia's sovereign wealth fund" is)
    if (HEADS.has(last) && isCapitalisedTok(tokens[y - 1]) && !STATE_BODIES.has(last) && !ORGAN_WORDS.has(last)) return -1;
    // a proper name's words end in a state body's word: "Supreme National Security Council", never "… Institute"
    if (proper && !STATE_BODIES.has(last)) return -1;
    // the body's posting: "the EU's delegation to Ghana", "the UN's humanitarian office in Juba"
    const z = last ? postingEnd(y) : -1;
    const end = z >= 0 ? z : y;
    return APPOSITION_END.test(tokens[end]?.text ?? '.') ? end : -1;
  };
  const namesSide = (x0: number): boolean => sideWordsEnd(x0) >= 0;

  /**
   * "in|to [the] <capitalised words>" from token y: where a body or an office is posted ("to Ghana", "in
   * the Sahel", "in New York"). The token after it, or -1.
   */
  const postingEnd = (y: number): number => {
    if (!POSTING.has(low(y))) return -1;
    let z = low(y + 1) === 'the' ? y + 2 : y + 1;
    const from = z;
    while (z < from + 4 && tokens[z]?.word && (isCapitalisedTok(tokens[z]) || inEntity[z])) z++;
    return z > from ? z : -1;
  };

  /**
   * "at [the] <a side's body>" or "at the <Body> of …" from token x, closing an apposition: "at the U.S.
   * State Department", "at the Ministry of Foreign Affairs". The side named in it (if any), or null.
   */
  const bodyAt = (x: number): { aff: Entity | null } | null => {
    if (low(x) !== 'at') return null;
    const y = sideWordsEnd(x + 1);
    if (y >= 0) return { aff: (entStart.get(x + 1) ?? entStart.get(x + 2))?.entity ?? null };
    let z = low(x + 1) === 'the' ? x + 2 : x + 1;
    if (!STATE_BODIES.has(low(z)) || !isCapitalisedTok(tokens[z])) return null;
    for (let n = 0; n < 6 && tokens[z + 1]?.word && (isCapitalisedTok(tokens[z + 1]) || JOINERS.has(low(z + 1))); n++) z++;
    return APPOSITION_END.test(tokens[z + 1]?.text ?? '.') && !JOINERS.has(low(z)) ? { aff: null } : null;
  };

  /** Title starting at k, extended by "for/of …" up to a clause break. */
  /** `office`: the title names a specific office ("… of the Council"), worth keeping beside a title on the left. */
  const titleStartingAt = (
    k0: number,
    allowOffice: boolean,
  ): { title: string; aff: Entity | null; end: number; office: boolean; their?: Entity[] } | null => {
    let k = k0;
    let prefix = '';
    // (two at most: "most senior diplomat", "special deputy envoy")
    for (let m = 0; m < 2 && MODIFIERS.has(low(k)) && !roleStart.get(k); m++) {
      prefix += `${asWritten(tokens[k]?.text ?? '')} `;
      k++;
    }
    // an office word heads a title only in apposition with its "of …": "X, secretary of the Council"; or
    // when its "of/in …" names a side: "X, head of the IAEA", "X, a colonel in the Russian army"
    const office =
      !roleStart.get(k) &&
      ((allowOffice && OFFICE_HEADS.has(low(k)) && low(k + 1) === 'of') ||
        (SIDE_HEADS.has(low(k)) && (low(k + 1) === 'of' || low(k + 1) === 'in') && namesSide(k + 2)));
    const r = roleStart.get(k) ?? (office ? { kind: 'title', value: cap(low(k)), tokStart: k, tokEnd: k + 1 } : undefined);
    if (r?.kind !== 'title') return null;
    let e = r.tokEnd;
    let aff: Entity | null = null;
    // "A and B, the foreign ministers of Peru and Chile": one side each, in order
    if (low(e) === 'of' && /s$/.test(low(e - 1)) && roleStart.get(k)) {
      const e1 = entStart.get(e + 1) ?? (low(e + 1) === 'the' ? entStart.get(e + 2) : undefined);
      const e2 = e1 && !e1.possessive && low(e1.tokEnd) === 'and' ? entStart.get(e1.tokEnd + 1) : undefined;
      if (e1 && e2 && !e2.possessive && e1.entity !== e2.entity)
        return { title: prefix + r.value, aff: e1.entity, end: e2.tokEnd, office: false, their: [e1.entity, e2.entity] };
    }
    if (EXT_START.has(low(e)) || (office && low(e) === 'in')) {
      const ent = entStart.get(e + 1) ?? (low(e + 1) === 'the' ? entStart.get(e + 2) : undefined);
      const after = ent ? (tokens[ent.tokEnd]?.text ?? '.') : '';
      if (ent && low(e) === 'of' && !ent.possessive && !tokens[ent.tokEnd]?.word && !office) {
        aff = ent.entity;
        e = ent.tokEnd;
      } else if (after !== '' || !ent) {
        let x = e + 1;
        let n = 0;
        for (;;) {
          while (x < tokens.length && n < 8 && tokens[x]?.word && (n === 0 || !EXT_STOP.has(low(x)))) {
            aff ??= entStart.get(x)?.entity ?? null;
            x++;
            n++;
          }
          // a possessive inside the extension: "adviser to the head of Ukraine's presidential office"
          if (isApostrophe(tokens[x]?.text) && low(x + 1) === 's' && n < 8) {
            x += 2;
            continue;
          }
          // a hyphenated word inside the extension: "envoy of President-elect X"
          if (
            tokens[x]?.text === '-' &&
            n < 8 &&
            tokens[x - 1]?.end === tokens[x]?.start &&
            tokens[x + 1]?.word &&
            tokens[x + 1]?.start === tokens[x]?.end
          ) {
            x++;
            continue;
          }
          break;
        }
        // "head of the EU's delegation to Ghana": the posting after "to" belongs to the office
        if (n > 0 && low(x) === 'to' && office) x = Math.max(x, postingEnd(x));
        if (n > 0) return { title: `${prefix + r.value} ${joinTokens(tokens, e, x)}`, aff, end: x, office: true };
      }
    }
    if (!roleStart.get(k)) return null;
    // two offices at once: "X, special adviser and personal envoy of Brazil's President", "X, deputy prime
    // minister and foreign minister of Cambodia"
    if (low(e) === 'and' && !aff) {
      const second = titleStartingAt(e + 1, false);
      if (second && !second.their)
        return { title: `${prefix + r.value} and ${second.title}`, aff: second.aff, end: second.end, office: second.office };
    }
    return { title: prefix + r.value, aff, end: e, office: false };
  };

  /**
   * A title whose "of/for/in …" runs on to the name: "Minister for Fisheries and Aquatic Resources
   * Development X", "the Commander of FARC, X", "the UN's special coordinator in Lebanon, X".
   */
  const extendedTitleEndingAt = (k: number): TitleBefore | null => {
    const last = tokens[k - 1];
    if (!last?.word || JOINERS.has(low(k - 1))) return null;
    // an institution's name ("the Sudan Sovereign Council") may hold any capitalised word
    const institution = HEADS.has(low(k - 1)) && isCapitalisedTok(last);
    for (let b = k - 1; b >= k - 10 && b > 0; b--) {
      const w = low(b);
      // "the head of the Hamas political bureau, X": an office word heads a title when a side is named in its "of …"
      if (w === 'of' && b < k - 1 && OFFICE_HEADS.has(low(b - 1)) && !titleEndingAt(b)) {
        let ext: Entity | null = null;
        for (let x = b + 1; x < k && !ext; x++) ext = inEntity[x] ? (entStart.get(x)?.entity ?? null) : null;
        if (ext) return { title: `${cap(low(b - 1))} ${joinTokens(tokens, b, k)}`, aff: ext, start: b - 1 };
      }
      if ((JOINERS.has(w) || w === 'in' || w === 'to') && b < k - 1) {
        const t = titleEndingAt(b);
        if (t) {
          let ext: Entity | null = null;
          for (let x = b + 1; x < k && !ext; x++) ext = inEntity[x] ? (entStart.get(x)?.entity ?? null) : null;
          // the office as written: "Minister of Agriculture & Farmers Welfare", not "Agriculture Minister & …"
          const r = roleEnd.get(b);
          const head =
            r && t.title.endsWith(r.value)
              ? t.title.slice(0, t.title.length - r.value.length) + joinTokens(tokens, r.tokStart, b)
              : t.title;
          // "the foreign ministers of India and Pakistan, A and B": one side each, in order
          const r2 = roleEnd.get(b);
          if (r2 && w === 'of' && /s$/.test(low(b - 1)) && !t.aff) {
            const e1 = entStart.get(b + 1) ?? entStart.get(b + 2);
            const e2 = e1 && low(e1.tokEnd) === 'and' ? (entStart.get(e1.tokEnd + 1) ?? entStart.get(e1.tokEnd + 2)) : undefined;
            if (e1 && e2 && e2.tokEnd === k) return { title: t.title, aff: e1.entity, start: t.start, their: [e1.entity, e2.entity] };
          }
          return {
            title: `${head} ${joinTokens(tokens, b, k)}`,
            aff: t.aff ?? (w === 'in' || w === 'to' ? null : ext),
            boss: t.boss,
            start: t.start,
            poss: t.poss,
          };
        }
      }
      const ok =
        inEntity[b] ||
        ORGAN_WORDS.has(w) ||
        HEADS.has(w) ||
        (isCapitalisedTok(tokens[b]) && institution) ||
        // "the Iranian envoy in Islamabad, X", "ambassador to New Delhi X": a posting's city
        (isCapitalisedTok(tokens[b]) &&
          (/^(?:in|to)$/.test(low(b - 1)) || (isCapitalisedTok(tokens[b - 1]) && /^(?:in|to)$/.test(low(b - 2))))) ||
        JOINERS.has(w) ||
        w === 'in' ||
        w === 'to';
      if (!ok) break;
    }
    return null;
  };

  /**
   * The side whose team, panel or delegation "included" the list a person stands in (the person's title
   * starting at token a): "an AU mediation team that also included A and B", "the Iranian delegation
   * comprising A, B and C". The look-back stays in the sentence.
   */
  const teamIncluding = (a: number): Entity | null => {
    let x = a - 1;
    for (let n = 0; x >= 0 && n < 40 && !INCLUDING.has(low(x)); n++, x--) if (/^[.;:!?]$/.test(tokens[x]?.text ?? '')) return null;
    if (!INCLUDING.has(low(x))) return null;
    let y = x - 1;
    if (low(y) === 'also') y--;
    if (low(y) === 'that' || low(y) === 'which') y--;
    if (!TEAMS.has(low(y))) return null;
    y--;
    while (y > 0 && ORGAN_WORDS.has(low(y)) && !entEnd.get(y + 1)) y--;
    return entEnd.get(y + 1)?.entity ?? null;
  };

  /** The side written as "[the] X" from token x: the entity and the token after it. */
  const sideAt = (x: number): EntityMention | undefined => {
    const e = entStart.get(x) ?? (low(x) === 'the' ? entStart.get(x + 1) : undefined);
    return e && !e.possessive ? e : undefined;
  };

  /**
   * The side a person signs or speaks for, read around the name (`a`: where the name and its title
   * start, `b`: one past the name): "for the RSF by Brigadier X", "X signed for Iran", "X, on behalf of
   * Turkey", "X signed the text on Russia's behalf". The look-ahead stops at the clause's end or at the
   * next person.
   */
  const sideActedFor = (a: number, b: number): Entity | null => {
    if (low(a - 1) === 'by') {
      const e = entEnd.get(a - 1);
      const f = e && !e.possessive ? (low(e.tokStart - 1) === 'the' ? e.tokStart - 2 : e.tokStart - 1) : -1;
      if (e && low(f) === 'for') return e.entity;
    }
    for (let x = b; x < b + 14 && x < tokens.length; x++) {
      const t = tokens[x];
      if (!t || (x > b && (nameStart.get(x) || roleStart.get(x)?.kind === 'title'))) break;
      if (!t.word && t.text !== ',') break;
      if (STOP_ACTED_FOR.has(t.lower)) break;
      if (t.lower === 'on' && low(x + 1) === 'behalf' && low(x + 2) === 'of') return sideAt(x + 3)?.entity ?? null;
      const e = t.lower === 'on' ? entStart.get(x + 1) : undefined;
      if (e?.possessive && low(e.tokEnd + 2) === 'behalf') return e.entity;
      if (t.lower === 'for' && (x === b || ACTS_FOR_VERBS.has(low(x - 1)))) return sideAt(x + 1)?.entity ?? null;
    }
    return null;
  };

  /** A commentator's or reporter's role beside the name, or a byline before it: never an official. */
  const notOfficial = (n: NameSpan): boolean => {
    // an outlet's name: "the official Al Ekhbariya TV"; an adjective: "the official X news agency"
    if (MEDIA.has(low(n.tokEnd))) return true;
    if (low(n.tokStart - 1) === 'official' && /^(?:the|an?)$/.test(low(n.tokStart - 2))) return true;
    for (let b = n.tokStart - 1; b >= n.tokStart - 3 && b >= 0; b--) {
      if (NOT_OFFICIAL.has(low(b))) return true;
      if (!tokens[b]?.word) break;
    }
    for (const m of BYLINE_MARKERS) {
      let ok = true;
      for (let w = 0; w < m.length && ok; w++) ok = low(n.tokStart - m.length + w) === m[w];
      if (ok) return true;
    }
    // ", a political analyst at …", ", who writes for …"
    let q = n.tokEnd;
    if (tokens[q]?.text === ',') {
      q++;
      if (low(q) === 'who' && /^(?:writes|wrote|reports|reported|covers)$/.test(low(q + 1))) return true;
      // (a clause, not an apposition, after the comma: "X, told reporters", "X, speaking to journalists")
      for (let x = q; x < q + 5 && tokens[x]?.word && !CLAUSE_WORDS.has(low(x)); x++) if (NOT_OFFICIAL.has(low(x))) return true;
    }
    return false;
  };

  /** The movement, force or organisation a name leads: "X's Libyan National Army", "the GNA of X". */
  const ledByName = (n: NameSpan): Entity | null => {
    if (isApostrophe(tokens[n.tokEnd]?.text) && low(n.tokEnd + 1) === 's') {
      const e = entStart.get(n.tokEnd + 2);
      if (e && e.entity.kind !== 'state' && !e.possessive) return e.entity;
    }
    if (low(n.tokStart - 1) !== 'of') return null;
    let x = n.tokStart - 1;
    // an acronym in brackets between: "the Government of National Accord (GNA) of X"
    if (tokens[x - 1]?.text === ')' && tokens[x - 3]?.text === '(') x -= 3;
    const e = entEnd.get(x);
    return e && e.entity.kind !== 'state' && !e.possessive ? e.entity : null;
  };

  /** The draft's name, with its "of <side>" if any, ends just before token x: "Ministers A of Chile and B". */
  const endsBefore = (d: OfficialDraft | undefined, x: number): boolean =>
    !!d &&
    (d.tokEnd === x ||
      (low(d.tokEnd) === 'of' && !entStart.get(d.tokEnd + 1)?.possessive && entStart.get(d.tokEnd + 1)?.tokEnd === x) ||
      (bracketedSideAt(d.tokEnd)?.tokEnd ?? -9) + 1 === x);

  /** "(Iran)" from token x: the side alone in brackets (its mention; the ")" is at its tokEnd). */
  const bracketedSideAt = (x: number): EntityMention | undefined => {
    if (tokens[x]?.text !== '(') return undefined;
    const e = entStart.get(x + 1);
    return e && !e.possessive && tokens[e.tokEnd]?.text === ')' ? e : undefined;
  };

  /** A dash with spaces around it at token x ("X – Iran's foreign minister –"), not a hyphen. */
  const isSpacedDash = (x: number): boolean => {
    const t = tokens[x];
    return !!t && /^[\u2013\u2014-]$/.test(t.text) && tokens[x - 1]?.end !== t.start && tokens[x + 1]?.start !== t.end;
  };

  const draftByName = (parts: string[], before: number): OfficialDraft | undefined => {
    const keys = surnameKeys(parts);
    for (let i = drafts.length - 1; i >= 0; i--) {
      const d = drafts[i];
      // a leader's bare mention carries no title: the same person's titled mention before it does
      if (d && !d.title && d.known) continue;
      if (d && d.tokStart < before && surnameKeys(d.parts).some((x) => keys.includes(x))) return d;
    }
    return undefined;
  };

  // the fullest name written for each surname: "Dissanayake, leader of …" after "Anura Kumara Dissanayake"
  const fullest = new Map<string, NameSpan>();
  for (const n of names) {
    if (n.parts.length < 2) continue;
    const key = surnameKeys(n.parts)[0] ?? '';
    const had = fullest.get(key);
    if (!had || had.parts.length < n.parts.length) fullest.set(key, n);
  }

  // how often each lone word is written as a name
  const lone = new Map<string, number>();
  for (const n of names) if (n.parts.length === 1) lone.set(n.parts[0] ?? '', (lone.get(n.parts[0] ?? '') ?? 0) + 1);
  let represented: { side: Entity; until: number } | null = null;
  const bareSeen = new Set<string>();
  for (let ni = 0; ni < names.length; ni++) {
    const n = names[ni];
    if (!n) continue;
    if (notOfficial(n)) continue;
    // "the Sudan Sovereign Council", "the High Peace Council": part of an institution's name
    if (
      HEADS.has(low(n.tokEnd)) &&
      isCapitalisedTok(tokens[n.tokEnd]) &&
      tokens[n.tokEnd - 1]?.end !== undefined &&
      !/[,.]/.test(tokens[n.tokEnd]?.text ?? '')
    )
      continue;
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
    let boss: string[] | undefined;
    let counterpartOf: OfficialDraft | undefined;
    let k = j;
    if (tokens[k - 1]?.text === ',') k--;
    if (tokens[k - 1]?.text === ')') {
      let p = k - 2;
      while (p > k - 6 && p >= 0 && tokens[p]?.text !== '(') p--;
      if (tokens[p]?.text === '(') k = p;
      if (tokens[k - 1]?.text === ',') k--;
    }
    let left: TitleBefore | null = titleEndingAt(k) ?? extendedTitleEndingAt(k);
    // "Niger's General X", "Pakistani Gen. X": a side written just before a rank with no title
    if (!left && rank) aff = entEnd.get(j)?.entity ?? null;
    let plural = !!left && ((/s$/.test(low(k - 1)) && !!roleEnd.get(k)) || !!left.their);
    // "the defence ministers, Ghana's A and his Togolese counterpart B": a side's possessive between a plural title and the name
    const sideBefore = possessiveEndingAt(k);
    if (!left && !rank && sideBefore) {
      const c = sideBefore.tokStart;
      const t = tokens[c - 1]?.text === ',' && /s$/.test(low(c - 2)) ? titleEndingAt(c - 1) : null;
      if (t && !t.aff) {
        left = { ...t, aff: sideBefore.entity };
        plural = true;
      }
    }
    let their: Entity[] | undefined = left?.their;
    // "the three ministers, A of Serbia, B of Albania and C of Greece": each item of the list after a plural title
    // (an item may carry its side's possessive: "…, Ghana's A and Togo's B")
    const possSide = possessiveEndingAt(j);
    const jj = possSide ? possSide.tokStart : j;
    const listItem =
      !left &&
      (low(jj - 1) === 'and' || (tokens[jj - 1]?.text === ',' && low(jj - 2) !== 'and')) &&
      endsBefore(drafts[drafts.length - 1], jj - 1) &&
      !!drafts[drafts.length - 1]?.pluralTitle;
    if (left) {
      title = left.title;
      aff = left.aff;
      boss = left.boss;
      const r = roleEnd.get(k);
      if (plural && !aff && r && low(r.tokStart - (MODIFIERS.has(low(r.tokStart - 1)) ? 2 : 1)) === 'their') {
        their = sidesBefore(drafts, r.tokStart);
        aff = their?.[0] ?? null;
      }
    } else if (listItem) {
      title = drafts[drafts.length - 1]?.title ?? null;
      const prev = drafts[drafts.length - 1]?.their;
      if (prev) {
        their = prev;
        aff = prev[1] ?? null;
      }
      if (possSide) aff = possSide.entity;
    } else if (COUNTERPART.has(low(k - 1))) {
      // "his Indian counterpart X", "Putin's Ukrainian counterpart X": the same title, the other side
      const e = entEnd.get(k - 1);
      aff = e?.entity ?? null;
      const o = e ? e.tokStart : k - 1;
      const owner = isApostrophe(tokens[o - 2]?.text) && low(o - 1) === 's' ? nameEnd.get(o - 2) : undefined;
      counterpartOf = owner ? draftByName(owner.parts, n.tokStart) : drafts[drafts.length - 1];
      if (owner && !counterpartOf) boss = owner.parts;
      title = counterpartOf?.title ?? null;
    }
    // "the Bahraini delegation was led by", "the Qatari one by", "the movement, which is led by", "a faction … headed by"
    let ledDelegation: Entity | null = null;
    // "a Peruvian delegation led by Foreign Minister X": the delegation's side is the titled head's too
    if (left && !aff && left.start !== undefined && low(left.start - 1) === 'by') {
      // "Fatah's delegation was led by A, and Hamas's by senior official B": the side's possessive before "by"
      const owner = entEnd.get(left.start - 1);
      if (owner?.possessive) aff = owner.entity;
      let x = left.start - 2;
      if (low(x) === 'led' || low(x) === 'headed') {
        x--;
        if (['was', 'were', 'is', 'are'].includes(low(x))) x--;
        if (low(x) === 'which') x--;
        if (tokens[x]?.text === ',') x--;
        const e = DELEGATION.has(low(x)) ? entEnd.get(x) : undefined;
        if (e) aff = e.entity;
      }
    }
    let p = j - 1;
    if (low(p) === 'by' && !left) {
      p--;
      const verb = low(p) === 'led' || low(p) === 'headed';
      if (verb) p--;
      if (['was', 'were', 'is', 'are'].includes(low(p))) p--;
      if (low(p) === 'which' || low(p) === 'who') p--;
      if (tokens[p]?.text === ',') p--;
      if (DELEGATION.has(low(p))) {
        const e = entEnd.get(p);
        if (e) {
          aff ??= e.entity;
          ledDelegation = e.entity;
        }
      } else if (verb) {
        // the group (or side) just before: "Hezb-e-Islami, which is led by X"; "a faction of the SLM headed by X"
        const e = entEnd.get(p + 1);
        const group = LED_GROUPS.has(low(p)) || (e && e.entity.kind !== 'state');
        if (group) {
          aff ??= e?.entity ?? null;
          title ??= 'Leader';
        }
        // "the other, led by X, is a faction of the SPLM-N": the group named after the name
        else if (low(p) === 'other' && tokens[j - 3]?.text === ',' && tokens[n.tokEnd]?.text === ',') {
          let x = n.tokEnd + 1;
          if (low(x) === 'is' || low(x) === 'was') x++;
          if (low(x) === 'a' || low(x) === 'an' || low(x) === 'the') x++;
          if (LED_GROUPS.has(low(x))) {
            title ??= 'Leader';
            const e = low(x + 1) === 'of' ? (entStart.get(x + 2) ?? entStart.get(x + 3)) : undefined;
            // the whole name only: "the Sudan People's Liberation Movement" is not Sudan
            const more = e && (e.possessive || isCapitalisedTok(tokens[e.tokEnd]) || isApostrophe(tokens[e.tokEnd]?.text));
            if (e && !more) aff ??= e.entity;
          }
        }
      }
    }
    // "India was represented by X", "The Pakistani side was represented by Foreign Secretary X"
    const rb = left?.start ?? j;
    if (low(rb - 1) === 'by' && low(rb - 2) === 'represented') {
      let x = rb - 3;
      if (['was', 'were', 'is', 'are'].includes(low(x))) x--;
      if (DELEGATION.has(low(x)) && entEnd.get(x)) x--;
      const e = entEnd.get(x + 1);
      if (e) {
        aff ??= e.entity;
        represented = { side: e.entity, until: sentenceEndAfter(tokens, j) };
      }
    }
    // "India was represented by A, its adviser, and B, the intelligence chief": B too
    if (!aff && represented && n.tokStart < represented.until && low(j - 1) === 'and') aff = represented.side;
    // right side: "of Iran", ", Pakistan's Foreign Minister", ", who led the Taliban delegation"
    let q = n.tokEnd;
    let ofEntity: Entity | null = null;
    // "President X of France", "Secretary-General X of the United Nations"
    const ofThe = low(q) === 'of' && low(q + 1) === 'the' && !entStart.get(q + 1) ? entStart.get(q + 2) : undefined;
    if (low(q) === 'of' && (entStart.get(q + 1) || (ofThe && !ofThe.possessive))) {
      const e = entStart.get(q + 1) ?? ofThe;
      ofEntity = e?.entity ?? null;
      aff ??= ofEntity;
      if (e && !e.possessive) q = e.tokEnd;
    }
    let pluralRight = false;
    // "Hossein Amir-Abdollahian (Iran)": a side alone in brackets after the name
    const bracketed = bracketedSideAt(q);
    if (bracketed) {
      aff ??= bracketed.entity;
      q = bracketed.tokEnd + 1;
    }
    // an apposition after a comma, a spaced dash or a bracket: "X, Iran's foreign minister", "X – Iran's
    // foreign minister –", "X (Iran's foreign minister)"
    if (tokens[q]?.text === ',' || tokens[q]?.text === '(' || isSpacedDash(q)) {
      q++;
      // an age in apposition before the role: "X, 54, Peru's foreign minister"
      if (/^\d{1,3}$/.test(tokens[q]?.text ?? '') && tokens[q + 1]?.text === ',') q += 2;
      if (low(q) === 'who' && (LEAD_VERBS.has(low(q + 1)) || (low(q + 1) === 'has' && LEAD_VERBS.has(low(q + 2))))) {
        const v = low(q + 1) === 'has' ? q + 2 : q + 1;
        const e = entStart.get(v + 1) ?? entStart.get(v + 2);
        let end = v + 1;
        while (end < v + 8 && tokens[end]?.word && !DELEGATION.has(low(end))) end++;
        if (e && DELEGATION.has(low(e.tokEnd))) {
          aff ??= e.entity;
          title ??= `Leader of the ${e.entity.name} delegation`;
        } else if (DELEGATION.has(low(end))) {
          // "who heads the HIA delegation": the side not in the lexicon, the role as written
          title ??= `Head of ${joinTokens(tokens, v + 1, end + 1)}`;
          // "who leads the U.S. negotiating team": the side inside it
          if (e && e.tokStart < end) aff ??= e.entity;
        } else {
          // "who heads Egypt's intelligence service", "who leads Iran's Supreme National Security Council"
          const y = sideWordsEnd(v + 1);
          if (y >= 0 && e) {
            title ??= `Head of ${joinTokens(tokens, v + 1, y)}`;
            aff ??= e.entity;
          }
        }
      } else if (
        low(q) === 'who' &&
        (((low(q + 1) === 'has' || low(q + 1) === 'had') && /^(?:acted|served)$/.test(low(q + 2)) && low(q + 3) === 'as') ||
          (/^(?:acts|acted|serves|served)$/.test(low(q + 1)) && low(q + 2) === 'as') ||
          /^(?:is|was|became|becomes)$/.test(low(q + 1)))
      ) {
        // "X, who has acted as the U.N.'s mediator", "X, who is also Pakistan's foreign minister", "X, who
        // serves as Peru's ambassador": the role
        let t = /^(?:is|was|became|becomes)$/.test(low(q + 1)) ? q + 2 : low(q + 2) === 'as' ? q + 3 : q + 4;
        if (low(t) === 'also') t++;
        if (low(t) === 'the' || low(t) === 'a' || low(t) === 'an') t++;
        const e = entStart.get(t);
        if (e) t = e.possessive ? e.tokEnd + 2 : e.tokEnd;
        const right = titleStartingAt(t, false);
        if (right) {
          title ??= right.title;
          aff ??= e?.entity ?? right.aff;
        }
      } else {
        let owner: Entity | null = null;
        let ownerDraft: OfficialDraft | undefined;
        if (low(q) === 'its' || low(q) === 'their') {
          // "India was represented by X, its National Security Advisor": the side named last before
          for (let x = n.tokStart - 1; x >= 0 && x > n.tokStart - 30; x--) {
            const e = entStart.get(x);
            if (e) {
              owner = e.entity;
              break;
            }
            if (tokens[x]?.text === '.' && !inEntity[x]) break;
          }
          q++;
        } else if (low(q) === 'his' || low(q) === 'her') {
          ownerDraft = drafts[drafts.length - 1];
          q++;
        } else if (low(q) === 'the' || low(q) === 'a' || low(q) === 'an') q++;
        if (low(q) === 'two' || low(q) === 'three' || low(q) === 'both') {
          q++;
          pluralRight = true;
        }
        const mods = MODIFIERS.has(low(q)) && entStart.get(q + 1) ? 1 : 0;
        q += mods;
        const e = entStart.get(q);
        let t = q;
        if (e) t = e.possessive ? e.tokEnd + 2 : e.tokEnd;
        // "X, Trump's special envoy", "X, the sultanate's foreign minister", "X, the Kremlin spokesman": a
        // person's, an institution's or a common noun's possessive, or an institution, before the title
        let heldBy: string[] | undefined;
        let instAff: Entity | null = null;
        const qRole = roleStart.get(q);
        const possAt = (x: number): boolean => isApostrophe(tokens[x]?.text) && low(x + 1) === 's';
        if (!e && (!qRole || (qRole.kind === 'title' && possAt(qRole.tokEnd)))) {
          const inst = qRole ? null : institutionStartingAt(q);
          let x = inst ? inst.end : q;
          instAff = inst?.entity ?? null;
          if (qRole) x = qRole.tokEnd + 2;
          else if (!inst && tokens[q]?.word) {
            const nm = nameStart.get(q);
            if (nm && possAt(nm.tokEnd)) {
              heldBy = nm.parts;
              x = nm.tokEnd + 2;
            } else if (!nm && possAt(q + 1) && POSSESSORS.has(low(q))) x = q + 3;
            // a plural possessive: "A and B, the two countries' foreign ministers"
            else if (!nm && isApostrophe(tokens[q + 1]?.text) && low(q + 2) !== 's' && POSSESSORS.has(singular(low(q)))) x = q + 2;
          } else if (inst && possAt(x)) x += 2;
          if (x > q && roleStart.get(x)) t = x;
          else instAff = null;
          if (t === q) heldBy = undefined;
        }
        // "the Philippine Foreign Affairs spokesperson": organ words between the side and the title
        if (!roleStart.get(t)) {
          let x = t;
          while (x < t + 3 && ORGAN_WORDS.has(low(x)) && !roleStart.get(x)) x++;
          // "X, the Ethiopian government's chief negotiator"
          if (x > t && possAt(x)) x += 2;
          if (x > t && roleStart.get(x)) t = x;
        }
        if (COUNTERPART.has(low(t)) && ownerDraft) {
          // "X, his French counterpart,"
          counterpartOf = ownerDraft;
          title ??= ownerDraft.title;
          aff ??= e?.entity ?? null;
        } else {
          const right = titleStartingAt(t, !!(left || rank || ledDelegation));
          // "X, senior adviser for Africa at the U.S. State Department,": the body the office is at
          const at = right ? bodyAt(right.end) : null;
          if (right && at) aff ??= e?.entity ?? instAff ?? right.aff ?? at.aff;
          // apposition closes with punctuation or a reporting verb; "Munir, Iranian FM agree" is a list
          if (right && (at || APPOSITION_END.test(tokens[right.end]?.text ?? '.'))) {
            pluralRight ||= (/s$/.test(low(right.end - 1)) && !!roleEnd.get(right.end)) || !!right.their;
            if (right.their && !left) {
              their = right.their;
              aff ??= right.their[1] ?? null;
            }
            if (!title) title = right.title;
            // two offices at once: "China's top diplomat, Wang Yi, director of the Office of …"
            else if (right.office && left && !ledDelegation) title = `${title}, ${right.title}`;
            aff ??=
              e?.entity ??
              instAff ??
              right.aff ??
              owner ??
              (ownerDraft && n.tokStart - ownerDraft.tokStart < 40 ? ownerDraft.affiliation : null);
            if (!aff && heldBy) boss ??= heldBy;
          } else pluralRight = false;
        }
      }
    }
    // "Sri Lanka's Minister A X and Minister B Y": a possessive side carries over a coordinated title
    if (!aff && left?.start !== undefined && !left.former && low(left.start - 1) === 'and') {
      const prev = drafts[drafts.length - 1];
      if (
        prev &&
        prev.tokEnd === left.start - 1 &&
        prev.possessive &&
        low((prev.titleStart ?? 0) - 3) !== 'between' &&
        low((prev.titleStart ?? 0) - 4) !== 'between'
      )
        aff = prev.affiliation;
    }
    // "Russia's Sergey Lavrov", "Ukraine's Dmytro Kuleba": a side's possessive is the role; the title may come later
    let possessiveOnly = false;
    if (!title && !rank && !honor && n.parts.length > 1 && j === n.tokStart) {
      const e = entEnd.get(j);
      if (e?.possessive && !isApostrophe(tokens[n.tokEnd]?.text)) {
        aff ??= e.entity;
        possessiveOnly = true;
      }
    }
    // a delegation's head is a role only when no title is given ("led by Dr X, the Undersecretary …")
    if (ledDelegation) title ??= `Head of the ${ledDelegation.name} delegation`;
    // a well-known leader named without a role ("Putin and Erdogan agreed", "overseen by Donald Trump")
    // (once per name as written: its later mentions are collected from the names when merging)
    // (not a leader's name used as a modifier: "the Trump administration", "the Putin regime")
    const known = !title && !rank && !honor && !bareSeen.has(n.text) && !NAME_MODIFIED.has(low(n.tokEnd)) && knownLeader(n.parts);
    if (known) bareSeen.add(n.text);
    // the leader of a movement, force or organisation named by it: "Khalifa Haftar's Libyan National Army",
    // "the Government of National Accord (GNA) of Fayez al-Sarraj"
    if (!title && !rank && n.parts.length > 1) {
      const g = ledByName(n);
      if (g) {
        title = 'Leader';
        aff ??= g;
      }
    }
    if (!title && !rank && !honor && !possessiveOnly && !known) continue;
    // "X signed on behalf of Turkey", "Y, signing for the UN", "signed for the RSF by Z": the side a signer acts for
    if (!aff) aff = sideActedFor(left?.start ?? j, n.tokEnd);
    // one bare word is a person only right after a title or rank ("COAS Munir", "President Erdogan"), or
    // with a role after it when the text gives the full name elsewhere ("Dissanayake, leader of …")
    let parts = n.parts;
    let display = n.display;
    // a lone word after a title or rank is a name only when the text writes a fuller name with it or it is a
    // well-known leader's surname ("President Erdogan"): never "General Motors", "King Kong", "President Cup"
    if (n.parts.length < 2 && (left || rank)) {
      const key = surnameKeys(n.parts)[0] ?? '';
      const word = n.parts[0] ?? '';
      // also a hyphenated name ("FM Amir-Abdollahian"), or one the text names again and again after an office
      const repeated = !rank && left && !/^(?:King|Queen)$/.test(left.title) && (lone.get(word) ?? 0) >= 3;
      if (!fullest.has(key) && !leaderSurnames().has(key) && !word.includes('-') && !repeated) continue;
    }
    if (n.parts.length < 2 && !(left || rank)) {
      const full = fullest.get(surnameKeys(n.parts)[0] ?? '');
      // a leader's surname alone stays as written when the text gives no fuller name
      if (!known && (!full || !title || !tokens[n.tokEnd] || tokens[n.tokEnd]?.text !== ',')) continue;
      if (full) {
        parts = full.parts;
        display = full.display;
      }
    }
    title ??= honor ?? (rank ? normaliseRank(rank) : null);
    // "A of X and B of Y, the two prime ministers": the plural title after B is A's too
    if (pluralRight && !left) {
      const prev = names[ni - 1];
      // a leader's bare draft there takes the title: "Alexis Tsipras of Greece and B of Y, the two prime ministers"
      const bareAt = drafts.findIndex((d) => d.tokStart === prev?.tokStart && d.known && !d.title);
      if (bareAt >= 0) drafts.splice(bareAt, 1);
      if (prev && !drafts.some((d) => d.tokStart === prev.tokStart) && prev.parts.length > 1) {
        let x = prev.tokEnd;
        let prevAff: Entity | null = null;
        if (low(x) === 'of' && entStart.get(x + 1)) {
          prevAff = entStart.get(x + 1)?.entity ?? null;
          x = entStart.get(x + 1)?.tokEnd ?? x;
        }
        prevAff ??= their?.[0] ?? null;
        if (x === j - 1 && low(x) === 'and') {
          drafts.push({
            parts: prev.parts,
            display: prev.display,
            title,
            rank: null,
            affiliation: prevAff,
            tokStart: prev.tokStart,
            tokEnd: prev.tokEnd,
            pluralTitle: false,
          });
        }
      }
    }
    drafts.push({
      parts,
      display,
      title,
      rank,
      affiliation: aff,
      tokStart: n.tokStart,
      tokEnd: n.tokEnd,
      pluralTitle: plural || (low(j - 1) === 'and' && !left && !!title) || listItem,
      their,
      boss,
      counterpartOf,
      possessive: !!left?.poss && aff === left.aff,
      titleStart: left?.start ?? n.tokStart,
      known,
      former: !!left?.former,
    });
  }
  // "an AU mediation team that also included former Kenyan President A and B": members of a side's team;
  // "He was assisted by A and B", "X, accompanied by Y": on the side of the official named just before
  let companionOf: OfficialDraft | null = null;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (!d) continue;
    const a = d.titleStart ?? d.tokStart;
    const prev = drafts[i - 1];
    const listed = companionOf && prev && low(a - 1) === 'and' && (prev.tokEnd === a - 1 || prev.tokEnd === a - 2);
    if (!listed) companionOf = null;
    if (d.affiliation) continue;
    const side = teamIncluding(a);
    if (side) {
      d.affiliation = side;
      continue;
    }
    if (low(a - 1) === 'by' && COMPANIONS.has(low(a - 2)) && prev?.affiliation && a - prev.tokStart < 40) companionOf = prev;
    if (companionOf && (listed || low(a - 1) === 'by')) d.affiliation = companionOf.affiliation;
  }
  pairInParallel(drafts, tokens);
  return drafts;
}

/**
 * "Defence Minister Israel Katz": right after a title, a state's one-word name written just before a name
 * is the person's given name (the entity finder took it for the state).
 */
function withStateWordNames(names: NameSpan[], entities: EntityMention[], tokens: Token[], roleEnd: Map<number, RoleSpan>): NameSpan[] {
  const byEnd = new Map<number, EntityMention>();
  for (const e of entities) if (e.tokEnd - e.tokStart === 1 && e.form === 'name' && !e.possessive) byEnd.set(e.tokEnd, e);
  let out: NameSpan[] | null = null;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const e = n ? byEnd.get(n.tokStart) : undefined;
    if (!n || !e || roleEnd.get(e.tokStart)?.kind !== 'title') continue;
    const w = tokens[e.tokStart];
    if (!w || w.end + 1 !== n.start) continue;
    out ??= names.slice();
    out[i] = {
      ...n,
      tokStart: e.tokStart,
      start: w.start,
      text: `${w.text} ${n.text}`,
      parts: [w.text, ...n.parts],
      display: `${w.text} ${n.display}`,
    };
  }
  return out ?? names;
}

/**
 * "signed by the foreign ministers, A and B, while C of Greece and D of Macedonia, the two prime ministers,
 * looked on": a pair under one plural title with no sides takes, in order, the sides of the pair named
 * next in the same sentence.
 */
function pairInParallel(drafts: OfficialDraft[], tokens: Token[]): void {
  for (let i = 0; i + 3 < drafts.length; i++) {
    const [a, b, c, d] = [drafts[i], drafts[i + 1], drafts[i + 2], drafts[i + 3]];
    if (!a || !b || !c || !d || a.affiliation || b.affiliation || !a.pluralTitle || a.title !== b.title) continue;
    if (tokens[b.tokStart - 1]?.lower !== 'and' || b.tokStart - a.tokEnd !== 1) continue;
    if (!c.affiliation || !d.affiliation || c.affiliation === d.affiliation || d.tokStart - a.tokStart > 50) continue;
    let stop = false;
    for (let x = a.tokEnd; x < d.tokStart && !stop; x++) stop = tokens[x]?.text === '.' || tokens[x]?.text === ';';
    if (stop) continue;
    a.affiliation = c.affiliation;
    b.affiliation = d.affiliation;
  }
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

/** A state by its ISO code, or an organisation by its short name ("EU"). */
const sideByCode = (code: string): Entity | null =>
  stateByCode(code) ?? phrasesFor(code.toLowerCase())?.find((p) => p.form === 'name' && p.entity.kind !== 'state')?.entity ?? null;
const isAllCapsTok = (t: Token | undefined): boolean => !!t && t.text.length >= 2 && t.text === t.text.toUpperCase();
const isCapitalisedTok = (t: Token | undefined): boolean => !!t && t.word && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90;

let leaderFull: Map<string, string[]> | null = null;
/**
 * A well-known leader's name: the full name as listed ("Donald Trump"), or the surname alone when it is
 * distinctive ("Putin", "Erdogan"; never "Khan", "Kim" or "May", which many people or words share).
 */
const knownCache = new Map<string, boolean>();
function knownLeader(parts: string[]): boolean {
  const id = parts.join(' ');
  let hit = knownCache.get(id);
  if (hit === undefined) {
    hit = isKnownLeader(parts);
    if (knownCache.size > 4096) knownCache.clear();
    knownCache.set(id, hit);
  }
  return hit;
}
function isKnownLeader(parts: string[]): boolean {
  if (!leaderFull) {
    leaderFull = new Map();
    for (const [n] of LEADERS) leaderFull.set(n.split(' ').map(foldName).join(' '), n.split(' '));
  }
  if (parts.length > 1) return leaderFull.has(parts.map(foldName).join(' '));
  const key = surnameKeys(parts)[0] ?? '';
  return leaderSurnames().has(key) && !SHARED.has(key);
}
let sharedKeys: Set<string> | null = null;
const SHARED = {
  has: (k: string): boolean => {
    sharedKeys ??= new Set(SHARED_SURNAMES.map(foldName));
    return sharedKeys.has(k);
  },
};

let leaderKeys: Set<string> | null = null;
/** Surname keys of the well-known leaders, folded once. */
function leaderSurnames(): Set<string> {
  leaderKeys ??= new Set(LEADERS.map(([n]) => surnameKeys(n.split(' '))[0] ?? ''));
  return leaderKeys;
}

/** Index of the first sentence-closing "." at or after token i (bounded look-ahead; tokens.length if none). */
function sentenceEndAfter(tokens: Token[], i: number): number {
  for (let x = i; x < tokens.length && x < i + 80; x++) if (tokens[x]?.text === '.' && tokens[x - 1]?.text.length !== 1) return x;
  return Math.min(tokens.length, i + 80);
}
