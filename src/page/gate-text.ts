// What the content script reads of a page for the agreement gate (core/agreement-gate.ts, run in the
// background): a text read, no parse and no layout. Where the page tells its story in paragraphs (a
// headline and `<p>`s), only that prose is read: a front page or a results page whose agreement words
// and names sit in headline links, cards and menus (not in any story on the page) is turned away
// before Readability, and the text sent is a fraction of the page's. A page with little paragraph
// text (a web component, text in `<div>`s or between `<br>`s) is judged by its whole text.
import { openShadowText } from './open-shadow-roots';
import { drain, type Steps } from './slices';

/** Below this much paragraph text, a page's story is not in paragraphs (a web component, bare text). */
const MIN_PROSE_CHARS = 500;

/** The page's text as one string, cheaply: the title, `textContent` (no layout), open shadow roots. */
export function pageText(doc: Document): string {
  // `textContent` skips shadow roots: a story rendered by a web component is read there too.
  const light = doc.body?.textContent ?? '';
  const shadow = openShadowText(doc, light.length);
  return `${doc.title}\n${light}${shadow ? `\n${shadow}` : ''}`;
}

/** The text the gate reads of a page, in one go. */
export function gateText(doc: Document): string {
  return drain(gateTextSteps(doc));
}

/** Paragraphs read between two points where a sliced run may pause. */
const BLOCKS_PER_STEP = 64;

/** `gateText` as steps (slices.ts): a long page's paragraphs are read a few at a time. */
export function* gateTextSteps(doc: Document): Steps<string> {
  const blocks = doc.querySelectorAll('h1, p');
  const parts: string[] = [doc.title];
  let length = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (i % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    const text = blocks[i]?.textContent ?? '';
    length += text.length;
    parts.push(text);
  }
  if (length >= MIN_PROSE_CHARS) return parts.join('\n');
  yield;
  return pageText(doc);
}
