// Measures told without an agreement verb (src/model/provision-patterns.ts): the instrument's own
// provisions and two named sides' future steps. Read only in a report that already has an agreed
// measure, so that a history of an old treaty or a preview of talks yields nothing from here.

import { INSTRUMENTS, LISTING_VERBS, PROVISIONS } from '../model/provision-patterns';
import { containsAny } from './contains-any';
import { counterpartAt } from './counterpart';
import { isBackground, isNegated } from './gates';
import { firstMatchAt, matchAt } from './match-pattern';
import { measureUnits } from './measure-units';
import type { Sentence } from './segment';
import { sentenceTagger, type SentenceTags } from './sentence-tags';
import type { Tag } from './tagger';

type SentenceTagList = readonly Tag[];

/** ", with Chad freeing": "with" and a capitalised word (the with-side-doing rule's only way in). */
const WITH_SIDE = /, with \p{Lu}/u;

/**
 * A cheap gate: the sentence names an instrument, has a future auxiliary, opens with "It" (the instrument
 * just told) or with a source and then "it", or has an absolute construction with a named side (", with
 * Chad freeing …").
 */
function mayHold(text: string, lower: string): boolean {
  if (/\b(?:will|would|shall|should|must)\b/.test(lower) || lower.startsWith('it ')) return true;
  if (lower.startsWith('according to ') && lower.includes(', it ')) return true;
  if (WITH_SIDE.test(text)) return true;
  return containsAny(lower, INSTRUMENTS);
}

/** A future or an obligation in the sentence (rules with `modal`). */
const MODAL = /\b(?:will|would|shall|must|(?:is|are)\s+to)\b/i;

