// User settings kept in extension storage, shared by the popup, the content script and the
// background. Read defensively: storage is input too.
import browser from 'webextension-polyfill';

export interface Settings {
  /** Hostnames where Accord Lens stays off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { disabledSites: [] };

const isHostList = (v: unknown): v is string[] => Array.isArray(v) && v.every((h) => typeof h === 'string' && h.length < 256);

/** Coerces whatever storage holds into Settings. */
export function readSettings(stored: Record<string, unknown>): Settings {
  return { disabledSites: isHostList(stored.disabledSites) ? stored.disabledSites : DEFAULT_SETTINGS.disabledSites };
}

export async function loadSettings(): Promise<Settings> {
  try {
    return readSettings(await browser.storage.local.get(Object.keys(DEFAULT_SETTINGS)));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  return settings.disabledSites.includes(hostname);
}

/** Turns Accord Lens on or off for one site; returns the new list. */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<string[]> {
  const { disabledSites } = await loadSettings();
  const next = enabled ? disabledSites.filter((h) => h !== hostname) : [...new Set([...disabledSites, hostname])];
  await browser.storage.local.set({ disabledSites: next });
  return next;
}
