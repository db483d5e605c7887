// Which tab the popup speaks for: the active tab of the window it was opened from, or the
// tab named by `?tabId=` (used when the popup is opened as a page, e.g. by the browser tests).
import browser from 'webextension-polyfill';

export interface TargetTab {
  id: number;
  /** Known when the browser tells us (activeTab grants it when the user opens the popup). */
  url: string | null;
}

export async function findTargetTab(search: string): Promise<TargetTab | null> {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? null } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? null } : null;
}

/** Pages no extension may script: browser pages, extension stores, local files by default. */
export function isReachableUrl(url: string | null): boolean {
  if (url === null) return true; // unknown: try, and report if the content script does not answer
  try {
    const { protocol, hostname, pathname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return false;
    if (hostname === 'chromewebstore.google.com' || hostname === 'addons.mozilla.org') return false;
    return !(hostname === 'chrome.google.com' && pathname.startsWith('/webstore'));
  } catch {
    return false;
  }
}
