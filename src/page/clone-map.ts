// A detached copy of the page for Readability, with a way back to the live text nodes.
//
// Readability rewrites the document it is given (re-tags elements, removes nodes), so it gets a clone.
// It moves text nodes rather than recreating them, so "clone text node → live text node", recorded
// before parsing, still holds for whatever text nodes its result contains.

export interface ClonedPage {
  clone: Document;
  /** Live counterpart of each clone text node, as cloned. */
  toLive: Map<Text, Text>;
  /** Document-order index of each live text node, to find the first and last of a set cheaply. */
  order: Map<Text, number>;
}

/**
 * Clone `doc` and pair its text nodes with the live ones, in one parallel walk (linear time). With a
 * `region`, the clone is a document holding the page's title and meta tags and only that element as its
 * body: a big page is then parsed around its story, not whole.
 */
export function clonePage(doc: Document, region?: Element): ClonedPage {
  let clone: Document;
  let liveRoot: Node = doc;
  let copyRoot: Node;
  if (region) {
    clone = doc.implementation.createHTMLDocument(doc.title);
    // of the head, only what Readability reads for a title (a page's head can hold megabytes of scripts)
    for (const meta of Array.from(doc.head?.querySelectorAll('meta') ?? [])) clone.head.appendChild(clone.importNode(meta, false));
    copyRoot = clone.body.appendChild(clone.importNode(region, true));
    liveRoot = region;
    // a walker never visits its root: the region element itself is not a step of the parallel walk
    neutraliseScriptLink(copyRoot as Element);
  } else {
    clone = doc.cloneNode(true) as Document;
    copyRoot = clone;
  }
  const toLive = new Map<Text, Text>();
  const order = new Map<Text, number>();
  // SHOW_ELEMENT | SHOW_TEXT, the same on both sides, so the walks stay in step.
  const what = 0x1 | 0x4;
  const live = doc.createTreeWalker(liveRoot, what);
  const copy = clone.createTreeWalker(copyRoot, what);
  let l: Node | null = live.nextNode();
  let c: Node | null = copy.nextNode();
  let index = 0;
  while (l && c) {
    if (l.nodeType === 3 && c.nodeType === 3) {
      toLive.set(c as Text, l as Text);
      order.set(l as Text, index++);
    } else if (c.nodeType === 1) {
      neutraliseScriptLink(c as Element);
    }
    l = live.nextNode();
    c = copy.nextNode();
  }
  return { clone, toLive, order };
}

/**
 * Readability replaces `javascript:` links with NEW text nodes, which would have no live counterpart.
 * Pointing them elsewhere in the clone keeps the original text nodes in its output.
 */
function neutraliseScriptLink(el: Element): void {
  if (el.localName === 'a' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '')) {
    el.setAttribute('href', '#');
  }
}
