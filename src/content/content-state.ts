// The content script's state for one page, and the answers it gives the popup.
import type { Facts } from '../core/types';
import type { PopupToContent, TabState } from '../shared/messages';
import type { TextMap } from '../page/text-map';
import type { Highlighter } from '../page/highlighter';
import { mentionsOf } from './highlight-items';


export class ContentState {
  state: TabState = { status: 'working' };
  private map: TextMap | null = null;

  constructor(private readonly highlighter: Highlighter) {}

  /** Records the outcome of annotating the page. */
  settle(state: TabState, map: TextMap | null = null): void {
    this.state = state;
    this.map = map;
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
    const range = m && this.map?.toRange(m.start, m.end);
    if (!range) return false;
    if (this.state.status === 'ready' && !this.state.highlightsVisible) this.setHighlightsVisible({ visible: true });
    this.highlighter.scrollTo(range);
    this.highlighter.flash(range);
    return true;
  }

  setHighlightsVisible({ visible }: PopupToContent['setHighlightsVisible']['params']): boolean {
    if (this.state.status !== 'ready') return false;
    this.highlighter.setVisible(visible);
    this.state = { ...this.state, highlightsVisible: visible };
    return visible;
  }
}
