// Finds the article on a page and returns its text with a map back to the LIVE DOM.
//
// Steps: a cheap gate (no Readability) → Readability on a clone → its text nodes mapped back to the
// live page → the live text collected in document order with our own exclusions. A story rendered
// into an open shadow root, which Readability cannot see, is found there; a front page of teasers is
// no article. The page itself is never modified. See README.md in this folder.

import { densestContainerSteps, findDensestContainer, PROSE_SELECTOR, type Container } from './densest-container';
import { findShadowArticle } from './find-shadow-article';
import { isProbablyArticle } from './is-probably-article';
import { findSemanticArticleSteps } from './semantic-article';
import { isTeaserListing } from './is-teaser-listing';
import { findLanguage, findPublishedDate } from './page-meta';
import { collectTextSteps } from './page-text';
import { drain, HEAVY_NEXT, type Steps } from './slices';
import { cleanTitle, parseCloneSteps, type ParsedClone } from './readability-pass';
import type { TextMap } from './text-map';

export interface PageArticle {
  /** Headline (Readability's, else the first <h1>), not part of `text`. */
  title: string | null;
  /** Article body: collapsed whitespace, "\n\n" between blocks, trimmed. */
  text: string;
  /** YYYY-MM-DD from the page's markup, or null. */
  publishedDate: string | null;
  /** Primary language subtag of <html lang>, or null. */
  language: string | null;
  /** Offsets in `text` ↔ live text nodes. */
  map: TextMap;
  /** The live element that contains the article, or the shadow root holding it. */
  root: Container;
}

export interface FindArticleOptions {
  /** Skip the gate and always return some text (the command line: every HTML input yields text). */
  force?: boolean;
  /** The caller has already run the cheap gate (`isProbablyArticle`): do not run it twice. */
  gated?: boolean;
}

/** Readability's own bar for a successful attempt (its DEFAULT_CHAR_THRESHOLD). */
const READABILITY_CHAR_THRESHOLD = 500;
/** Accept Readability's first attempt whatever its length (0 would mean "default" to Readability). */
const STRICT_CHAR_THRESHOLD = 1;
/** How far up from Readability's container we look for repeated siblings (live-blog entries). */
const MAX_WIDEN_LEVELS = 3;
/** Siblings of the same kind needed besides the chosen one before we take the whole list. */
const MIN_REPEATED_SIBLINGS = 2;

/** The page's article, or null when the page does not look like one (never null with `force`). */
export function findArticle(doc: Document, options: FindArticleOptions = {}): PageArticle | null {
  return drain(findArticleSteps(doc, options));
}

/**
 * `findArticle` as steps that may pause between walks and every few hundred nodes (slices.ts), so that
 * the content script never holds the page's main thread for long. A Readability parse is one step.
 */
export function* findArticleSteps(doc: Document, options: FindArticleOptions = {}): Steps<PageArticle | null> {
  const force = options.force ?? false;
  try {
    if (!force && !options.gated && !isProbablyArticle(doc)) return null;
    const article = yield* locate(doc, force);
    if (force) return article;
    // An article with no readable text (all of it in an editor, say) is no article for the page,
    // and neither is a front page of teasers for other stories.
    if (!article?.text || isTeaserListing(article.root, article.map, doc.URL)) return null;
    return article;
  } catch {
    return force ? lastResort(doc) : null;
  }
}

function* locate(doc: Document, force: boolean): Steps<PageArticle | null> {
  // Fast path: the page marks its one story up as such, so no Readability parse is needed.
  const semantic = yield* findSemanticArticleSteps(doc);
  if (semantic) {
    const article = yield* fromBody(doc, semantic);
    if (article.text.length >= READABILITY_CHAR_THRESHOLD) return article;
  }
  // First pass: Readability's strictest attempt only. It never re-parses the page, so every text node
  // it keeps is one we cloned and the map to the live page is exact.
  yield;
  let region = yield* readabilityRegion(doc);
  yield HEAVY_NEXT;
  let strict = yield* parseCloneSteps(doc, STRICT_CHAR_THRESHOLD, region);
  yield;
  if (region && !(strict && strict.keptChars >= READABILITY_CHAR_THRESHOLD) && !holdsMostProse.has(region)) {
    // the densest prose was not the story (a gallery, a table of data): Readability judges the whole page
    // — unless the region holds most of the page's paragraphs, where no other story can be
    region = undefined;
    yield HEAVY_NEXT;
    strict = yield* parseCloneSteps(doc, STRICT_CHAR_THRESHOLD);
    yield;
  }
  if (strict && strict.keptChars >= READABILITY_CHAR_THRESHOLD) return yield* fromKept(doc, strict);
  // A story inside a web component's shadow root is invisible to Readability: look there before
  // settling for the light DOM's scraps.
  const shadow = findShadowArticle(doc);
  if (shadow && shadow.score > (strict?.keptChars ?? 0)) {
    const article = yield* fromContainer(doc, shadow.container, strict?.title ?? null, undefined);
    if (article.text) return article;
  }
  // Second pass: Readability's own retries. A retry rebuilds the page from HTML, so its text nodes
  // are new; we then locate the article by its long, unique text runs and take that container whole.
  yield HEAVY_NEXT;
  const loose = yield* parseCloneSteps(doc, undefined, region);
  yield;
  if (loose && loose.keptChars >= READABILITY_CHAR_THRESHOLD) return yield* fromKept(doc, loose);
  if (loose?.anchors) {
    const root = commonElement(loose.anchors.first, loose.anchors.last) ?? bodyOf(doc);
    const article = yield* fromContainer(doc, widenToRepeatedEntries(root), loose.title, undefined);
    if (article.text) return article;
  }
  if (strict && strict.keptChars > 0) return yield* fromKept(doc, strict);
  if (!force) return null;
  const densest = findDensestContainer(Array.from(doc.querySelectorAll(PROSE_SELECTOR)));
  return yield* fromContainer(doc, densest?.container ?? bodyOf(doc), loose?.title ?? strict?.title ?? null, undefined);
}

