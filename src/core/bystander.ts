// Is the sentence that introduces an official one that casts them as a bystander (src/model/bystander-roles.ts)?

import { BYSTANDER_WORDS } from '../model/bystander-roles';

const WORDS: ReadonlySet<string> = new Set(BYSTANDER_WORDS);

export function castsBystander(sentence: string): boolean {
  for (const w of sentence.toLowerCase().split(/[^a-z]+/)) if (WORDS.has(w)) return true;
  return false;
}
