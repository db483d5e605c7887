// Renders a tab's state into the popup: the summary sentence, then each kind of fact.
// Knows nothing of extraction; every item that has a mention leads back to it on the page.
import type { Facts, HighlightKind, Mention } from '../core/types';
import type { MentionRef, TabState } from '../shared/messages';
import { h } from './dom';
import { formatDate } from './format-date';

export interface PopupActions {
  reveal(ref: MentionRef): void;
}

/** Messages for the states without facts; "unreachable" is the popup's own (no content script). */
export const STATUS_TEXT = {
  working: 'Reading this page…',
  disabled: 'Accord Lens is turned off for this site.',
  'not-article': 'No news article on this page.',
  'no-agreement': 'No agreement reported on this page.',
  unreachable: 'Accord Lens cannot read this page. Browser pages and extension stores are off limits; on a web page opened before Accord Lens was installed, reload the page.',
  error: 'Something went wrong while reading this page.',
} as const;

function status(text: string): HTMLElement {
  return h('p', { class: 'status', attrs: { role: 'status' } }, text);
}

/** A button that reveals the item's mentions in turn, or plain text when it has none on the page. */
function itemButton(kind: HighlightKind, index: number, mentions: Mention[], actions: PopupActions, ...content: (Node | string)[]): HTMLElement {
  const count = mentions.length > 1 ? h('span', { class: 'count', attrs: { 'aria-label': `${mentions.length} mentions` } }, `×${mentions.length}`) : null;
  if (mentions.length === 0) return h('div', { class: 'item' }, ...content);
  let next = 0;
  const button = h('button', { class: 'item', attrs: { type: 'button', 'data-kind': kind, title: 'Show on the page' } }, ...content, count);
  button.addEventListener('click', () => {
    actions.reveal({ kind, item: index, mention: next });
    next = (next + 1) % mentions.length;
  });
  return button;
}

function section(title: string, kind: HighlightKind | null, items: HTMLElement[]): HTMLElement | null {
  if (items.length === 0) return null;
  const swatch = kind ? h('span', { class: `swatch ${kind}`, attrs: { 'aria-hidden': 'true' } }) : null;
  return h(
    'section',
    { attrs: { 'aria-label': title } },
    h('h2', {}, swatch, `${title} (${items.length})`),
    h('ul', {}, ...items.map((item) => h('li', {}, item))),
  );
}

function renderFacts(facts: Facts, actions: PopupActions): HTMLElement[] {
  const parties = facts.parties.map((p, i) =>
    itemButton('party', i, p.mentions, actions, h('span', { class: 'name' }, p.name), p.code ? h('span', { class: 'meta' }, ` · ${p.code}`) : ''),
  );
  const officials = facts.officials.map((o, i) =>
    itemButton('official', i, o.mentions, actions,
      h('span', { class: 'name' }, o.name),
      h('span', { class: 'meta' }, [o.title, o.affiliation].filter(Boolean).length ? ` — ${[o.title, o.affiliation].filter(Boolean).join(', ')}` : ''),
    ),
  );
  const measures = facts.measures.map((m, i) =>
    itemButton('measure', i, m.mentions, actions, m.text, m.status ? h('span', { class: 'meta' }, ` (${m.status})`) : ''),
  );
  const when = [
    facts.date ? [h('dt', {}, 'Date'), h('dd', { attrs: { 'data-field': 'date' } }, formatDate(facts.date))] : [],
    facts.location ? [h('dt', {}, 'Place'), h('dd', { attrs: { 'data-field': 'location' } }, facts.location)] : [],
  ].flat();
  const context = facts.context.map((c) => h('div', { class: 'item' }, c.text));
  const quotes = facts.quotes.map((q) => h('div', { class: 'item' }, h('blockquote', {}, `“${q.text}”`), q.speaker ? h('span', { class: 'meta' }, `— ${q.speaker}`) : ''));
  return [
    facts.summary ? h('p', { class: 'summary', attrs: { 'data-field': 'summary' } }, facts.summary) : null,
    facts.knownEvent ? h('p', { class: 'curated' }, `Matches a curated event: ${facts.knownEvent.title}`) : null,
    section('Parties', 'party', parties),
    section('Officials', 'official', officials),
    section('Measures', 'measure', measures),
    when.length ? h('section', { attrs: { 'aria-label': 'When and where' } }, h('h2', {}, 'When and where'), h('dl', { class: 'facts' }, ...when)) : null,
    section('Context', null, context),
    section('Quotes', null, quotes),
  ].filter((el): el is HTMLElement => el !== null);
}

/** The popup's main content for a state (or for a tab it cannot reach). */
export function renderState(state: TabState | { status: 'unreachable' }, actions: PopupActions): HTMLElement[] {
  switch (state.status) {
    case 'ready':
      return renderFacts(state.facts, actions);
    case 'working':
    case 'disabled':
    case 'not-article':
    case 'no-agreement':
    case 'unreachable':
    case 'error':
      return [status(STATUS_TEXT[state.status])];
    default: {
      const unreachable: never = state;
      return [status(String(unreachable))];
    }
  }
}
