// What the parties agreed, decided or committed to. Each cue (src/model/cues.ts) governs the clause
// after it; "the decision to X was made", "a ceasefire had been agreed" and "X are to Y" have their own
// shapes; a line ending in "the following steps were agreed:" or "pledged:" governs the bullets under it;
// "both sides acknowledged X as a common threat requiring A, B and C" yields A, B and C. Negated,
// proposed and background wordings are skipped; in an agreement report, "X said it would A" next to
// "In return, Y will B" is part of the package. A list written inside one line ("includes: - A; - B")
// is read as a bulleted list. Near-duplicates merge, keeping every span.

import { eachMatch } from './scan';
import { backgroundAt, backgroundGoverns, hasAny, isBackground, isNegated } from './gates';
import { cueStarts, getCueScanner } from './cue-scan';
import { isLetter, isUpper, width } from './chars';
import { BARE_CUE_VERB, DOMESTIC_ACT, LIST_HEADER, TERM_PARAGRAPHS, TIME_ONLY } from '../model/measure-grammar';
import { matchAt } from './match-pattern';
import {
  ARE_TO,
  ARE_TO_LOGISTICS,
  DECISION_NOMINAL,
  ITEM_OWN_CUE,
  LIST_INTRO,
  MEASURE_CUES,
  NOT_AGREED,
  OWN_CUE,
  PASSIVE_AGREED,
} from '../model/cues';
import type { Measure, MeasureStatus, Mention } from './types';
import type { Sentence } from './segment';
import { counterpartAt } from './counterpart';
import { clauseSpan, contentWords, normaliseMeasure } from './measure-clause';
import { measureUnits } from './measure-units';
import { sentenceTagger, type SentenceTags } from './sentence-tags';
import { findProvisions } from './find-provisions';

export interface MeasureFound extends Measure {
  /** Strong: an explicit agreement cue (not only "X are to …"). */
  strong: boolean;
  sentence: number;
  /** Found in a title-case headline line: its wording yields to the body's. */
  headline: boolean;
  bullet: boolean;
  /** Content words of `text` (for near-duplicates). */
  words: string[];
}

/** A sentence's closing stop, perhaps inside a closing quote: a title line has none. */
const ENDS_WITH_STOP = /[.!?]["'\u201d\u2019]?\s*$/;

/** A line in title case ("Pakistan and Iran Agree to Deploy …"). */
function isHeadline(line: string): boolean {
  if (ENDS_WITH_STOP.test(line)) return false;
  // words as /\p{L}[\p{L}'’-]*/gu reads them, counted by hand (no pattern to compile on the first page)
  let words = 0;
  let caps = 0;
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i) ?? 0;
    if (!isLetter(cp)) {
      i += width(cp);
      continue;
    }
    words++;
    if (isUpper(cp)) caps++;
    i += width(cp);
    for (let c = line.codePointAt(i); c !== undefined && (c === 39 || c === 0x2019 || c === 45 || isLetter(c)); c = line.codePointAt(i))
      i += width(c);
  }
  return words >= 3 && caps / words >= 0.6 && !/[.!?]$/.test(line.trim());
}

const NOUNISH =
  /^(?:the|a|an|their|its|peace|stability|prosperity|security|dialogue|cooperation|democracy|development|growth|friendship|unity|[a-z]+(?:ity|ness|tion|sion|ment|ance|ence|ism|ship))\b/i;
// An instrument with nothing said about it ("a peace agreement", "joint statement", "the initial peace agreement",
// "the deal as well", "a mirror text with the same two") is not a measure;
// "the deal will run for 120 days" or "a declaration on X" is.
const GENERIC_INSTRUMENT =
  /^(?:(?:a|an|the|one|two|separate)\s+)*(?:(?:historic|landmark|peace|new|formal|final|comprehensive|framework|mirror|separate|similar|joint|initial|preliminary|interim)\s+)*(?:agreements?|deals?|accords?|pacts?|docum(?:ent|ents)|statements?|texts?)(?:\s+(?:with|between|by|at|in)\b(?![^.]*\b(?:will|would|shall|can|to)\b)[^.]*)?(?:\s+(?:as\s+well|too|also))?$|^(?:a|an|the)?\s*(?:week|day|month|year|few|couple|decade)s?\b/i;
