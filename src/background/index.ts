// Background entry: keeps the toolbar badge in step with each tab's facts.
import browser from 'webextension-polyfill';
import { CONTENT_TO_BACKGROUND, envelope, readEnvelope, type ContentToBackground, type PopupToContent, type Result } from '../shared/messages';
import { badgeText } from './badge-text';

const BADGE_COLOUR = '#1d4e89';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own content scripts, speaking for a real tab, may set a badge.
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined) return undefined;
  const call = readEnvelope<ContentToBackground>(message, CONTENT_TO_BACKGROUND);
  if (!call) return undefined;
  const { count } = call.params as ContentToBackground['reportCount']['params'];
  const done: Promise<Result<null>> = Promise.all([
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }),
    browser.action.setBadgeText({ tabId, text: badgeText(count) }),
  ]).then(
    () => ({ ok: true, value: null }),
    (error: unknown) => ({ ok: false, error: String(error) }),
  );
  return done;
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
    .then(([tab]) => (tab?.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, envelope<PopupToContent, 'toggleHighlights'>('toggleHighlights', {}))))
    .catch(() => undefined); // no content script on that tab: nothing to toggle
});
