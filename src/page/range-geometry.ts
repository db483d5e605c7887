// Where ranges are on screen, and which text is under a point: the hit-testing and measuring that
// the highlighter needs and jsdom cannot do (no layout), so every function copes with its absence.

/** The text position under a viewport point (standard API first, WebKit/Blink's older one second). */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

export function inRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false; // another document, or a doctype
  }
}

export function boxContains(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

export function sameRange(a: Range, b: Range): boolean {
  return a.compareBoundaryPoints(0 /* START_TO_START */, b) === 0 && a.compareBoundaryPoints(2 /* END_TO_END */, b) === 0;
}

/** The range's box in viewport coordinates; null without layout (jsdom) or for detached ranges. */
export function rectOf(range: Range): DOMRect | null {
  if (typeof range.getBoundingClientRect !== 'function' || !range.startContainer.isConnected) return null;
  const rect = range.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 && rect.top === 0 ? null : rect;
}