/** Every GENERIC_INSTRUMENT match holds one of these (the pattern folds ASCII case only). */
const GENERIC_WORDS = [
  'agreement',
  'deal',
  'accord',
  'pact',
  'docum',
  'statement',
  'text',
  'week',
  'day',
  'month',
  'year',
  'few',
  'couple',
  'decade',
];
const isGenericInstrument = (norm: string): boolean => hasAny(norm.toLowerCase(), GENERIC_WORDS) && GENERIC_INSTRUMENT.test(norm);
const TIME_WORDS: ReadonlySet<string> = new Set(TIME_ONLY.words);
/** Content words that name only a time ("31 May", "From May 1"): when, not what (numbers are not content words). */
const isTimeOnly = (words: readonly string[]): boolean =>
  words.every((w) => TIME_WORDS.has(w) || (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57));
// Site furniture that uses agreement words ("you agree to our use of cookies").
const BOILERPLATE = /\b(?:cookies?|privacy\s+policy|terms\s+of\s+(?:use|service)|newsletter|subscri\w+)\b/i;
// A cheap gate of plain word stems: a sentence without any of them holds no cue. Keep in step with
// MEASURE_CUES in src/model/cues.ts.
const CUE_HINT =
  /agree|accord|part of|in line|as per|requir|oblig|bound|commit|pledg|promis|sign|decid|decision|consent|undert|vow|under|reach|foresee|envisage|provide|call|view|put|found|inked|initial|return|aims|seeks|intended|designed|meant|threat|resolved|cover|includ|back|support|establish|creat|set up|sets up|guarantee|seal|struck|clinch|finali|conclud|adopt|approv|endors|renewed|extended|prolonged|exchanged|swapped|traded|affirm|confirm|reiterat|launched|inaugurated|established|created|announced|unveiled|settled/i;
/** A modal or a negation right before a passive of agreeing ("could not have been signed", "would have been agreed"). */
const COUNTERFACTUAL_BEFORE = /\b(?:not|never|could|would|might|should|must)\s*$/i;
/** A cue that ends in an infinitive's "to": what follows is the step itself. */
const INFINITIVE_CUE = /\bto\s$/;
/** Aspirations, not steps ("peace", "closer ties", "the path of dialogue"): `measures_secondary` at most. */
const ASPIRATION =
  /^(?:(?:the|a|an|their|its|our|further|closer|lasting|durable|mutual|regional|bilateral|strong|stronger|deeper|greater|broader|full|continued|common|shared|peaceful|political)\s+)*(?:peace|stability|prosperity|security|dialogue|cooperation|co-operation|democracy|development|growth|friendship|unity|relations|ties|partnership|principles?|values|goals?|vision|spirit|path|process|work|efforts?|agenda|ideals?|aims?|objectives?|future|solution|settlement|normali[sz]ation|reconciliation|good\s+neighbourliness)\b/i;
