// The fast path before Readability: most news pages mark their story up as the one <article> (or
// itemprop="articleBody") that holds nearly all of the page's prose, or, without such markup, print it
// as the paragraphs of one element that holds nearly all of the page's prose. There the container is taken as
// it is, and Readability (a full parse of a clone of the page) is not needed; collectText still drops
// ads, share bars, bylines and the like inside it. Pages with several articles (front pages of cards)
// or prose outside the container go the Readability way.

import { drain, type Steps } from './slices';
import { isBoilerplate } from './is-excluded';

/** The container must hold at least this share of the page's paragraph text ... */
const MIN_SHARE = 0.8;
/** ... and at least this much of it. */
const MIN_CHARS = 500;
/** Paragraphs in page chrome do not count as the page's prose ... */
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'form']);

/** ... nor those in a comment thread, a related-stories box, a newsletter form and the like. */
function isChrome(p: Element, scope: ParentNode, seen: Map<Element, boolean>): boolean {
  for (let el = p.parentElement; el && el !== scope; el = el.parentElement) {
    // paragraphs share their ancestors: judge each once (a judgement can count an element's children)
    let chrome = seen.get(el);
    if (chrome === undefined) {
      chrome = CHROME.has(el.localName) || isBoilerplate(el);
      seen.set(el, chrome);
    }
    if (chrome) return true;
  }
  return false;
}

/** Paragraphs read between two points where a sliced run may pause. */
const PARAGRAPHS_PER_STEP = 32;

function* proseLength(scope: ParentNode): Steps<number> {
  let total = 0;
  let n = 0;
  const seen = new Map<Element, boolean>();
  for (const p of Array.from(scope.querySelectorAll('p'))) {
    if (++n % PARAGRAPHS_PER_STEP === 0) yield;
    if (isChrome(p, scope, seen)) continue;
    total += p.textContent?.length ?? 0;
  }
  return total;
}

/**
 * Without the markup's word for it: the one element whose own paragraphs hold nearly all of the
 * page's prose (a story body of <p> children, as most CMSs print it). Null when the prose is spread
 * over several containers (teasers, split bodies) — Readability then judges.
 */
function* proseParent(body: Element): Steps<Element | null> {
  const tally = new Map<Element, number>();
  let total = 0;
  let best: Element | null = null;
  let bestChars = 0;
  let n = 0;
  const seen = new Map<Element, boolean>();
  for (const p of Array.from(body.querySelectorAll('p'))) {
    if (++n % PARAGRAPHS_PER_STEP === 0) yield;
    if (isChrome(p, body, seen)) continue;
    const len = p.textContent?.length ?? 0;
    total += len;
    const parent = p.parentElement;
    if (!parent || parent === body) continue;
    const chars = (tally.get(parent) ?? 0) + len;
    tally.set(parent, chars);
    if (chars > bestChars) {
      best = parent;
      bestChars = chars;
    }
  }
  return best && bestChars >= MIN_CHARS && bestChars >= MIN_SHARE * total ? best : null;
}

/** The page's one semantic article container, or null when there is none or the choice is not clear. */
export function findSemanticArticle(doc: Document): Element | null {
  return drain(findSemanticArticleSteps(doc));
}

/** `findSemanticArticle` as steps that may pause every few hundred paragraphs (slices.ts). */
export function* findSemanticArticleSteps(doc: Document): Steps<Element | null> {
  const body = doc.body;
  if (!body) return null;
  const articles = Array.from(body.querySelectorAll('article, [itemprop="articleBody"]')).filter(
    (el, _i, all) => !all.some((other) => other !== el && other.contains(el)), // outermost only
  );
  if (articles.length === 0) return yield* proseParent(body);
  if (articles.length !== 1) return null;
  const article = articles[0]!;
  const inside = yield* proseLength(article);
  if (inside < MIN_CHARS) return null;
  const all = yield* proseLength(body);
  return inside >= MIN_SHARE * all ? article : null;
}
