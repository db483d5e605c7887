// A cue's clause → the measures in it, by structure: the clause is tagged, cut where a purpose,
// result, appositive or attribution clause begins, and split where coordinated steps or a series of
// noun phrases begin (the rules are data: src/model/measure-grammar.ts).

import {
  MEASURE_ENDS,
  NAMING_ASIDE_ONLY,
  SPEAKER_ONLY,
  MEASURE_SPLITS,
  MEASURE_WORDS,
  type ClauseShape,
  type SplitRule,
} from '../model/measure-grammar';
import { holds, matchAt } from './match-pattern';
import { tagSpan, type Tag } from './tagger';
import type { Step } from '../model/token-pattern';

const VERBAL = new Set(['VERB', 'AUX']);
const NOMINAL = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const CONTENT = new Set(['NOUN', 'PROPN', 'NUM']);

/**
 * Verbal when the clause opens with a verb (after "to" or an adverb) or with the sides and their modal
 * ("the two countries will set up X and hold Y": the steps are verb phrases); nominal with a noun phrase.
 */
function clauseShape(tags: readonly Tag[], from = 0): ClauseShape {
  for (let k = from; k < tags.length; k++) {
    const t = tags[k] as Tag;
    if (t.pos === 'PART' || t.pos === 'ADV' || t.pos === 'PUNCT') continue;
    if (VERBAL.has(t.pos)) return 'verbal';
    if (!NOMINAL.has(t.pos)) return 'any';
    return jointModalAt(tags, k) ? 'verbal' : 'nominal';
  }
  return 'any';
}

/** "both sides will", "the two countries would", "they shall": the sides as subject of a modal and its verb. */
function jointModalAt(tags: readonly Tag[], k: number): boolean {
  const a = tags[k]?.lower;
  const b = tags[k + 1]?.lower ?? '';
  const c = tags[k + 2]?.lower ?? '';
  let m = -1;
  if (a === 'both' && JOINT_NOUNS.has(b)) m = k + 2;
  else if (a === 'the' && (b === 'two' || b === 'three') && JOINT_NOUNS.has(c)) m = k + 3;
  else if (a === 'the' && (b === 'parties' || b === 'sides')) m = k + 2;
  if (m < 0 || !SUBJECT_MODALS.has(tags[m]?.lower ?? '')) return false;
  return tags[m + 1]?.pos === 'VERB' || (tags[m + 1]?.pos === 'ADV' && tags[m + 2]?.pos === 'VERB');
}
const JOINT_NOUNS = new Set(['sides', 'countries', 'nations', 'parties', 'governments', 'leaders', 'states', 'ministers']);
const SUBJECT_MODALS = new Set(['will', 'would', 'shall']);

const fits = (rule: ClauseShape, shape: ClauseShape): boolean => rule === 'any' || rule === shape;

/** A year (1900–2099). */
const YEAR = /^(?:19|20)\d\d$/;

/** "reached in 2016", "signed in 1994": a past participle and "in / since" a year tell another, earlier time. */
function pastYearAt(tags: readonly Tag[], k: number): boolean {
  if (!YEAR.test(tags[k]?.text ?? '')) return false;
  const before = tags[k - 1]?.lower;
  if (before !== 'in' && before !== 'since') return false;
  for (let j = Math.max(0, k - 5); j < k - 1; j++) {
    const t = tags[j];
    if (t?.pos === 'VERB' && t.lower.endsWith('ed')) return true;
  }
  return false;
}

/** A comma right after a function word ("a pact that, once ratified, …") opens an insertion, not a new clause. */
const OPENS_INSERTION = new Set(['ADP', 'SCONJ', 'CCONJ', 'AUX', 'PART']);

