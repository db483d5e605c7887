// The sides of the agreement, by role rather than by count: entities in the clauses that carry an
// agreement cue, in "between X and Y", in "X-Y" compounds, in the title, and the affiliations of the
// officials. Mediators and hosts ("brokered by", "hosted by", "mediated by"), venues ("in Doha") and
// targets ("against the FDLR") score nothing; background sentences ("in 2017") score nothing.
// The parties are the top scorers: the two best, plus any other close to them.

import { eachMatch } from './scan';
import { isSubjectOfCue } from './subject-of-cue';
import { BACKGROUND_WORDS, isBackground } from './gates';
import { FRESH_DAY } from '../model/agreement-evidence';
import type { Entity } from './gazetteer';
import type { EntityMention } from './find-entities';
import { PLACE_PREPOSITIONS } from './find-entities';
import { sentenceAt, type Sentence } from './segment';
import { holdsAnyOf } from './needs';
import { tokenize, type Token } from './tokens';
import { WordGates } from './word-gates';
import { findEntities as findTitleEntities } from './find-entities';
import { stateByCode } from './gazetteer';
import { LEADERS } from '../model/leaders';
import {
  ACTOR_MODIFIERS,
  AGREED_WITH,
  ANNOUNCES_OTHERS,
  ARENA_AFTER,
  ATTRIBUTION_AFTER,
  BETWEEN_ACTORS,
  BYSTANDER_BEFORE,
  DEMONYM_ACTORS,
  HEADLINE_VERBS,
  HOSTILE_HEAD,
  LIST_ALONG_WITH,
  LIST_ASIDE,
  LIST_SUBJECT_VERB,
  LIST_MEMBERS_BEFORE,
  LIST_ACTORS_BEFORE,
  GOVERNMENT_AFTER,
  GOVERNMENT_OF,
  BACKGROUND_MONTH,
  PERSON_SIGNED_BY,
  PERSON_AND_PERSON,
  TARGET_BEFORE,
  TWO_SIDES_AGREED,
  LIST_MODIFIED,
  SUBJECT_AFTER,
  MEDIATES_AFTER,
  ORG_COUNT_BEFORE,
  ORG_MEMBERS_AFTER,
  OUTLET_AFTER,
  THIRD_HEAD,
  THIRD_ROLE_AFTER,
  THIRD_BEFORE,
  THIRD_APPOSITIVE,
  PARTICIPATES,
  SIGNED_BY_ACTORS,
  type PartyRoleRule,
} from '../model/party-roles';
import { SIGNATORIES_BEFORE } from '../model/signatory-lists';

export interface PartyScore {
  entity: Entity;
  score: number;
  mediator: boolean;
  /** Seen as a side: subject of an agreement verb, "between X and Y", "X-Y". A side that also hosts stays a side. */
  side: boolean;
  /** One of three or more coordinated names seen as sides ("signed by Iran, Russia, Kazakhstan and …"). */
  listSide?: boolean;
  /** A state whose government the text names as an actor ("Sudan's transitional government"). */
  government?: boolean;
  /** Seen as the subject of an agreement verb ("the UAE and Bahrain signed"). */
  subject?: boolean;
}

/**
 * Backstory: a sentence with a background marker ("last year", "in 2019", gates.ts) or dated to an earlier
 * month; not one that tells its own fresh day, which isBackground already leaves out.
 */
const isBackgroundSentence = (text: string): boolean => isBackground(text) || (fires(BACKGROUND_MONTH, text) && !FRESH_DAY.re.test(text));

/** A person who acts for a side, where the text names them: an official's mention with its affiliation. */
export interface ActorMention {
  start: number;
  end: number;
  entity: Entity;
}

const fires = (rule: PartyRoleRule, s: string): boolean => holdsAnyOf(rule.needs, s) && rule.re.test(s);

/** Can a `before` rule fire, given the word just before the mention (its `lastWords`, when it has them)? */
const endsRight = (rule: PartyRoleRule, prev: string): boolean => !rule.lastWords || rule.lastWords.includes(prev);

/**
 * A side's people after its demonym or possessive, and the counterpart coordinated with them: "Iranian
 * officials", "Iran's foreign minister and his Pakistani counterpart".
 */
const ACTOR_PHRASE = new RegExp(
  `^(?:['’]s)?\\s+(?:(?:${ACTOR_MODIFIERS.join('|')})\\s+){0,2}(?:${DEMONYM_ACTORS.join('|')})\\b(?:\\s+and\\s+(?:his|her|their|its)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?counterparts?\\b)?`,
  'u',
);
/** Two names of one list, the first by its people: "the Ethiopian government and the TPLF", "Sudan's transitional government, the SRF". */
const COORDINATED_ACTORS = new RegExp(
  `^(?:['’]s)?\\s+(?:(?:${ACTOR_MODIFIERS.join('|')})\\s+){0,2}(?:${DEMONYM_ACTORS.join('|')})\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s*)(?:the\\s+)?$`,
);
const HEADLINE_VERB = new Set<string>(HEADLINE_VERBS);
/** After a demonym: the place it names ("the Qatari capital", "the Egyptian resort of Sharm el-Sheikh"). */
const VENUE_NOUN =
  /^\s+(?:(?:Red\s+Sea|Black\s+Sea|Gulf|coastal|northern|southern|eastern|western|border)\s+)?(?:capital|city|port|resort|town|island|coast)\b/;
