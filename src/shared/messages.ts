// The typed calls between the extension's contexts, one map per direction, each validated on
// arrival: a message is input. Errors travel back as values, since Error objects do not survive
// structured cloning.
import type { Facts, HighlightKind } from '../core/types';
import { isFacts } from './is-facts';

/** What the content script knows about its page. */
export type TabState =
  | { status: 'working' }
  | { status: 'disabled' }
  | { status: 'not-article' }
  /** facts is null when the article never uses an agreement word (nothing was extracted). */
  | { status: 'no-agreement'; facts: Facts | null }
  | { status: 'ready'; facts: Facts; highlightsVisible: boolean }
  | { status: 'error'; error: string };

/** Points at one mention of one extracted item: `facts[list][item].mentions[mention]`. */
export interface MentionRef {
  kind: HighlightKind;
  item: number;
  mention: number;
}

/** Popup → content script (tabs.sendMessage). */
export interface PopupToContent {
  /** The page's state and, once extracted, its facts. */
  getState: { params: Record<string, never>; result: TabState };
  /** Scroll the page to one mention and flash it; false when it cannot be found any more. */
  reveal: { params: MentionRef; result: boolean };
  /** Show or hide the highlights on the page; returns the new visibility. */
  setHighlightsVisible: { params: { visible: boolean }; result: boolean };
  /** Flip the highlights' visibility (the keyboard command); returns the new visibility. */
  toggleHighlights: { params: Record<string, never>; result: boolean };
  /** Turn Accord Lens on or off for this page's site (kept in storage); returns the new state. */
  setSiteEnabled: { params: { enabled: boolean }; result: TabState };
}

/** An article's text and what the page knows besides, for extraction. */
export interface ExtractRequest {
  text: string;
  title: string | null;
  source: string;
  publishedDate: string | null;
  languageHint: string | null;
  /** The site's own name (og:site_name), for the event store's list of sources; optional. */
  siteName?: string | null;
}

/** Content script → background (runtime.sendMessage). */
export interface ContentToBackground {
  /** How many facts the page holds, for the toolbar badge (0 clears it). */
  reportCount: { params: { count: number }; result: null };
  /**
   * The facts of an article's text. Extraction runs in the extension's background, off the page's
   * main thread and warm from one page to the next; the text never leaves the browser.
   */
  extract: { params: ExtractRequest; result: Facts };
  /**
   * Whether a page's text may report an agreement (core/agreement-gate.ts): asked of every page before
   * any article is looked for, in the background, so that a page pays only for reading its text.
   */
  mayReportAgreement: { params: { text: string }; result: boolean };
}

/** Longest article text accepted for extraction (UTF-16 code units): far beyond any real article. */
export const MAX_ARTICLE_CHARS = 16_000_000;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The parameters of call `M` in call map `C`. */
export type Params<C, M extends keyof C> = C[M] extends { params: infer P } ? P : never;

export interface Envelope<C, M extends keyof C> {
  channel: typeof CHANNEL;
  method: M;
  params: Params<C, M>;
}

export const CHANNEL = 'accord-lens/1';

type Validators<C> = { [M in keyof C]: (params: unknown) => boolean };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 100_000;
const KINDS: readonly HighlightKind[] = ['party', 'official', 'measure'];

export const POPUP_TO_CONTENT: Validators<PopupToContent> = {
  getState: (p) => isRecord(p) && Object.keys(p).length === 0,
  reveal: (p) => isRecord(p) && KINDS.includes(p.kind as HighlightKind) && isIndex(p.item) && isIndex(p.mention),
  setHighlightsVisible: (p) => isRecord(p) && typeof p.visible === 'boolean',
  toggleHighlights: (p) => isRecord(p) && Object.keys(p).length === 0,
  setSiteEnabled: (p) => isRecord(p) && typeof p.enabled === 'boolean',
};

const isShortOrNull = (v: unknown, max: number) => v === null || (typeof v === 'string' && v.length <= max);

export const CONTENT_TO_BACKGROUND: Validators<ContentToBackground> = {
  reportCount: (p) => isRecord(p) && isIndex(p.count),
  extract: (p) =>
    isRecord(p) &&
    typeof p.text === 'string' &&
    p.text.length <= MAX_ARTICLE_CHARS &&
    typeof p.source === 'string' &&
    p.source.length <= 8192 &&
    isShortOrNull(p.title, 2000) &&
    (p.publishedDate === null || (typeof p.publishedDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.publishedDate))) &&
    isShortOrNull(p.languageHint, 35) &&
    (p.siteName === undefined || isShortOrNull(p.siteName, 200)),
  mayReportAgreement: (p) => isRecord(p) && typeof p.text === 'string' && p.text.length <= MAX_ARTICLE_CHARS,
};

/** Builds a message for `method`, typed from the call map. */
export function envelope<C, M extends keyof C & string>(method: M, params: Envelope<C, M>['params']): Envelope<C, M> {
  return { channel: CHANNEL, method, params };
}

/** Reads an incoming message against a call map; null when it is not a well-formed call of ours. */
export function readEnvelope<C>(message: unknown, validators: Validators<C>): { method: keyof C; params: unknown } | null {
  if (!isRecord(message) || message.channel !== CHANNEL || typeof message.method !== 'string') return null;
  const method = message.method as keyof C;
  const validate = Object.hasOwn(validators, method) ? validators[method] : undefined;
  if (!validate?.(message.params)) return null;
  return { method, params: message.params };
}

/** Checks a TabState that arrived from a content script before the popup renders it. */
export function isTabState(v: unknown): v is TabState {
  if (!isRecord(v)) return false;
  switch (v.status) {
    case 'working':
    case 'disabled':
    case 'not-article':
      return true;
    case 'no-agreement':
      return v.facts === null || isFacts(v.facts);
    case 'ready':
      return isFacts(v.facts) && typeof v.highlightsVisible === 'boolean';
    case 'error':
      return typeof v.error === 'string';
    default:
      return false;
  }
}
