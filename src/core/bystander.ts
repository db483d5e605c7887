// Is the sentence that introduces an official one that casts them as a bystander (src/model/bystander-roles.ts)?

import { BYSTANDER_WORDS, HOST_OBJECT_WORDS } from '../model/bystander-roles';

const WORDS: ReadonlySet<string> = new Set(BYSTANDER_WORDS);
const HOSTS: ReadonlySet<string> = new Set(HOST_OBJECT_WORDS);

/**
 * `at`: where the official's mention starts in the sentence (-1: anywhere). The object of a hosting verb
 * ("after hosting Somali President X") is a guest, a side: a hosting word before the mention and not
 * followed by "by" does not cast it.
 */
export function castsBystander(sentence: string, at = -1): boolean {
  const lower = sentence.toLowerCase();
  const re = /[a-z]+/g;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const w = m[0];
    if (!WORDS.has(w)) continue;
    if (at >= 0 && HOSTS.has(w) && m.index < at && !/^\s+by\b/.test(lower.slice(m.index + w.length))) continue;
    return true;
  }
  return false;
}
