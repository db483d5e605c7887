// The hover/focus card: what a highlight stands for (kind, canonical name, an official's title and
// affiliation). ONE host element, <accord-lens-card>, added to <html> the first time it is needed;
// the card lives in a shadow root with its own styles, so page CSS cannot reach it (open, so tests
// and assistive tools can read it: it holds nothing secret), and is
// position: fixed with pointer-events: none, so it never shifts layout or steals a click.
// Text goes in with textContent only.

import type { HighlightKind } from '../core/types';

export interface CardLabel {
  heading: string;
  detail?: string;
}

export interface HoverCard {
  /** Shows the card next to `anchor` (viewport coordinates). `polite` announces it to screen readers. */
  show(kind: HighlightKind, label: CardLabel, anchor: DOMRect, polite: boolean): void;
  hide(): void;
  /** Removes the host element; the next `show` recreates it. */
  remove(): void;
}

const HOST_TAG = 'accord-lens-card';
/** Gap between the highlighted text and the card, in CSS pixels. */
const GAP = 8;
/** The card never touches the viewport edge. */
const MARGIN = 8;

const KIND_NAMES: Record<HighlightKind, string> = { party: 'Party', official: 'Official', measure: 'Agreed measure' };

/** Inside the shadow root; !important on :host beats page rules aimed at the host element. */
const CARD_CSS = `
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important;
  z-index: 2147483647 !important; pointer-events: none !important; display: block !important; }
.card { position: fixed; max-width: min(22rem, calc(100vw - 16px)); box-sizing: border-box;
  padding: 8px 10px; border-radius: 6px; border: 1px solid #4b5563; background: #111827; color: #f9fafb;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
  box-shadow: 0 4px 14px rgba(0, 0, 0, 0.3); overflow-wrap: anywhere; }
.card[hidden] { display: none; }
.kind { display: inline-block; font-size: 11px; letter-spacing: 0.04em; text-transform: uppercase;
  padding-bottom: 1px; margin-bottom: 2px; text-decoration: underline 2px; text-underline-offset: 3px; }
.kind[data-kind="party"] { text-decoration-style: solid; text-decoration-color: rgb(251, 191, 36); }
.kind[data-kind="official"] { text-decoration-style: dotted; text-decoration-color: rgb(96, 165, 250); }
.kind[data-kind="measure"] { text-decoration-style: wavy; text-decoration-color: rgb(52, 211, 153); }
.heading { display: block; font-weight: 600; }
.detail { display: block; color: #d1d5db; }
.detail:empty { display: none; }
@media (forced-colors: active) { .card { border-color: CanvasText; background: Canvas; color: CanvasText; } }
`;

interface CardParts {
  host: HTMLElement;
  card: HTMLElement;
  kind: HTMLElement;
  heading: HTMLElement;
  detail: HTMLElement;
}

export function createHoverCard(doc: Document): HoverCard {
  let parts: CardParts | null = null;

  function ensure(): CardParts | null {
    if (parts?.host.isConnected) return parts;
    try {
      parts = build(doc);
      doc.documentElement.appendChild(parts.host);
      return parts;
    } catch {
      parts = null; // a page that forbids shadow roots or custom tags simply gets no card
      return null;
    }
  }

  return {
    show(kind, label, anchor, polite) {
      const p = ensure();
      if (!p) return;
      p.kind.dataset.kind = kind;
      p.kind.textContent = KIND_NAMES[kind];
      p.heading.textContent = label.heading;
      p.detail.textContent = label.detail ?? '';
      p.card.setAttribute('aria-live', polite ? 'polite' : 'off');
      p.card.hidden = false;
      place(p.card, anchor, doc.defaultView);
    },
    hide() {
      if (parts) parts.card.hidden = true;
    },
    remove() {
      parts?.host.remove();
      parts = null;
    },
  };
}

function build(doc: Document): CardParts {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  const kind = doc.createElement('span');
  kind.className = 'kind';
  const heading = doc.createElement('span');
  heading.className = 'heading';
  const detail = doc.createElement('span');
  detail.className = 'detail';
  card.append(kind, heading, detail);
  root.append(style, card);
  return { host, card, kind, heading, detail };
}

/** Below the anchor, or above it when there is no room below; clamped to the viewport. */
function place(card: HTMLElement, anchor: DOMRect, win: Window | null): void {
  const vw = win?.innerWidth ?? 1024;
  const vh = win?.innerHeight ?? 768;
  const box = card.getBoundingClientRect?.() ?? { width: 0, height: 0 };
  let top = anchor.bottom + GAP;
  if (top + box.height > vh - MARGIN) top = Math.max(MARGIN, anchor.top - GAP - box.height);
  const left = Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, vw - MARGIN - box.width));
  card.style.top = `${Math.round(top)}px`;
  card.style.left = `${Math.round(left)}px`;
}
