// Every mention of a state, organisation or group in the text: names, demonyms ("Pakistani",
// "Iranians"), possessives ("Iran's": the span stays "Iran"), and capitals only where they act
// ("Tehran said", "Islamabad and Tehran agreed"), not where they are a venue ("in Tehran") or a dateline.

import { hasLowerStart, phrasesFor, type Entity, type FormKind } from './gazetteer';
import { REGION_BEFORE_DEMONYM } from '../model/regions';
import { isAllCaps, isApostrophe, isCapitalised, type Token } from './tokens';

export interface EntityMention {
  entity: Entity;
  form: FormKind;
  start: number;
  end: number;
  /** Token range [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  possessive: boolean;
}

/** Words before a place that make it a venue or a target rather than an actor. */
export const PLACE_PREPOSITIONS = new Set(
  'in at to from into near inside outside across throughout toward towards within via visit visited visiting landed arrived against around over'.split(
    ' ',
  ),
);
const DETERMINERS = new Set(['the', 'a', 'an']);

function sameForm(tok: string, form: string): boolean {
  if (tok === form) return true;
  // headlines and datelines in capitals ("RAWALPINDI", "PAKISTAN AND IRAN AGREE")
  return isAllCaps(tok) && form.length > 1 && tok === form.toUpperCase() && form !== form.toUpperCase();
}

/** Index of the previous word token, skipping determiners. */
function prevWord(tokens: Token[], i: number): Token | undefined {
  let j = i - 1;
  while (j >= 0 && tokens[j]?.word && DETERMINERS.has(tokens[j]?.lower ?? '')) j--;
  const t = tokens[j];
  return t?.word ? t : undefined;
}

function isDateline(text: string, tokens: Token[], i: number, end: number): boolean {
  const first = tokens[i];
  const next = tokens[end];
  if (!first) return false;
  const lineStart = first.start === 0 || text[first.start - 1] === '\n';
  return lineStart && (!next || [',', ':', '(', '-', '\u2013', '\u2014', '/'].includes(next.text));
}

export function findEntities(text: string, tokens: Token[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok?.word) continue;
    const lower = tok.lower;
    // every form starts with a capital except a few ("al-Qaida"): skip the rest without a lookup
    if (!isCapitalised(tok.text) && !hasLowerStart(lower)) continue;
    let found: { entity: Entity; form: FormKind; end: number } | null = null;
    for (const ph of phrasesFor(lower) ?? []) {
      let ok = true;
      // a long organisation name whose later words are written in lower case ("the Sudanese armed forces",
      // "the Palestine liberation organization"); never a short one ("an Islamic state" names no group)
      const loose = ph.tokens.length >= 3 && ph.entity.kind !== 'state';
      for (let k = 0; k < ph.tokens.length && ok; k++) {
        const t = tokens[i + k]?.text ?? '';
        const f = ph.tokens[k] ?? '';
        ok = sameForm(t, f) || (loose && k > 0 && t === f.toLowerCase());
      }
      // "U.S." must not swallow a sentence-final period: require the phrase to be contiguous
      for (let k = 1; k < ph.tokens.length && ok; k++) {
        const a = tokens[i + k - 1];
        const b = tokens[i + k];
        if (a && b && (!a.word || !b.word) && a.end !== b.start) ok = false;
      }
      if (ok) {
        found = { entity: ph.entity, form: ph.form, end: i + ph.tokens.length };
        break;
      }
    }
    if (!found && lower.endsWith('s') && lower.length > 4) {
      // plural demonyms: "Pakistanis", "Iranians"
      const ph = (phrasesFor(lower.slice(0, -1)) ?? []).find((p) => p.form === 'demonym' && p.tokens.length === 1);
      if (ph && sameForm(tok.text.slice(0, -1), ph.tokens[0] ?? '')) found = { entity: ph.entity, form: 'demonym', end: i + 1 };
    }
    if (!found) continue;
    const last = tokens[found.end - 1];
    if (!last) continue;
    if (
      found.form === 'demonym' &&
      REGION_BEFORE_DEMONYM.words.has(tokens[i - 1]?.lower ?? '') &&
      (tokens[i - 1]?.end ?? 0) + 1 === tok.start
    ) {
      i = found.end - 1;
      continue;
    }
    if (found.form === 'capital') {
      const prev = prevWord(tokens, i);
      const next = tokens[found.end];
      if (prev && PLACE_PREPOSITIONS.has(prev.lower)) {
        i = found.end - 1;
        continue;
      }
      if (isDateline(text, tokens, i, found.end)) {
        i = found.end - 1;
        continue;
      }
      if (next?.word && /^\p{Lu}/u.test(next.text) && next.start === last.end + 1) {
        i = found.end - 1;
        continue;
      }
    }
    // "U.S." tokens end with "." — keep the period only when the form has it
    const possessive = isApostrophe(tokens[found.end]?.text) && tokens[found.end + 1]?.text.toLowerCase() === 's';
    out.push({
      entity: found.entity,
      form: found.form,
      start: tokens[i]?.start ?? 0,
      end: last.end,
      tokStart: i,
      tokEnd: found.end,
      possessive,
    });
    i = found.end - 1;
  }
  return out;
}
