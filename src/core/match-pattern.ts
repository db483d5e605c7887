// Runs the model's token patterns (src/model/token-pattern.ts) over tagged tokens. Patterns are short
// and repeats are capped, so a match attempt costs a bounded number of steps at each position.

import type { Step, TokenPattern } from '../model/token-pattern';
import type { Tag } from './tagger';

/** Most tokens one repeated step may take. */
const MAX_REPEAT = 8;

/** Does token `t` satisfy every attribute of `step`? */
export function holds(step: Step, t: Tag): boolean {
  if (step.w && !step.w.includes(t.lower)) return false;
  if (step.notW?.includes(t.lower)) return false;
  if (step.lemma && !step.lemma.includes(t.lemma)) return false;
  if (step.pos && !step.pos.includes(t.pos)) return false;
  if (step.suffix && !step.suffix.some((s) => t.lower.length > s.length + 1 && t.lower.endsWith(s))) return false;
  if (step.present && !isPresent(t)) return false;
  return true;
}

/** "give", "gives", "carries", "reaches": the base form or its third person. */
function isPresent(t: Tag): boolean {
  const { lower, lemma } = t;
  if (lower === lemma || lower === `${lemma}s` || lower === `${lemma}es`) return true;
  return lemma.endsWith('y') && lower === `${lemma.slice(0, -1)}ies`;
}

/** Index one past the match of `steps` from token `i` (greedy, with backtracking), or -1. */
function matchSteps(tags: readonly Tag[], i: number, steps: readonly Step[], k: number): number {
  if (k === steps.length) return i;
  const step = steps[k];
  if (!step) return -1;
  const min = step.op === '?' || step.op === '*' ? 0 : 1;
  const max = step.op === '*' || step.op === '+' ? MAX_REPEAT : 1;
  let n = 0;
  while (n < max && i + n < tags.length && holds(step, tags[i + n] as Tag)) n++;
  for (; n >= min; n--) {
    const end = matchSteps(tags, i + n, steps, k + 1);
    if (end >= 0) return end;
  }
  return -1;
}

/** End (exclusive token index) of `pattern` matched at token `i`, or -1. */
export function matchAt(tags: readonly Tag[], i: number, pattern: TokenPattern): number {
  return matchSteps(tags, i, pattern.steps, 0);
}

/** The first pattern of `patterns` that matches at token `i`, with its end; null if none. */
export function firstMatchAt<P extends TokenPattern>(
  tags: readonly Tag[],
  i: number,
  patterns: readonly P[],
): { pattern: P; end: number } | null {
  for (const p of patterns) {
    const end = matchAt(tags, i, p);
    if (end > i) return { pattern: p, end };
  }
  return null;
}
