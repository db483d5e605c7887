// Without Readability: the container whose paragraphs hold the most text, by a Readability-style
// tally (a paragraph's length counts fully for its parent, half for its grandparent). Used where
// Readability cannot help: `force` on a page it rejected, and inside shadow roots, which it never sees.

import type { Steps } from './slices';

/** What can hold an article: an element, or a shadow root whose paragraphs sit at its top level. */
export type Container = Element | ShadowRoot;

/** Paragraph-like elements whose text the tally counts. */
export const PROSE_SELECTOR = 'p, pre, blockquote, td';

export interface Densest {
  container: Container;
  /** The tally of the winner: roughly its paragraph characters. */
  score: number;
}

/** Paragraphs tallied between two points where a sliced run may pause. */
const PARAGRAPHS_PER_STEP = 200;

/** `findDensestContainer` as steps (slices.ts), pausing every few hundred paragraphs. */
export function* densestContainerSteps(paragraphs: ArrayLike<Element>): Steps<Densest | null> {
  const tally = new Map<Container, number>();
  let best: Densest | null = null;
  for (let i = 0; i < paragraphs.length; i += PARAGRAPHS_PER_STEP) {
    const chunk = Array.from({ length: Math.min(PARAGRAPHS_PER_STEP, paragraphs.length - i) }, (_, k) => paragraphs[i + k] as Element);
    best = addToTally(chunk, tally, best);
    yield;
  }
  return best;
}

/** The best-scoring container of `paragraphs`, or null when they hold no text. */
export function findDensestContainer(paragraphs: Iterable<Element>): Densest | null {
  return addToTally(paragraphs, new Map(), null);
}

/** Adds `paragraphs` to the running tally: a paragraph's length to its parent, half of it to the grandparent. */
function addToTally(paragraphs: Iterable<Element>, score: Map<Container, number>, leader: Densest | null): Densest | null {
  let best = leader;
  for (const p of paragraphs) {
    const len = (p.textContent ?? '').trim().length;
    if (!len) continue;
    const parent = containerOf(p);
    const grand = parent && parent.nodeType === 1 ? containerOf(parent as Element) : null;
    for (const [el, share] of [
      [parent, len],
      [grand, len / 2],
    ] as const) {
      if (!el) continue;
      const s = (score.get(el) ?? 0) + share;
      score.set(el, s);
      if (!best || s > best.score) best = { container: el, score: s };
    }
  }
  return best;
}

function containerOf(el: Element): Container | null {
  const parent = el.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 1) return parent as Element;
  // A shadow root (a fragment with a host); a plain document fragment holds no page text.
  return parent.nodeType === 11 && 'host' in parent ? (parent as ShadowRoot) : null;
}
