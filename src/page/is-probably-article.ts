// The cheap gate before Readability: does this page carry enough visible prose to be an article?
// Runs on every page the content script sees, so it reads the DOM and nothing else: no cloning,
// no parsing. Readability's own `isProbablyReaderable` does most of the work; it ignores paragraphs
// inside list items, which is how live blogs are built, so a second count covers those.

import { isProbablyReaderable } from '@mozilla/readability';

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
    return hasProseInLists(doc);
  } catch {
    return false;
  }
}

function hasProseInLists(doc: Document): boolean {
  let count = 0;
  let total = 0;
  for (const p of Array.from(doc.querySelectorAll('li p'))) {
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
