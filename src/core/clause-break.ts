// Where a measure's clause ends: the first clause break in a string. Same answer as searching for this
// one alternation (flags iu), which clause-break.test.ts keeps as the specification:
//
//   (?<!\b[A-Z]|\b(?:Feb|Jan|Gen|Dr|Mr|No|St|Aug|Sept?|Oct|Nov|Dec))[;.!?](?:\s|$)
//   |,\s+(?:which|who|…|(?:the|both)\s+(?:nations|sides|…))\b | \s+(?:after|following|…)\s | …
//
// The whole alternation took longer to compile on a page's first call than all the measures it cut.
// The leftmost match of an alternation is the leftmost of its alternatives' matches, so the sentence
// punctuation case (nearly every clause has one) is scanned by hand, and each other alternative runs
// only where a word it needs occurs, and compiles only on pages that use it.

import { containsAny } from './contains-any';

const ABBREVIATIONS = ['feb', 'jan', 'gen', 'dr', 'mr', 'no', 'st', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** The other alternatives, each with words of which every match contains one (lower case), and whether it needs a comma too. */
const ALTERNATIVES: Array<{ re: RegExp; needs: string[]; comma?: boolean }> = [
  {
    re: /,["\u201d]?\s+(?:which|who|whom|where|while|whereas|as|after|before|calling|saying|describing|according|but|although|though|adding|he|she|they|it|the\s+statement|officials|sources|intended|in\s+what|terms\s+that|(?:the|both)\s+(?:nations|sides|countries|two|parties|leaders|ministers|governments))\b/iu,
    needs: [','],
  },
  { re: /\s+(?:after|following|amid|despite|because|during)\s/iu, needs: ['after', 'following', 'amid', 'despite', 'because', 'during'] },
  { re: /,?\s+with\s+the\s+(?:aim|goal|purpose|intention)\b/iu, needs: ['with'] },
  { re: /\s+in\s+order\s+to\s/iu, needs: ['order'] },
  // ", two years after a war broke out": an elapsed-time aside about the conflict ends the clause at its comma
  {
    re: /,\s+(?:[\p{L}\d]+\s+){1,2}(?:years?|months?|weeks?|days?)\s+(?:after|since|into)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+)?(?:war|conflict|fighting|clashes|crisis|dispute|standoff|violence|hostilities|invasion)\b/iu,
    needs: ['after', 'since', 'into'],
    comma: true,
  },
  { re: /,\s+and\s+(?:he|she|they|it|we)\s/iu, needs: ['and'], comma: true },
  {
    re: /,\s+and\s+(?:both|the\s+two)\s+\p{L}+\s+(?:also\s+)?(?:agreed|pledged|committed|decided|vowed|undertook)\b/iu,
    needs: ['agreed', 'pledged', 'committed', 'decided', 'vowed', 'undertook'],
    comma: true,
  },
  {
    re: /,["\u201d]?\s+(?:[\p{L}'-]+\s+){1,6}(?:says|said|told|added|announced)\b/iu,
    needs: ['says', 'said', 'told', 'added', 'announced'],
    comma: true,
  },
  {
    re: /,\s+(?:pledging|saying|adding|noting|stressing|calling|describing|marking|ending|paving)\b/iu,
    needs: ['pledging', 'saying', 'adding', 'noting', 'stressing', 'calling', 'describing', 'marking', 'ending', 'paving'],
    comma: true,
  },
  { re: /\s+-\s+|\s\u2013\s|\s\u2014\s|:\s/iu, needs: ['-', '\u2013', '\u2014', ':'] },
];

/** `\w` under the i and u flags: ASCII word characters, long s and the Kelvin sign (they fold to s, k). */
const isWordIU = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 0x17f || c === 0x212a;
/** A letter of [A-Z] under the i and u flags. */
const isLetterIU = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x17f || c === 0x212a;
/** Case folding of one character as the i and u flags compare it (only ASCII matters here). */
const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c === 0x17f ? 115 : c === 0x212a ? 107 : c);

/** Does an abbreviation ("Feb", "Dr") or a single letter ("U.S") end at `i`, starting a word? */
function abbreviationBefore(s: string, i: number): boolean {
  const wordStart = (k: number): boolean => k === 0 || !isWordIU(s.charCodeAt(k - 1));
  if (i >= 1 && isLetterIU(s.charCodeAt(i - 1)) && wordStart(i - 1)) return true;
  for (const a of ABBREVIATIONS) {
    const k = i - a.length;
    if (k < 0 || !wordStart(k)) continue;
    let same = true;
    for (let j = 0; j < a.length && same; j++) same = fold(s.charCodeAt(k + j)) === a.charCodeAt(j);
    if (same) return true;
  }
  return false;
}

/** `[;.!?]` followed by a space or the end: the punctuation alternative without its look-behind. */
const PUNCTUATION = /[;.!?](?:\s|$)/g;

/** Index of the first `[;.!?]` followed by a space or the end, not after an abbreviation; -1 if none. */
function sentencePunctuation(s: string): number {
  PUNCTUATION.lastIndex = 0;
  for (let m = PUNCTUATION.exec(s); m; m = PUNCTUATION.exec(s)) {
    // the next candidate may start at the space: step one character, as the full pattern's scan does
    PUNCTUATION.lastIndex = m.index + 1;
    if (!abbreviationBefore(s, m.index)) return m.index;
  }
  return -1;
}

/** Index of the first clause break in `s`, or -1 (as `s.search(pattern)`). */
export function searchClauseBreak(s: string): number {
  let best = sentencePunctuation(s);
  // long s and the Kelvin sign match s and k under the i flag: where they occur, no word gate is safe
  const lower = /[\u017f\u212a]/.test(s) ? null : s.toLowerCase();
  for (const alt of ALTERNATIVES) {
    if (lower && (!containsAny(lower, alt.needs) || (alt.comma && !lower.includes(',')))) continue;
    const at = s.search(alt.re);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}
