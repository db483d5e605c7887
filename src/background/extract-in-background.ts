// The one place the background runs the core: an article's text in, its facts out, as a Result.
// The content script keeps only the page work (finding the article, drawing highlights), so the
// engine's cost never lands on the page's main thread, and its first-call warm-up is paid once per
// background lifetime rather than on every page load.
import { extractFacts } from '../core/extract';
import type { Facts } from '../core/types';
import type { ExtractRequest, Result } from '../shared/messages';

export function extractInBackground(request: ExtractRequest): Result<Facts> {
  const start = performance.now();
  try {
    return { ok: true, value: extractFacts(request) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }; // extractFacts never throws; belt and braces
  } finally {
    performance.measure('accord-lens:extract', { start, end: performance.now() });
  }
}