/** The noun just before "between": "fighting between", "the war between", "clashes between". */
const HOSTILE_BEFORE_BETWEEN =
  /\b(?:fighting|war|wars|conflict|conflicts|clashes|hostilities|tensions|tension|rivalry|dispute|disputes|feud|battle|battles|violence|escalation|standoff|stand-off)\s+$/i;
/** A meeting still to come: "ahead of a summit between X and Y, expected in May". */
const FUTURE_BEFORE = /\b(?:ahead\s+of|upcoming|planned|proposed|possible|potential|future|next|forthcoming)\b[^,;.]{0,50}$/i;
const FUTURE_AFTER = /^[^.;]{0,40}?\b(?:expected|scheduled|planned|due|set)\s+(?:for|in|to|on|next)\b/i;
const MEETING_HEAD = /\b(?:summit|talks|meeting|negotiations|dialogue|visit|round)\s+between\b/i;

const AGREEMENT_WORDS =
  /\b(?:agree\w*|sign\w*|pact|deal|accord|ceasefire|cease-fire|truce|arrangement|protocol|declaration|treaty|memorandum|understanding|decision|decided|pledg\w*|commit\w*|consent\w*|undert\w*|resume|normali[sz]\w*|roadmap|road\s+map|endorsed|adopted|ratified|ratification|communiqu\w*|joint\s+(?:statement|announcement)|charter|convention|initial(?:l?ed)|finali[sz]ed|sealed|clinched|inked|swap)\b/i;
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
  /^[^,;.!?]{0,40}?\s(?:welcomed|hailed|praised|lauded|applauded|thanked|congratulated|criticised|criticized|condemned|denounced|slammed|supported|supports|backed|opposed|opposes|rejected)\b/i;

/** "… welcomed the deal it signed": the reacting side made the deal itself. */
const OWN_DEAL = /\b(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+|just\s+)?(?:signed|agreed|reached|struck|sealed)\b/i;

