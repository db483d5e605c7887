// The slicer gives the page its main thread back: after its budget, and before a heavy step (a
// Readability parse cannot pause, so it must not share a task with the work before it).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEAVY_NEXT, Slicer, drain, type Steps } from './slices';

// A clock of our own: a step's work moves it forward by exactly its cost, so the slices measured do not
// depend on how loaded the machine is (a real busy loop was preempted under load and ran long).
let clock = 0;
beforeEach(() => {
  clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
});
afterEach(() => {
  vi.restoreAllMocks();
});
const burn = (ms: number): void => {
  clock += ms;
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