/** Questions and a list's introduction (its items are the terms) are not the terms. */
const NOT_TERMS = /\?\s*$|:\s*$/;
/** A sentence that opens with a quotation: read only by the rules that hold inside one (`inQuote`). */
const OPENS_QUOTE = /^["\u201c]/;
/** …and never a quoted question or a speaker's own first-person words. */
const NOT_QUOTED_TERMS = /\?["\u201d]|^["\u201c](?:we|i|you)\b/i;

/** Does the sentence name an instrument (an antecedent for "It covers …")? */
function namesInstrument(sentence: string): boolean {
  return containsAny(sentence.toLowerCase(), INSTRUMENTS);
}

/** "According to the mediator, it includes …": the clause after a leading source begins the sentence's own words. */
function sourceLeadEnd(tags: SentenceTagList): number {
  if (tags[0]?.lower !== 'according' || tags[1]?.lower !== 'to') return -1;
  for (let k = 2; k < Math.min(tags.length, 12); k++) if (tags[k]?.lower === ',') return k + 1;
  return -1;
}

/** Is sentence `si` at most `near` sentences after one in `taken`? */
function follows(taken: ReadonlySet<number>, si: number, near: number): boolean {
  for (let k = 1; k <= near; k++) if (taken.has(si - k)) return true;
  return false;
}

/** Start of the clause holding token offset `at`: the sentence start, or just after the last comma or "that" before it. */
function clauseStart(text: string, from: number, at: number, afterSpeaker = false): number {
  const head = text.slice(from, at);
  // a dateline's dash counts too ("BRUSSELS - The agreement …"), and, for a subject, who said it ("The
  // ministry said the freed men would be flown home")
  const breaks = afterSpeaker ? [...CLAUSE_BREAKS, ...SPEAKER_BREAKS] : CLAUSE_BREAKS;
  let cut = -1;
  let width = 0;
  for (const b of breaks) {
    const k = head.lastIndexOf(b);
    if (k > cut) {
      cut = k;
      width = b.length;
    }
  }
  if (cut < 0) return OPENS_QUOTE.test(head) ? from + 1 : from;
  return from + cut + width;
}
const CLAUSE_BREAKS = [', ', ' that ', '; ', ' - ', ' \u2013 ', ' \u2014 '];
const SPEAKER_BREAKS = [' said ', ' says '];

export function findProvisions(
  text: string,
  sentences: readonly Sentence[],
  taken: ReadonlySet<number>,
  add: (s: number, e: number, si: number) => void,
  tagsOf: SentenceTags = sentenceTagger(text),
): void {
  const inTaken = PROVISIONS.filter((r) => r.inTaken);
  sentences.forEach((sent, si) => {
    const held = taken.has(si);
    if (held && inTaken.length === 0) return;
    // past the tagging budget an untagged sentence is read by no rule: skip its (pure) gates too
    if (!tagsOf.available(sent)) return;
    const t = sent.text;
    const lower = t.toLowerCase();
    const quoted = OPENS_QUOTE.test(t);
    if (!mayHold(t, lower) || NOT_TERMS.test(t) || (quoted && NOT_QUOTED_TERMS.test(t)) || isBackground(t, lower) || isNegated(t)) return;
    const tags = tagsOf(sent);
    if (!tags) return;
    const after = (r: (typeof PROVISIONS)[number]): boolean =>
      !!r.antecedent && namesInstrument(sentences[si - 1]?.text ?? '') && follows(taken, si - 1, r.antecedent);
    const rules = (held ? inTaken : PROVISIONS).filter(
      (r) => (!quoted || r.inQuote) && (!r.near || follows(taken, si, r.near) || after(r)),
    );
    const inside = rules.some((r) => r.sentenceStart) ? rules.filter((r) => !r.sentenceStart) : rules;
    const start = sourceLeadEnd(tags);
    for (let i = 0; i < tags.length; i++) {
      const hit = firstMatchAt(tags, i, i === 0 || i === start ? rules : inside);
      if (!hit) continue;
      const verb = tags[hit.end - 1];
      if (!verb) break;
      const rule = hit.pattern;
      if (rule.modal && !MODAL.test(t)) continue;
      if (rule.from === 'before') {
        // "…, according to the agreement": the clause before the source is the term
        const first = tags[i];
        if (!first) break;
        const s0 = clauseStart(text, sent.start, first.start);
        const said = rule.notBefore;
        if (said && tags.some((x) => x.start >= s0 && x.end <= first.start && said.includes(x.lower))) break;
        const e0 = Math.max(s0, tags[i - 1]?.end ?? s0);
        for (const [s, e] of measureUnits(text, s0, e0, s0, tags)) add(s, e, si);
        break;
      }
      if (rule.start !== undefined) {
        // the measure begins at the rule's `start` step: re-match the steps before it alone
        const at = rule.start === 0 ? i : matchAt(tags, i, { ...rule, steps: rule.steps.slice(0, rule.start) });
        const first = tags[at];
        if (at < i || !first) break;
        addWithCounterpart(text, first.start, sent.end, sent.start, tags, si, add);
        break;
      }
      if (rule.from === 'subject') {
        const s0 = clauseStart(text, sent.start, tags[i]?.start ?? verb.start, true);
        addWithCounterpart(text, s0, sent.end, s0, tags, si, add);
        break;
      }
      // "the terms include A, B and C": the objects are the items ("provide for" takes its "for" along)
      const listing = (LISTING_VERBS as readonly string[]).includes(verb.lemma);
      const next = tags[hit.end]?.lower === 'for' && verb.lemma === 'provide' ? tags[hit.end + 1] : tags[hit.end];
      // "The agreement sets out five points: A, B and C": the items after the colon are the terms
      const colon = text.indexOf(': ', verb.start);
      const intro = colon > 0 && colon < sent.end - 3 && colon - verb.start <= 60 && !/[,;]/.test(text.slice(verb.start, colon));
      const from = intro ? colon + 2 : listing && next ? next.start : verb.start;
      const nominal = listing || intro;
      for (const [s, e] of measureUnits(text, from, sent.end, nominal ? from : sent.start, tags, nominal ? 'nominal' : undefined))
        add(s, e, si);
      break;
    }
  });
}

/**
 * The measures of a term clause, and the counterpart's own step after ", while" ("Chile will supply gas,
 * while Peru will grant port access"): both are terms of the same deal.
 */
function addWithCounterpart(
  text: string,
  s0: number,
  end: number,
  context: number,
  tags: Parameters<typeof measureUnits>[4],
  si: number,
  add: (s: number, e: number, si: number) => void,
): void {
  let last = s0;
  for (const [s, e] of measureUnits(text, s0, end, context, tags)) {
    add(s, e, si);
    last = e;
  }
  const k = text.slice(last, end).search(/, (?:while|whereas) /);
  const other = k < 0 ? null : counterpartAt(text, last + k, end, tags ?? null);
  if (other && other[1] > other[0]) add(other[0], other[1], si);
}