/** What stands between two names of one list: "Ukraine, Russia", "Russia and France", "A, and the B". */
const COORDINATED = /^(?:['’]s)?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?$/;

/** Literals of which every match of the pattern named holds one (case-folded): cheap sentence-wide gates. */
const MEDIATOR_BEFORE_WORDS = [
  'brokered',
  'mediat',
  'hosted',
  'facilitated',
  'arranged',
  'convened',
  'led',
  'chaired',
  'sponsored',
  'auspices',
  'help',
];
const BETWEEN_WORDS = ['between'];
const SIGNED_WITH_WORDS = ['signed', 'agreement', 'deal', 'pact', 'accord', 'truce', 'ceasefire'];
const SIGNATORY_WORDS = ['signator'];
const REACTED_WORDS = [
  'welcomed',
  'hailed',
  'praised',
  'lauded',
  'applauded',
  'thanked',
  'congratulated',
  'critici',
  'condemned',
  'denounced',
  'slammed',
  'support',
  'backed',
  'oppose',
  'rejected',
];
const AGREED_THAT_WORDS = ['that'];
/** The word that stands last before the mention in every match of the pattern named (past "the", "a", "an"). */
const SIGNED_WITH_LAST: ReadonlySet<string> = new Set(['by', 'with']);
const SIGNATORY_LAST: ReadonlySet<string> = new Set(['were', 'was', 'are', 'is', 'included', 'include']);
const MEDIATOR_LAST: ReadonlySet<string> = new Set(['by', 'of', 'mediator', 'and']);

/** Every word list the mention loop gates on, one bit each. */
const GATES = new WordGates([
  OUTLET_AFTER.needs,
  ARENA_AFTER.needs,
  BYSTANDER_BEFORE.needs,
  MEDIATES_AFTER.needs,
  THIRD_ROLE_AFTER.needs,
  THIRD_BEFORE.needs,
  THIRD_APPOSITIVE.needs,
  THIRD_HEAD.needs,
  ANNOUNCES_OTHERS.needs,
  BETWEEN_ACTORS.needs,
  SIGNED_BY_ACTORS.needs,
  AGREED_WITH.needs,
  PARTICIPATES.needs,
  HOSTILE_HEAD.needs,
  MEDIATOR_BEFORE_WORDS,
  MEDIATOR_VERBS,
  BETWEEN_WORDS,
  SIGNED_WITH_WORDS,
  SIGNATORY_WORDS,
  AGREED_THAT_WORDS,
  BACKGROUND_WORDS,
  SIGNATORIES_BEFORE.needs,
  GOVERNMENT_AFTER.needs,
  GOVERNMENT_OF.needs,
  BACKGROUND_MONTH.needs,
  REACTED_WORDS,
  TARGET_BEFORE.needs,
  PERSON_SIGNED_BY.needs,
  SUBJECT_AFTER.needs,
  ORG_COUNT_BEFORE.needs,
  ORG_MEMBERS_AFTER.needs,
  ATTRIBUTION_AFTER.needs,
  TWO_SIDES_AGREED.needs,
]);

/**
 * One sentence's cached views, so that the rules run per mention skip at once where the sentence lacks
 * their words: which word lists its words hold (GATES, made on first use) and whether it is background.
 * A window of the sentence can hold a word only if the sentence does, so the answers are unchanged.
 */
class SentenceView {
  private sent: Sentence | null = null;
  private mask = -1;
  private split: boolean | null = null;
  constructor(private readonly tokens: readonly Token[]) {}
  reset(sent: Sentence): void {
    this.sent = sent;
    this.mask = -1;
    this.split = null;
  }
  /** Does the sentence hold (case-folded) one of `words`? A token cut by the sentence's edge counts too. */
  allows(words: readonly string[]): boolean {
    if (this.mask < 0) this.mask = this.sent ? GATES.maskOf(this.tokens, this.sent.tokStart - 1, this.sent.tokEnd + 1) : 0;
    return GATES.allows(this.mask, words);
  }
  background(): boolean {
    const text = this.sent?.text ?? '';
    return (this.allows(BACKGROUND_WORDS) || this.allows(BACKGROUND_MONTH.needs)) && isBackgroundSentence(text);
  }
  clauseSplit(): boolean {
    if (this.split === null) this.split = hasClauseSplit(this.sent?.text ?? '');
    return this.split;
  }
}

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
  actors: readonly ActorMention[] = [],
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
  /** The current sentence's cached views: which rules its words allow at all, and whether it is background. */
  const view = new SentenceView(tokens);
  /** Mentions that are (part of) the subject of an agreement verb, by index. */
  const subjectOf = new Set<number>();
  /** Mentions seen as a side by any wording, and mentions cast as onlookers or mediators, by index. */
  const sideIdx = new Set<number>();
  const bystanderIdx = new Set<number>();
  const observerIdx = new Set<number>();
  /** What each mention scored where it stands (0 where a role rule skipped it), by index. */
  const weightOf = new Float64Array(entities.length);
  /** Mentions named as the agent of a mediating wording before them ("brokered by X"), by index. */
  const agentIdx = new Set<number>();
  /** States whose government the text names as an actor. */
  const governed = new Set<Entity>();
  for (let mi = 0; mi < entities.length; mi++) {
    const m = entities[mi];
    if (!m) continue;
    while (si < sentences.length && (sentences[si]?.end ?? 0) < m.end) si++;
    const sent = sentences[si];
    if (!sent) break;
    if (bgFor !== si) {
      bgFor = si;
      view.reset(sent);
      background = view.background();
    }
    /** A role rule on text[from, to) — a window of this sentence — skipped where the sentence lacks its words. */
    // An `after` rule is anchored at the mention, so past the sentence's gate its pattern fails at once where
    // the window lacks its words: the window's own needs search is skipped (a rule's needs hold in every match).
    const firesOn = (rule: PartyRoleRule, from: number, to: number): boolean => {
      if (to > sent.end) return fires(rule, text.slice(from, to));
      if (!view.allows(rule.needs)) return false;
      return from >= m.end ? rule.re.test(text.slice(from, to)) : fires(rule, text.slice(from, to));
    };

    const beforeFrom = Math.max(sent.start, m.start - 40);
    const longFrom = Math.max(sent.start, m.start - 120);
    const afterTo = Math.min(sent.end, m.end + 60);
    const before = text.slice(beforeFrom, m.start);
    const after = text.slice(m.end, afterTo);
    // "Sudan's transitional government", "the government of Sudan": the state acts through its government
    if (m.entity.kind === 'state' && (firesOn(GOVERNMENT_AFTER, m.end, afterTo) || firesOn(GOVERNMENT_OF, beforeFrom, m.start)))
      governed.add(m.entity);
    // "the Kuwait Times", "Iran's state television": an outlet, not an actor; "Libya's two warring camps": the arena
    if (firesOn(OUTLET_AFTER, m.end, afterTo) || (m.possessive && firesOn(ARENA_AFTER, m.end, afterTo))) {
      bump(m.entity, 0);
      continue;
    }
    // "the two NATO allies", "the 27 EU member states": the organisation qualifies the members the text counts
    if (m.entity.kind !== 'state' && firesOn(ORG_COUNT_BEFORE, beforeFrom, m.start) && firesOn(ORG_MEMBERS_AFTER, m.end, afterTo)) {
      bump(m.entity, 0);
      continue;
    }
    // "observers … among them representatives from China, Japan and India"
    if (
      firesOn(BYSTANDER_BEFORE, longFrom, m.start) ||
      (observerIdx.has(mi - 1) && COORDINATED.test(text.slice(entities[mi - 1]?.end ?? 0, m.start)))
    ) {
      observerIdx.add(mi);
      bystanderIdx.add(mi);
      bump(m.entity, 0);
      const s = scores.get(m.entity);
      if (s) s.mediator = true;
      continue;
    }
    /** The word just before the mention, past "the", "a", "an": the last word every `before` rule needs. */
    const prev = prevWordText(tokens, m.tokStart);
    /** A `before` rule, also skipped where the word before the mention is none it can end in. */
    const firesBefore = (rule: PartyRoleRule, from: number): boolean => endsRight(rule, prev) && firesOn(rule, from, m.start);
    // "brokered by Qatar", "after mediation by Egypt": the agent named after the wording, which may go on
    // to the names coordinated with it ("mediated by Qatar, Egypt and the United States")
    const agentBefore =
      (view.allows(MEDIATOR_BEFORE_WORDS) &&
        MEDIATOR_LAST.has(prev) &&
        /by|of|mediator/.test(before) &&
        (MEDIATOR_BEFORE.test(before) || MEDIATOR_BEFORE_PAIR.test(before))) ||
      firesBefore(THIRD_BEFORE, longFrom);
    if (agentBefore) agentIdx.add(mi);
    if (
      agentBefore ||
      (view.allows(MEDIATOR_VERBS) && /ed\b/.test(after) && MEDIATOR_VERBS.some((v) => after.includes(v)) && MEDIATOR_AFTER.test(after)) ||
      // "Qatar, which mediated the talks", "Turkish President Erdogan said after hosting talks"
      firesOn(MEDIATES_AFTER, m.end, Math.min(sent.end, m.end + 120)) ||
      firesOn(THIRD_ROLE_AFTER, m.end, Math.min(sent.end, m.end + 120)) ||
      firesOn(THIRD_HEAD, m.end, afterTo) ||
      firesOn(ANNOUNCES_OTHERS, m.end, Math.min(sent.end, m.end + 160)) ||
      firesOn(THIRD_APPOSITIVE, m.end, Math.min(sent.end, m.end + 120))
    ) {
      bystanderIdx.add(mi);
      bump(m.entity, 0);
      const s = scores.get(m.entity);
      if (s) s.mediator = true;
      continue;
    }
    // a venue scores little, but the host of a bilateral visit is a side ("visit to Pakistan")
    // "in the Qatari capital", "at the Saudi port of Jeddah": a demonym that names the venue
    const venueDemonym = m.form === 'demonym' && VENUE_NOUN.test(after);
    if (PLACE_PREPOSITIONS.has(prev) && (m.form !== 'demonym' || venueDemonym)) {
      bump(m.entity, VISIT_PREPS.has(prev) && m.entity.kind === 'state' ? 0.6 : 0);
      continue;
    }
    // "the Taliban commit to prevent al-Qaeda from …": what the sides act against
    if (firesBefore(TARGET_BEFORE, beforeFrom)) {
      bump(m.entity, 0);
      continue;
    }
    if (background) {
      bump(m.entity, 0.1);
      continue;
    }
    const clause = clauseAround(sent, m.start, view.clauseSplit());
    // a sentence names many entities: weigh each clause once
    let n = clauseWeight.get(clause);
    if (n === undefined) {
      n = AGREEMENT_WORDS.test(clause) ? 2 : MEETING_WORDS.test(clause) ? 1 : 0.2;
      clauseWeight.set(clause, n);
    }
    // "U.S. President Joe Biden welcomed the ceasefire": a third side reacting to the deal
    if (n >= 2 && view.allows(REACTED_WORDS) && REACTED.test(after) && !OWN_DEAL.test(after)) n = 0.2;
    // "The two neighbours agreed to a ceasefire, the Qatari foreign ministry said on Sunday.": only the source
    if (n >= 2 && /,\s*(?:the\s+)?$/.test(before) && firesOn(ATTRIBUTION_AFTER, m.end, sent.end)) n = 0.2;
    let side = false;
    if (view.allows(BETWEEN_WORDS)) {
      // "fighting between Israel and Hezbollah": a fight's sides
      const betweenAt = before.lastIndexOf('between');
      const hostileBetween =
        betweenAt >= 0 &&
        HOSTILE_BEFORE_BETWEEN.test(text.slice(Math.max(sent.start, m.start - 40 - 30), m.start - before.length + betweenAt));
      if ((BETWEEN.test(before) || firesOn(BETWEEN_ACTORS, longFrom, m.start)) && !hostileBetween) {
        // "ahead of a summit between North Korea and the United States, expected in May": not this deal's sides
        const longBefore = text.slice(longFrom, m.start);
        const future = MEETING_HEAD.test(longBefore) && (FUTURE_BEFORE.test(longBefore) || FUTURE_AFTER.test(text.slice(m.end, sent.end)));
        n += future ? 0 : 1.5;
        side = !future;
      }
    }
    const farTo = Math.min(text.length, m.end + after.length + 40);
    const farAfter = text.slice(m.end, farTo);
    // "Iranian officials agreed", "Iran's foreign minister and his Pakistani counterpart signed": the side's people act for it
    if (n >= 2) {
      // "the Rapid Support Forces (RSF) had signed": after an acronym in brackets, the text goes on from the name
      const rest = text[m.start - 1] === '(' && farAfter[0] === ')' ? farAfter.slice(1) : farAfter;
      // an organisation's or group's name modifies its people too: "ASEAN members", "Hamas negotiators"
      const actor = m.form === 'demonym' || m.possessive || m.entity.kind !== 'state' ? ACTOR_PHRASE.exec(rest) : null;
      if (isSubjectOfCue(rest) || (actor && isSubjectOfCue(rest.slice(actor[0].length))) || firesOn(SUBJECT_AFTER, m.end, farTo)) {
        n += 3;
        side = true;
        subjectOf.add(mi);
      }
    }
    // "Iran's foreign minister … held talks with …, where the two sides agreed": a side named through its people
    if (!side && (m.possessive || m.form === 'demonym') && ACTOR_PHRASE.test(farAfter) && firesOn(TWO_SIDES_AGREED, sent.start, sent.end)) {
      n += 2;
      side = true;
    }
    if (
      (view.allows(SIGNED_WITH_WORDS) && SIGNED_WITH_LAST.has(prev) && SIGNED_WITH.test(before)) ||
      firesBefore(SIGNED_BY_ACTORS, longFrom) ||
      firesBefore(AGREED_WITH, longFrom) ||
      // "signed by Egyptian Prime Minister Madbouly and EU Commission President …": a signer's side
      firesOn(PERSON_SIGNED_BY, longFrom, m.start)
    ) {
      n += 2;
      side = true;
    }
    // "Germany, Poland and Norway also took part in the deal", "joined the accord"
    if (firesOn(PARTICIPATES, m.end, farTo)) {
      n += 3;
      side = true;
      subjectOf.add(mi);
    }
    if ((view.allows(SIGNATORY_WORDS) && SIGNATORY_LAST.has(prev) && SIGNATORY.test(before)) || firesBefore(SIGNATORIES_BEFORE, longFrom)) {
      n += 3;
      side = true;
    }
    // "the group accepted that Mexico would cut only 100,000 barrels": a side's own share of the terms
    if (view.allows(AGREED_THAT_WORDS) && prev === 'that' && AGREED_THAT.test(before) && WOULD_AFTER.test(after)) {
      n += 3;
      side = true;
    }
    // "Pakistan-Iran border", "Bahraini-Qatari committee"
    const nextTok = tokens[m.tokEnd];
    const prevTok = tokens[m.tokStart - 1];
    const compound =
      (nextTok?.text === '-' && nextTok.start === m.end && startsAt.has(m.tokEnd + 1)) ||
      (prevTok?.text === '-' && prevTok.end === m.start && endsAt.has(m.tokStart - 1));
    // "a Russian-Syrian assault", "the Iran-Iraq war": a fight's sides, not this agreement's
    if (compound && !firesOn(HOSTILE_HEAD, nextTok?.text === '-' ? (entities[mi + 1]?.end ?? m.end) : m.end, sent.end)) {
      n += 2;
      side = true;
    }
    bump(m.entity, n);
    weightOf[mi] = n;
    if (side) {
      sideIdx.add(mi);
      const s = scores.get(m.entity);
      if (s) s.side = true;
    }
  }
  // "mediated by Qatar, Egypt and the United States": the names coordinated with the agent, up to the one
  // after "and", are third sides too, unless a wording sees one as a side ("brokered by Qatar, Israel and
  // Hamas agreed": Israel is the subject of "agreed")
  for (const a of agentIdx) {
    for (let k = a + 1; k < entities.length; k++) {
      const x = entities[k - 1] as EntityMention;
      const y = entities[k] as EntityMention;
      const gap = text.slice(x.end, y.start);
      if (!COORDINATED.test(gap) || sideIdx.has(k) || bystanderIdx.has(k)) break;
      bystanderIdx.add(k);
      const s = scores.get(y.entity);
      if (s) s.mediator = true;
      if (/\band\b|&/.test(gap)) break;
    }
  }
  // "leaders of Ukraine, Russia, France and Germany had reached agreement", "signed by representatives of
  // Iran, Russia, Kazakhstan and Azerbaijan": a wording sees one or two names of a list; every name of the
  // same list is a side too. Runs of three or more such names are a multilateral deal's signatories.
  const linked = (a: number): boolean => {
    const x = entities[a];
    const y = entities[a + 1];
    if (!x || !y) return false;
    const gap0 = text.slice(x.end, y.start);
    // "the Sudanese Armed Forces (SAF) and …": a name and its acronym in brackets are one item
    if (x.entity === y.entity && /^\s*\($/.test(gap0)) return true;
    const gap = x.entity === (entities[a - 1] as EntityMention | undefined)?.entity && gap0[0] === ')' ? gap0.slice(1) : gap0;
    // a coordinator is a few words: a long gap (most are) is never one
    return (
      COORDINATED.test(gap) ||
      COORDINATED_ACTORS.test(gap) ||
      (gap.length <= 40 && (fires(LIST_ALONG_WITH, gap) || fires(LIST_MODIFIED, gap)))
    );
  };
  /** The next name of k's list: the one right after it, or the first after an aside ("China — … — along with the EU"). */
  const nextInList = (k: number): number => {
    if (linked(k)) return k + 1;
    const x = entities[k];
    if (!x) return -1;
    const c = text.charCodeAt(x.end) === 32 ? text.charCodeAt(x.end + 1) : text.charCodeAt(x.end);
    if (c !== 0x2014 && c !== 0x2013 && c !== 40) return -1;
    const aside = fires(LIST_ASIDE, text.slice(x.end, x.end + 200)) ? LIST_ASIDE.re.exec(text.slice(x.end, x.end + 200)) : null;
    if (!aside) return -1;
    const close = x.end + aside[0].length;
    let j = k + 1;
    while (j < entities.length && (entities[j] as EntityMention).start < close) j++;
    const y = entities[j];
    if (!y) return -1;
    const gap = text.slice(close, y.start);
    return COORDINATED.test(gap) || (gap.length <= 40 && fires(LIST_ALONG_WITH, gap)) ? j : -1;
  };
  const inList = new Uint8Array(entities.length);
  for (let a = 0; a < entities.length; a++) {
    if (inList[a]) continue;
    inList[a] = 1;
    const list = [a];
    for (let k = nextInList(a); k > 0 && !inList[k]; k = nextInList(k)) {
      inList[k] = 1;
      list.push(k);
    }
    let anySide = false;
    for (const k of list) if (sideIdx.has(k)) anySide = true;
    // a list of three or more as the subject of the agreement verb right after it
    const last = entities[list[list.length - 1] as number] as EntityMention;
    const first = entities[list[0] as number] as EntityMention;
    if (
      !anySide &&
      list.length >= 3 &&
      (fires(LIST_SUBJECT_VERB, text.slice(last.end, last.end + 120)) ||
        fires(LIST_MEMBERS_BEFORE, text.slice(Math.max(0, first.start - 80), first.start)))
    )
      anySide = true;
    // where no wording sees any name as a side, a list of three or more named through their people or as a
    // signing's agents, in a clause that tells the agreement, is its signatories ("the leaders of Bolivia,
    // Brazil, Colombia and Peru set out …")
    if (
      !anySide &&
      sideIdx.size === 0 &&
      list.length >= 3 &&
      list.every((k) => (weightOf[k] ?? 0) >= 2 && !bystanderIdx.has(k)) &&
      (list.length >= 4 || fires(LIST_ACTORS_BEFORE, text.slice(Math.max(0, first.start - 120), first.start)))
    )
      anySide = new Set(list.map((k) => (entities[k] as EntityMention).entity)).size >= 3;
    if (anySide && list.length > 1) {
      const run = new Set<Entity>();
      for (const k of list) if (!bystanderIdx.has(k)) run.add((entities[k] as EntityMention).entity);
      for (const k of list) {
        if (sideIdx.has(k) || bystanderIdx.has(k)) continue;
        const e = (entities[k] as EntityMention).entity;
        bump(e, 3);
        const s = scores.get(e);
        if (s) s.side = true;
      }
      if (run.size >= 3)
        for (const e of run) {
          const s = scores.get(e);
          if (s?.side) s.listSide = true;
        }
    }
  }
  // "Putin and Erdogan agreed", "Kerry signed": a person who acts for a side as the agreement verb's subject;
  // "signed by Egyptian Prime Minister Madbouly and EU Commission President von der Leyen": its signer
  const backgroundOf = new Map<Sentence, boolean>();
  const people = [...actors, ...leaderMentions(tokens)];
  const order = people.map((_, i) => i).sort((a, b) => (people[a] as ActorMention).start - (people[b] as ActorMention).start);
  /** Whether each person (in text order) acts as a side where they stand. */
  const acting = new Array<boolean>(order.length).fill(false);
  for (let k = order.length - 1; k >= 0; k--) {
    const p = people[order[k] as number] as ActorMention;
    const sent = sentenceAt(sentences, p.start);
    if (!sent) continue;
    let bg = backgroundOf.get(sent);
    if (bg === undefined) {
      bg = isBackgroundSentence(sent.text);
      backgroundOf.set(sent, bg);
    }
    if (bg) continue;
    const next = people[order[k + 1] ?? -1];
    const withNext =
      !!next &&
      acting[k + 1] === true &&
      next.start < sent.end &&
      next.start > p.end &&
      fires(PERSON_AND_PERSON, text.slice(p.end, next.start));
    acting[k] =
      isSubjectOfCue(text.slice(p.end, Math.min(sent.end, p.end + 100))) ||
      withNext ||
      fires(PERSON_SIGNED_BY, text.slice(Math.max(sent.start, p.start - 200), p.start));
  }
  for (const [i, idx] of order.entries()) {
    if (!acting[i]) continue;
    const p = people[idx] as ActorMention;
    // as much as the state named as the subject: an agreement clause and its subject
    bump(p.entity, 5);
    const s = scores.get(p.entity);
    if (s) s.side = true;
  }
  // the headline's own subject: "Iran, Saudi Arabia agree to restore ties", "Egypt signs deal with Sudan"
  for (const e of titleSides(title)) {
    bump(e, 1.5);
    const s = scores.get(e);
    if (s) s.side = true;
  }
  // the people who met or signed speak for the sides
  for (const e of officialAffiliations) bump(e, 2.5);
  // a name the headline casts as a third side ("Qatar-brokered truce", "talks hosted by Oman") gains nothing
  // from it, and is no side unless seen as one
  const titleThird = titleRoles(title);
  for (const e of titleEntities) {
    const role = titleThird.get(e);
    if (role === 'third') {
      bump(e, 0);
      const s = scores.get(e);
      if (s) s.mediator = true;
    } else bump(e, title && AGREEMENT_WORDS.test(title) ? 2.5 : 1);
  }
  for (const k of subjectOf) {
    const s = scores.get((entities[k] as EntityMention).entity);
    if (s) s.subject = true;
  }
  for (const e of governed) {
    const s = scores.get(e);
    if (s) s.government = true;
  }
  return [...scores.values()].sort((a, b) => b.score - a.score);
}

let leaderIndex: Map<string, { code: string; given: string[] }> | null = null;
/** Whether every surname in the index starts with a capital or a non-ASCII letter (then a-z or 0-9 at a word's start rules it out). */
let leadersCapitalised = false;
const stateOfCode = new Map<string, Entity | null>();

/**
 * Surnames of well-known leaders ("Putin", "Erdogan", "Vladimir Putin") in the text, as their state; not
 * one preceded by another given name ("Jalil Khan" is not "Imran Khan").
 */
function leaderMentions(tokens: Token[]): ActorMention[] {
  if (!leaderIndex) {
    leaderIndex = new Map();
    for (const [full, code] of LEADERS) {
      const parts = full.split(' ');
      const last = parts.at(-1);
      if (last && last.length > 3) leaderIndex.set(last, { code, given: parts.slice(0, -1) });
    }
    // a surname with a hyphen ("al-Sisi") is never one token, so it cannot match here either way
    leadersCapitalised = [...leaderIndex.keys()].every((k) => !/^[\p{L}\p{M}\p{N}]+$/u.test(k) || !/^[a-z0-9]/.test(k));
  }
  const out: ActorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word || t.text.length < 4) continue;
    const c = t.text.charCodeAt(0);
    if (leadersCapitalised && ((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
    const leader = leaderIndex.get(t.text);
    if (!leader) continue;
    const prev = tokens[i - 1];
    if (prev?.word && /^\p{Lu}/u.test(prev.text) && !leader.given.includes(prev.text)) continue;
    const code = leader.code;
    let entity = stateOfCode.get(code);
    if (entity === undefined) {
      entity = stateByCode(code);
      stateOfCode.set(code, entity);
    }
    if (entity) out.push({ start: t.start, end: t.end, entity });
  }
  return out;
}

/**
 * Entities every headline mention of which casts as a third side ("Qatar-brokered truce", "talks hosted by
 * Oman", "Egypt mediates the deal"), by the mention rules of the text.
 */
function titleRoles(title: string | null): Map<Entity, 'third'> {
  const out = new Map<Entity, 'third'>();
  if (!title) return out;
  const tt = tokenize(title);
  const ms = findTitleEntities(title, tt);
  const other = new Set<Entity>();
  for (const m of ms) {
    const before = title.slice(Math.max(0, m.start - 40), m.start);
    const after = title.slice(m.end, m.end + 120);
    const prev = prevWordText(tt, m.tokStart);
    const third =
      MEDIATOR_BEFORE.test(before) ||
      MEDIATOR_BEFORE_PAIR.test(before) ||
      (endsRight(THIRD_BEFORE, prev) && fires(THIRD_BEFORE, before)) ||
      MEDIATOR_AFTER.test(after) ||
      fires(MEDIATES_AFTER, after) ||
      fires(THIRD_HEAD, after) ||
      fires(THIRD_ROLE_AFTER, after);
    if (!third) other.add(m.entity);
    else out.set(m.entity, 'third');
  }
  for (const e of other) out.delete(e);
  return out;
}

/** Entities the headline makes the subject of an agreement verb, or names "between X and Y" or "X-Y". */
function titleSides(title: string | null): Entity[] {
  if (!title) return [];
  const tt = tokenize(title);
  const ms = findTitleEntities(title, tt);
  const out: Entity[] = [];
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as EntityMention;
    // skip the names coordinated after it, then an optional "to", then a verb of agreeing
    let j = i;
    while (j + 1 < ms.length && COORDINATED.test(title.slice((ms[j] as EntityMention).end, (ms[j + 1] as EntityMention).start))) j++;
    const rest = title.slice((ms[j] as EntityMention).end);
    const words = rest
      .replace(/^['’]s\b/, '')
      .toLowerCase()
      .split(/[^a-z-]+/)
      .filter(Boolean);
    const w = words[0] === 'to' || words[0] === 'will' || words[0] === 'have' || words[0] === 'also' ? words[1] : words[0];
    const verb = !!w && HEADLINE_VERB.has(w);
    const before = title.slice(0, m.start);
    const between = BETWEEN.test(before);
    const hyphen = title[m.end] === '-' && ms[i + 1]?.start === m.end + 1;
    const hyphenAfter = title[m.start - 1] === '-' && ms[i - 1]?.end === m.start - 1;
    if (verb || between || ((hyphen || hyphenAfter) && AGREEMENT_WORDS.test(title))) out.push(m.entity);
  }
  return out;
}

/** What being seen as a side adds to an entity's rank when the parties are picked. */
const SIDE_BONUS = 2;

/**
 * Keeps the top two non-mediators, and any other within 60% of the second. When two or more are seen
 * as sides, those come first and a name never seen as one must come near the top two to join them;
 * every signatory of a list of three or more joins.
 */
export function pickParties(scores: PartyScore[]): PartyScore[] {
  // an entity the structure shows as a side ("signed by", "X and Y agreed", a signatory) outranks one
  // that only gathers mentions (the venue's country, a guarantor named often)
  const rank = (s: PartyScore): number => s.score + (s.side ? SIDE_BONUS : 0);
  // an organisation known only by the shape of its name must be seen as a side: mentions alone do not make one
  const sides = scores
    .filter((s) => (!s.mediator || s.side) && s.score >= 2 && (s.side || !s.entity.unlisted))
    .sort((a, b) => rank(b) - rank(a));
  const flagged = sides.filter((s) => s.side);
  const ordered = flagged.length >= 2 ? [...flagged, ...sides.filter((s) => !s.side)] : sides;
  const top = ordered[0];
  if (!top) return [];
  const second = ordered[1];
  const out = [top];
  if (second && rank(second) >= rank(top) * 0.3) out.push(second);
  for (const s of ordered.slice(2)) {
    if (!second) break;
    // the subject of an agreement verb ("the UAE and Bahrain signed") may stand a little further below the top two
    const near = s.subject
      ? rank(s) >= rank(second) * 0.5 && rank(s) >= rank(top) * 0.4
      : rank(s) >= rank(second) * 0.6 && rank(s) >= rank(top) * 0.45;
    // where the structure shows two or more sides, a name it never shows as one must outrank the second of them
    const unseen = flagged.length >= 2 && !s.side && rank(s) < rank(second);
    if (s.listSide || (near && !unseen)) out.push(s);
  }
  // "Libya's two warring camps", "the GNA and the LNA": where two or more of the sides are one state's own
  // groups, the state is their arena — unless it is seen as a side or its government acts
  const arena = (s: PartyScore): boolean =>
    s.entity.kind === 'state' &&
    !s.side &&
    !s.government &&
    out.filter((o) => o.entity.kind !== 'state' && !!o.entity.home && o.entity.home === s.entity.code).length >= 2;
  return out.some(arena) ? out.filter((s) => !arena(s)) : out;
}

function prevWordText(tokens: Token[], i: number): string {
  let j = i - 1;
  while (j >= 0 && /^(?:the|a|an)$/i.test(tokens[j]?.text ?? '')) j--;
  return tokens[j]?.word ? (tokens[j]?.text.toLowerCase() ?? '') : '';
}

/** Does the sentence hold a clause break of CLAUSE_SPLIT at all? */
const hasClauseSplit = (text: string): boolean =>
  text.includes(';') || text.includes(', wh') || text.includes(', alth') || text.includes(', th');

function clauseAround(sent: Sentence, at: number, split: boolean = hasClauseSplit(sent.text)): string {
  if (!split) return sent.text;
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
