// What led to the agreement: the noun phrase after "in the aftermath of", "following", "amid" or
// "after" when it names hostilities or a crisis ("recent missile exchanges", "deadly clashes").

import { eachMatch } from './scan';
import type { ContextItem } from './types';

const TRIGGER = /\b(?:in\s+the\s+aftermath\s+of|following|amid|after|in\s+response\s+to|tensions\s+that\s+emerged\s+following)\s+/gi;
const CRISIS =
  /\b(?:strikes?|clash\w*|tensions?|exchanges?|fighting|attacks?|killings?|hostilities|conflict|war|violence|boycott|embargo|crisis|dispute|shelling|skirmish\w*|incursion\w*|standoff)\b/i;

export function findContext(_text: string, sentences: Array<{ start: number; text: string }>): ContextItem[] {
  const out: ContextItem[] = [];
  for (const s of sentences) {
    for (const m of eachMatch(TRIGGER, s.text)) {
      const from = (m.index ?? 0) + m[0].length;
      const rest = s.text.slice(from);
      const stop = rest.search(/[,;.:]|\s(?:and\s+the|between|that|which|who|as)\s/);
      const phrase = (stop >= 0 ? rest.slice(0, stop) : rest).trim();
      if (!CRISIS.test(phrase) || phrase.split(/\s+/).length > 12) continue;
      const start = s.start + from;
      if (out.some((o) => o.text === phrase)) continue;
      out.push({ text: phrase, mentions: [{ start, end: start + phrase.length, text: phrase }] });
      if (out.length >= 3) return out;
    }
  }
  return out;
}
