// Renders a tab's state into the popup: the summary sentence, then each kind of fact.
// Knows nothing of extraction; every item that has a mention leads back to it on the page.
import type { Facts, HighlightKind, Measure, Mention } from '../core/types';
import type { MentionRef, TabState } from '../shared/messages';
import { t, type MessageKey } from '../shared/i18n';
import { h } from '../ui/dom';
import { formatDate } from './format-date';
import { flagIcon } from '../ui/flag';
import { curatedExtras } from './curated';

export interface PopupActions {
  reveal(ref: MentionRef): void;
  /** Ask for host access to the tab's site (Firefox); only offered in the 'needs-permission' state. */
  grantAccess?(): void;
}

/** The popup's own states besides the content script's: no content script, or no host access yet. */
export type PopupState = TabState | { status: 'unreachable' } | { status: 'needs-permission' };

/** The message for each state without facts to show; "unreachable" is the popup's own (no content script). */
const STATUS_KEY: Record<Exclude<PopupState['status'], 'ready'>, MessageKey> = {
  working: 'statusWorking',
  disabled: 'statusDisabled',
  'not-article': 'statusNotArticle',
  'no-agreement': 'statusNoAgreement',
  unreachable: 'statusUnreachable',
  'needs-permission': 'statusNeedsPermission',
  error: 'statusError',
};

const MEASURE_STATUS: Record<NonNullable<Measure['status']>, MessageKey> = {
  agreed: 'statusAgreed',
  signed: 'statusSigned',
  intended: 'statusIntended',
  implemented: 'statusImplemented',
};

function status(text: string): HTMLElement {
  return h('p', { class: 'status', attrs: { role: 'status' } }, text);
}

/** A button that reveals the item's mentions in turn, or plain text when it has none on the page. */
function itemButton(
  kind: HighlightKind,
  index: number,
  mentions: Mention[],
  actions: PopupActions,
  ...content: (Node | string)[]
): HTMLElement {
  if (mentions.length === 0) return h('div', { class: 'item' }, ...content);
  const count =
    mentions.length > 1
      ? h('span', { class: 'count', attrs: { 'aria-label': t('mentionCount', mentions.length) } }, `×${mentions.length}`)
      : null;
  let next = 0;
  const button = h('button', { class: 'item', attrs: { type: 'button', 'data-kind': kind, title: t('showOnPage') } }, ...content, count);
  button.addEventListener('click', () => {
    actions.reveal({ kind, item: index, mention: next });
    next = (next + 1) % mentions.length;
  });
  return button;
}

function section(heading: string, kind: HighlightKind | null, items: HTMLElement[]): HTMLElement | null {
  if (items.length === 0) return null;
  const swatch = kind ? h('span', { class: `swatch ${kind}`, attrs: { 'aria-hidden': 'true' } }) : null;
  return h(
    'section',
    { attrs: { 'aria-label': heading } },
    h('h2', {}, swatch, heading),
    h('ul', {}, ...items.map((item) => h('li', {}, item))),
  );
}

/** A fact from the bundled model's curated record, not from the page: plain text, marked as such. */
function curated(...content: (Node | string)[]): HTMLElement {
  return h('div', { class: 'item curated-item' }, ...content, ' ', h('span', { class: 'badge' }, t('curatedMark')));
}

const joined = (...parts: (string | null | undefined)[]) => parts.filter((p): p is string => Boolean(p)).join(', ');

function renderFacts(facts: Facts, actions: PopupActions): HTMLElement[] {
  const parties = facts.parties.map((p, i) =>
    itemButton(
      'party',
      i,
      p.mentions,
      actions,
      flagIcon(p.code) ?? '',
      h('span', { class: 'name' }, p.name),
      p.code ? h('span', { class: 'meta' }, ` · ${p.code}`) : '',
    ),
  );
  const officials = facts.officials.map((o, i) => {
    const role = joined(o.title, o.affiliation);
    return itemButton(
      'official',
      i,
      o.mentions,
      actions,
      h('span', { class: 'name' }, o.name),
      role ? h('span', { class: 'meta' }, ` — ${role}`) : '',
    );
  });
  const measures = facts.measures.map((m, i) =>
    itemButton(
      'measure',
      i,
      m.mentions,
      actions,
      m.text,
      m.status ? h('span', { class: 'meta' }, ` (${t(MEASURE_STATUS[m.status])})`) : '',
    ),
  );
  const when = [
    facts.date ? [h('dt', {}, t('labelDate')), h('dd', { attrs: { 'data-field': 'date' } }, formatDate(facts.date))] : [],
    facts.location ? [h('dt', {}, t('labelPlace')), h('dd', { attrs: { 'data-field': 'location' } }, facts.location)] : [],
  ].flat();
  const context: HTMLElement[] = facts.context.map((c) => h('div', { class: 'item' }, c.text));
  const extra = curatedExtras(facts);
  if (extra) {
    parties.push(...extra.parties.map((p) => curated(h('span', { class: 'name' }, p))));
    officials.push(
      ...extra.officials.map((o) =>
        curated(h('span', { class: 'name' }, o.name), h('span', { class: 'meta' }, ` — ${joined(o.title, o.affiliation)}`)),
      ),
    );
    measures.push(...extra.measures.map((m) => curated(m)));
    context.push(...extra.context.map((c) => curated(c)));
    if (extra.date)
      when.push(
        h('dt', {}, t('labelDate')),
        h('dd', { attrs: { 'data-field': 'date' } }, formatDate(extra.date), ' ', h('span', { class: 'badge' }, t('curatedMark'))),
      );
    if (extra.place)
      when.push(
        h('dt', {}, t('labelPlace')),
        h('dd', { attrs: { 'data-field': 'location' } }, extra.place, ' ', h('span', { class: 'badge' }, t('curatedMark'))),
      );
  }
  const quotes = facts.quotes.map((q) =>
    h('div', { class: 'item' }, h('blockquote', {}, `“${q.text}”`), q.speaker ? h('span', { class: 'meta' }, `— ${q.speaker}`) : ''),
  );
  return [
    facts.summary ? h('p', { class: 'summary', attrs: { 'data-field': 'summary' } }, facts.summary) : null,
    facts.knownEvent ? h('p', { class: 'curated' }, t('curatedEvent', facts.knownEvent.title)) : null,
    section(t('sectionParties', parties.length), 'party', parties),
    section(t('sectionOfficials', officials.length), 'official', officials),
    section(t('sectionMeasures', measures.length), 'measure', measures),
    when.length
      ? h(
          'section',
          { attrs: { 'aria-label': t('sectionWhenWhere') } },
          h('h2', {}, t('sectionWhenWhere')),
          h('dl', { class: 'facts' }, ...when),
        )
      : null,
    section(t('sectionContext', context.length), null, context),
    section(t('sectionQuotes', quotes.length), null, quotes),
  ].filter((el): el is HTMLElement => el !== null);
}

/** The popup's main content for a state (or for a tab it cannot reach). */
export function renderState(state: PopupState, actions: PopupActions): HTMLElement[] {
  if (state.status === 'ready') return renderFacts(state.facts, actions);
  if (state.status === 'needs-permission' && actions.grantAccess) {
    const grant = h('button', { class: 'grant', attrs: { type: 'button', id: 'grant' } }, t('grantPermission'));
    grant.addEventListener('click', () => actions.grantAccess?.());
    return [status(t(STATUS_KEY[state.status])), grant];
  }
  return [status(t(STATUS_KEY[state.status]))];
}
