// The sides of the agreement, by role rather than by count: entities in the clauses that carry an
// agreement cue, in "between X and Y", in "X-Y" compounds, in the title, and the affiliations of the
// officials. Mediators and hosts ("brokered by", "hosted by", "mediated by"), venues ("in Doha") and
// targets ("against the FDLR") score nothing; background sentences ("in 2017") score nothing.
// The parties are the top scorers: the two best, plus any other close to them.

import { eachMatch } from './scan';
import { isSubjectOfCue } from './subject-of-cue';
import { isBackground } from './gates';
import type { Entity } from '../model/gazetteer';
import type { EntityMention } from './find-entities';
import { PLACE_PREPOSITIONS } from './find-entities';
import type { Sentence } from './segment';
import type { Token } from './tokens';

export interface PartyScore {
  entity: Entity;
  score: number;
  mediator: boolean;
  /** Seen as a side: subject of an agreement verb, "between X and Y", "X-Y". A side that also hosts stays a side. */
  side: boolean;
}

const AGREEMENT_WORDS =
  /\b(?:agree\w*|sign\w*|pact|deal|accord|ceasefire|cease-fire|truce|arrangement|protocol|declaration|treaty|memorandum|understanding|decision|decided|pledg\w*|commit\w*|consent\w*|undert\w*|resume|normali[sz]\w*)\b/i;
const VISIT_PREPS = new Set(['to', 'visit', 'visited', 'visiting', 'in']);
const MEETING_WORDS = /\b(?:met|meet|meeting|talks|summit|visit\w*|conference|delegation|counterpart)\b/i;
const MEDIATOR_BEFORE =
  /\b(?:brokered|mediated|hosted|facilitated|arranged|convened|led|chaired|sponsored)\s+by\s+(?:the\s+)?$|\b(?:mediation|auspices|help)\s+of\s+(?:the\s+)?$|\bmediator\s+$/i;
// the second of two mediators: "brokered by Saudi Arabia and the United States" (case-sensitive names)
const MEDIATOR_BEFORE_PAIR =
  /\b(?:brokered|mediated|hosted|facilitated|sponsored)\s+by\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s+and\s+(?:the\s+)?$/u;
// "Qatar-brokered", "Qatar brokered the deal", "Qatar, Egypt and the United States mediated the talks"
const MEDIATOR_AFTER =
  /^[-\s]*(?:brokered|mediated|hosted|sponsored)\b|^(?:\s*(?:,|and)\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}){0,4}\s+(?:also\s+)?(?:brokered|mediated|hosted|facilitated)\s+(?:the|a|an)\b/u;
