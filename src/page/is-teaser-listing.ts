// Tells a front page or section page (many stories, a headline link and a sentence or two each) from
// an article. Readability happily returns the grid of teasers as "the article", and the agreement in
// one teaser would then be read together with eleven unrelated ones. A reader sees a list of links to
// other pages, not a story, so such a page is no article for us.
//
// The sign: many headlines that link to other pages, with little text per headline. Only headlines
// whose text made it into the article text count, so a "related stories" box that Readability or our
// own exclusions already dropped does not turn a real article into a listing.

import type { TextMap } from './text-map';

/** At least this many linked headlines before a container can be a listing ... */
const MIN_TEASERS = 5;
/** ... and less article text than this per linked headline (a teaser is a headline and a sentence or two). */
const MAX_CHARS_PER_TEASER = 500;
/** Where a linked headline sits: a heading holding the link, or a link wrapping a heading. */
const HEADING = 'h1, h2, h3, h4, h5, h6';

/** True when `root`'s text is a list of teasers for other pages rather than one story. */
export function isTeaserListing(root: ParentNode, map: TextMap, pageUrl: string): boolean {
  const links = root.querySelectorAll('a[href]');
  if (links.length < MIN_TEASERS) return false;
  let teasers = 0;
  for (const a of Array.from(links)) {
    if (!isHeadlineLink(a) || !leadsElsewhere(a, pageUrl) || !isInText(a, map)) continue;
    teasers++;
  }
  return teasers >= MIN_TEASERS && map.text.length < teasers * MAX_CHARS_PER_TEASER;
}

function isHeadlineLink(a: Element): boolean {
  return a.closest(HEADING) !== null || a.querySelector(HEADING) !== null;
}

/** A link to another document: not a fragment of this page (live-blog entries link to themselves). */
function leadsElsewhere(a: Element, pageUrl: string): boolean {
  const href = a.getAttribute('href') ?? '';
  if (href.startsWith('#')) return false;
  try {
    const target = new URL(href, pageUrl);
    const here = new URL(pageUrl);
    return target.origin !== here.origin || target.pathname !== here.pathname || target.search !== here.search;
  } catch {
    return false;
  }
}

/** Whether the link's first text node is part of the article text. */
function isInText(a: Element, map: TextMap): boolean {
  const walker = a.ownerDocument.createTreeWalker(a, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n as Text).data.trim()) return map.offsetOf(n as Text, 0) !== null;
  }
  return false;
}
