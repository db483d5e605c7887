// @vitest-environment jsdom
// The page's question to the background: what is sent, what counts as an answer, and what the page does
// when none comes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL, MAX_ARTICLE_CHARS } from '../shared/messages';
import { askGate } from './ask-gate';
import { readPage } from './annotate';

const withRuntime = (sendMessage: (message: unknown) => Promise<unknown>) => {
  (globalThis as { browser?: unknown }).browser = { runtime: { sendMessage } };
};

afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
});

describe('askGate', () => {
  it("sends the page's text as a typed call and returns the background's answer", async () => {
    const sent: unknown[] = [];
    withRuntime(async (m) => {
      sent.push(m);
      return { ok: true, value: true };
    });
    expect(await askGate('Pakistan and Iran agreed.')).toBe(true);
    expect(sent).toEqual([{ channel: CHANNEL, method: 'mayReportAgreement', params: { text: 'Pakistan and Iran agreed.' } }]);
  });

  it('takes no answer, an error or a malformed answer as a failure, not as a verdict', async () => {
    for (const reply of [undefined, { ok: false, error: 'x' }, { ok: true, value: 'yes' }]) {
      withRuntime(async () => reply);
      await expect(askGate('text')).rejects.toThrow();
    }
  });

  it('sends nothing for a text too long to read, and says no', async () => {
    const send = vi.fn(async () => ({ ok: true, value: true }));
    withRuntime(send);
    expect(await askGate('x'.repeat(MAX_ARTICLE_CHARS + 1))).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('readPage with the gate', () => {
  const page = (body: string) =>
    new DOMParser().parseFromString(`<!doctype html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`, 'text/html');
  const story = `<article><h1>Chile and Peru agree on fishing rules</h1>${'<p>Chile and Peru agreed on Tuesday to set joint catch limits in their shared waters, officials from both countries said after two days of talks in Lima.</p>'.repeat(8)}</article>`;

  it("asks the gate with the page's prose and looks for no article when it says no", async () => {
    const asked: string[] = [];
    const reading = await readPage(page(story), undefined, async (text) => {
      asked.push(text);
      return false;
    });
    expect(reading.kind).toBe('no-agreement-words');
    expect(asked[0]).toContain('Chile and Peru agreed on Tuesday');
  });

  it('finds the article when the gate passes', async () => {
    const reading = await readPage(page(story), undefined, async () => true);
    expect(reading.kind).toBe('article');
  });

  it('stays quiet when the background cannot answer', async () => {
    const reading = await readPage(page(story), undefined, async () => {
      throw new Error('no answer from the background');
    });
    expect(reading.kind).toBe('no-agreement-words');
  });
});
