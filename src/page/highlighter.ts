// Draws the facts on the page: one CSS Custom Highlight per kind (accord-lens-party, -official,
// -measure, plus accord-lens-flash for a reveal), styled by the extension's own stylesheet
// (highlight-styles.ts), so the page DOM is not touched. Browsers without the API get wrapping
// marks instead (fallback-marks.ts). Also runs the hover/focus card and the reveal scroll.

import type { HighlightKind } from '../core/types';
import { paintMarks, type MarkSet, MARK_TAG } from './fallback-marks';
import { createHoverCard, type CardLabel } from './hover-card';
import { boxContains, caretAt, inRange, rectOf, sameRange } from './range-geometry';
import { scrollRangeIntoView } from './scroll-to-range';
import { createPointerTracker } from './pointer-tracker';
import { highlightName, type Palette } from './highlight-styles';

export type { HighlightKind } from '../core/types';

export interface HighlightItem {
  kind: HighlightKind;
  range: Range;
  label: CardLabel;
  /** The range's length in characters, when known (saves reading the page's text to order items). */
  length?: number;
}

export interface Highlighter {
  /** Replaces whatever was shown with these items. */
  show(items: HighlightItem[]): void;
  /** Removes every highlight, the card and our listeners: the page is as we found it. */
  clear(): void;
  /** Emphasises one range for ~1.2 s (after any scroll started by `scrollTo` has ended). */
  flash(range: Range): void;
  /** Scrolls the range into the middle of the viewport, smoothly unless the user prefers less motion. */
  scrollTo(range: Range): void;
  /** Hides or shows the highlights without forgetting them. */
  setVisible(v: boolean): void;
  /** Repaints under the palette's highlight names (see highlight-styles.ts). */
  setPalette(p: Palette): void;
}

const KINDS: readonly HighlightKind[] = ['party', 'official', 'measure'];
const FLASH_NAME = 'accord-lens-flash';
const FLASH_MS = 1200;
/** Ranges added to the page's highlights per frame: a long page's thousands are spread over frames. */
const RANGES_PER_FRAME = 400;
const FRAME_MS = 16;

/** The Custom Highlight API of `win`, or null where it is missing. */
interface HighlightApi {
  registry: { set(name: string, h: Highlight): unknown; delete(name: string): boolean; get(name: string): Highlight | undefined };
  make(ranges: Range[]): Highlight;
}

function highlightApi(win: Window): HighlightApi | null {
  const g = win as Window & typeof globalThis;
  const registry = g.CSS?.highlights;
  const Ctor = g.Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  return {
    registry,
    // one add at a time: a spread of tens of thousands of ranges would overflow the argument stack
    make: (ranges) => {
      const h = new Ctor();
      for (const r of ranges) h.add(r);
      return h;
    },
  };
}

