// The reveal scroll: brings a range to the middle of the viewport, smoothly unless the user prefers
// less motion, and says when it has ended so the flash that follows is seen where the text lands.

import { rectOf } from './range-geometry';

/** Upper bound on waiting for `scrollend` (old browsers, or a scroll that could not move). */
const SCROLL_WAIT_MS = 900;

/** Starts a scroll that centres the range; resolves when it has ended (or after a short wait). */
export function scrollRangeIntoView(win: Window, range: Range): Promise<void> {
  const rect = rectOf(range);
  const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const behavior: ScrollBehavior = reduce ? 'auto' : 'smooth';
  if (!rect) {
    // No layout box (yet): let the browser bring the containing element into view.
    const el = range.startContainer.parentElement;
    el?.scrollIntoView?.({ block: 'center', behavior });
    return Promise.resolve();
  }
  const delta = rect.top + rect.height / 2 - win.innerHeight / 2;
  if (Math.abs(delta) < 2) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      win.removeEventListener('scrollend', done);
      resolve();
    };
    const timer = setTimeout(done, behavior === 'smooth' ? SCROLL_WAIT_MS : 0);
    win.addEventListener('scrollend', done, { once: true });
    win.scrollBy({ top: delta, behavior });
  });
}
