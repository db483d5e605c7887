// Maps offsets in the extracted article text back to live DOM text nodes, and back again.
//
// The article text is not the DOM's text: whitespace runs are collapsed and block boundaries become
// "\n\n". So the map is piecewise linear: each piece says "text[textStart, textStart + length) is
// node.data[nodeStart, nodeStart + length)". Characters between pieces (inserted breaks) belong to no
// node. Offsets follow the facts contract (Hypothesis `anchoring/text-range.ts` works the same way).
//
// Invariants (checked by the builder, relied on here):
// - offsets are UTF-16 code units; ranges are end-exclusive;
// - pieces are sorted by textStart and do not overlap: p[i].textStart + p[i].length <= p[i+1].textStart;
// - every piece has length >= 1 and lies inside its node's data at build time;
// - all pieces of one node are consecutive, with increasing nodeStart.

/** One linear stretch of the map. */
export interface TextPiece {
  node: Text;
  /** UTF-16 offset in node.data of the piece's first character. */
  nodeStart: number;
  /** UTF-16 offset in the article text of the piece's first character. */
  textStart: number;
  /** Number of UTF-16 code units, at least 1. */
  length: number;
}

/** A text span with context, enough to find it again if the page changes (Hypothesis `match-quote.ts`). */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Characters of context kept on each side by `quote`. */
const QUOTE_CONTEXT = 32;

export class TextMap {
  readonly text: string;
  private readonly pieces: readonly TextPiece[];
  /** Index of each node's first piece, for `offsetOf`. */
  private readonly firstPiece = new Map<Text, number>();

  constructor(text: string, pieces: readonly TextPiece[]) {
    this.text = text;
    this.pieces = pieces;
    pieces.forEach((p, i) => {
      if (!this.firstPiece.has(p.node)) this.firstPiece.set(p.node, i);
    });
  }

  /** The text nodes the article text was taken from, in document order. */
  nodes(): Text[] {
    return [...this.firstPiece.keys()];
  }

  /**
   * The DOM Range for text[start, end): one Range even when the span crosses inline elements
   * (`<a>`, `<em>`, ...). Offsets falling on inserted breaks or collapsed whitespace snap inwards.
   * Null when the span is empty, out of bounds, or its nodes have left the document or changed length.
   */
  toRange(start: number, end: number): Range | null {
    if (!(start >= 0 && end <= this.text.length && start < end)) return null;
    const first = this.pieceAtOrAfter(start);
    const last = this.pieceAtOrBefore(end);
    if (first === undefined || last === undefined) return null;
    const startPiece = this.pieces[first];
    const endPiece = this.pieces[last];
    if (!startPiece || !endPiece || first > last) return null;
    const startOffset = startPiece.nodeStart + Math.max(0, start - startPiece.textStart);
    const endOffset = endPiece.nodeStart + Math.min(endPiece.length, end - endPiece.textStart);
    if (!isUsable(startPiece.node, startOffset) || !isUsable(endPiece.node, endOffset)) return null;
    try {
      const range = startPiece.node.ownerDocument.createRange();
      range.setStart(startPiece.node, startOffset);
      range.setEnd(endPiece.node, endOffset);
      return range.collapsed ? null : range;
    } catch {
      return null;
    }
  }

  /** The exact text of [start, end) with up to 32 characters of context either side. */
  quote(start: number, end: number): TextQuote {
    const s = clamp(start, 0, this.text.length);
    const e = clamp(end, s, this.text.length);
    return {
      exact: this.text.slice(s, e),
      prefix: this.text.slice(Math.max(0, s - QUOTE_CONTEXT), s),
      suffix: this.text.slice(e, e + QUOTE_CONTEXT),
    };
  }

  /**
   * The text offset of a DOM position, or null when the node is not part of the article text.
   * A position inside collapsed whitespace maps to the next mapped character (or the node's last one).
   */
  offsetOf(node: Text, offset: number): number | null {
    const first = this.firstPiece.get(node);
    if (first === undefined) return null;
    let best: number | null = null;
    for (let i = first; i < this.pieces.length; i++) {
      const p = this.pieces[i];
      if (!p || p.node !== node) break;
      if (offset < p.nodeStart) return p.textStart;
      if (offset <= p.nodeStart + p.length) return p.textStart + (offset - p.nodeStart);
      best = p.textStart + p.length;
    }
    return best;
  }

  /** Index of the first piece that ends after `offset` (binary search; pieces are sorted). */
  private pieceAtOrAfter(offset: number): number | undefined {
    let lo = 0;
    let hi = this.pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const p = this.pieces[mid]!;
      if (p.textStart + p.length <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.pieces.length ? lo : undefined;
  }

  /** Index of the last piece that starts before `offset`. */
  private pieceAtOrBefore(offset: number): number | undefined {
    let lo = 0;
    let hi = this.pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pieces[mid]!.textStart < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? lo - 1 : undefined;
  }
}

/** A node can anchor a Range only while it is in the document and still long enough. */
function isUsable(node: Text, offset: number): boolean {
  return node.isConnected && offset <= node.length;
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.trunc(n))) : lo;
}
