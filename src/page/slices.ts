// Page work in slices that give the page its main thread back: no task of ours should reach the 50 ms
// that makes a long task (input waits, frames drop). Long walks are written as generators that yield
// every few hundred nodes; `drain` runs one to its end at once (the command line, tests), `Slicer.run`
// runs it in slices of about SLICE_MS, yielding to the page between them (`scheduler.yield()` where
// the browser has it, which keeps our place in the queue, else a macrotask).

/** How long one slice of our work may run before it yields. */
export const SLICE_MS = 10;

/**
 * Yielded before a step that cannot pause and may take tens of milliseconds (a Readability parse): the
 * slicer then starts it in a slice of its own, so that it never shares a task with the work before it.
 */
export const HEAVY_NEXT = 'heavy-next';
/** Work already done in a slice below which a heavy step may still join it. */
const HEAVY_JOIN_MS = 1;

/** A step of page work: yields where it may pause (HEAVY_NEXT before a heavy step), returns its result at the end. */
export type Steps<T> = Generator<undefined | typeof HEAVY_NEXT, T, void>;

/** Runs `steps` to the end without pausing. */
export function drain<T>(steps: Steps<T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Gives the page its main thread back until the next task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function now(): number {
  return performance.now();
}

/**
 * Keeps account of one run of page work split into slices: each slice (a task of ours) is recorded
 * as a User Timing measure `accord-lens:task`, and `busy` adds up the time spent in them (the run's
 * cost on the main thread, which excludes the time given back to the page).
 */
export class Slicer {
  busy = 0;
  longest = 0;
  private sliceStart: number | null = null;

  constructor(private readonly budget = SLICE_MS) {
    this.begin();
  }

  /** A slice starts (the run starts, or resumes after waiting on something else). */
  begin(): void {
    if (this.sliceStart === null) this.sliceStart = now();
  }

  /** The slice ends (the run waits, yields or is done). */
  end(): void {
    if (this.sliceStart === null) return;
    const start = this.sliceStart;
    const duration = now() - start;
    this.sliceStart = null;
    this.busy += duration;
    this.longest = Math.max(this.longest, duration);
    try {
      performance.measure('accord-lens:task', { start, duration });
    } catch {
      // User Timing is a nicety
    }
  }

  /** Main-thread time of the run so far: the slices ended, and the current one. */
  spent(): number {
    return this.busy + this.elapsed;
  }

  /** Time spent in the current slice so far. */
  get elapsed(): number {
    return this.sliceStart === null ? 0 : now() - this.sliceStart;
  }

  /** Yields to the page if the current slice has used its budget. */
  async pause(): Promise<void> {
    if (this.elapsed < this.budget) return;
    this.end();
    await yieldToPage();
    this.begin();
  }

  /** Waits for `promise` (a message, say) outside any slice. */
  async wait<T>(promise: Promise<T>): Promise<T> {
    this.end();
    try {
      return await promise;
    } finally {
      this.begin();
    }
  }

  /** Runs `steps` in slices; a heavy step starts a slice of its own. */
  async run<T>(steps: Steps<T>): Promise<T> {
    let r = steps.next();
    while (!r.done) {
      if (r.value === HEAVY_NEXT && this.elapsed >= HEAVY_JOIN_MS) {
        this.end();
        await yieldToPage();
        this.begin();
      } else await this.pause();
      r = steps.next();
    }
    return r.value;
  }
}
