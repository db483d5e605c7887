// The engine's one way in: plain article text (and what the page knows besides) → Facts.
// Pure and total: no DOM, no I/O, never throws (an internal error yields a quiet no-agreement result),
// linear in the text's size. Offsets index into input.text, which is returned unchanged.

import type { Entity } from '../model/gazetteer';
import { phrasesFor, stateByCode } from '../model/gazetteer';
import { LEADERS } from '../model/leaders';
import type { ExtractInput, Facts, Mention, Official, Party } from './types';
import { tokenize } from './tokens';
import { segmentSentences, type Sentence } from './segment';
import { findEntities, type EntityMention } from './find-entities';
import { findRoles } from './find-titles';
import { findNames, foldName } from './find-names';
import { findOfficialDrafts } from './find-officials';
import { mergeOfficials, type OfficialFound } from './officials-merge';
import { findMeasures } from './find-measures';
import { pickParties, scoreParties } from './find-parties';
import { findDate } from './find-date';
import { findDatelineCity, findPlace } from './find-place';
import { findQuotes } from './find-quotes';
import { findContext } from './find-context';
import { detectAgreement } from './detect-agreement';
import { detectLanguage } from './detect-language';
import { matchKnownEvent } from './match-known-event';
import { summarize } from './summarize';

/** Cheap pre-check for the content script: are there agreement words at all? */
export { looksLikeAgreement } from './looks-like-agreement';

export function extractFacts(input: ExtractInput): Facts {
  const text = typeof input?.text === 'string' ? input.text : '';
  try {
    return run({ ...input, text });
  } catch {
    return quiet(input, text, null);
  }
}

function quiet(input: ExtractInput, text: string, language: string | null): Facts {
  return {
    version: 1, source: input?.source ?? '', article: { title: input?.title ?? null, text, language },
    isAgreement: false, confidence: 0, knownEvent: null, date: null, location: null,
    parties: [], officials: [], measures: [], context: [], quotes: [], summary: '',
  };
}

function run(input: ExtractInput & { text: string }): Facts {
  const { text } = input;
  const title = input.title ?? null;
  const language = detectLanguage(text) ?? (input.languageHint ? input.languageHint.slice(0, 2).toLowerCase() : null);
  if (language && language !== 'en') return quiet(input, text, language);

  const tokens = tokenize(text);
  const sentences = segmentSentences(text, tokens);
  const entities = findEntities(text, tokens);
  const roles = findRoles(tokens);
  const blocked = new Uint8Array(tokens.length);
  for (const r of roles) for (let i = r.tokStart; i < r.tokEnd; i++) blocked[i] = 1;
  for (const e of entities) for (let i = e.tokStart; i < e.tokEnd; i++) blocked[i] = 1;
  const names = findNames(text, tokens, blocked);
  const drafts = findOfficialDrafts({ tokens, roles, entities, names });
  const officials = mergeOfficials(drafts, names, roles, tokens, text);
  const measures = findMeasures(text, sentences);

  fillLeaders(officials);
  const titleEntities = title ? findEntities(title, tokenize(title)).map((e) => e.entity) : [];
  const affiliations = officials.map((o) => o.affiliation).filter((a): a is Entity => !!a);
  const scores = scoreParties(text, tokens, sentences, entities, title, affiliations, titleEntities);
  // parties in order of first mention, as a reader meets them
  const firstAt = (e: Entity): number => entities.find((m) => m.entity === e)?.start ?? Infinity;
  const chosen = pickParties(scores).map((s) => s.entity).sort((a, b) => firstAt(a) - firstAt(b));
  const datelineCity = findDatelineCity(text);
  fillAffiliations(officials, chosen, datelineCity, sentences, entities);

  const measureSentences = measures.filter((m) => m.strong).map((m) => m.sentence);
  const detection = detectAgreement({ text, tokens, sentences, title, measureSentences, parties: chosen.length, publishedDate: input.publishedDate ?? null });
  const parties = chosen.map((e) => toParty(e, entities, text));
  const outOfficials: Official[] = officials.filter((o) => o.mentions.length > 0).map((o) => ({
    name: o.name, title: o.title, affiliation: o.affiliation?.name ?? null, mentions: o.mentions,
  }));
  const date = findDate({ text, sentences, publishedDate: input.publishedDate ?? null });
  const location = findPlace(text, sentences, datelineCity, chosen, { tokens, title: title ? { text: title, tokens: tokenize(title) } : undefined, avoid: outOfficials.flatMap((o) => o.mentions) });
  const facts: Facts = {
    version: 1, source: input.source ?? '', article: { title, text, language: language ?? 'en' },
    isAgreement: detection.isAgreement, confidence: detection.confidence, knownEvent: null,
    date, location, parties, officials: outOfficials,
    measures: detection.isAgreement ? measures.map(({ text: t, status, mentions }) => ({ text: t, status, mentions })) : [],
    context: findContext(text, sentences), quotes: findQuotes(text, sentences, outOfficials), summary: '',
  };
  facts.knownEvent = matchKnownEvent({ text, parties: parties.map((p) => p.name), officialNames: outOfficials.map((o) => o.name), date });
  facts.summary = summarize(facts);
  return facts;
}

