// The cheap gate before Readability: does this page carry enough visible prose to be an article?
// Runs on every page the content script sees, so it reads the DOM and nothing else: no cloning,
// no parsing. Readability's own `isProbablyReaderable` does most of the work; it ignores paragraphs
// inside list items, which is how live blogs are built, so a second count covers those, and it never
// sees inside shadow roots, so a third (one walk, only when the others fail) covers web components.

import type { isProbablyReaderable as IsProbablyReaderable } from '@mozilla/readability';

// Readability's small readerable check alone, not the package's index, which would evaluate the whole
// of Readability at start-up on every page (readability-pass.ts loads it when a page needs it).
const isProbablyReaderable = require('@mozilla/readability/Readability-readerable.js') as typeof IsProbablyReaderable;
import { findOpenShadowRoots, mayHaveShadowStory } from './open-shadow-roots';

/** A paragraph shorter than this is a caption, teaser or label rather than prose. */
const MIN_PARAGRAPH_CHARS = 80;
/** Live-blog rule: at least this many prose paragraphs ... */
const MIN_PARAGRAPHS = 3;
/** ... holding at least this much text together. */
const MIN_TOTAL_CHARS = 600;
/** Containers whose paragraphs are never the article. */
const NOT_ARTICLE = 'nav, footer, aside, header, form, [hidden], [aria-hidden="true"]';
/** Editors: their text is the user's, never an article to annotate. */
const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

/** True when the page probably holds an article (it may still report no agreement). */
export function isProbablyArticle(doc: Document): boolean {
  try {
    if (doc.designMode === 'on') return false;
    if (isProbablyReaderable(doc, { visibilityChecker: isInlineVisible })) return true;
    return hasProse(doc.querySelectorAll('li p')) || hasProseInShadowRoots(doc);
  } catch {
    return false;
  }
}

function hasProseInShadowRoots(doc: Document): boolean {
  if (!mayHaveShadowStory(doc)) return false;
  return findOpenShadowRoots(doc).some((root) => hasProse(root.querySelectorAll('p')));
}

/** Enough visible prose paragraphs outside navigation and the like. */
function hasProse(paragraphs: NodeListOf<Element>): boolean {
  let count = 0;
  let total = 0;
  for (const p of Array.from(paragraphs)) {
    if (!isInlineVisible(p) || p.closest(NOT_ARTICLE)) continue;
    const len = (p.textContent ?? '').trim().length;
    if (len < MIN_PARAGRAPH_CHARS) continue;
    count++;
    total += len;
    if (count >= MIN_PARAGRAPHS && total >= MIN_TOTAL_CHARS) return true;
  }
  return false;
}

/** Inline-style visibility only: cheap, and the same test in jsdom and in the browser. */
function isInlineVisible(node: Node): boolean {
  if (node.nodeType !== 1) return true;
  const el = node as HTMLElement;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
  if (el.closest(EDITABLE)) return false;
  const style = el.style as CSSStyleDeclaration | undefined;
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}
