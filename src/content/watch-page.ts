// Keeps the annotation in step with pages that change after load: late paragraphs, infinite
// scroll, single-page-app navigations. Debounced, blind to the extension's own work, and with a
// budget: a page that never settles is let go rather than re-read forever.

export interface WatchOptions {
  /** Quiet time after the last mutation before re-reading the page. */
  debounceMs?: number;
  /** Re-reads allowed before the watcher gives up on the page. */
  maxRuns?: number;
  /** Mutation records tolerated in total before giving up (a page mutating every frame). */
  maxRecords?: number;
}

const OURS = /^accord-lens-/i;

function isOurs(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && OURS.test((n as Element).localName)) return true;
  }
  return false;
}

/** Does this batch change any text a reader could see (not only our own elements)? */
function touchesContent(records: MutationRecord[]): boolean {
  return records.some((r) => {
    if (isOurs(r.target)) return false;
    if (r.type === 'characterData') return true;
    const nodes = [...r.addedNodes, ...r.removedNodes];
    return nodes.some((n) => !isOurs(n) && (n.nodeType === 3 || (n.nodeType === 1 && (n.textContent ?? '').trim().length > 0)));
  });
}

/**
 * Calls `onChange` (debounced) when the page's content or address changes. Returns a function
 * that stops watching. `onGiveUp` is called once if the page exhausts the budget.
 */
export function watchPage(win: Window, onChange: () => void, onGiveUp: () => void, options: WatchOptions = {}): () => void {
  const { debounceMs = 600, maxRuns = 30, maxRecords = 20_000 } = options;
  const doc = win.document;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let runs = 0;
  let records = 0;
  let href = win.location.href;
  let stopped = false;

  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (stopped) return;
      if (++runs > maxRuns) {
        stop();
        onGiveUp();
        return;
      }
      onChange();
    }, debounceMs);
  };

  const observer = new MutationObserver((batch) => {
    records += batch.length;
    if (records > maxRecords) {
      stop();
      onGiveUp();
      return;
    }
    if (win.location.href !== href || touchesContent(batch)) {
      href = win.location.href;
      schedule();
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  // pushState does not fire popstate; the address is also checked on every mutation batch above.
  const onNavigate = () => {
    if (win.location.href === href) return;
    href = win.location.href;
    schedule();
  };
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);

  function stop(): void {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    observer.disconnect();
    win.removeEventListener('popstate', onNavigate);
    win.removeEventListener('hashchange', onNavigate);
  }
  return stop;
}