/** Every mention of the entity, possessive "'s" included ("Iran's"). */
function toParty(e: Entity, entities: EntityMention[], text: string): Party {
  const mentions: Mention[] = [];
  for (const m of entities) {
    if (m.entity !== e) continue;
    const end = m.possessive ? m.end + 2 : m.end;
    mentions.push({ start: m.start, end, text: text.slice(m.start, end) });
  }
  return { name: e.name, kind: e.kind, code: e.code, mentions };
}

/**
 * Officials with no affiliation in the text: a well-known leader's state; else, when exactly one
 * side has no official yet, that side ("the meeting between Iran's FM and the army chief"); else the
 * dateline's country for a locally reported host.
 */
function fillLeaders(officials: OfficialFound[]): void {
  for (const o of officials) {
    if (o.affiliation) continue;
    const key = foldName(o.name);
    const last = o.keys[0] ?? '';
    // "envoy of President-elect Donald Trump": a leader named in the title gives the state
    const inTitle = foldName(o.title ?? '');
    const folded = foldedLeaders();
    const leader = folded.find(([full, surname]) => full === key || surname === last)
      ?? (inTitle ? folded.find(([full]) => inTitle.includes(full)) : undefined);
    if (leader) o.affiliation = stateByCode(leader[2]);
  }
  // "envoy of Prime Minister X": another official named in the title gives that official's side
  for (const o of officials) {
    if (o.affiliation || !o.title) continue;
    const inTitle = foldName(o.title);
    const boss = officials.find((x) => x !== o && x.affiliation && x.parts.length > 1 && inTitle.includes(foldName(x.name)));
    if (boss) o.affiliation = boss.affiliation;
  }
}

let leadersFolded: Array<[full: string, surname: string, code: string]> | null = null;

/** LEADERS with full name and surname folded once (foldName is not cheap). */
function foldedLeaders(): Array<[full: string, surname: string, code: string]> {
  leadersFolded ??= LEADERS.map(([n, code]) => [foldName(n), foldName(n.split(' ').pop() ?? ''), code]);
  return leadersFolded;
}

function fillAffiliations(officials: OfficialFound[], parties: Entity[], datelineCity: string | null, sentences: Sentence[], entities: EntityMention[]): void {
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
    const named = new Set<Entity>();
    for (let i = lastStartingBy(entities, sent.start - 1) + 1; i < entities.length; i++) {
      const m = entities[i];
      if (!m || m.start >= sent.end) break;
      if (m.end <= sent.end && parties.includes(m.entity) && !ownedByOther(officials, o, m)) named.add(m.entity);
    }
    if (named.size === 1) o.affiliation = [...named][0] ?? null;
  }
  // a host's official in a locally datelined report, when the host is a side
  if (datelineCity) {
    const cap = phrasesFor(datelineCity.split(' ')[0]?.toLowerCase() ?? '')?.find((p) => p.form === 'capital');
    for (const o of officials) if (!o.affiliation && cap && parties.includes(cap.entity)) o.affiliation = cap.entity;
  }
}

/**
 * True when mention `m` is another official's own affiliation written just before that official
 * ("army chief X and RSF commander Y": RSF is Y's side, not evidence for X).
 */
function ownedByOther(officials: OfficialFound[], o: OfficialFound, m: EntityMention): boolean {
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
    if ((items[mid]?.start ?? 0) <= at) lo = mid + 1; else hi = mid;
  }
  return lo - 1;
}
