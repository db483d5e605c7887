// The content script's state for one page, and the answers it gives the popup.
import type { Facts, HighlightKind, Mention } from '../core/types';
import type { PopupToContent, TabState } from '../shared/messages';
import type { TextMap } from '../page/text-map';
import type { Highlighter } from '../page/highlighter';
import { findQuote } from '../page/anchor-quote';

/** Characters of context kept on each side of a mention for re-anchoring. */
const QUOTE_CONTEXT = 32;

/** Reads the article's current text again (the page may have changed since extraction). */
export type ReadAgain = () => { text: string; map: TextMap } | null;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The mentions list that a MentionRef indexes into. */
function mentionsOf(facts: Facts, kind: HighlightKind, item: number): Mention[] | null {
  const list = kind === 'party' ? facts.parties : kind === 'official' ? facts.officials : facts.measures;
  return list[item]?.mentions ?? null;
}

export class ContentState {
  state: TabState = { status: 'working' };
  private map: TextMap | null = null;
  private readAgain: ReadAgain | null = null;

  constructor(private readonly highlighter: Highlighter) {}

  /** Records the outcome of annotating the page, and how to read its article again. */
  settle(state: TabState, map: TextMap | null = null, readAgain: ReadAgain | null = null): void {
    this.state = state;
    this.map = map;
    this.readAgain = readAgain;
  }

  get facts(): Facts | null {
    return this.state.status === 'ready' || this.state.status === 'no-agreement' ? this.state.facts : null;
  }

  getState(): PopupToContent['getState']['result'] {
    return this.state;
  }

  reveal({ kind, item, mention }: PopupToContent['reveal']['params']): boolean {
    const facts = this.facts;
    const m = facts ? mentionsOf(facts, kind, item)?.[mention] : undefined;
    const range = m && facts ? this.rangeOf(m, facts.article.text) : null;
    if (!range) return false;
    if (this.state.status === 'ready' && !this.state.highlightsVisible) this.setHighlightsVisible({ visible: true });
    this.highlighter.scrollTo(range);
    this.highlighter.flash(range);
    return true;
  }

  /**
   * The live Range of a mention: by offsets while the page still holds the same text there, else
   * re-anchored by its quote (exact text with prefix and suffix) in the article as it is now.
   */
  private rangeOf(m: Mention, text: string): Range | null {
    const direct = this.map?.toRange(m.start, m.end) ?? null;
    if (direct && squash(direct.toString()) === squash(m.text)) return direct;
    const now = this.readAgain?.();
    if (!now) return null;
    const quote = {
      exact: m.text,
      prefix: text.slice(Math.max(0, m.start - QUOTE_CONTEXT), m.start),
      suffix: text.slice(m.end, m.end + QUOTE_CONTEXT),
    };
    const found = findQuote(now.text, quote);
    return found ? now.map.toRange(found.start, found.end) : null;
  }

  setHighlightsVisible({ visible }: PopupToContent['setHighlightsVisible']['params']): boolean {
    if (this.state.status !== 'ready') return false;
    this.highlighter.setVisible(visible);
    this.state = { ...this.state, highlightsVisible: visible };
    return visible;
  }
}
