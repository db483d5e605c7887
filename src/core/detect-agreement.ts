// Does the page report two or more sides agreeing? Evidence is counted per sentence (src/model/agreement-
// evidence.ts): an instrument signed, a two-sided subject with an agreement verb, an agreement "between
// X and Y" or "reached", and the sentences where find-measures found an agreed measure, when they say
// who agreed with whom. Against it: talks that failed, proposals rejected, a negated title. A sentence of
// another world (companies, unions, courts, clubs, shops, couples, films, software) is no evidence, a
// page that mostly speaks of one is quiet, and so is a page that is not a report at all (a reference
// work with citation marks, an interview transcript, a forum thread). Parties must exist.

import { needsScanner, type Held } from './needs';
import {
  ACCEPTANCE,
  DIPLOMACY,
  EVIDENCE,
  FAILURE,
  MUTUAL,
  NOT_A_REPORT,
  OUTSIDE_WORLDS,
  PROCESS_ONLY,
  HYPOTHETICAL,
  PUNITIVE,
  TWO_SIDED_RULES,
  UNILATERAL_INSTRUMENT,
  UNILATERAL_VOW,
  DONE_AGREEMENT,
  QUESTION,
  type EvidenceRule,
} from '../model/agreement-evidence';
import { pastSentenceTest } from './narrative-time';
import { compileTerms, countTermsJoined, hasTerm } from './find-terms';
import { tokenize, type Token } from './tokens';

const TWO_SIDED = EVIDENCE.filter((r) => (TWO_SIDED_RULES as readonly string[]).includes(r.name));
/**
 * One actor's order, decree or law, or a vow with no agreement told as done beside it, and no two-sided
 * subject in the sentence ("…, and both sides issued orders").
 */
const isUnilateral = (t: string, held: Held): boolean =>
  (matchesRule(UNILATERAL_INSTRUMENT, t, held) || (matchesRule(UNILATERAL_VOW, t, held) && !DONE_AGREEMENT.re.test(t))) &&
  !TWO_SIDED.some((r) => matchesRule(r, t, held));
/** One side accepting another's proposal, with no two-sided subject in the sentence. */
const isAcceptance = (t: string, held: Held): boolean =>
  matchesRule(ACCEPTANCE, t, held) && !TWO_SIDED.some((r) => matchesRule(r, t, held));

export interface Detection {
  isAgreement: boolean;
  confidence: number;
  /** Sentences that count as evidence of an agreement (indices into the input's sentences). */
  evidence?: number[];
}

export interface DetectInput {
  /** The article text (for page-level counts); the sentences are slices of it. */
  text: string;
  /** The text's tokens (src/core/tokens.ts); the sentences index into them. */
  tokens: readonly Token[];
  sentences: ReadonlyArray<{ text: string; tokStart: number; tokEnd: number }>;
  title: string | null;
  /** Sentence index of each strong measure find-measures found. */
  measureSentences: readonly number[];
  /** How many parties were chosen. */
  parties: number;
  /** ISO date of publication, when the page gives one. */
  publishedDate?: string | null;
}

const OUTSIDE = compileTerms(OUTSIDE_WORLDS);
const INSIDE = compileTerms({ diplomacy: DIPLOMACY });

/** A list item's opening: a bullet or number, or (once the page's lines collapse) a lower-case word. */
const LIST_ITEM = /^\s*(?:(?:[-\u2022*\u2013\u2014\u00b7]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+|(?=\p{Ll}))/u;

/** The needs of every rule weighed here, scanned once per sentence. */
const scanNeeds = needsScanner(
  [...EVIDENCE, ACCEPTANCE, PUNITIVE, UNILATERAL_INSTRUMENT, UNILATERAL_VOW, QUESTION, PROCESS_ONLY, HYPOTHETICAL, FAILURE].map(
    (r) => r.needs,
  ),
);
/** A rule's cheap gate (the sentence holds one of its needs), then its pattern. */
const matchesRule = (rule: EvidenceRule, t: string, held: Held): boolean => held(rule.needs) && rule.re.test(t);

const count = (re: RegExp, s: string): number => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
};

/** Is the sentence in a world outside diplomacy and security ("agreed to buy", "plea deal", "the club")? */
export function isOutsideWorld(sentence: string, tokens: readonly Token[] = tokenize(sentence), from = 0, to = tokens.length): boolean {
  return hasTerm(OUTSIDE, tokens, from, to);
}

/**
 * The outside world a page mostly speaks of, or null: three or more of its terms, outnumbering the words of
 * diplomacy. `head` (the title's tokens) is read before `tokens`, as if the two were one list.
 */
