// Highlighting for browsers without the CSS Custom Highlight API: wraps the highlighted stretches
// of text in <accord-lens-mark class="accord-lens-KIND"> elements, and takes them out again leaving
// the very same text nodes as before (so TextMaps built earlier work again after `remove`).
//
// All ranges are turned into static (node, start, end) segments BEFORE the DOM is touched: live
// Ranges would be moved about by the splitting and wrapping of the other ranges.

import type { HighlightKind } from '../core/types';

export const MARK_TAG = 'accord-lens-mark';

export interface MarkedRange {
  kind: HighlightKind;
  range: Range;
}

export interface MarkSet {
  /** Index (into the items given) of the item a mark element belongs to, or null. */
  itemOf(el: Element): number | null;
  /** Unwraps every mark and merges the split text nodes back; the page is as before. */
  remove(): void;
}

interface Segment {
  start: number;
  end: number;
  item: number;
  /** Length of the whole item's text: on overlap the shortest (most specific) item wins. */
  weight: number;
}

export function paintMarks(doc: Document, items: readonly MarkedRange[]): MarkSet {
  const byNode = new Map<Text, Segment[]>();
  items.forEach((it, index) => {
    const weight = it.range.toString().length;
    for (const [node, start, end] of textSegments(doc, it.range)) {
      const list = byNode.get(node) ?? [];
      list.push({ start, end, item: index, weight });
      byNode.set(node, list);
    }
  });
  const markItem = new WeakMap<Element, number>();
  const marks: Element[] = [];
  const splits: Array<{ original: Text; pieces: Text[] }> = [];
  for (const [node, segments] of byNode) {
    const pieces = wrapNode(doc, node, segments, items, (mark, item) => {
      marks.push(mark);
      markItem.set(mark, item);
    });
    splits.push({ original: node, pieces });
  }
  return {
    itemOf: (el) => markItem.get(el) ?? null,
    remove() {
      for (const mark of marks) unwrap(mark);
      for (const { original, pieces } of splits) merge(original, pieces);
      marks.length = 0;
      splits.length = 0;
    },
  };
}

/** The text nodes a range covers, with the covered offsets; empty stretches left out. */
function textSegments(doc: Document, range: Range): Array<[Text, number, number]> {
  const out: Array<[Text, number, number]> = [];
  const start = range.startContainer;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 0x4 /* SHOW_TEXT */);
  let node: Node | null;
  if (start.nodeType === 3) node = start;
  else {
    walker.currentNode = start;
    node = walker.nextNode();
  }
  if (node) walker.currentNode = node;
  for (; node; node = walker.nextNode()) {
    if (node !== start && range.comparePoint(node, 0) > 0) break; // past the end
    const text = node as Text;
    const from = text === range.startContainer ? range.startOffset : 0;
    const to = text === range.endContainer ? range.endOffset : text.length;
    if (to > from && range.intersectsNode(text)) out.push([text, from, to]);
    if (text === range.endContainer) break;
  }
  return out;
}

/**
 * Splits `node` at every segment boundary and wraps the covered pieces. Works from the end of the
 * node backwards so that earlier offsets stay valid. Returns the node's pieces in order (node first).
 */
function wrapNode(
  doc: Document,
  node: Text,
  segments: Segment[],
  items: readonly MarkedRange[],
  onMark: (mark: Element, item: number) => void,
): Text[] {
  const cuts = [...new Set(segments.flatMap((s) => [s.start, s.end]).concat(0, node.length))].sort((a, b) => a - b);
  const pieces: Text[] = [];
  for (let i = cuts.length - 2; i >= 0; i--) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    if (b <= a || !node.parentNode) continue;
    const piece = a > 0 ? node.splitText(a) : node;
    if (piece !== node) pieces.unshift(piece);
    const cover = segments
      .filter((s) => s.start <= a && s.end >= b)
      .reduce<Segment | null>((best, s) => (!best || s.weight < best.weight ? s : best), null);
    const kind = cover ? items[cover.item]?.kind : undefined;
    if (!cover || !kind) continue;
    const mark = doc.createElement(MARK_TAG);
    mark.className = `accord-lens-${kind}`;
    piece.parentNode?.insertBefore(mark, piece);
    mark.appendChild(piece);
    onMark(mark, cover.item);
  }
  return [node, ...pieces];
}

function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  mark.remove();
}

/** Joins the pieces back into the original node, as long as the page has left them side by side. */
function merge(original: Text, pieces: Text[]): void {
  for (const piece of pieces.slice(1)) {
    if (original.nextSibling !== piece) return;
    original.appendData(piece.data);
    piece.remove();
  }
}
