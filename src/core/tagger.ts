// Part-of-speech tags for a span of the article, from wink-nlp's English lite model (MIT), aligned to
// offsets in the article text. Only the clauses that agreement cues govern are tagged, so the tagger's
// cost follows the agreement wording on a page, not its size. The model loads on first use (~130 ms),
// once per background lifetime.

import winkNLP, { type ItsFunction } from 'wink-nlp';
import { taggerModel } from './tagger-model';

/** One tagged word or punctuation mark; offsets index into the article text. */
export interface Tag {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Lower case. */
  lower: string;
  /** Universal POS tag (ADJ, ADP, AUX, CCONJ, DET, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, VERB, …). */
  pos: string;
  lemma: string;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

function engine(): Nlp {
  nlp ??= winkNLP(taggerModel, ['pos']);
  return nlp;
}

/** Longest span tagged at once: a measure is a clause, and this keeps the cost per cue bounded. */
const MAX_SPAN = 800;

/** Tags of text[start, end), in order. A token the tagger rewrote (and so cannot be aligned) ends the list. */
export function tagSpan(text: string, start: number, end: number): Tag[] {
  const e = Math.min(end, start + MAX_SPAN);
  if (e <= start) return [];
  const piece = text.slice(start, e);
  const n = engine();
  const its = n.its;
  const tokens = n.readDoc(piece).tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  // the lemma helper takes the model's add-ons, which its typing does not fold into ItsFunction
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const out: Tag[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? '';
    if (!v) continue;
    const at = piece.indexOf(v, cursor);
    // a token more than a few spaces ahead was normalised by the tagger: stop rather than misalign
    if (at < 0 || at - cursor > 8) break;
    cursor = at + v.length;
    out.push({
      start: start + at,
      end: start + cursor,
      text: v,
      lower: v.toLowerCase(),
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? v).toLowerCase(),
    });
  }
  return out;
}