/**
 * Above this many elements, Readability reads only the region around the page's densest prose: its
 * parse is one task that cannot pause, and on a big page (a long thread, an encyclopaedia article,
 * a news page with its menus and rails) a whole-page parse holds the main thread past 50 ms.
 */
const WHOLE_PAGE_MAX_ELEMENTS = 1500;
/** How far up from the densest paragraphs' container the region reaches: its header, standfirst, siblings. */
const REGION_LEVELS = 2;
/** …and further up until it holds at least this share of the page's paragraph text. */
const REGION_MIN_SHARE = 0.6;

/** Regions found to hold at least REGION_MIN_SHARE of their page's paragraph text. */
const holdsMostProse = new WeakSet<Element>();

/**
 * The element Readability should read on a big page, or undefined for the whole page: the container of
 * the densest paragraphs (`<p>`, where stories are told; tables and code are not), a little way up, and
 * up again until it holds most of the page's paragraph text.
 */
function* readabilityRegion(doc: Document): Steps<Element | undefined> {
  if (doc.getElementsByTagName('*').length <= WHOLE_PAGE_MAX_ELEMENTS) return undefined;
  const paragraphs = doc.querySelectorAll('p');
  const densest = yield* densestContainerSteps(paragraphs);
  let region = densest?.container;
  if (region?.nodeType !== 1) return undefined;
  let total = 0;
  for (let i = 0; i < paragraphs.length; i++) total += paragraphs[i]?.textContent?.length ?? 0;
  yield;
  const proseIn = (el: Element): number => {
    let n = 0;
    for (const p of Array.from(el.querySelectorAll('p'))) n += p.textContent?.length ?? 0;
    return n;
  };
  for (let level = 0; ; level++) {
    const up: Element | null = (region as Element).parentElement;
    if (!up || up === doc.body || up === doc.documentElement) break;
    if (level >= REGION_LEVELS) {
      if (proseIn(region as Element) >= REGION_MIN_SHARE * total) {
        holdsMostProse.add(region as Element);
        break;
      }
      yield;
    }
    region = up;
  }
  return region === doc.body ? undefined : (region as Element);
}

/** The whole body, for `force` after an unexpected failure; null only if even that throws. */
function lastResort(doc: Document): PageArticle | null {
  try {
    return drain(fromContainer(doc, bodyOf(doc), null, undefined));
  } catch {
    return null;
  }
}

function* fromKept(doc: Document, parsed: ParsedClone): Steps<PageArticle> {
  const found = (parsed.first && parsed.last && commonElement(parsed.first, parsed.last)) || bodyOf(doc);
  const widened = widenToRepeatedEntries(found);
  // A widened root holds entries Readability never saw: take all of its (filtered) text.
  if (widened !== found) return yield* fromContainer(doc, widened, parsed.title, undefined);
  // Photo captions are part of the story (Readability keeps a figure's caption when it keeps the
  // figure): those inside the body, and the lead photo's between the headline and the body. The lead
  // photo's parent becomes the root, with its other children (headline, byline, breadcrumbs) left out.
  const lead = leadFigures(found);
  const root = lead.length > 0 && found.parentElement ? found.parentElement : found;
  const accept = (t: Text): boolean => parsed.kept.has(t) || inCaption(t, root);
  const outside = root === found ? undefined : (el: Element): boolean => el.parentElement === root && el !== found && !lead.includes(el);
  return yield* fromContainer(doc, root, parsed.title, accept, outside);
}

/**
 * A story container found without Readability. One marked up as the article is taken whole; a bare
 * body of paragraphs brings in its lead photo's caption the way a Readability body does (fromKept).
 */