export function createHighlighter(win: Window): Highlighter {
  const doc = win.document;
  const api = highlightApi(win);
  const card = createHoverCard(doc);
  /** Items sorted shortest first, so the most specific of overlapping highlights wins a hit test. */
  let items: HighlightItem[] = [];
  let visible = true;
  let palette: Palette = 'standard';
  let marks: MarkSet | null = null;
  let painted = false;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  let scrollDone: Promise<void> = Promise.resolve();
  const pointer = createPointerTracker(win, (x, y) => onPoint(x, y));
  let cardBy: 'pointer' | 'keyboard' | null = null;
  let lastInput: 'pointer' | 'keyboard' = 'pointer';

  /** Pending batches of ranges, added a frame apart (see RANGES_PER_FRAME). */
  let feeding: ReturnType<typeof setTimeout> | undefined;

  function paint(): void {
    if (painted || !visible || items.length === 0) return;
    painted = true;
    if (api) {
      const queue: Array<[Highlight, Range]> = [];
      for (const kind of KINDS) {
        const ranges = items.filter((i) => i.kind === kind).map((i) => i.range);
        if (!ranges.length) continue;
        const h = api.make(ranges.slice(0, RANGES_PER_FRAME));
        api.registry.set(highlightName(kind, palette), h);
        for (const r of ranges.slice(RANGES_PER_FRAME)) queue.push([h, r]);
      }
      // Thousands of ranges on a long page: the browser paints each batch in its own frame, so that
      // no single frame (a long task) has to lay out all of them.
      let next = 0;
      const feed = () => {
        try {
          for (const end = Math.min(queue.length, next + RANGES_PER_FRAME); next < end; next++) queue[next]![0].add(queue[next]![1]);
        } catch {
          return; // a torn-down page
        }
        feeding = next < queue.length ? setTimeout(feed, FRAME_MS) : undefined;
      };
      if (queue.length) feeding = setTimeout(feed, FRAME_MS);
    } else {
      marks = paintMarks(doc, items);
    }
    listen(true);
  }

  function unpaint(): void {
    if (!painted) return;
    painted = false;
    clearTimeout(feeding);
    feeding = undefined;
    if (api) for (const kind of KINDS) api.registry.delete(highlightName(kind, palette));
    marks?.remove();
    marks = null;
    hideCard();
    listen(false);
  }

  // ---- hover and keyboard card ------------------------------------------------------------------
  let listening = false;
  const onKey = (): void => {
    lastInput = 'keyboard';
  };
  const onDown = (): void => {
    lastInput = 'pointer';
  };
  const onSelection = () =>
    safely(() => {
      if (lastInput !== 'keyboard') return;
      const sel = win.getSelection();
      const node = sel?.focusNode;
      const hit = node ? itemAtPosition(node, sel.focusOffset) : null;
      if (hit) showCard(hit, 'keyboard');
      else if (cardBy === 'keyboard') hideCard();
    });
  const onScroll = () => hideCard();

  function listen(on: boolean): void {
    if (on === listening) return;
    listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    const opts = { passive: true, capture: true } as const;
    doc[method]('keydown', onKey, opts);
    doc[method]('pointerdown', onDown, opts);
    doc[method]('selectionchange', onSelection, opts);
    win[method]('scroll', onScroll, opts);
    pointer.enable(on);
  }

  function onPoint(x: number, y: number): void {
    const hit = itemAtPoint(x, y);
    if (hit) showCard(hit, 'pointer');
    else if (cardBy === 'pointer') hideCard();
  }

  function showCard(item: HighlightItem, by: 'pointer' | 'keyboard'): void {
    const anchor = rectOf(item.range);
    if (!anchor) return;
    cardBy = by;
    card.show(item.kind, item.label, anchor, by === 'keyboard');
  }

  function hideCard(): void {
    cardBy = null;
    card.hide();
  }

  function itemAtPoint(x: number, y: number): HighlightItem | null {
    if (marks) {
      const el = doc.elementFromPoint(x, y)?.closest(MARK_TAG);
      const index = el ? marks.itemOf(el) : null;
      return index === null ? null : (items[index] ?? null);
    }
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    // The caret snaps to the nearest text even beside a line's end: check the ranges' boxes too.
    return items.find((i) => inRange(i.range, caret.node, caret.offset) && boxContains(i.range, x, y)) ?? null;
  }

  function itemAtPosition(node: Node, offset: number): HighlightItem | null {
    if (marks) {
      const el = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(MARK_TAG);
      const index = el ? marks.itemOf(el) : null;
      return index === null ? null : (items[index] ?? null);
    }
    return items.find((i) => inRange(i.range, node, offset)) ?? null;
  }

  // ---- reveal -------------------------------------------------------------------------------------
  function paintFlash(range: Range): void {
    clearTimeout(flashTimer);
    if (api) {
      const h = api.make([range]);
      h.priority = 1; // above the kind highlights
      api.registry.set(FLASH_NAME, h);
      flashTimer = setTimeout(() => {
        if (api.registry.get(FLASH_NAME) === h) api.registry.delete(FLASH_NAME);
      }, FLASH_MS);
    } else {
      // No highlight API: select the text briefly instead of adding more elements.
      const sel = win.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      flashTimer = setTimeout(() => {
        if (sel && sel.rangeCount === 1 && sameRange(sel.getRangeAt(0), range)) sel.removeAllRanges();
      }, FLASH_MS);
    }
  }

  function stopFlash(): void {
    clearTimeout(flashTimer);
    api?.registry.delete(FLASH_NAME);
  }

  return {
    show(next) {
      safely(() => {
        unpaint();
        // each length read once (not in the comparator: thousands of ranges on a long page)
        const keyed = next.map((item) => ({ item, length: item.length ?? item.range.toString().length }));
        keyed.sort((a, b) => a.length - b.length);
        items = keyed.map((k) => k.item);
        paint();
      });
    },
    clear() {
      safely(() => {
        unpaint();
        stopFlash();
        items = [];
        card.remove();
      });
    },
    setPalette(next) {
      safely(() => {
        if (next === palette) return;
        unpaint();
        palette = next;
        paint();
      });
    },
    flash(range) {
      // Wait for the reveal scroll so the flash is seen where the text lands.
      void scrollDone.then(() => safely(() => paintFlash(range)));
    },
    scrollTo(range) {
      safely(() => {
        scrollDone = scrollRangeIntoView(win, range);
      });
    },
    setVisible(v) {
      safely(() => {
        visible = v;
        if (v) paint();
        else unpaint();
      });
    },
  };
}

/** Runs `work`, swallowing errors: highlighting is never worth breaking the page or the caller. */
function safely(work: () => void): void {
  try {
    work();
  } catch {
    // a hostile or half-torn-down page; the next show() starts afresh
  }
}
