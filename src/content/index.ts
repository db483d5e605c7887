// Content script entry: wires the page layer to the engine in the background, keeps up with the page
// and the user's settings, and answers the popup and the keyboard command. Runs at document_idle on
// every http(s) page, so it leaves early and never lets an error escape into the page.
import { STARTED } from './started';
import { readPage, record } from './annotate';
import { Slicer } from '../page/slices';
import { requestFacts } from './request-facts';
import { ContentState } from './content-state';
import { highlightItemsSteps } from './highlight-items';
import { isExtensionAlive } from './is-extension-alive';
import { watchPage } from './watch-page';
import { createHighlighter } from '../page/highlighter';
import { collectText } from '../page/page-text';
import { isProbablyArticle } from '../page/is-probably-article';
import {
  CONTENT_TO_BACKGROUND,
  POPUP_TO_CONTENT,
  envelope,
  readEnvelope,
  type ContentToBackground,
  type PopupToContent,
  type Result,
  type TabState,
} from '../shared/messages';
import { extensionApi, onRuntimeCall } from '../shared/extension-api';
import { DEFAULT_SETTINGS, isSiteDisabled, loadSettings, setSiteEnabled, type Settings } from '../shared/settings';

const highlighter = createHighlighter(window);
const content = new ContentState(highlighter);
let settings: Settings = DEFAULT_SETTINGS;
let stopWatching: (() => void) | null = null;
/** True until the page has been read once; in on-request mode it waits for the popup or the shortcut. */
let deferred = true;

/**
 * The count the badge shows for this page. The background clears the badge when a tab starts loading,
 * so a page that never reports an agreement sends nothing at all.
 */
let reported = 0;

function reportCount(count: number): void {
  if (count === reported) return;
  reported = count;
  const message = envelope<ContentToBackground, 'reportCount'>('reportCount', { count });
  if (!CONTENT_TO_BACKGROUND.reportCount(message.params)) return;
  extensionApi()
    .runtime.sendMessage(message)
    .catch(() => {
      // The background may be asleep or the extension updated; the badge is not worth an error.
    });
}

/**
 * True while the page, turned away by the text gate, has not been asked whether it is an article at
 * all: only the popup's wording depends on it ("no news article" or "no agreement"), so it is asked
 * when the popup asks, not on every page.
 */
let unclassified = false;

function classify(): void {
  if (!unclassified) return;
  unclassified = false;
  if (content.state.status === 'no-agreement' && !content.state.facts && !isProbablyArticle(document)) {
    content.settle({ status: 'not-article' });
  }
}

/** Counts runs, so that a slower, older run never draws over a newer one. */
let generation = 0;

/** Finishes a run: records the whole of it (page work, extraction, drawing) as one measure. */
function done(started: number, slicer: Slicer): void {
  slicer.end();
  try {
    performance.measure('accord-lens:annotate', { start: started, end: performance.now() });
  } catch {
    // see measure()
  }
}

/**
 * Reads the page and (re)draws its highlights. The page work and the drawing run here, in slices that
 * give the page its main thread back (page/slices.ts); extraction runs in the background while the
 * page stays responsive.
 */
