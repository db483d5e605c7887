// One Readability pass over a clone of the page, translated back to the live page: the text nodes it
// kept (exact, through clone-map.ts), or, when Readability rebuilt the page from HTML during a retry
// and so made new nodes, where its long and unique text runs sit on the live page.

import type { Readability as ReadabilityClass } from '@mozilla/readability';

/**
 * Readability itself, loaded on first use: most pages never get this far (the agreement gate turns them
 * away), and evaluating its 30 KB module cost every page about a millisecond at start-up.
 */
let readability: typeof ReadabilityClass | undefined;
function loadReadability(): typeof ReadabilityClass {
  readability ??= require('@mozilla/readability/Readability.js') as typeof ReadabilityClass;
  return readability;
}
import { clonePage } from './clone-map';
import { HEAVY_NEXT, type Steps } from './slices';

/** A text run this long, found once on the page, identifies where Readability's text came from. */
const MIN_ANCHOR_CHARS = 20;

/** Lead and last of a set of live text nodes, in document order. */
export interface Span {
  first: Text;
  last: Text;
}

export interface ParsedClone {
  title: string | null;
  /** Live text nodes Readability kept (identity-mapped). */
  kept: Set<Text>;
  /** Non-blank characters in `kept`. */
  keptChars: number;
  first: Text | null;
  last: Text | null;
  /** Where Readability's re-created text nodes were found on the live page by their text, if any. */
  anchors: Span | null;
}

/**
 * Readability on a clone (of the whole page, or of `region` only: clone-map.ts); its text nodes
 * translated to live ones. Null when it finds nothing. Two steps that cannot pause, each in a slice of
 * its own (slices.ts): the clone with its map to the live page, then Readability's parse of it — on a
 * big page each takes tens of milliseconds, and together they would make a long task.
 */
export function* parseCloneSteps(doc: Document, charThreshold: number | undefined, region?: Element): Steps<ParsedClone | null> {
  const { clone, toLive, order } = clonePage(doc, region);
  yield HEAVY_NEXT;
  const options = charThreshold === undefined ? {} : { charThreshold };
  const started = performance.now();
  const Readability = loadReadability();
  const result = new Readability<Node>(clone, { ...options, serializer: (el) => el }).parse();
  measurePass(started, region ? 'region' : 'page', charThreshold === undefined ? 'retries' : 'strict');
  const content = result?.content;
  if (!result || !content) return null;
  const kept = new Set<Text>();
  let keptChars = 0;
  let first: Text | null = null;
  let last: Text | null = null;
  const orphans: Text[] = [];
  const walker = clone.createTreeWalker(content, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const live = toLive.get(n as Text);
    if (!live) {
      orphans.push(n as Text);
      continue;
    }
    kept.add(live);
    keptChars += live.data.trim().length;
    const i = order.get(live) ?? 0;
    if (!first || i < (order.get(first) ?? 0)) first = live;
    if (!last || i > (order.get(last) ?? 0)) last = live;
  }
  const anchors = orphans.length > 0 ? findByText(orphans, order) : null;
  return { title: cleanTitle(result.title), kept, keptChars, first, last, anchors };
}

/**
 * Finds re-created text nodes on the live page by their content: only runs long enough to be
 * distinctive and occurring exactly once on the page count. Linear in the page's text nodes.
 */
function findByText(orphans: Text[], order: Map<Text, number>): Span | null {
  const unique = new Map<string, Text | null>();
  for (const live of order.keys()) {
    const key = live.data.trim();
    if (key.length >= MIN_ANCHOR_CHARS) unique.set(key, unique.has(key) ? null : live);
  }
  let first: Text | null = null;
  let last: Text | null = null;
  for (const orphan of orphans) {
    const key = orphan.data.trim();
    const live = key.length >= MIN_ANCHOR_CHARS ? unique.get(key) : undefined;
    if (!live) continue;
    const i = order.get(live) ?? 0;
    if (!first || i < (order.get(first) ?? 0)) first = live;
    if (!last || i > (order.get(last) ?? 0)) last = live;
  }
  return first && last ? { first, last } : null;
}

/** Whitespace-collapsed and trimmed; null when nothing is left. */
export function cleanTitle(raw: string | null | undefined): string | null {
  const t = (raw ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
}

/** A User Timing measure per Readability pass (`accord-lens:readability`), with what it read: for benchmarks. */
function measurePass(start: number, scope: string, attempt: string): void {
  try {
    performance.measure('accord-lens:readability', { start, duration: performance.now() - start, detail: { scope, attempt } });
  } catch {
    // User Timing is a nicety
  }
}
