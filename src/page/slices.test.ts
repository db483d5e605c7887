// The slicer gives the page its main thread back: after its budget, and before a heavy step (a
// Readability parse cannot pause, so it must not share a task with the work before it).
import { describe, expect, it } from 'vitest';
import { HEAVY_NEXT, Slicer, drain, type Steps } from './slices';

const burn = (ms: number): void => {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy: the work of a step
  }
};

function* work(marker: boolean): Steps<string> {
  burn(4);
  if (marker) yield HEAVY_NEXT;
  else yield;
  burn(4);
  return 'done';
}

describe('Slicer', () => {
  it('runs light steps in one slice while the budget lasts', async () => {
    const slicer = new Slicer(50);
    expect(await slicer.run(work(false))).toBe('done');
    slicer.end();
    expect(slicer.longest).toBeGreaterThanOrEqual(8);
  });
  it('starts a heavy step in a slice of its own', async () => {
    const slicer = new Slicer(50);
    expect(await slicer.run(work(true))).toBe('done');
    slicer.end();
    expect(slicer.longest).toBeLessThan(8);
    expect(slicer.busy).toBeGreaterThanOrEqual(8);
  });
  it('drain runs every step at once, markers or not', () => {
    expect(drain(work(true))).toBe('done');
  });
});
