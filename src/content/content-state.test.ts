// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Facts } from '../core/types';
import { collectText } from '../page/page-text';
import type { Highlighter } from '../page/highlighter';
import { ContentState } from './content-state';

function recordingHighlighter() {
  const flashed: string[] = [];
  const highlighter: Highlighter = {
    show() {},
    clear() {},
    scrollTo() {},
    setVisible() {},
    setPalette() {},
    flash(range) {
      flashed.push(range.toString());
    },
  };
  return { highlighter, flashed };
}

function setUp() {
  document.body.innerHTML =
    '<article><p>Officials met on Monday.</p><p>Pakistan and <b>Iran</b> agreed to deploy liaison officers.</p></article>';
  const root = document.querySelector('article')!;
  const { text, map } = collectText(root);
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const facts = {
    version: 1,
    source: 'x',
    article: { title: null, text, language: 'en' },
    isAgreement: true,
    confidence: 1,
    knownEvent: null,
    date: null,
    location: null,
    context: [],
    quotes: [],
    summary: '',
    parties: [{ name: 'Iran', kind: 'state', code: 'IR', mentions: [at('Iran')] }],
    officials: [],
    measures: [],
  } as Facts;
  const { highlighter, flashed } = recordingHighlighter();
  const state = new ContentState(highlighter);
  state.settle({ status: 'ready', facts, highlightsVisible: true }, map, () => collectText(root));
  return { state, flashed, root };
}

describe('ContentState.reveal', () => {
  it('reveals a mention by its offsets while the page is unchanged', () => {
    const { state, flashed } = setUp();
    expect(state.reveal({ kind: 'party', item: 0, mention: 0 })).toBe(true);
    expect(flashed).toEqual(['Iran']);
  });

  it('re-anchors by quote after the page changed under the mention', () => {
    const { state, flashed, root } = setUp();
    const p = root.querySelectorAll('p')[1]!;
    p.replaceChildren(document.createTextNode('Update: Pakistan and Iran agreed to deploy liaison officers.'));
    expect(state.reveal({ kind: 'party', item: 0, mention: 0 })).toBe(true);
    expect(flashed).toEqual(['Iran']);
  });

  it('says so when the mention is gone from the page', () => {
    const { state, root } = setUp();
    root.querySelectorAll('p')[1]!.remove();
    expect(state.reveal({ kind: 'party', item: 0, mention: 0 })).toBe(false);
    expect(state.reveal({ kind: 'official', item: 3, mention: 0 })).toBe(false);
  });
});
