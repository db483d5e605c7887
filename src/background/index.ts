// Background entry: answers the content scripts' agreement gate on each page's text, extracts the facts
// of the articles they send (off the pages' main threads, and warm from one page to the next), and
// keeps the toolbar badge in step.
import browser from 'webextension-polyfill';
import {
  CONTENT_TO_BACKGROUND,
  envelope,
  readEnvelope,
  type ContentToBackground,
  type PopupToContent,
  type Result,
} from '../shared/messages';
import { badgeText } from './badge-text';
import { extractInBackground } from './extract-in-background';
import { gateInBackground } from './gate-in-background';
import { remember } from './remember';

const BADGE_COLOUR = '#1d4e89';

function setBadge(tabId: number, count: number): Promise<Result<null>> {
  return Promise.all([
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }),
    browser.action.setBadgeText({ tabId, text: badgeText(count) }),
  ]).then(
    () => ({ ok: true, value: null }),
    (error: unknown) => ({ ok: false, error: String(error) }),
  );
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own content scripts, speaking for a real tab, may ask.
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined) return undefined;
  const call = readEnvelope<ContentToBackground>(message, CONTENT_TO_BACKGROUND);
  if (!call) return undefined;
  switch (call.method) {
    case 'reportCount':
      return setBadge(tabId, (call.params as ContentToBackground['reportCount']['params']).count);
    case 'extract': {
      const request = call.params as ContentToBackground['extract']['params'];
      const result = extractInBackground(request);
      // The page's address as the browser reports the sender (the top frame only), never as sent.
      if (result.ok && sender.frameId === 0 && sender.url) remember(result.value, request, sender.url).catch(() => undefined);
      return Promise.resolve(result);
    }
    case 'mayReportAgreement': {
      const { text } = call.params as ContentToBackground['mayReportAgreement']['params'];
      return Promise.resolve(gateInBackground(text));
    }
    default: {
      const unknown: never = call.method;
      return Promise.resolve({ ok: false, error: `unknown method ${String(unknown)}` });
    }
  }
});

// A new page in the tab means new facts, or none: clear the badge as it starts to load.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
});

// The keyboard command (manifest `commands`) toggles the highlights on the active tab.
browser.commands.onCommand.addListener((command) => {
  if (command !== 'toggle-highlights') return;
  browser.tabs
    .query({ active: true, currentWindow: true })
    .then(([tab]) =>
      tab?.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, envelope<PopupToContent, 'toggleHighlights'>('toggleHighlights', {})),
    )
    .catch(() => undefined); // no content script on that tab: nothing to toggle
});
