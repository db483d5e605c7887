import { describe, expect, it } from 'vitest';
import {
  CHANNEL,
  CONTENT_TO_BACKGROUND,
  MAX_ARTICLE_CHARS,
  POPUP_TO_CONTENT,
  envelope,
  isTabState,
  readEnvelope,
  type PopupToContent,
} from './messages';
import { isFacts } from './is-facts';

const facts = {
  version: 1,
  source: 'x',
  article: { title: null, text: 'Pakistan and Iran agreed.', language: 'en' },
  isAgreement: true,
  confidence: 0.9,
  knownEvent: null,
  date: null,
  location: null,
  parties: [{ name: 'Pakistan', kind: 'state', code: 'PK', mentions: [{ start: 0, end: 8, text: 'Pakistan' }] }],
  officials: [],
  measures: [],
  context: [],
  quotes: [],
  summary: '',
};

describe('readEnvelope', () => {
  it('accepts well-formed calls of ours', () => {
    expect(readEnvelope(envelope<PopupToContent, 'getState'>('getState', {}), POPUP_TO_CONTENT)?.method).toBe('getState');
    expect(
      readEnvelope(envelope<PopupToContent, 'reveal'>('reveal', { kind: 'party', item: 0, mention: 2 }), POPUP_TO_CONTENT),
    ).not.toBeNull();
  });

  it.each([
    ['not an object', 'getState'],
    ['another channel', { channel: 'other', method: 'getState', params: {} }],
    ['an unknown method', { channel: CHANNEL, method: 'eval', params: {} }],
    ['an inherited method name', { channel: CHANNEL, method: 'toString', params: {} }],
    ['a bad kind', { channel: CHANNEL, method: 'reveal', params: { kind: 'script', item: 0, mention: 0 } }],
    ['a negative index', { channel: CHANNEL, method: 'reveal', params: { kind: 'party', item: -1, mention: 0 } }],
    ['a non-boolean flag', { channel: CHANNEL, method: 'setHighlightsVisible', params: { visible: 'yes' } }],
  ])('rejects %s', (_name, message) => {
    expect(readEnvelope(message, POPUP_TO_CONTENT)).toBeNull();
  });

  it("accepts the gate's question only with a page text of a readable size", () => {
    const ask = (params: unknown) => readEnvelope({ channel: CHANNEL, method: 'mayReportAgreement', params }, CONTENT_TO_BACKGROUND);
    expect(ask({ text: 'Pakistan and Iran agreed.' })).not.toBeNull();
    expect(ask({ text: 42 })).toBeNull();
    expect(ask({})).toBeNull();
    expect(ask({ text: 'x'.repeat(MAX_ARTICLE_CHARS + 1) })).toBeNull();
  });

  it('rejects a badge count that is not a small whole number', () => {
    expect(readEnvelope({ channel: CHANNEL, method: 'reportCount', params: { count: 1.5 } }, CONTENT_TO_BACKGROUND)).toBeNull();
    expect(readEnvelope({ channel: CHANNEL, method: 'reportCount', params: { count: 3 } }, CONTENT_TO_BACKGROUND)).not.toBeNull();
  });
});

describe('isFacts / isTabState', () => {
  it('accepts facts whose mentions match the text', () => {
    expect(isFacts(facts)).toBe(true);
    expect(isTabState({ status: 'ready', facts, highlightsVisible: true })).toBe(true);
  });

  it('rejects facts whose mention offsets do not point at their text', () => {
    const forged = { ...facts, parties: [{ ...facts.parties[0], mentions: [{ start: 0, end: 8, text: 'Narnia' }] }] };
    expect(isFacts(forged)).toBe(false);
  });

  it('rejects unknown states and missing fields', () => {
    expect(isTabState({ status: 'pwned' })).toBe(false);
    expect(isTabState({ status: 'ready', facts })).toBe(false);
    expect(isFacts({ ...facts, version: 2 })).toBe(false);
  });
});