/** A lead-in that names a source rather than the instrument's terms. */
const SOURCE_LEAD = /^according|statement/i;
/** A step stated as a future or an obligation. */
const TERM_MODAL = /\b(?:will|would|shall|must|should|(?:is|are)\s+to|can|may)\b/i;
const ARE_TO_HINT = /\b(?:is|are) to\b/;
const BULLET = /^\s*(?:[-\u2022*\u2013\u2014]|\(?\d+[.)])\s+/;
const JOINT_SUBJECT =
  /^(?:[Bb]oth\s+(?:sides|countries|nations|parties|leaders|governments)|[Tt]he\s+two\s+(?:sides|countries|nations|leaders|governments|ministers|delegations)|[Tt]hey|[Tt]he\s+parties|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+and\s+[A-Z][\w'-]+)\b/;
const JOINT_WILL =
  /^["\u201c]?(?:[Bb]oth\s+(?:sides|countries|nations|parties|leaders|governments)|[Tt]he\s+(?:two|three)\s+(?:sides|countries|nations|leaders|governments|parties)|[Tt]he\s+(?:parties|signatories|contracting\s+parties)|[Ee]ach\s+(?:side|party|country)|[Aa]ll\s+(?:sides|parties|signatories))\s+(?:will|would|shall)\s+(?:also\s+|jointly\s+|further\s+)?(?=[a-z])/;
const CONSENSUS_LIST =
  /\b(?:acknowledged|recognised|recognized|identified|agreed\s+on|saw)\s+([^,;]{3,60}?)\s+as\s+an?\s+(?:common|shared|mutual)\s+(?:threat|challenge|concern)\s+(?:requiring|that\s+required|that\s+requires|needing|calling\s+for)\s+([^.;]{5,200})/i;

/**
 * A list written inside one line, as a page's paragraph reads once its line breaks are collapsed: "The
 * accord includes: - A; - B; - C", a bullet line "- A; - B", or "… as follows: 1. A. 2. B." (where the
 * sentence splitter leaves each number as a sentence of its own). The line before the first marker
 * becomes the list's introduction and each item a line of its own, as a bulleted list is read. `orig`
 * maps back to the caller's sentences; `items` holds the items that have lost their marker.
 */
function expandInlineLists(sentences: Sentence[]): { list: Sentence[]; orig: number[]; inline: Set<number>; items: Set<number> } {
  const list: Sentence[] = [];
  const orig: number[] = [];
  const inline = new Set<number>();
  const items = new Set<number>();
  let nextIsItem = -1;
  const push = (sent: Sentence, si: number, start = 0, end = sent.text.length): void => {
    let e = end;
    while (e > start && /[\s;,]/.test(sent.text[e - 1] ?? '')) e--;
    if (e <= start) return;
    list.push(
      start === 0 && e === sent.text.length
        ? sent
        : { ...sent, start: sent.start + start, end: sent.start + e, text: sent.text.slice(start, e) },
    );
    orig.push(si);
  };
  sentences.forEach((sent, si) => {
    const t = sent.text;
    const numbered = si === nextIsItem;
    // "… as follows: 1." or a lone "2.": the number belongs to the next sentence, the next item
    const held = NUMBER_HELD.exec(t);
    if (
      held &&
      sentences[si + 1]?.para === sent.para &&
      (held.index > 0 || numbered || items.size > 0 || /:\s*$/.test(sentences[si - 1]?.text ?? ''))
    ) {
      if (held.index > 0) push(sent, si, 0, held.index + 1);
      nextIsItem = si + 1;
      return;
    }
    if (numbered) {
      items.add(list.length);
      push(sent, si);
      return;
    }
    // a list inside the line after a colon, or a bullet line that holds several items
    const first = t.includes(':') ? INLINE_LIST.exec(t) : null;
    const lead = first ? null : BULLET.exec(t);
    const marker = first?.[1] ?? lead?.[0].trim() ?? '';
    const at: number[] = [];
    if (first || lead) {
      const sep = /\d/.test(marker) ? INLINE_NUMBERED : INLINE_DASHED;
      sep.lastIndex = first ? (first.index ?? 0) + first[0].indexOf(marker) - 1 : 0;
      for (let m = sep.exec(t); m; m = sep.exec(t)) at.push(m.index + m[0].indexOf(m[1] ?? ''));
    }
    if (at.length < 2) {
      push(sent, si);
      return;
    }
    if (first) push(sent, si, 0, (first.index ?? 0) + 1);
    at.forEach((from, k) => {
      inline.add(list.length);
      push(sent, si, from, at[k + 1] ?? t.length);
    });
  });
  return { list, orig, inline, items };
}
/** ": - " or ": 1. " or ": (1) ": a list begins inside the line (group 1: its first marker). */
const INLINE_LIST = /:\s+([-\u2022*\u2013\u2014]|\(?\d{1,2}[.)])\s+(?=\S)/;
/** Each item's marker, dashed or numbered (group 1: the marker). */
const INLINE_DASHED = /(?:^|\s)([-\u2022*\u2013\u2014])\s+(?=\S)/g;
const INLINE_NUMBERED = /(?:^|\s)(\(?\d{1,2}[.)])\s+(?=\S)/g;
/** A number that ends the sentence after a list's colon, or stands alone: the next item's marker. */
const NUMBER_HELD = /(?::\s+|^)\(?\d{1,2}[.)]$/;

export function findMeasures(text: string, lines: Sentence[]): MeasureFound[] {
  return readMeasures(text, lines).measures;
}

/** The measures of a text, and how to read more once the report is known to tell an agreement. */
export interface MeasureReading {
  measures: MeasureFound[];
  /**
   * For a report that detection finds to tell an agreement (its `evidence` sentences, indices into the
   * caller's sentences) although no cue here was strong ("the 51 agreements concluded by the two countries
   * are worth …", "X has been set free in an exchange"): the instrument's terms and the sides' steps are
   * read as they are beside an agreed measure. The measures so far when a strong one exists already.
   */
  agreed(evidence: readonly number[]): MeasureFound[];
}

export function readMeasures(text: string, lines: Sentence[]): MeasureReading {
  const { list: sentences, orig, inline, items: unmarked } = expandInlineLists(lines);
  const tagsOf = sentenceTagger(text);
  const found: MeasureFound[] = [];
  const headlineCache = new Map<number, boolean>();
  const isHeadlineAt = (si: number): boolean => {
    let h = headlineCache.get(si);
    if (h === undefined) {
      h = isHeadline(sentences[si]?.text ?? '');
      headlineCache.set(si, h);
    }
    return h;
  };
  let genericSigned = false;
  const add = (s: number, e: number, status: MeasureStatus, strong: boolean, si: number, phrase?: string): void => {
    if (e <= s) return;
    // two cues over one clause ("it was agreed that"): keep one
    for (let k = found.length - 1; k >= 0 && found[k]?.sentence === si; k--) {
      const same = found[k];
      if (same?.mentions.some((x) => x.start < e && s < x.end)) {
        same.strong ||= strong;
        return;
      }
    }
    const clause = text.slice(s, e);
    const norm = phrase ?? normaliseMeasure(clause);
    const words = contentWords(norm);
    if (
      words.length < 1 ||
      isTimeOnly(words) ||
      BARE_CUE_VERB.re.test(norm) ||
      BOILERPLATE.test(norm) ||
      LIST_HEADER.re.test(norm) ||
      (status === 'signed' && DOMESTIC_ACT.re.test(norm))
    )
      return;
    // "signed the initial peace agreement": no measure of its own, but the report agrees something, so the
    // instrument's terms told elsewhere ("Under the deal, X are to …") are read as they would be beside one
    if (isGenericInstrument(norm)) {
      genericSigned ||= strong;
      return;
    }
    found.push({
      text: norm,
      status,
      strong,
      sentence: si,
      headline: isHeadlineAt(si),
      bullet: BULLET.test(sentences[si]?.text ?? ''),
      words,
      mentions: [{ start: s, end: e, text: clause }],
    });
  };
  let listOpen = false;
  let introAt = -2;
  let lastItem = -2;
  // a paragraph of its own, right under the list's introduction or its last item, that opens with a side and
  // its step ("Azerbaijan releases …", "Both sides recognise that …"): a term, as a bullet would be
  const termParagraph = (sent: Sentence, si: number): boolean => {
    if (!listOpen || (si - 1 !== introAt && si - 1 !== lastItem)) return false;
    if (sent.para === sentences[si - 1]?.para || sent.para === sentences[si + 1]?.para) return false;
    if (!/^\p{Lu}/u.test(sent.text) || /[?:]\s*$/.test(sent.text)) return false;
    const tags = tagsOf(sent);
    return tags !== null && TERM_PARAGRAPHS.some((p) => matchAt(tags, 0, p) > 0);
  };
  let looseList = false;
  const looseItems = new Set<number>();
  // sentences read by a support-only cue: kept only beside a measure of another cue
  const supportItems = new Set<number>();
  const addLoose: Add = (s0, e0, status, _strong, si) => {
    looseItems.add(si);
    add(s0, e0, status, false, si);
  };
  // the cue scan's buffers, reused sentence by sentence
  const sc = getCueScanner();
  const { sticky } = sc;
  const starts: number[] = [];
  const startCues: number[][] = [];
  const needsMet = new Uint8Array(MEASURE_CUES.length);
  sentences.forEach((sent, si) => {
    const t = sent.text;
    // list items: bulleted lines, or bare lines (a page's <li>) that start in lower case or end with ";"
    const item =
      BULLET.test(t) ||
      unmarked.has(si) ||
      (listOpen && (/^[a-z]/.test(t) || /;\s*$/.test(t)) && sent.para !== sentences[si - 1]?.para) ||
      termParagraph(sent, si);
    // a second sentence in a list item's own line belongs to the item and keeps the list open
    const itemGoesOn = listOpen && si - 1 === lastItem && !inline.has(lastItem) && sent.para === sentences[lastItem]?.para;
    // an item with its own agreement verb ("- agreed to X") is read as a sentence below; the list stays open
    const ownCue = (item || itemGoesOn) && ITEM_OWN_CUE.test(t);
    if ((item || itemGoesOn) && !ownCue) {
      lastItem = si;
      if (listOpen) addBullet(text, sent, si, looseList ? addLoose : add, tagsOf);
      return;
    }
    if (ownCue) lastItem = si;
    else {
      const intro = /:\s*$/.test(t);
      listOpen = intro && LIST_INTRO.test(t.trim()) && !NOT_AGREED.test(t);
      // any other list under a line ending in ":" is kept only if the report agrees something elsewhere
      // ("The package also contains:"), and never under a demand, a proposal or a background line
      looseList = intro && !listOpen && !NOT_AGREED.test(t) && !isBackground(t);
      listOpen ||= looseList;
      if (listOpen) introAt = si;
    }
    // "Both sides will also …" / "The two countries would …": a joint future commitment
    const jw = JOINT_WILL.exec(t);
    // lower-cased only where a joint will or a cue hint needs it
    const hint = CUE_HINT.test(t);
    const lower = jw || hint ? t.toLowerCase() : '';
    if (jw && !isBackground(t, lower)) {
      const [s, e] = clauseSpan(text, sent.start + jw[0].length, sent.end);
      for (const [ps, pe] of measureUnits(text, s, e, sent.start, tagsOf(sent))) add(ps, pe, 'intended', false, si);
    }
    if (!hint) return;
    // a background marker dates only the clause that holds it (see backgroundGoverns)
    const bg = backgroundAt(t, lower);
    let next = 0;
    cueStarts(t, sc, starts, startCues);
    needsMet.fill(0);
    // as one alternation of all cues would: the leftmost cue match, then on from its end
    for (let p = 0; p < starts.length; p++) {
      const at = starts[p] ?? 0;
      const cues = startCues[p] ?? [];
      if (at < next) continue;
      let hitEnd = -1;
      for (const c of cues) {
        const cue = MEASURE_CUES[c];
        const re = sticky[c];
        if (!cue || !re) continue;
        const need = sc.needs[c];
        if (need) {
          // once per sentence and cue: "the" and "," stand everywhere
          let ok = needsMet[c];
          if (ok === 0) {
            ok = hasAny(lower, need) ? 1 : 2;
            needsMet[c] = ok;
          }
          if (ok === 2) continue;
        }
        re.lastIndex = at;
        const m = re.exec(t);
        if (!m) continue;
        if (hitEnd < 0) hitEnd = at + m[0].length;
        const before = t.slice(Math.max(0, at - 40), at + m[0].length);
        if (isNegated(before) || NOT_AGREED.test(t.slice(Math.max(0, at - 25), at))) continue;
        if (cue.before && !cue.before.test(t.slice(Math.max(0, at - 80), at))) continue;
        if (cue.unless?.test(t.slice(Math.max(0, at - 80), at))) continue;
        // a year or "since …" inside an infinitive's clause dates the agreed step, not the agreement
        // ("agreed to hold elections in 2027", "agreed to restore flights suspended since 2011")
        if (backgroundGoverns(t, at, bg) && !(bg >= at + m[0].length && INFINITIVE_CUE.test(m[0]))) continue;
        const from = sent.start + at + m[0].length;
        if (m[0].trim().endsWith(':') && from >= sent.end - 1) {
          listOpen = true;
          introAt = si;
          continue;
        }
        const after = text.slice(from, sent.end);
        // a lead-in steps aside for its clause's own agreement verb, and never governs a proposal or demand
        if (cue.leadIn && (OWN_CUE.test(after) || NOT_AGREED.test(after.slice(0, 80)))) continue;
        // a source ("according to the statement, …") tells terms only as a future or obligation
        if (cue.leadIn && SOURCE_LEAD.test(m[0]) && !TERM_MODAL.test(after.slice(0, 160))) continue;
        if (cue.weak) {
          const object = after.replace(/^\s*(?:closely|fully|further|jointly)\s+/i, '').replace(/^\s*to\s+/i, '');
          // the verb "commit(ted) to" takes a concrete step as a noun phrase ("committed to a ceasefire");
          // the noun "commitment to" and any aspiration ("committed to peace and stability") are not steps
          if (NOUNISH.test(object) && (!/^commit(?:s|ted)?\b/i.test(m[0]) || ASPIRATION.test(object))) continue;
        }
        const [s, e] = clauseSpan(text, from, sent.end);
        // "Under the statement, Riyadh and Tehran:" introduces a list; the list holds the measures
        if (/^\s*:\s*$/.test(text.slice(e, sent.end))) {
          listOpen = true;
          introAt = si;
          break;
        }
        if (cue.support) supportItems.add(si);
        for (const [ps, pe] of measureUnits(text, s, e, sent.start + at, tagsOf(sent))) add(ps, pe, cue.status, !cue.support, si);
        // "A will X, while B will Y": the counterpart's step is part of the same terms
        const other = e < sent.end ? counterpartAt(text, e, sent.end, tagsOf(sent)) : null;
        if (other) add(other[0], other[1], cue.status, true, si);
        break;
      }
      if (hitEnd >= 0) next = hitEnd;
    }
    if (bg >= 0) return;
    if (lower.includes('decision'))
      for (const m of eachMatch(DECISION_NOMINAL, t)) {
        const inner = m[1] ?? '';
        const s = sent.start + (m.index ?? 0) + m[0].indexOf(inner);
        add(s, s + inner.length, 'agreed', true, si);
      }
    if (lower.includes('been'))
      for (const m of eachMatch(PASSIVE_AGREED, t)) {
        // the subject before the passive: back to the previous clause break
        const at = m.index ?? 0;
        const head = t.slice(0, at);
        // "such a deal could not have been signed with anyone else": a counterfactual, nothing signed
        if (COUNTERFACTUAL_BEFORE.test(head)) continue;
        const cuts = [
          [head.lastIndexOf(' that '), 6],
          [head.lastIndexOf(', '), 2],
          [head.lastIndexOf(' said '), 6],
        ] as const;
        const best = cuts.reduce((a, b) => (b[0] > a[0] ? b : a));
        const s = sent.start + (best[0] >= 0 ? best[0] + best[1] : 0);
        const [cs, ce] = clauseSpan(text, s, sent.start + at);
        if (!/\b(?:it|this|that|which|what)\s*$/i.test(text.slice(cs, ce))) add(cs, ce, 'agreed', true, si);
      }
    const cl = JOINT_SUBJECT.test(t) ? CONSENSUS_LIST.exec(t) : null;
    if (cl) {
      const object = (cl[1] ?? '').trim();
      const list = cl[2] ?? '';
      let off = sent.start + (cl.index ?? 0) + cl[0].length - list.length;
      for (const item of list.split(/,\s*(?:and\s+)?|\s+and\s+/)) {
        const i0 = text.indexOf(item, off);
        if (i0 < 0 || !item.trim()) continue;
        const [s, e] = clauseSpan(text, i0, i0 + item.length);
        add(s, e, 'agreed', true, si, `${normaliseMeasure(text.slice(s, e))} against ${object}`);
        off = i0 + item.length;
      }
    }
  });
  // sentences that tell an arrangement of the terms: no measure of their own, but provisions after them still read as terms
  const termsGoOn = new Set<number>();
  // "X are to Y" counts with a joint subject, or in an article that already reports an agreement
  {
    const anyStrong = genericSigned || found.some((f) => f.strong);
    const done = new Set(found.map((f) => f.sentence));
    sentences.forEach((sent, si) => {
      if (done.has(si) || !ARE_TO_HINT.test(sent.text) || BULLET.test(sent.text) || isBackground(sent.text)) return;
      for (const m of eachMatch(ARE_TO, sent.text)) {
        const at = m.index ?? 0;
        // an arrangement of the same terms ("the first phase is to last 42 days"): no measure, but the terms go on
        if (ARE_TO_LOGISTICS.test(sent.text.slice(at))) {
          termsGoOn.add(si);
          continue;
        }
        const head = sent.text.slice(0, at);
        if (/["\u201c]/.test(head) && !/["\u201d]/.test(head.slice(head.search(/["\u201c]/) + 1))) continue;
        const s = sent.start + subjectStart(head);
        if (!anyStrong && !JOINT_SUBJECT.test(text.slice(s, sent.end))) continue;
        const [, e] = clauseSpan(text, sent.start + at, sent.end);
        if (/:\s*$/.test(sent.text) || e - (sent.start + at + m[0].length) < 2) continue;
        // "Qatar and Bahrain are to resume …" is itself the agreement; "prisoners are to be freed" needs one
        const joint = JOINT_SUBJECT.test(text.slice(s, sent.end));
        add(s, e, 'intended', joint, si, normaliseMeasure(text.slice(s, e).replace(/\s+(?:is|are)\s+to\s+/, ' to ')));
      }
    });
  }
  // lead-ins set aside here come back if detection finds the report tells an agreement (see `agreed`)
  const setAside: MeasureFound[] = [];
  if (supportItems.size > 0 && !genericSigned && !found.some((f) => f.strong)) {
    for (let k = found.length - 1; k >= 0; k--)
      if (supportItems.has(found[k]?.sentence ?? -1) && !found[k]?.strong) setAside.unshift(...found.splice(k, 1));
  }
  // a loose list's items ("Under the treaty:" and the paragraphs under it) wait, as lead-ins do, for the report to tell an agreement
  if (looseItems.size > 0 && !found.some((f) => f.strong && !looseItems.has(f.sentence))) {
    for (let k = found.length - 1; k >= 0; k--) if (looseItems.has(found[k]?.sentence ?? -1)) setAside.unshift(...found.splice(k, 1));
    setAside.sort((a, b) => a.sentence - b.sentence);
  }
  // in a report of an agreement, what the instrument provides and what two named sides will do
  if (genericSigned || found.some((f) => f.strong)) {
    const before = found.length;
    const taken = new Set([...found.map((f) => f.sentence), ...termsGoOn]);
    findProvisions(text, sentences, taken, (s, e, si) => add(s, e, 'agreed', false, si), tagsOf);
    if (found.length > before) found.sort((a, b) => a.sentence - b.sentence);
  }
  // only in a report of an agreement beyond the exchange itself
  if (found.some((f) => f.strong && !RECIPROCAL.test(sentences[f.sentence]?.text ?? ''))) {
    const before = found.length;
    addPackageSteps(text, sentences, found, add);
    // in reading order, as the other measures are (a stable sort keeps each sentence's own order)
    if (found.length > before) found.sort((a, b) => a.sentence - b.sentence);
  }
  const out = withoutTitleParaphrase(dedupe(found), sentences);
  // back to the caller's sentences (an inline list's items are slices of one)
  if (sentences !== lines) for (const f of out) f.sentence = orig[f.sentence] ?? f.sentence;
  let agreedOnce: MeasureFound[] | null = null;
  const agreed = (evidence: readonly number[]): MeasureFound[] => {
    agreedOnce ??= readAgreed(evidence);
    return agreedOnce;
  };
  const readAgreed = (evidence: readonly number[]): MeasureFound[] => {
    if (evidence.length === 0 || genericSigned || found.some((f) => f.strong)) return out;
    const said = new Set(evidence);
    const taken = new Set<number>();
    sentences.forEach((_, k) => {
      if (said.has(sentences === lines ? k : (orig[k] ?? k))) taken.add(k);
    });
    for (const f of found) taken.add(f.sentence);
    for (const f of setAside) taken.add(f.sentence);
    const mark = found.length;
    findProvisions(text, sentences, taken, (s, e, si) => add(s, e, 'agreed', false, si), tagsOf);
    const more = [...setAside, ...found.slice(mark)];
    if (more.length === 0) return out;
    if (sentences !== lines) for (const f of more) f.sentence = orig[f.sentence] ?? f.sentence;
    return dedupe([...out, ...more].sort((a, b) => a.sentence - b.sentence));
  };
  return { measures: out, agreed };
}

// One side's step inside a reciprocal package: "In return, Seoul will …" or "Seoul, for its part, will …"
// makes the neighbouring "Tokyo said it would …" a measure too (both agreed). A lone "X said it would …",
// with no such counterpart, stays one side's own act.
const RECIPROCAL =
  /^(?:[Ii]n\s+(?:return|exchange)|[Ff]or\s+(?:its|their)\s+part),\s|^(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,\s+for\s+(?:its|their)\s+part,\s+(?:will|would|is\s+to|agreed\s+to)\s+/;
const SAID_WOULD =
  /\b(?:said|announced|confirmed|told\s+[^,.;]{3,40}?\s+that)\s+(?:that\s+)?(?:it|they|(?:his|her|its|their)\s+government)\s+would\s+(?:also\s+)?/;
const SAID_WOULD_HINT = /\bwould\b/;

type AddFull = (s: number, e: number, status: MeasureStatus, strong: boolean, si: number) => void;

function addPackageSteps(text: string, sentences: Sentence[], found: MeasureFound[], add: AddFull): void {
  const marked = new Set<number>();
  sentences.forEach((sent, si) => {
    const m = RECIPROCAL.exec(sent.text);
    if (!m || isBackground(sent.text)) return;
    marked.add(si);
    // "Seoul, for its part, will withdraw …": the counterpart's own step
    if (!/^(?:in|for)\s/i.test(m[0])) {
      const [s, e] = clauseSpan(text, sent.start + m[0].length, sent.end);
      add(s, e, 'agreed', true, si);
    }
    for (const f of found) if (f.sentence === si) f.status = 'agreed';
  });
  const done = new Set<number>();
  for (const si of marked) {
    for (const k of [si - 1, si + 1]) {
      const sent = sentences[k];
      if (!sent || done.has(k) || marked.has(k) || !SAID_WOULD_HINT.test(sent.text)) continue;
      const m = SAID_WOULD.exec(sent.text);
      if (!m) continue;
      const at = m.index ?? 0;
      if (isNegated(sent.text.slice(Math.max(0, at - 40), at + m[0].length)) || backgroundGoverns(sent.text, at, backgroundAt(sent.text)))
        continue;
      done.add(k);
      const [s, e] = clauseSpan(text, sent.start + at + m[0].length, sent.end);
      add(s, e, 'agreed', true, k);
    }
  }
}

/** Start of the subject of "… are to": the last comma-free fragment, widened over prepositional fragments. */
function subjectStart(head: string): number {
  // split on ", " only: "13,000" is one number
  const frags = head.split(/(?<=,)\s/).map((f, i, all) => (i < all.length - 1 ? f.slice(0, -1) : f));
  let i = frags.length - 1;
  while (i > 0 && (!(frags[i] ?? '').trim() || /^\s*(?:from|to|with|of|in|on|including|[a-z]+ed|[a-z]+ing|meant)\b/.test(frags[i] ?? '')))
    i--;
  let off = 0;
  for (let k = 0; k < i; k++) off += (frags[k]?.length ?? 0) + 2;
  while (/\s/.test(head[off] ?? '')) off++;
  return off;
}

type Add = (s: number, e: number, status: MeasureStatus, strong: boolean, si: number) => void;

function addBullet(text: string, sent: Sentence, si: number, add: Add, tagsOf: SentenceTags): void {
  const lead = BULLET.exec(sent.text)?.[0].length ?? /^(?:will|shall)\s+/i.exec(sent.text)?.[0].length ?? 0;
  const from = sent.start + lead;
  // a bullet is its own clause: end at ";", a relative clause or the end of the line
  const [s, e] = clauseSpan(text, from, sent.end);
  for (const [ps, pe] of measureUnits(text, s, e, sent.start, tagsOf(sent))) add(ps, pe, 'agreed', true, si);
}

/** Measures compared for near-duplicates: a long page can hold thousands, so only nearby ones. */
const DEDUPE_SPAN = 30;

/** Half or more of the shorter word list is shared. (Its own small function: it gets optimised early on a page's first, long run.) */
/**
 * Do two measures say the same? `distinct` holds one measure's content words, each once (a word said
 * twice, "aggression against … aggression", counts once); `w` the other's. Allocation-free: it runs for
 * every pair within the dedupe window.
 */
export function isNearDuplicate(distinct: readonly string[], w: Set<string>): boolean {
  let shared = 0;
  for (let i = 0; i < distinct.length; i++) if (w.has(distinct[i] ?? '')) shared++;
  return shared / Math.max(1, Math.min(distinct.length, w.size)) >= 0.5;
}

/**
 * The title line (the text's first line, with no closing stop) says in short what the body tells: where
 * the body has an agreed measure of its own, a measure only the title holds is its paraphrase ("sign deal
 * to settle name dispute" over the body's "end a quarrel over the name"), and the body's wording stands.
 * A title measure the body repeats was merged into the body's by `dedupe` already.
 */
function withoutTitleParaphrase(list: MeasureFound[], sentences: readonly Sentence[]): MeasureFound[] {
  const first = sentences[0];
  if (!first || ENDS_WITH_STOP.test(first.text) || first.para === sentences[1]?.para) return list;
  if (!list.some((m) => m.sentence > 0 && m.strong)) return list;
  return list.filter((m) => m.sentence !== 0 || m.mentions.some((x) => x.start >= (sentences[1]?.start ?? Infinity)));
}

function dedupe(list: MeasureFound[]): MeasureFound[] {
  const out: MeasureFound[] = [];
  // content words of each kept measure, index-aligned with `out`, and the same without repeats
  const outWords: string[][] = [];
  const outDistinct: string[][] = [];
  for (const m of list) {
    const mw = m.words;
    const w = new Set(mw);
    let twinAt = -1;
    for (let k = Math.max(0, out.length - DEDUPE_SPAN); k < out.length && twinAt < 0; k++) {
      const o = out[k];
      // items of one sentence or of one bulleted list are distinct by construction
      if (!o || o.sentence === m.sentence || (o.bullet && m.bullet)) continue;
      if (isNearDuplicate(outDistinct[k] ?? [], w)) twinAt = k;
    }
    const twin = out[twinAt];
    if (!twin) {
      out.push(m);
      outWords.push(mw);
      outDistinct.push([...w]);
      continue;
    }
    // the body's wording beats a headline's, and a fuller phrase beats a two-word one ("LoC ceasefire")
    if ((twin.headline && !m.headline) || ((outWords[twinAt]?.length ?? 0) < 3 && mw.length > 3 && mw.length <= 14)) {
      twin.text = m.text;
      twin.headline = false;
      twin.status = m.status;
      twin.words = mw;
      outWords[twinAt] = mw;
      outDistinct[twinAt] = [...w];
    }
    for (const mm of m.mentions) if (!twin.mentions.some((x) => x.start === mm.start)) twin.mentions.push(mm);
    twin.strong ||= m.strong;
  }
  return out;
}

export type { Mention };
