// The popup's look-up of the page's event in the event store: the page's report, then every report
// of its event, merged. Read straight from the extension origin's IndexedDB (the popup is an
// extension page). The store is opened as the popup starts, while the content script is still
// answering, so the look-up itself is two index reads; it is timed (from the moment the page's
// address is known, waiting for the opening if need be) as `accord-lens:event-lookup`.
import { reportUrl } from '../events/report';
import { openEventStore, type EventStore } from '../events/store';
import { mergeEvent, type MergedEvent } from '../events/merge';

let opening: Promise<EventStore> | null = null;

/** Opens the store ahead of the look-up (the popup calls it first thing). */
export function openStoreEarly(): Promise<EventStore> {
  opening ??= openEventStore();
  opening.catch(() => (opening = null));
  return opening;
}

export async function lookupEvent(url: string): Promise<MergedEvent | null> {
  const start = performance.now();
  try {
    const store = await openStoreEarly();
    const report = await store.get(reportUrl(url));
    if (!report) return null;
    return mergeEvent(report.eventId, await store.event(report.eventId));
  } finally {
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
