// The cheapest question the content script asks of a page before any real work: does its text use
// an agreement word at all? Its own module, so the content script bundles this and not the engine.
import { ANY_CUE } from '../model/cues';

export function looksLikeAgreement(text: string): boolean {
  return ANY_CUE.test(text);
}
