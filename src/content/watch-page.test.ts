// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from './watch-page';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchPage', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    document.body.replaceChildren();
  });

  it('re-reads once, debounced, when paragraphs arrive late', async () => {
    const onChange = vi.fn();
    stop = watchPage(window, onChange, vi.fn(), { debounceMs: 20 });
    for (let i = 0; i < 5; i++) {
      const p = document.createElement('p');
      p.textContent = `Paragraph ${i}`;
      document.body.append(p);
    }
    await tick(60);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores its own elements', async () => {
    const onChange = vi.fn();
    stop = watchPage(window, onChange, vi.fn(), { debounceMs: 20 });
    const card = document.createElement('accord-lens-card');
    card.textContent = 'Party · Pakistan';
    document.documentElement.append(card);
    card.textContent = 'Party · Iran';
    await tick(60);
    expect(onChange).not.toHaveBeenCalled();
    card.remove();
  });

  it('gives up on a page that never settles', async () => {
    const onChange = vi.fn();
    const onGiveUp = vi.fn();
    stop = watchPage(window, onChange, onGiveUp, { debounceMs: 1, maxRuns: 2 });
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createTextNode(`more ${i}`));
      await tick(15);
    }
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onGiveUp).toHaveBeenCalledTimes(1);
  });
});
