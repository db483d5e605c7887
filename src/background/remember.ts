// Remembers an agreement page read: the facts the engine just produced here, in the background,
// become a report in the event store (src/events/store.ts). Nothing a page sends is stored as a
// fact: the content script sends only the article's text and what the page says of itself (title,
// publication date, site name), and the address is the one the browser gives for the sender.
import type { Facts } from '../core/types';
import type { ExtractRequest } from '../shared/messages';
import { loadSettings, isSiteDisabled } from '../shared/settings';
import { reportFromFacts } from '../events/report';
import { openEventStore, type EventStore } from '../events/store';

let store: Promise<EventStore> | null = null;

function events(): Promise<EventStore> {
  store ??= openEventStore().catch((error: unknown) => {
    store = null; // try again next time
    throw error;
  });
  return store;
}

/** Stores the report of a page's facts, unless memory is off, the site is off or it reports no agreement. */
export async function remember(facts: Facts, request: ExtractRequest, pageUrl: string): Promise<void> {
  if (!facts.isAgreement || !/^https?:/i.test(pageUrl)) return;
  const settings = await loadSettings();
  if (!settings.memory) return;
  const report = reportFromFacts(facts, {
    url: pageUrl,
    siteName: request.siteName ?? null,
    title: facts.article.title,
    published: request.publishedDate,
    readAt: Date.now(),
  });
  if (!report || isSiteDisabled(settings, report.host)) return;
  await (await events()).add(report);
}
