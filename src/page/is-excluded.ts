// Decides which page elements never contribute article text: invisible things, form fields, editable
// areas, the extension's own elements, and the boilerplate that sits inside article containers
// (ads, share bars, comments, paywall boxes, bylines, bare timestamps, AMP's ad and menu components).
// Works on the LIVE document, whose class names Readability's clone no longer has after cleaning.

/** Elements whose text is never prose a reader sees as the article. */
const NON_TEXT_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'canvas',
  'svg',
  'math',
  'input',
  'textarea',
  'select',
  'option',
  'button',
  'datalist',
  'output',
  'head',
  'title',
  'meta',
  'link',
]);

/**
 * Class/id words of blocks that live inside article containers but are not the article.
 * Matched as whole hyphen/underscore-separated words, so "ad-slot" and "lb-share" match
 * but "headline" or "shared-content" do not.
 */
const BOILERPLATE_WORDS =
  /(?:^|[\s_-])(?:ads?|advert|adverts|advertisement|dfp|sponsored|sponsor|promo|share|sharing|social|comments?|paywall|subscribe|newsletter|cookies?|consent|related|outbrain|taboola|recirc|byline|author|breadcrumbs?|tags|meta|also[-_]read|read[-_]also|read[-_]more|see[-_]also|more[-_]stories|recommended|trending)(?=$|[\s_-])/i;

/** AMP's own components for ads, menus, share buttons and consent: furniture, whatever their class. */
const AMP_FURNITURE_TAGS = new Set(['amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-sidebar', 'amp-social-share', 'amp-consent']);

/** Our own elements (the hover card host) start with this ... */
const OWN_TAG_PREFIX = 'accord-lens-';
/** ... except the fallback highlight marks, which wrap article text that must stay in the text. */
const OWN_MARK_TAG = 'accord-lens-mark';

/**
 * True for elements whose whole subtree is not article text, wherever they are. Visibility is read
 * from the markup (hidden, aria-hidden, inline style), as Readability itself does, never from computed
 * styles: a getComputedStyle call on a page whose style is dirty forces a synchronous style recalc,
 * which cost up to 20 ms of jank on a small article. Hidden boxes that stylesheets hide by class
 * (paywalls, share bars) are caught by their class words in isBoilerplate.
 */
export function isExcludedElement(el: Element): boolean {
  const tag = el.localName;
  if (NON_TEXT_TAGS.has(tag)) return true;
  if (tag.startsWith(OWN_TAG_PREFIX) && tag !== OWN_MARK_TAG) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (isEditable(el)) return true;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return Boolean(style && (style.display === 'none' || style.visibility === 'hidden'));
}

/** True for ads, share bars, comments and the like; only meaningful below the article root. */
export function isBoilerplate(el: Element): boolean {
  if (AMP_FURNITURE_TAGS.has(el.localName) || isBareTimestamp(el)) return true;
  const id = el.id;
  const cls = el.getAttribute('class') ?? '';
  if (!cls && !id) return false;
  return BOILERPLATE_WORDS.test(`${cls} ${id}`);
}

/** A block holding nothing but a <time> (live-blog entry times): a label, not prose. */
function isBareTimestamp(el: Element): boolean {
  const only = el.firstElementChild;
  if (el.childElementCount !== 1 || only?.localName !== 'time') return false;
  return (el.textContent ?? '').trim() === (only.textContent ?? '').trim();
}

function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v !== 'false';
}
