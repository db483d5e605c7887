// The engine's one way in: plain article text (and what the page knows besides) → Facts.
// Pure and total: no DOM, no I/O, never throws (an internal error yields a quiet no-agreement result),
// linear in the text's size. Offsets index into input.text, which is returned unchanged.

import type { Entity } from './gazetteer';
import type { ExtractInput, Facts, Mention, Official, Party } from './types';
import { tokenize } from './tokens';
import { segmentSentences, sentenceAt } from './segment';
import { findEntities, type EntityMention } from './find-entities';
import { findRoles } from './find-titles';
import { findNames, startNameFolds } from './find-names';
import { findOfficialDrafts } from './find-officials';
import { mergeOfficials } from './officials-merge';
import { fillAffiliations, fillLeaders } from './fill-affiliations';
import { castsBystander } from './bystander';
import { readMeasures } from './find-measures';
import { pickParties, scoreParties } from './find-parties';
import { findSignatoryGroups, withGroups } from './find-signatory-groups';
import { findNamedOrgs, mergeMentions } from './find-named-orgs';
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
    version: 1,
    source: input?.source ?? '',
    article: { title: input?.title ?? null, text, language },
    isAgreement: false,
    confidence: 0,
    knownEvent: null,
    date: null,
    location: null,
    parties: [],
    officials: [],
    measures: [],
    context: [],
    quotes: [],
    summary: '',
  };
}

function run(input: ExtractInput & { text: string }): Facts {
  const { text } = input;
  const title = input.title ?? null;
  const language = detectLanguage(text) ?? (input.languageHint ? input.languageHint.slice(0, 2).toLowerCase() : null);
  if (language && language !== 'en') return quiet(input, text, language);

  startNameFolds();
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
  const reading = readMeasures(text, sentences);
  let measures = reading.measures;

  fillLeaders(officials);
  const titleEntities = title ? findEntities(title, tokenize(title)).map((e) => e.entity) : [];
  // a guarantor's, witness's or host's side is no evidence that the side agreed
  const actsAsBystander = (o: (typeof officials)[number]): boolean => {
    const at = o.mentions[0]?.start;
    const sent = at === undefined ? undefined : sentenceAt(sentences, at);
    return !!sent && castsBystander(sent.text, (at ?? 0) - sent.start);
  };
  const affiliations = officials
    .filter((o) => !actsAsBystander(o) && !o.bare)
    .map((o) => o.affiliation)
    .filter((a): a is Entity => !!a);
  const actors = officials
    .filter((o) => o.affiliation && !actsAsBystander(o))
    .flatMap((o) => o.mentions.map((m) => ({ start: m.start, end: m.end, entity: o.affiliation as Entity })));
  // the sides may include groups the gazetteer does not know, where a list of signatories names them
  const groups = findSignatoryGroups(text, tokens, sentences, entities);
  // and organisations it names by the shape of their names ("the Hill Country National Liberation Front (HCNLF)")
  const named = findNamedOrgs(text, tokens, entities, groups);
  const sides = withGroups(entities, mergeMentions(groups, named));
  const scores = scoreParties(text, tokens, sentences, sides, title, affiliations, titleEntities, actors);
  // parties in order of first mention, as a reader meets them
  // (each side's first mention in the list, read once: the sort asks for it at every comparison)
  const firstMention = new Map<Entity, number>();
  for (const m of sides) if (!firstMention.has(m.entity)) firstMention.set(m.entity, m.start);
  const firstAt = (e: Entity): number => firstMention.get(e) ?? Infinity;
  const picked = pickParties(scores).map((s) => s.entity);
  const chosen = [...picked].sort((a, b) => firstAt(a) - firstAt(b));
  const datelineCity = findDatelineCity(text);
  fillAffiliations(officials, chosen, datelineCity, sentences, entities, picked.slice(0, 2));

  const measureSentences = measures.filter((m) => m.strong).map((m) => m.sentence);
  const detection = detectAgreement({
    text,
    tokens,
    sentences,
    title,
    measureSentences,
    // an organisation known only by the shape of its name ("the Metro Transit Workers Union") never makes a
    // report an agreement: a company's or union's deal stays outside diplomacy
    parties: chosen.filter((e) => !e.unlisted).length,
    publishedDate: input.publishedDate ?? null,
  });
  // a report that tells an agreement with no strong cue of its own: its terms are read as beside one
  if (detection.isAgreement) measures = reading.agreed(detection.evidence ?? []);
  // on a page that reports no agreement, no organisation known only by the shape of its name is shown
  const kept = chosen.filter((e) => detection.isAgreement || !e.unlisted);
  const mentionsOf = partyMentions(kept, sides, text);
  const parties = kept.map((e) => toParty(e, mentionsOf));
  const outOfficials: Official[] = officials
    .filter((o) => o.mentions.length > 0)
    .map((o) => ({
      name: o.name,
      title: o.title,
      affiliation: o.affiliation?.name ?? null,
      mentions: o.mentions,
    }));
  const date = findDate({ text, sentences, publishedDate: input.publishedDate ?? null });
  const location = findPlace(text, sentences, datelineCity, chosen, {
    tokens,
    title: title ? { text: title, tokens: tokenize(title) } : undefined,
    avoid: outOfficials.flatMap((o) => o.mentions),
    date,
  });
  const facts: Facts = {
    version: 1,
    source: input.source ?? '',
    article: { title, text, language: language ?? 'en' },
    isAgreement: detection.isAgreement,
    confidence: detection.confidence,
    knownEvent: null,
    date,
    location,
    parties,
    officials: outOfficials,
    measures: detection.isAgreement ? measures.map(({ text: t, status, mentions }) => ({ text: t, status, mentions })) : [],
    context: findContext(text, sentences),
    quotes: findQuotes(text, sentences, outOfficials),
    summary: '',
  };
  facts.knownEvent = matchKnownEvent({ text, parties: parties.map((p) => p.name), officialNames: outOfficials.map((o) => o.name), date });
  facts.summary = summarize(facts);
  return facts;
}

/** Every mention of each entity, possessive "'s" included ("Iran's"), in the order of the list: one pass over it. */
function partyMentions(kept: readonly Entity[], entities: readonly EntityMention[], text: string): Map<Entity, Mention[]> {
  const out = new Map<Entity, Mention[]>();
  for (const e of kept) out.set(e, []);
  for (let i = 0; i < entities.length; i++) {
    const m = entities[i] as EntityMention;
    const list = out.get(m.entity);
    if (list === undefined) continue;
    const end = m.possessive ? m.end + 2 : m.end;
    list.push({ start: m.start, end, text: text.slice(m.start, end) });
  }
  return out;
}

/** The party of an entity, with its mentions (partyMentions). */
function toParty(e: Entity, mentionsOf: ReadonlyMap<Entity, Mention[]>): Party {
  return { name: e.name, kind: e.kind, code: e.code, mentions: mentionsOf.get(e) ?? [] };
}