/** Every MEDIATOR_AFTER match holds one of these: a cheap exact gate before the pattern. */
const MEDIATOR_VERBS = ['brokered', 'mediated', 'hosted', 'sponsored', 'facilitated'];
const BETWEEN = /\bbetween\s+(?:the\s+)?$|\bbetween\s+(?:the\s+)?[^,;.]{1,40}?\s+and\s+(?:the\s+)?$/i;
// The entity signs with or is signed by: "signed with the Taliban", "signed by Rwanda and".
const SIGNED_WITH = /\b(?:signed|agreement|deal|pact|accord|truce|ceasefire)\s+(?:by|with)\s+(?:the\s+)?$/i;
/** "agreed that" / "accepted that" just before the entity … */
const AGREED_THAT = /\b(?:agreed|accepted|agree|accept)\s+that\s+(?:the\s+)?$/i;
/** … and the entity's own step after it: "Mexico would cut", "Ukraine will withdraw". */
const WOULD_AFTER =
  /^(?:['’]s\s+\p{L}+)?\s+(?:would|will|shall)\s+(?:also\s+|only\s+)?(?!be\s+(?:invited|asked|allowed|consulted|told)\b)\p{Ll}/u;

/** A named signatory: "the signatories were the Sudan Revolutionary Front's representative …". */
const SIGNATORY = /\bsignator(?:y|ies)\s+(?:were|was|are|is|included|include)\s+(?:the\s+)?$/i;

/** The entity (or its official named right after it) reacts to the deal rather than making it. */
const REACTED =
  /^[^,;.!?]{0,40}?\s(?:welcomed|hailed|praised|lauded|applauded|thanked|congratulated|criticised|criticized|condemned|denounced|slammed)\b/i;

/** "… welcomed the deal it signed": the reacting side made the deal itself. */
const OWN_DEAL = /\b(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+|just\s+)?(?:signed|agreed|reached|struck|sealed)\b/i;

/** What stands between two names of one list: "Ukraine, Russia", "Russia and France", "A, and the B". */
const COORDINATED = /^(?:['’]s)?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?$/;

/** Clause breaks inside a sentence: entities across them are not in the cue's clause. */
const CLAUSE_SPLIT = /;|,\s+(?:where|while|whereas|although|though)\s/g;

export function scoreParties(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  entities: EntityMention[],
  title: string | null,
  officialAffiliations: Entity[],
  titleEntities: Entity[],
): PartyScore[] {
  const scores = new Map<Entity, PartyScore>();
  const bump = (e: Entity, n: number): void => {
    const s = scores.get(e) ?? { entity: e, score: 0, mediator: false, side: false };
    s.score += n;
    scores.set(e, s);
  };
  const clauseWeight = new Map<string, number>();
  const startsAt = new Set(entities.map((x) => x.tokStart));
  const endsAt = new Set(entities.map((x) => x.tokEnd));
  let si = 0;
  let bgFor = -1;
  let background = false;
  /** Mentions that are (part of) the subject of an agreement verb, by index. */
  const subjectOf = new Set<number>();
  for (let mi = 0; mi < entities.length; mi++) {
    const m = entities[mi];
    if (!m) continue;
    while (si < sentences.length && (sentences[si]?.end ?? 0) < m.end) si++;
    const sent = sentences[si];
    if (!sent) break;
    if (bgFor !== si) {
      bgFor = si;
      background = isBackground(sent.text);
    }
    const before = text.slice(Math.max(sent.start, m.start - 40), m.start);
    const after = text.slice(m.end, Math.min(sent.end, m.end + 60));
    if (
      (/by|of|mediator/.test(before) && (MEDIATOR_BEFORE.test(before) || MEDIATOR_BEFORE_PAIR.test(before))) ||
      (/ed\b/.test(after) && MEDIATOR_VERBS.some((v) => after.includes(v)) && MEDIATOR_AFTER.test(after))
    ) {
      bump(m.entity, 0);
      const s = scores.get(m.entity);
      if (s) s.mediator = true;
      continue;
    }
    const prev = prevWordText(tokens, m.tokStart);
    // a venue scores little, but the host of a bilateral visit is a side ("visit to Pakistan")
    if (PLACE_PREPOSITIONS.has(prev) && m.form !== 'demonym') {
      bump(m.entity, VISIT_PREPS.has(prev) && m.entity.kind === 'state' ? 0.6 : 0);
      continue;
    }
    if (background) {
      bump(m.entity, 0.1);
      continue;
    }
    const clause = clauseAround(sent, m.start);
    // a sentence names many entities: weigh each clause once
    let n = clauseWeight.get(clause);
    if (n === undefined) {
      n = AGREEMENT_WORDS.test(clause) ? 2 : MEETING_WORDS.test(clause) ? 1 : 0.2;
      clauseWeight.set(clause, n);
    }
    // "U.S. President Joe Biden welcomed the ceasefire": a third side reacting to the deal
    if (n >= 2 && REACTED.test(after) && !OWN_DEAL.test(after)) n = 0.2;
    let side = false;
    if (BETWEEN.test(before)) {
      n += 1.5;
      side = true;
    }
    if (n >= 2 && isSubjectOfCue(after + text.slice(m.end + after.length, m.end + after.length + 40))) {
      n += 3;
      side = true;
      subjectOf.add(mi);
    }
    if (SIGNED_WITH.test(before)) {
      n += 2;
      side = true;
    }
    if (SIGNATORY.test(before)) {
      n += 3;
      side = true;
    }
    // "the group accepted that Mexico would cut only 100,000 barrels": a side's own share of the terms
    if (AGREED_THAT.test(before) && WOULD_AFTER.test(after)) {
      n += 3;
      side = true;
    }
    // "Pakistan-Iran border", "Bahraini-Qatari committee"
    const nextTok = tokens[m.tokEnd];
    const prevTok = tokens[m.tokStart - 1];
    const compound =
      (nextTok?.text === '-' && nextTok.start === m.end && startsAt.has(m.tokEnd + 1)) ||
      (prevTok?.text === '-' && prevTok.end === m.start && endsAt.has(m.tokStart - 1));
    if (compound) {
      n += 2;
      side = true;
    }
    bump(m.entity, n);
    if (side) {
      const s = scores.get(m.entity);
      if (s) s.side = true;
    }
  }
  // "leaders of Ukraine, Russia, France and Germany had reached agreement": the matcher sees only the last
  // two names before the verb; every earlier name of the same list is part of the subject too
  for (let mi = entities.length - 1; mi > 0; mi--) {
    const m = entities[mi];
    const prev = entities[mi - 1];
    if (!m || !prev || !subjectOf.has(mi) || subjectOf.has(mi - 1)) continue;
    if (!COORDINATED.test(text.slice(prev.end, m.start))) continue;
    subjectOf.add(mi - 1);
    bump(prev.entity, prev.entity === m.entity ? 0 : 3);
    const s = scores.get(prev.entity);
    if (s) s.side = true;
  }
  // the people who met or signed speak for the sides
  for (const e of officialAffiliations) bump(e, 2.5);
  for (const e of titleEntities) bump(e, title && AGREEMENT_WORDS.test(title) ? 2.5 : 1);
  return [...scores.values()].sort((a, b) => b.score - a.score);
}

/** What being seen as a side adds to an entity's rank when the parties are picked. */
const SIDE_BONUS = 2;

/** Keeps the top two non-mediators, and any other within 60% of the second. */
export function pickParties(scores: PartyScore[]): PartyScore[] {
  // an entity the structure shows as a side ("signed by", "X and Y agreed", a signatory) outranks one
  // that only gathers mentions (the venue's country, a guarantor named often)
  const rank = (s: PartyScore): number => s.score + (s.side ? SIDE_BONUS : 0);
  const sides = scores.filter((s) => (!s.mediator || s.side) && s.score >= 2).sort((a, b) => rank(b) - rank(a));
  const top = sides[0];
  if (!top) return [];
  const second = sides[1];
  const out = [top];
  if (second && rank(second) >= rank(top) * 0.3) out.push(second);
  for (const s of sides.slice(2)) if (second && rank(s) >= rank(second) * 0.6 && rank(s) >= rank(top) * 0.45) out.push(s);
  return out;
}

function prevWordText(tokens: Token[], i: number): string {
  let j = i - 1;
  while (j >= 0 && /^(?:the|a|an)$/i.test(tokens[j]?.text ?? '')) j--;
  return tokens[j]?.word ? (tokens[j]?.text.toLowerCase() ?? '') : '';
}

function clauseAround(sent: Sentence, at: number): string {
  if (!sent.text.includes(';') && !sent.text.includes(', wh') && !sent.text.includes(', alth') && !sent.text.includes(', th'))
    return sent.text;
  const rel = at - sent.start;
  let s = 0;
  let e = sent.text.length;
  for (const m of eachMatch(CLAUSE_SPLIT, sent.text)) {
    const i = m.index ?? 0;
    if (i < rel) s = i;
    else {
      e = i;
      break;
    }
  }
  return sent.text.slice(s, e);
}
