// Popup entry: asks the active tab's content script for its facts and renders them.
import browser from 'webextension-polyfill';
import { envelope, isTabState, type MentionRef, type Params, type PopupToContent, type Result, type TabState } from '../shared/messages';
import { findTargetTab, isReachableUrl } from './active-tab';
import { renderState } from './render';

const POLL_MS = 250;
const POLL_LIMIT = 40; // ten seconds of "still working" before we say so and stop asking

const main = document.getElementById('main') as HTMLElement;
const toggle = document.getElementById('toggle') as HTMLButtonElement;
const site = document.getElementById('site') as HTMLButtonElement;

async function call<M extends keyof PopupToContent & string>(
  tabId: number,
  method: M,
  params: Params<PopupToContent, M>,
): Promise<unknown> {
  const answer = (await browser.tabs.sendMessage(tabId, envelope<PopupToContent, M>(method, params))) as Result<unknown> | undefined;
  if (!answer || typeof answer !== 'object' || answer.ok !== true) throw new Error(answer && answer.ok === false ? answer.error : 'no answer');
  return answer.value;
}

function show(state: TabState | { status: 'unreachable' }, tabId: number): void {
  main.replaceChildren(...renderState(state, { reveal: (ref: MentionRef) => void call(tabId, 'reveal', ref).catch(() => undefined) }));
  main.setAttribute('aria-busy', String(state.status === 'working'));
  main.dataset.status = state.status;
  toggle.hidden = state.status !== 'ready';
  if (state.status === 'ready') setToggle(state.highlightsVisible);
  site.hidden = state.status === 'unreachable' || state.status === 'working' || state.status === 'error';
  site.textContent = state.status === 'disabled' ? 'Turn on for this site' : 'Turn off on this site';
}

function setToggle(visible: boolean): void {
  toggle.setAttribute('aria-pressed', String(visible));
  toggle.textContent = visible ? 'Hide highlights' : 'Show highlights';
}

async function start(): Promise<void> {
  const tab = await findTargetTab(location.search);
  if (!tab || !isReachableUrl(tab.url)) {
    show({ status: 'unreachable' }, -1);
    return;
  }
  toggle.addEventListener('click', () => {
    const visible = toggle.getAttribute('aria-pressed') !== 'true';
    call(tab.id, 'setHighlightsVisible', { visible }).then((v) => setToggle(v === true), () => undefined);
  });
  site.addEventListener('click', () => {
    const enabled = main.dataset.status === 'disabled';
    call(tab.id, 'setSiteEnabled', { enabled }).then((state) => {
      if (isTabState(state)) show(state, tab.id);
    }, () => undefined);
  });
  for (let attempt = 0; attempt < POLL_LIMIT; attempt++) {
    let state: unknown;
    try {
      state = await call(tab.id, 'getState', {});
    } catch {
      show({ status: 'unreachable' }, tab.id);
      return;
    }
    if (!isTabState(state)) {
      show({ status: 'error', error: 'malformed answer' }, tab.id);
      return;
    }
    show(state, tab.id);
    if (state.status !== 'working') return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

start().catch(() => show({ status: 'error', error: 'unexpected' }, -1));
