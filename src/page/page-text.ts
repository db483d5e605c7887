// Turns a live DOM subtree into article text plus the TextMap that leads back to its text nodes.
//
// The text is what a reader sees, roughly as `innerText` would give it without layout: whitespace runs
// collapse to one space, block elements are separated by "\n\n", a <br> gives "\n" (two give "\n\n"),
// and the result carries no leading or trailing whitespace. One pass over the subtree: linear time.

import { isBoilerplate, isExcludedElement } from './is-excluded';
import { TextMap, type TextPiece } from './text-map';
import { drain, type Steps } from './slices';

/** Nodes visited between two points where a sliced walk may pause. */
const NODES_PER_STEP = 256;

/** Elements that start a new paragraph of text. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Whitespace that collapses, including no-break space: the core wants words, not typography. */
const COLLAPSIBLE = /[ \t\n\r\f\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
/** Invisible characters dropped outright, so that "nego\u00adtiations" reads as one word. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const VISIBLE_CHAR = `[^${COLLAPSIBLE.source.slice(1, -1)}${INVISIBLE.source.slice(1, -1)}]`;
/**
 * Runs of text that map one to one onto the page (visible characters joined by single plain spaces:
 * usually a whole paragraph in one match), group 1; runs of white space to collapse, group 2; or
 * runs of invisible characters to drop (neither). Unambiguous, so linear.
 */
const RUNS = new RegExp(`(${VISIBLE_CHAR}+(?: ${VISIBLE_CHAR}+)*)|(${COLLAPSIBLE.source}+)|${INVISIBLE.source}+`, 'g');

export interface CollectOptions {
  /** Keep only these text nodes (e.g. those Readability kept); default: all. */
  acceptText?: (node: Text) => boolean;
  /** Extra elements to leave out with their subtree (beyond the standard exclusions). */
  skipElement?: (el: Element) => boolean;
}

export interface PageText {
  text: string;
  map: TextMap;
}

/**
 * Article text of `root`'s subtree (an element, or a shadow root holding the story). Never throws on
 * odd DOMs; an empty subtree gives "".
 */
export function collectText(root: Element | ShadowRoot, options: CollectOptions = {}): PageText {
  return drain(collectTextSteps(root, options));
}

/** `collectText` as steps that may pause every NODES_PER_STEP nodes (see slices.ts). */
export function* collectTextSteps(root: Element | ShadowRoot, options: CollectOptions = {}): Steps<PageText> {
  // The walk itself is a plain method (Walk.step), not this generator's body: engines optimise a hot
  // loop in an ordinary function far better than one inside a generator.
  const walk = new Walk(root, options);
  while (!walk.step(NODES_PER_STEP)) yield;
  return walk.out.finish();
}

/** One walk over a subtree in document order, resumable every few hundred nodes. */
class Walk {
  readonly out = new TextBuilder();
  private node: Node | null;
  private readonly skip: (el: Element) => boolean;

  constructor(
    private readonly root: Element | ShadowRoot,
    private readonly options: CollectOptions,
  ) {
    // The walk below judges descendants; the root's own line of ancestors is judged here, so that an
    // article Readability found inside an editor (or a hidden panel) yields nothing.
    this.node = isInsideExcluded(root) ? null : root.firstChild;
    this.skip = (el: Element): boolean => isExcludedElement(el) || isBoilerplate(el) || (options.skipElement?.(el) ?? false);
  }

  /** Visits up to `budget` nodes; true when the walk is done. */
  step(budget: number): boolean {
    const { root, out, skip, options } = this;
    let node = this.node;
    for (let visited = 0; node && visited < budget; visited++) {
      let descend = false;
      if (node.nodeType === 1) {
        const el = node as Element;
        if (skip(el)) {
          // Skipped blocks (an ad between two paragraphs) still separate the text around them.
          if (BLOCK_TAGS.has(el.localName)) out.blockBreak();
        } else {
          if (el.localName === 'br') out.lineBreak();
          else if (BLOCK_TAGS.has(el.localName)) out.blockBreak();
          descend = el.firstChild !== null;
        }
      } else if (node.nodeType === 3 && (options.acceptText?.(node as Text) ?? true)) {
        out.append(node as Text);
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      // Climb until a next sibling exists, closing the blocks we leave.
      while (node && node !== root && !node.nextSibling) {
        node = node.parentNode;
        if (node && node !== root && BLOCK_TAGS.has((node as Element).localName)) out.blockBreak();
      }
      node = node && node !== root ? node.nextSibling : null;
    }
    this.node = node;
    return node === null;
  }
}

/** Whether `root` or an ancestor (across shadow boundaries, through the hosts) is excluded. */
function isInsideExcluded(root: Element | ShadowRoot): boolean {
  if (root.ownerDocument.designMode === 'on') return true;
  for (let el: Element | null = hostOrSelf(root); el; el = el.parentElement ?? hostOf(el)) {
    if (isExcludedElement(el)) return true;
  }
  return false;
}

function hostOrSelf(root: Element | ShadowRoot): Element {
  return root.nodeType === 11 ? (root as ShadowRoot).host : (root as Element);
}

/** The host of the shadow root `el` sits at the top of, if any. */
function hostOf(el: Element): Element | null {
  const parent = el.parentNode;
  return parent && parent.nodeType === 11 && 'host' in parent ? (parent as ShadowRoot).host : null;
}

/** Accumulates text and pieces; breaks and spaces are held back until real text follows them. */
class TextBuilder {
  private readonly chunks: string[] = [];
  private readonly pieces: TextPiece[] = [];
  private length = 0;
  /** 0: none, 1: "\n", 2: "\n\n". */
  private pendingBreak = 0;
  private pendingSpace: { node: Text; offset: number } | null = null;

  blockBreak(): void {
    this.pendingBreak = 2;
  }

  lineBreak(): void {
    this.pendingBreak = Math.min(2, this.pendingBreak + 1);
  }

  append(node: Text): void {
    const data = node.data;
    // One pass with one regex per node (not a test per character): each match is a run of visible
    // characters, a run of collapsible white space, or a run of invisible characters.
    RUNS.lastIndex = 0;
    for (let m = RUNS.exec(data); m; m = RUNS.exec(data)) {
      const [, visible, space] = m;
      if (visible !== undefined) {
        this.flushSeparators();
        this.emit(node, m.index, visible);
      } else if (space !== undefined && this.length > 0 && this.pendingSpace === null) {
        this.pendingSpace = { node, offset: m.index };
      }
    }
  }

  finish(): PageText {
    const text = this.chunks.join('');
    return { text, map: new TextMap(text, this.pieces) };
  }

  private flushSeparators(): void {
    if (this.length === 0) {
      this.pendingBreak = 0;
      this.pendingSpace = null;
      return;
    }
    if (this.pendingBreak > 0) {
      // Breaks belong to no node: they fall between pieces.
      const br = this.pendingBreak === 2 ? '\n\n' : '\n';
      this.chunks.push(br);
      this.length += br.length;
    } else if (this.pendingSpace) {
      this.emit(this.pendingSpace.node, this.pendingSpace.offset, ' ');
    }
    this.pendingBreak = 0;
    this.pendingSpace = null;
  }

  private emit(node: Text, nodeOffset: number, s: string): void {
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.node === node && last.nodeStart + last.length === nodeOffset && last.textStart + last.length === this.length) {
      last.length += s.length;
    } else {
      this.pieces.push({ node, nodeStart: nodeOffset, textStart: this.length, length: s.length });
    }
    this.chunks.push(s);
    this.length += s.length;
  }
}