export function dominantOutsideWorld(tokens: readonly Token[], head: readonly Token[] = []): string | null {
  let best: string | null = null;
  let bestN = 0;
  for (const [world, n] of countTermsJoined(OUTSIDE, head, tokens))
    if (n > bestN) {
      best = world;
      bestN = n;
    }
  if (bestN < 3) return null;
  // the words of diplomacy are counted only for a page with an outside world to weigh them against
  const d = countTermsJoined(INSIDE, head, tokens).get('diplomacy') ?? 0;
  return bestN > d ? best : null;
}

/** The page is no report: a reference work's citation marks, an interview's Q/A lines, a thread's furniture. */
export function isNotAReport(text: string): boolean {
  return (
    count(NOT_A_REPORT.citation, text) >= 3 || count(NOT_A_REPORT.transcriptLine, text) >= 3 || count(NOT_A_REPORT.threadLine, text) >= 2
  );
}

/** Does one sentence report sides agreeing? (Not outside world, not an acceptance, not a failure.) */
export function isEvidence(sentence: string): boolean {
  const held = scanNeeds(sentence);
  if (!EVIDENCE.some((r) => matchesRule(r, sentence, held))) return false;
  return (
    !isOutsideWorld(sentence) &&
    !isAcceptance(sentence, held) &&
    !matchesRule(PUNITIVE, sentence, held) &&
    !isUnilateral(sentence, held) &&
    !matchesRule(QUESTION, sentence, held) &&
    !matchesRule(PROCESS_ONLY, sentence, held) &&
    !matchesRule(HYPOTHETICAL, sentence, held) &&
    !matchesRule(FAILURE, sentence, held)
  );
}

export function detectAgreement(input: DetectInput): Detection {
  const { text, tokens, sentences, title, measureSentences, parties } = input;
  const quiet = (c: number): Detection => ({ isAgreement: false, confidence: c });
  const titleTokens = title ? tokenize(title) : [];
  if (isNotAReport(text) || dominantOutsideWorld(tokens, titleTokens)) return quiet(0.05);
  if (title && isOutsideWorld(title, titleTokens) && !hasTerm(INSIDE, titleTokens)) return quiet(0.1);

  // backstory is asked of the few sentences that would otherwise count
  const isPast = pastSentenceTest(sentences, text, input.publishedDate);
  const measured = new Set(measureSentences);
  let pos = 0;
  let neg = 0;
  // a list's lead-in ("the two ministers:") is the subject of each of its items ("- agreed to …");
  // the list counts once, however many items it has
  let leadIn: string | null = null;
  let listCounted = false;
  const evidenceAt: number[] = [];
  sentences.forEach((s, i) => {
    const item = leadIn !== null ? LIST_ITEM.exec(s.text) : null;
    if (!item) leadIn = null;
    const t = item && leadIn !== null ? `${leadIn} ${s.text.slice(item[0].length)}` : s.text;
    if (s.text.trimEnd().endsWith(':')) {
      leadIn = s.text.trimEnd().slice(0, -1);
      listCounted = false;
    }
    const held = scanNeeds(t);
    // an agreed measure counts when its sentence says who agreed with whom, or that it was mutual
    const evidence = EVIDENCE.some((r) => matchesRule(r, t, held)) || (measured.has(i) && MUTUAL.test(t));
    const failure = matchesRule(FAILURE, t, held);
    if (!evidence && !failure) return;
    if (
      isOutsideWorld(t, tokens, s.tokStart, s.tokEnd) ||
      isAcceptance(t, held) ||
      matchesRule(PUNITIVE, t, held) ||
      isUnilateral(t, held) ||
      matchesRule(QUESTION, t, held) ||
      matchesRule(PROCESS_ONLY, t, held) ||
      matchesRule(HYPOTHETICAL, t, held) ||
      isPast(i)
    )
      return;
    // "a pact under which …, even though no agreement was signed": a sentence with both counts for neither
    if (failure) {
      if (!evidence) neg++;
      return;
    }
    evidenceAt.push(i);
    if (leadIn !== null) {
      if (listCounted) return;
      listCounted = true;
    }
    pos++;
  });
  if (title) {
    if (FAILURE.re.test(title)) neg += 2;
    else if (isEvidence(title)) pos++;
  }
  const isAgreement = pos > 0 && parties > 0 && pos > neg;
  const raw = 0.35 + 0.12 * Math.min(pos, 5) - 0.12 * neg + (parties >= 2 ? 0.1 : 0);
  const confidence = Math.round(Math.min(0.98, Math.max(0.02, isAgreement ? Math.max(raw, 0.55) : Math.min(raw, 0.45))) * 100) / 100;
  return { isAgreement, confidence, evidence: evidenceAt };
}
