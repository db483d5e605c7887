import { describe, expect, it, vi } from 'vitest';

const granted = new Set<string>();
vi.mock('webextension-polyfill', () => ({
  default: {
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
      request: async ({ origins }: { origins: string[] }) => {
        for (const o of origins) granted.add(o);
        return true;
      },
    },
  },
}));
const { hasHostAccess, requestHostAccess, sitePattern } = await import('./host-access');

describe('host access (Firefox grants it per site)', () => {
  it.each([
    ['https://news.example/world/a?b=1', 'https://news.example/*'],
    ['http://127.0.0.1:8080/x', 'http://127.0.0.1:8080/*'],
    ['about:addons', null],
    ['moz-extension://abc/popup.html', null],
    [null, null],
  ])('%s → %s', (url, pattern) => expect(sitePattern(url)).toBe(pattern));

  it('asks for the site, and then has it', async () => {
    const url = 'https://news.example/story';
    expect(await hasHostAccess(url)).toBe(false);
    expect(await requestHostAccess(url)).toBe(true);
    expect(await hasHostAccess(url)).toBe(true);
    expect(await hasHostAccess('https://other.example/')).toBe(false);
  });
});
