// Does the page report two or more sides agreeing? Evidence is counted per sentence (src/model/agreement-
// evidence.ts): an instrument signed, a two-sided subject with an agreement verb, an agreement "between
// X and Y" or "reached", and the sentences where find-measures found an agreed measure, when they say
// who agreed with whom. Against it: talks that failed, proposals rejected, a negated title. A sentence of
// another world (companies, unions, courts, clubs, shops, couples, films, software) is no evidence, a
// page that mostly speaks of one is quiet, and so is a page that is not a report at all (a reference
// work with citation marks, an interview transcript, a forum thread). Parties must exist.

import { ACCEPTANCE, DIPLOMACY, EVIDENCE, FAILURE, MUTUAL, NOT_A_REPORT, OUTSIDE_WORLDS, TWO_SIDED_RULES } from '../model/agreement-evidence';

const TWO_SIDED = EVIDENCE.filter((r) => (TWO_SIDED_RULES as readonly string[]).includes(r.name));
/** One side accepting another's proposal, with no two-sided subject in the sentence. */
const isAcceptance = (t: string): boolean => ACCEPTANCE.re.test(t) && !TWO_SIDED.some((r) => r.re.test(t));

export interface Detection {
  isAgreement: boolean;
  confidence: number;
}

export interface DetectInput {
  /** The article text (for page-level counts); the sentences are slices of it. */
  text: string;
  sentences: Array<{ text: string }>;
  title: string | null;
  /** Sentence index of each strong measure find-measures found. */
  measureSentences: readonly number[];
  /** How many parties were chosen. */
  parties: number;
  /** ISO date of publication, when the page gives one. */
  publishedDate?: string | null;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** `\b(?:…)\b` over a word list; a term that ends in a non-word character ("% off") drops the last \b. */
const termsPattern = (words: readonly string[], flags: string): RegExp => new RegExp(
  `(?<![\\p{L}\\d])(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\d])`, flags,
);

let compiled: { outside: Array<[string, RegExp]>; outsideAny: RegExp; diplomacy: RegExp } | null = null;
function patterns(): NonNullable<typeof compiled> {
  compiled ??= {
    outside: Object.entries(OUTSIDE_WORLDS).map(([k, v]) => [k, termsPattern(v, 'giu')]),
    outsideAny: termsPattern(Object.values(OUTSIDE_WORLDS).flat(), 'iu'),
    diplomacy: termsPattern(DIPLOMACY, 'giu'),
  };
  return compiled;
}

const count = (re: RegExp, s: string): number => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
};

/** Is the sentence in a world outside diplomacy and security ("agreed to buy", "plea deal", "the club")? */
export function isOutsideWorld(sentence: string): boolean {
  return patterns().outsideAny.test(sentence);
}

/** The outside world a page mostly speaks of, or null: three or more of its terms, outnumbering the words of diplomacy. */
export function dominantOutsideWorld(text: string): string | null {
  const { outside, diplomacy } = patterns();
  let best: string | null = null;
  let bestN = 0;
  for (const [world, re] of outside) {
    const n = count(re, text);
    if (n > bestN) { best = world; bestN = n; }
  }
  const d = count(diplomacy, text);
  return bestN >= 3 && bestN > d ? best : null;
}

/** The page is no report: a reference work's citation marks, an interview's Q/A lines, a thread's furniture. */
export function isNotAReport(text: string): boolean {
  return count(NOT_A_REPORT.citation, text) >= 3 || count(NOT_A_REPORT.transcriptLine, text) >= 3 || count(NOT_A_REPORT.threadLine, text) >= 2;
}

const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/g;

/** The latest year the page names (or its publication year): a sentence dated before it is background. */
function latestYear(text: string, publishedDate: string | null | undefined): number {
  let y = Number(publishedDate?.slice(0, 4)) || 0;
  for (const m of text.matchAll(YEAR)) y = Math.max(y, Number(m[1]));
  return y;
}

/** A sentence dated to an earlier year than the page's latest ("signed in 1648", "on 28 June 1919"). */
function isDatedBefore(sentence: string, latest: number): boolean {
  for (const m of sentence.matchAll(YEAR)) if (Number(m[1]) < latest) return true;
  return false;
}

/** Does one sentence report sides agreeing? (Not outside world, not an acceptance, not a failure.) */
export function isEvidence(sentence: string): boolean {
  if (isOutsideWorld(sentence) || isAcceptance(sentence) || FAILURE.re.test(sentence)) return false;
  return EVIDENCE.some((r) => r.re.test(sentence));
}

export function detectAgreement(input: DetectInput): Detection {
  const { text, sentences, title, measureSentences, parties } = input;
  const quiet = (c: number): Detection => ({ isAgreement: false, confidence: c });
  if (isNotAReport(text) || dominantOutsideWorld(`${title ?? ''}\n${text}`)) return quiet(0.05);
  if (title && isOutsideWorld(title) && count(patterns().diplomacy, title) === 0) return quiet(0.1);

  const latest = latestYear(text, input.publishedDate);
  const measured = new Set(measureSentences);
  let pos = 0;
  let neg = 0;
  sentences.forEach((s, i) => {
    const t = s.text;
    if (isOutsideWorld(t) || isAcceptance(t) || isDatedBefore(t, latest)) return;
    // an agreed measure counts when its sentence says who agreed with whom, or that it was mutual
    const evidence = EVIDENCE.some((r) => r.re.test(t)) || (measured.has(i) && MUTUAL.test(t));
    // "a pact under which …, even though no agreement was signed": a sentence with both counts for neither
    if (FAILURE.re.test(t)) { if (!evidence) neg++; return; }
    if (evidence) pos++;
  });
  if (title) {
    if (FAILURE.re.test(title)) neg += 2;
    else if (isEvidence(title)) pos++;
  }
  const isAgreement = pos > 0 && parties > 0 && pos > neg;
  const raw = 0.35 + 0.12 * Math.min(pos, 5) - 0.12 * neg + (parties >= 2 ? 0.1 : 0);
  const confidence = Math.round(Math.min(0.98, Math.max(0.02, isAgreement ? Math.max(raw, 0.55) : Math.min(raw, 0.45))) * 100) / 100;
  return { isAgreement, confidence };
}
