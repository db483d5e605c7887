// User settings kept in extension storage, shared by the popup, the options page, the content
// script and the background. Read defensively: what storage holds is input too.
import { extensionApi } from './extension-api';
import type { HighlightKind } from '../core/types';

/** Mirrors the page layer's Palette (src/page/highlight-styles.ts): shared code does not import the page layer. */
export type Palette = 'standard' | 'colour-blind';
export type Mode = 'auto' | 'click';

export interface Settings {
  /** Which kinds of fact are highlighted on pages. */
  categories: Record<HighlightKind, boolean>;
  /** Highlight colours: the standard set, or one safe for the common colour-vision deficiencies. */
  palette: Palette;
  /** Read every article automatically, or only when the popup is opened or the shortcut pressed. */
  mode: Mode;
  /** Hostnames where Accord Lens stays off. */
  disabledSites: string[];
  /** Remember the agreement pages read, grouped into events (kept in this browser only). */
  memory: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  categories: { party: true, official: true, measure: true },
  palette: 'standard',
  mode: 'auto',
  disabledSites: [],
  memory: true,
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isHostList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length < 10_000 && v.every((h) => typeof h === 'string' && h.length < 256);

/** Coerces whatever storage holds into Settings, field by field. */
export function readSettings(stored: Record<string, unknown>): Settings {
  const c = isRecord(stored.categories) ? stored.categories : {};
  const flag = (k: HighlightKind) => (typeof c[k] === 'boolean' ? (c[k] as boolean) : DEFAULT_SETTINGS.categories[k]);
  return {
    categories: { party: flag('party'), official: flag('official'), measure: flag('measure') },
    palette: stored.palette === 'colour-blind' ? 'colour-blind' : 'standard',
    mode: stored.mode === 'click' ? 'click' : 'auto',
    disabledSites: isHostList(stored.disabledSites) ? stored.disabledSites : [],
    memory: typeof stored.memory === 'boolean' ? stored.memory : DEFAULT_SETTINGS.memory,
  };
}

export async function loadSettings(): Promise<Settings> {
  try {
    return readSettings(await extensionApi().storage.local.get(Object.keys(DEFAULT_SETTINGS)));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await extensionApi().storage.local.set(patch);
}

export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  return settings.disabledSites.includes(hostname);
}

/** Turns Accord Lens on or off for one site; returns the new list. */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<string[]> {
  const { disabledSites } = await loadSettings();
  const next = enabled ? disabledSites.filter((h) => h !== hostname) : [...new Set([...disabledSites, hostname])];
  await saveSettings({ disabledSites: next });
  return next;
}
