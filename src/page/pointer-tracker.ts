// Follows the pointer over the document cheaply: a passive pointermove listener that hands on only
// the latest position, at most once per animation frame.

/** Calls `onPoint` at most once per animation frame with the latest pointer position. */
export function createPointerTracker(win: Window, onPoint: (x: number, y: number) => void) {
  const doc = win.document;
  let frame: number | null = null;
  let x = 0;
  let y = 0;
  const raf = (cb: () => void): number =>
    typeof win.requestAnimationFrame === 'function' ? win.requestAnimationFrame(cb) : win.setTimeout(cb, 16);
  const onMove = (e: PointerEvent) => {
    x = e.clientX;
    y = e.clientY;
    if (frame !== null) return;
    frame = raf(() => {
      frame = null;
      try {
        onPoint(x, y);
      } catch {
        // a failed hit test must not break the page's own pointer handling
      }
    });
  };
  return {
    enable(on: boolean) {
      if (on) doc.addEventListener('pointermove', onMove, { passive: true });
      else doc.removeEventListener('pointermove', onMove);
    },
  };
}
