// Popup entry: asks the active tab's content script for its facts, renders them, and wires the
// highlight toggle, the per-site switch and the exports.
import browser from 'webextension-polyfill';
import { envelope, isTabState, type MentionRef, type Params, type PopupToContent, type Result } from '../shared/messages';
import { t, type MessageKey } from '../shared/i18n';
import type { Facts } from '../core/types';
import { findTargetTab, isReachableUrl, type TargetTab } from './active-tab';
import { hasHostAccess, requestHostAccess } from './host-access';
import { renderState, type PopupState } from './render';
import { toMarkdown } from './export/to-markdown';
import { toWebAnnotations } from './export/to-web-annotations';
import { download, fileStem } from './export/download';
import { openStoreEarly, waitForEvent } from './event-lookup';
import { renderEvent } from '../ui/render-event';
import { reportUrl } from '../events/report';
import { loadSettings } from '../shared/settings';

const POLL_MS = 250;
const POLL_LIMIT = 40; // ten seconds of "still working", then we stop asking

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const main = $<HTMLElement>('main');
const toggle = $<HTMLButtonElement>('toggle');
const site = $<HTMLButtonElement>('site');
const exportsBar = $<HTMLElement>('exports');
const eventBox = $<HTMLElement>('event');
let current: PopupState = { status: 'working' };

for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageKey);

async function call<M extends keyof PopupToContent & string>(
  tabId: number,
  method: M,
  params: Params<PopupToContent, M>,
): Promise<unknown> {
  const answer = (await browser.tabs.sendMessage(tabId, envelope<PopupToContent, M>(method, params))) as Result<unknown> | undefined;
  if (!answer || typeof answer !== 'object' || answer.ok !== true)
    throw new Error(answer && answer.ok === false ? answer.error : 'no answer');
  return answer.value;
}

function setToggle(visible: boolean): void {
  toggle.setAttribute('aria-pressed', String(visible));
  toggle.textContent = t(visible ? 'hideHighlights' : 'showHighlights');
}

let grantAccess: (() => void) | undefined;

function show(state: PopupState, tabId: number): void {
  current = state;
  main.replaceChildren(
    ...renderState(state, { reveal: (ref: MentionRef) => void call(tabId, 'reveal', ref).catch(() => undefined), grantAccess }),
  );
  main.setAttribute('aria-busy', String(state.status === 'working'));
  main.dataset.status = state.status;
  toggle.hidden = state.status !== 'ready';
  exportsBar.hidden = state.status !== 'ready';
  if (state.status === 'ready') setToggle(state.highlightsVisible);
  site.hidden = ['unreachable', 'needs-permission', 'working', 'error'].includes(state.status);
  site.textContent = t(state.status === 'disabled' ? 'siteOn' : 'siteOff');
}

function currentFacts(): Facts | null {
  return current.status === 'ready' ? current.facts : null;
}

function wireExports(): void {
  $('copy-md').addEventListener('click', (event) => {
    const facts = currentFacts();
    const button = event.currentTarget as HTMLButtonElement;
    if (!facts) return;
    navigator.clipboard.writeText(toMarkdown(facts, facts.source)).then(
      () => {
        button.textContent = t('copied');
        setTimeout(() => (button.textContent = t('copyMarkdown')), 1500);
      },
      () => undefined,
    );
  });
  $('download-json').addEventListener('click', () => {
    const facts = currentFacts();
    if (facts) download(`${fileStem(facts.article.title)}.facts.json`, `${JSON.stringify(facts, null, 2)}\n`, 'application/json');
  });
  $('download-anno').addEventListener('click', () => {
    const facts = currentFacts();
    if (facts)
      download(
        `${fileStem(facts.article.title)}.annotations.jsonld`,
        `${JSON.stringify(toWebAnnotations(facts, facts.source), null, 2)}\n`,
        'application/ld+json',
      );
  });
}

/** Under the page's facts: the other reports of its event the reader has read, and where they differ. */
async function showEvent(tab: TargetTab): Promise<void> {
  if (current.status !== 'ready' || !current.facts.isAgreement || !(await loadSettings()).memory) return;
  const url = tab.url ?? current.facts.source; // the tab's address, else the one the page was read at
  const event = await waitForEvent(url);
  eventBox.dataset.sources = String(event?.reports.length ?? 0);
  if (!event || event.reports.length < 2) return;
  eventBox.replaceChildren(...renderEvent(event, { currentUrl: reportUrl(url) }));
  eventBox.hidden = false;
}

/** Asks the content script for its state until it has finished reading the page. */
async function poll(tab: TargetTab): Promise<void> {
  for (let attempt = 0; attempt < POLL_LIMIT; attempt++) {
    let state: unknown;
    try {
      state = await call(tab.id, 'getState', {});
    } catch {
      return show({ status: 'unreachable' }, tab.id);
    }
    if (!isTabState(state)) return show({ status: 'error', error: 'malformed answer' }, tab.id);
    show(state, tab.id);
    if (state.status !== 'working') return showEvent(tab);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

$('open-events').addEventListener('click', () => {
  void browser.tabs.create({ url: browser.runtime.getURL('events.html') }).then(() => window.close());
});

async function start(): Promise<void> {
  void loadSettings()
    .then((s) => (s.memory ? openStoreEarly() : undefined))
    .catch(() => undefined);
  const tab = await findTargetTab(location.search);
  if (!tab || !isReachableUrl(tab.url)) return show({ status: 'unreachable' }, -1);
  if (!(await hasHostAccess(tab.url))) {
    grantAccess = () => {
      void requestHostAccess(tab.url).then(async (granted) => {
        if (!granted) return;
        show({ status: 'working' }, tab.id);
        const loaded = new Promise<void>((resolve) => {
          const onUpdated = (id: number, change: { status?: string }) => {
            if (id !== tab.id || change.status !== 'complete') return;
            browser.tabs.onUpdated.removeListener(onUpdated);
            resolve();
          };
          browser.tabs.onUpdated.addListener(onUpdated);
        });
        await browser.tabs.reload(tab.id); // the content script runs on the next load of the page
        await loaded;
        await poll(tab);
      });
    };
    return show({ status: 'needs-permission' }, tab.id);
  }
  toggle.addEventListener('click', () => {
    const visible = toggle.getAttribute('aria-pressed') !== 'true';
    call(tab.id, 'setHighlightsVisible', { visible }).then(
      (v) => setToggle(v === true),
      () => undefined,
    );
  });
  site.addEventListener('click', () => {
    call(tab.id, 'setSiteEnabled', { enabled: current.status === 'disabled' }).then(
      (state) => {
        if (!isTabState(state)) return;
        show(state, tab.id);
        if (state.status === 'working') void poll(tab); // switched back on: the page is being read again
      },
      () => undefined,
    );
  });
  wireExports();
  await poll(tab);
}

start().catch(() => show({ status: 'error', error: 'unexpected' }, -1));
