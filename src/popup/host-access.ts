// Firefox grants host access per site, by the user, not at install: until then the content script
// does not run and the popup would only say it cannot read the page. Instead it explains, and asks
// (permissions.request must run inside the click that the user made).
import browser from 'webextension-polyfill';

/** The match pattern for a page's site, or null for pages no extension may read. */
export function sitePattern(url: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${host}/*` : null;
  } catch {
    return null;
  }
}

/** True when Accord Lens may read the site (always true where the browser grants it at install). */
export async function hasHostAccess(url: string | null): Promise<boolean> {
  const origin = sitePattern(url);
  if (!origin || !browser.permissions?.contains) return true;
  try {
    return await browser.permissions.contains({ origins: [origin] });
  } catch {
    return true; // cannot tell: let the content script's answer (or silence) decide
  }
}

/** Asks the user for access to the site; true when granted. Call from a click handler. */
export async function requestHostAccess(url: string | null): Promise<boolean> {
  const origin = sitePattern(url);
  if (!origin) return false;
  try {
    return await browser.permissions.request({ origins: [origin] });
  } catch {
    return false;
  }
}