async function run(): Promise<void> {
  if (!isExtensionAlive()) return teardown();
  const mine = ++generation;
  const started = performance.now();
  const slicer = new Slicer();
  try {
    const reading = await readPage(document, slicer);
    if (mine !== generation) return slicer.end(); // the page changed meanwhile: a newer run reads it
    unclassified = reading.kind === 'no-agreement-words';
    if (reading.kind !== 'article') {
      highlighter.clear();
      if (reading.kind === 'not-article') content.settle({ status: 'not-article' });
      else {
        content.settle({ status: 'no-agreement', facts: null });
        reportCount(0);
      }
      return done(started, slicer);
    }
    const { article } = reading;
    if (content.state.status !== 'ready') content.settle({ status: 'working' });
    const facts = await slicer.wait(requestFacts(article, location.href));
    if (mine !== generation) return slicer.end(); // the page changed again meanwhile: a newer run draws
    const readAgain = () => collectText(article.root);
    const drawStart = performance.now();
    const before = slicer.spent();
    // thousands of mentions on a long page: their ranges are made in slices, then drawn at once
    const items = facts.isAgreement ? await slicer.run(highlightItemsSteps(facts, article.map, settings.categories)) : [];
    if (mine !== generation) return slicer.end();
    highlighter.clear();
    if (!facts.isAgreement) {
      content.settle({ status: 'no-agreement', facts }, article.map, readAgain);
    } else {
      const visible = content.state.status === 'ready' ? content.state.highlightsVisible : true;
      highlighter.setPalette(settings.palette);
      highlighter.show(items);
      highlighter.setVisible(visible);
      content.settle({ status: 'ready', facts, highlightsVisible: visible }, article.map, readAgain);
    }
    record('highlight', drawStart, slicer.spent() - before);
    reportCount(facts.isAgreement ? facts.parties.length + facts.officials.length + facts.measures.length : 0);
    done(started, slicer);
  } catch (error) {
    if (mine !== generation) return slicer.end();
    if (!isExtensionAlive()) return teardown();
    content.settle({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    done(started, slicer);
  }
}

function start(): void {
  deferred = false;
  void run();
  stopWatching?.();
  stopWatching = watchPage(
    window,
    () => void run(),
    () => {
      stopWatching = null; // a page that never settles keeps its last annotation
    },
  );
}

/** Reads the page now if it is still waiting (on-request mode). */
function startIfDeferred(): void {
  if (deferred && content.state.status !== 'disabled') start();
}

/** Takes everything down quietly: the site was switched off, or the extension was updated or removed. */
function teardown(state: TabState = { status: 'disabled' }): void {
  generation++; // a run still waiting for its facts must not draw after this
  stopWatching?.();
  stopWatching = null;
  try {
    highlighter.clear();
  } catch {
    // nothing more to clean
  }
  content.settle(state);
}

async function switchSite(enabled: boolean): Promise<TabState> {
  await setSiteEnabled(location.hostname, enabled);
  settings = await loadSettings();
  if (enabled) start();
  else {
    teardown();
    reportCount(0);
  }
  return content.getState();
}

/** Applies changed settings to a page already read. */
async function applySettings(): Promise<void> {
  settings = await loadSettings();
  const disabled = isSiteDisabled(settings, location.hostname);
  if (disabled && content.state.status !== 'disabled') teardown();
  else if (!disabled && content.state.status === 'disabled') start();
  else if (!deferred && content.state.status === 'ready') await run();
}

async function answer(method: keyof PopupToContent, params: unknown): Promise<Result<unknown>> {
  switch (method) {
    case 'getState':
      startIfDeferred();
      classify();
      return { ok: true, value: content.getState() };
    case 'reveal':
      return { ok: true, value: content.reveal(params as PopupToContent['reveal']['params']) };
    case 'setHighlightsVisible':
      return { ok: true, value: content.setHighlightsVisible(params as PopupToContent['setHighlightsVisible']['params']) };
    case 'toggleHighlights':
      if (deferred) {
        startIfDeferred();
        return { ok: true, value: content.state.status === 'ready' };
      }
      return {
        ok: true,
        value: content.setHighlightsVisible({ visible: !(content.state.status === 'ready' && content.state.highlightsVisible) }),
      };
    case 'setSiteEnabled':
      return { ok: true, value: await switchSite((params as PopupToContent['setSiteEnabled']['params']).enabled) };
    default: {
      const unknown: never = method;
      return { ok: false, error: `unknown method ${String(unknown)}` };
    }
  }
}

onRuntimeCall((message, sender) => {
  // Only the extension's own contexts may ask; a page cannot reach runtime messaging at all.
  if (sender.id !== extensionApi().runtime.id) return undefined;
  const call = readEnvelope(message, POPUP_TO_CONTENT);
  if (!call) return undefined;
  return answer(call.method, call.params).catch((error: unknown) => ({ ok: false, error: String(error) }));
});

extensionApi().storage.onChanged.addListener((_changes, area) => {
  if (area === 'local') void applySettings().catch(() => undefined);
});

loadSettings().then(
  (loaded) => {
    settings = loaded;
    if (isSiteDisabled(settings, location.hostname)) content.settle({ status: 'disabled' });
    else if (settings.mode === 'auto') start();
    else content.settle({ status: 'working' }); // on request: nothing read yet; the popup's first call reads it
  },
  () => start(),
);

// the script's own start-up on every page: its modules' top-level code and the listeners above
record('startup', STARTED, performance.now() - STARTED);
