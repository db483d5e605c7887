// Content script entry: wires the page layer and the core together and answers the popup.
// Runs at document_idle on every http(s) page, so it leaves early and never lets an error escape.
import browser from 'webextension-polyfill';
import { annotate } from './annotate';
import { ContentState } from './content-state';
import { highlightItems } from './highlight-items';
import { createHighlighter } from '../page/highlighter';
import { CONTENT_TO_BACKGROUND, POPUP_TO_CONTENT, envelope, readEnvelope, type ContentToBackground, type Result } from '../shared/messages';

const highlighter = createHighlighter(window);
const content = new ContentState(highlighter);

function reportCount(count: number): void {
  const message = envelope<ContentToBackground, 'reportCount'>('reportCount', { count });
  if (!CONTENT_TO_BACKGROUND.reportCount(message.params)) return;
  browser.runtime.sendMessage(message).catch(() => {
    // The background may be asleep or the extension updated; the badge is not worth an error.
  });
}

function run(): void {
  try {
    const result = annotate(document, location.href);
    if (!result) {
      content.settle({ status: 'not-article' });
      return;
    }
    const { article, facts } = result;
    if (!facts.isAgreement) {
      content.settle({ status: 'no-agreement', facts }, article.map);
      return;
    }
    highlighter.show(highlightItems(facts, article.map));
    content.settle({ status: 'ready', facts, highlightsVisible: true }, article.map);
    reportCount(facts.parties.length + facts.officials.length + facts.measures.length);
  } catch (error) {
    content.settle({ status: 'error', error: error instanceof Error ? error.message : String(error) });
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only the extension's own pages may ask; the page itself cannot reach runtime messaging.
  if (sender.id !== browser.runtime.id) return undefined;
  const call = readEnvelope(message, POPUP_TO_CONTENT);
  if (!call) return undefined;
  let answer: Result<unknown>;
  try {
    switch (call.method) {
      case 'getState':
        answer = { ok: true, value: content.getState() };
        break;
      case 'reveal':
        answer = { ok: true, value: content.reveal(call.params as Parameters<ContentState['reveal']>[0]) };
        break;
      case 'setHighlightsVisible':
        answer = { ok: true, value: content.setHighlightsVisible(call.params as Parameters<ContentState['setHighlightsVisible']>[0]) };
        break;
      default: {
        const unreachable: never = call.method;
        answer = { ok: false, error: `unknown method ${String(unreachable)}` };
      }
    }
  } catch (error) {
    answer = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return Promise.resolve(answer);
});

run();
