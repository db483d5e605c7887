// The popup's look-up of the page's event in the event store: the page's report, then every report
// of its event, merged. Read straight from the extension origin's IndexedDB (the popup is an
// extension page); timed as `accord-lens:event-lookup`.
import { reportUrl } from '../events/report';
import { openEventStore } from '../events/store';
import { mergeEvent, type MergedEvent } from '../events/merge';

export async function lookupEvent(url: string): Promise<MergedEvent | null> {
  const start = performance.now();
  const store = await openEventStore();
  try {
    const report = await store.get(reportUrl(url));
    if (!report) return null;
    return mergeEvent(report.eventId, await store.event(report.eventId));
  } finally {
    store.close();
    performance.measure('accord-lens:event-lookup', { start, end: performance.now() });
  }
}

/**
 * The page's event once the background has stored its report (it stores it just after answering the
 * content script, so the popup may ask a moment before): asks again a few times, then gives up.
 */
export async function waitForEvent(url: string, attempts = 12, delayMs = 150): Promise<MergedEvent | null> {
  for (let i = 0; i < attempts; i++) {
    const event = await lookupEvent(url).catch(() => null);
    if (event) return event;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  return null;
}