function* fromBody(doc: Document, found: Element): Steps<PageArticle> {
  const lead = found.matches('article, [itemprop="articleBody"]') ? [] : leadFigures(found);
  const root = found.parentElement;
  if (lead.length === 0 || !root) return yield* fromContainer(doc, found, null, undefined);
  const accept = (t: Text): boolean => found.contains(t) || inCaption(t, root);
  const outside = (el: Element): boolean => el.parentElement === root && el !== found && !lead.includes(el);
  return yield* fromContainer(doc, root, null, accept, outside);
}

/** How many siblings before the body are searched for the headline when looking for a lead photo. */
const MAX_LEAD_SIBLINGS = 4;
/** A lead photo block holds its caption and little else (a credit line, a placeholder). */
const MAX_LEAD_CHARS = 600;
/** A caption by class: "caption", "pic-caption", "wp-caption-text", "figure__caption". */
const CAPTION_CLASS = /(?:^|[\s_-])caption(?:$|[\s_-])/i;

/**
 * Photo blocks that sit between the headline and the body, as siblings of the body ("<h1>…</h1>
 * <figure>…</figure> <div class=story-body>"): the story's lead photo. None unless a heading closes the
 * run, so that a sidebar or teaser photo above an unheaded container never comes in.
 */
function leadFigures(body: Element): Element[] {
  const figures: Element[] = [];
  let sib = body.previousElementSibling;
  for (let i = 0; sib && i < MAX_LEAD_SIBLINGS; i++, sib = sib.previousElementSibling) {
    if (/^h[1-2]$/.test(sib.localName)) return figures;
    if (isPhotoBlock(sib)) figures.push(sib);
  }
  return [];
}

function isPhotoBlock(el: Element): boolean {
  if ((el.textContent ?? '').length > MAX_LEAD_CHARS) return false;
  if (el.localName === 'figure') return true;
  for (const d of Array.from(el.querySelectorAll('figcaption, [class]'))) if (isCaptionElement(d)) return true;
  return false;
}

function isCaptionElement(el: Element): boolean {
  return el.localName === 'figcaption' || CAPTION_CLASS.test(el.getAttribute('class') ?? '');
}

/** Whether `t` is in a photo caption below `root`, not in a link (a teaser card's photo is no caption of ours). */
function inCaption(t: Text, root: Element): boolean {
  let caption = false;
  for (let el = t.parentElement; el && el !== root; el = el.parentElement) {
    if (el.localName === 'a') return false;
    if (!caption && isCaptionElement(el)) caption = true;
  }
  return caption;
}

function* fromContainer(
  doc: Document,
  root: Container,
  readabilityTitle: string | null,
  acceptText: ((t: Text) => boolean) | undefined,
  skipOther?: (el: Element) => boolean,
): Steps<PageArticle> {
  const title = readabilityTitle ?? cleanTitle(doc.querySelector('h1')?.textContent) ?? cleanTitle(doc.title);
  const heading = duplicateHeading(title);
  const { text, map } = yield* collectTextSteps(root, {
    acceptText,
    skipElement: skipOther && heading ? (el) => skipOther(el) || heading(el) : (skipOther ?? heading),
  });
  return {
    title,
    text,
    publishedDate: findPublishedDate(doc, root),
    language: findLanguage(doc),
    map,
    root,
  };
}

/**
 * Readability picks one entry of a live blog (an <li> among many alike). When the chosen container,
 * or one of its near ancestors, has several siblings of the same tag and class, the article is the list.
 */
function widenToRepeatedEntries(found: Element): Element {
  let el: Element | null = found;
  for (let level = 0; el && level < MAX_WIDEN_LEVELS; level++, el = el.parentElement) {
    const parent: Element | null = el.parentElement;
    if (!parent || parent.localName === 'body') break;
    const kind = entryKind(el);
    if (!kind) continue;
    let alike = 0;
    for (const sib of Array.from(parent.children)) {
      if (sib !== el && entryKind(sib) === kind) alike++;
    }
    if (alike >= MIN_REPEATED_SIBLINGS) return parent;
  }
  return found;
}

/** Tag plus class: list items always count as entries, other elements only when they have a class. */
function entryKind(el: Element): string | null {
  const cls = (el.getAttribute('class') ?? '').trim();
  if (el.localName === 'li' || cls) return `${el.localName}.${cls}`;
  return null;
}

/** Leaves out a heading that repeats the title: the title travels separately. */
function duplicateHeading(title: string | null): ((el: Element) => boolean) | undefined {
  if (!title) return undefined;
  const wanted = normalise(title);
  return (el) => /^h[1-6]$/.test(el.localName) && normalise(el.textContent ?? '') === wanted;
}

function commonElement(a: Node, b: Node): Element | null {
  const ancestors = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) ancestors.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) {
    if (n.nodeType === 1 && ancestors.has(n)) return n as Element;
  }
  return null;
}

function bodyOf(doc: Document): Element {
  return doc.body ?? doc.documentElement;
}

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}