/** Content words in tags[from, to): what makes a measure long. */
function contentCount(tags: readonly Tag[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (CONTENT_WORD.has(tags[k]?.pos ?? '')) n++;
  return n;
}
const CONTENT_WORD = new Set(['NOUN', 'PROPN', 'NUM', 'VERB', 'ADJ', 'ADV']);

/**
 * Token index where the measure ends (exclusive): the first end rule that matches past the first two
 * tokens. Asides count only in a clause that is too long to be one phrase.
 */
function measureEnd(tags: readonly Tag[], shape: ClauseShape, from = 0): number {
  // the measure's own length: up to where a coordinated clause with its own subject begins the next one
  let stop = tags.length;
  for (let i = from + 2; i < tags.length && stop === tags.length; i++) {
    for (const r of MEASURE_SPLITS)
      if (r.resumes && matchAt(tags, i, r) > i) {
        stop = i;
        break;
      }
  }
  const long = contentCount(tags, from, stop) > MEASURE_WORDS;
  // an aside that tells another time ("…, replacing an accord reached in 2016") goes whatever the length
  let lastPastYear = -1;
  for (let k = tags.length - 1; k >= 0 && lastPastYear < 0; k--) if (pastYearAt(tags, k)) lastPastYear = k;
  for (let i = from + 2; i < tags.length; i++) {
    if (OPENS_INSERTION.has(tags[i - 1]?.pos ?? '') || tags[i - 1]?.lower === 'that') continue;
    const dated = i <= lastPastYear;
    for (const r of MEASURE_ENDS) {
      if ((r.aside && !long && !dated) || (r.after && !holds(r.after, tags[i - 1] as Tag))) continue;
      if (fits(r.shape, shape) && matchAt(tags, i, r) > i && !(r.unlessLater && laterHas(tags, i, tags.length, r.unlessLater))) return i;
    }
  }
  return tags.length;
}

/** Relative pronouns and complementisers: past one, the clause is embedded. */
const EMBEDS = new Set(['that', 'which', 'who', 'whose', 'whom', 'where']);

/** Does the left item [from, to) stand as a step of its own? */
function standsAlone(tags: readonly Tag[], from: number, to: number, needsVerb: boolean): boolean {
  let content = false;
  let verb = false;
  for (let k = from; k < to; k++) {
    const p = tags[k]?.pos ?? '';
    if (CONTENT.has(p)) content = true;
    if (VERBAL.has(p)) verb = true;
  }
  return content && (!needsVerb || verb);
}

function laterHas(tags: readonly Tag[], from: number, end: number, pairs: readonly string[]): boolean {
  for (let k = from; k + 1 < end; k++) if (pairs.includes(`${tags[k]?.lower} ${tags[k + 1]?.lower}`)) return true;
  return false;
}

/** How many times `rule` matches in tags[0, end): a series rule needs enough of them. */
function countMatches(tags: readonly Tag[], end: number, rule: SplitRule): number {
  let n = 0;
  for (let i = 1; i < end; i++) if (matchAt(tags, i, rule) > i) n++;
  return n;
}

/** Does a token of tags[from, to) satisfy `step`? */
function anyHolds(step: Step, tags: readonly Tag[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (holds(step, tags[k] as Tag)) return true;
  return false;
}

/** Is the verb that a split rule's `begin` step matched in its base form? */
function beginsWithBaseVerb(tags: readonly Tag[], at: number): boolean {
  const t = tags[at];
  return !!t && t.lower === t.lemma;
}

/** Item boundaries as token ranges [from, to) within tags[0, end). */
function splitItems(tags: readonly Tag[], end: number, shape: ClauseShape): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let from = 0;
  const series = new Map<SplitRule, boolean>();
  let embedded = false;
  // each item has its own shape: "a truce and to refrain from X, and call for Y" goes on with a verb-led item
  let itemShape = shape;
  for (let i = 1; i < end; i++) {
    if (EMBEDS.has(tags[i]?.lower ?? '')) embedded = true;
    for (const r of MEASURE_SPLITS) {
      if (!fits(r.shape, itemShape)) continue;
      if (r.notInRelative && embedded) continue;
      const stop = matchAt(tags, i, r);
      if (stop <= i || stop > end) continue;
      if (r.onlyWithLater && !laterHas(tags, i, end, r.onlyWithLater)) continue;
      if (r.minItems) {
        let ok = series.get(r);
        if (ok === undefined) {
          ok = countMatches(tags, end, r) + 1 >= r.minItems;
          series.set(r, ok);
        }
        if (!ok) continue;
      }
      // the new item begins where the rule's `begin` step matched: re-match the joining steps alone
      const joinEnd = r.begin >= r.steps.length ? stop : matchAt(tags, i, { ...r, steps: r.steps.slice(0, r.begin) });
      if (joinEnd < i) continue;
      if (r.baseForm && !beginsWithBaseVerb(tags, joinEnd)) continue;
      if (r.leftHas && !anyHolds(r.leftHas, tags, from, i)) continue;
      if (r.leftLacks && anyHolds(r.leftLacks, tags, from, i)) continue;
      if (r.leftWords && i - from < r.leftWords) continue;
      if (!standsAlone(tags, from, i, r.name === 'coordinated-clauses')) continue;
      items.push([from, i]);
      from = joinEnd;
      // an item opened by a verb-phrase rule is a verb phrase, whatever the tagger made of its verb
      itemShape = r.shape === 'verbal' ? 'verbal' : clauseShape(tags, from);
      embedded = false;
      i = Math.max(i, joinEnd - 1);
      break;
    }
  }
  if (from < end) items.push([from, end]);
  return items;
}

/**
 * Offsets [start, end) of each measure in text[s, e): the clause cut at its end and split into its items.
 * `sentence` holds the tags of the sentence around the clause (tagged once, with the cue before the
 * clause telling the tagger that "release" is a verb); without it, tagging starts at `context` (≤ s).
 * null means the document's tagging budget is spent.
 */
export function measureUnits(
  text: string,
  s: number,
  e: number,
  context = s,
  sentence?: readonly Tag[] | null,
  /** The clause's shape when its governor fixes it (a listing verb's objects are noun phrases, whatever the tagger reads first). */
  knownShape?: ClauseShape,
): Array<[number, number]> {
  // past the document's tagging budget the clause stays whole, as it reads
  if (sentence === null) return e > s ? [[s, e]] : [];
  const tags = sentence ? within(sentence, s, e) : tagSpan(text, Math.max(0, Math.min(context, s), s - 80), e).filter((t) => t.start >= s);
  if (tags.length === 0) return e > s ? [[s, e]] : [];
  const shape = knownShape ?? clauseShape(tags);
  const out: Array<[number, number]> = [];
  const ranges: Array<[number, number]> = [];
  // an aside ends a measure; a new subject with its own commitment after it ("…, a sign of the thaw,
  // and the ministers will meet") starts the next one
  let end = measureEnd(tags, shape);
  let sub = tags;
  let base = 0;
  for (let guard = 0; guard < 8; guard++) {
    for (const [a, b] of splitItems(sub, end, shape)) ranges.push([base + a, base + b]);
    const next = resumeAt(sub, end);
    if (next < 0) break;
    base += next;
    sub = sub.slice(next);
    end = measureEnd(sub, clauseShape(sub));
  }
  for (const [a, b] of ranges) {
    let lo = a;
    let hi = b;
    while (lo < hi && tags[lo]?.pos === 'PUNCT' && !isQuote(tags[lo]?.text)) lo++;
    while (hi > lo && tags[hi - 1]?.pos === 'PUNCT' && !isQuote(tags[hi - 1]?.text) && tags[hi - 1]?.text !== ')') hi--;
    const first = tags[lo];
    const last = tags[hi - 1];
    // "…, the ministry said Monday" cut off as an item of its own: who told it, not what was agreed
    if (hi > lo && matchAt(tags, lo, SPEAKER_ONLY) === hi) continue;
    // "…, as the island is known in Greenlandic, …" cut off likewise: what a thing is called
    if (hi > lo && tags[lo]?.lower === 'as' && matchAt(tags, lo, NAMING_ASIDE_ONLY) === hi) continue;
    if (first && last && last.end - first.start > 3) out.push([first.start, last.end]);
  }
  // tagging stops early on text it cannot align: the untagged rest of the clause stays with the last item
  const lastTag = tags[tags.length - 1];
  if (base + end === tags.length && lastTag && lastTag.end < e && out.length > 0) {
    const tail = out[out.length - 1];
    if (tail) tail[1] = e;
  }
  return out;
}

/** Token index in tags[end, …) where a resuming split rule (a new subject's commitment) begins its item; -1 if none. */
function resumeAt(tags: readonly Tag[], end: number): number {
  if (end >= tags.length) return -1;
  for (let i = end; i < tags.length; i++) {
    for (const r of MEASURE_SPLITS) {
      if (!r.resumes || matchAt(tags, i, r) <= i) continue;
      const joinEnd = matchAt(tags, i, { ...r, steps: r.steps.slice(0, r.begin) });
      return joinEnd > i ? joinEnd : -1;
    }
  }
  return -1;
}

/** The tags inside [s, e) of a sentence's tags (sorted by offset). */
function within(tags: readonly Tag[], s: number, e: number): Tag[] {
  let lo = 0;
  let hi = tags.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tags[mid]?.start ?? 0) < s) lo = mid + 1;
    else hi = mid;
  }
  const out: Tag[] = [];
  for (let i = lo; i < tags.length; i++) {
    const t = tags[i];
    if (!t || t.end > e) break;
    out.push(t);
  }
  return out;
}

const isQuote = (s: string | undefined): boolean => s === '"' || s === '\u201c' || s === '\u201d';
