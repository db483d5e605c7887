// The content script runs on every page: its bundle must stay small (≤ 150 KB minified, the whole
// of it: core, model, page layer, Readability and the polyfill). Reads the build that `npm test` makes.
import { describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

describe('bundle size', () => {
  it.each(['chrome', 'firefox'])('%s content.js is at most 150 KB minified', (target) => {
    const file = join(DIST, target, 'content.js');
    expect(existsSync(file), 'run `npm run build` first').toBe(true);
    expect(statSync(file).size).toBeLessThanOrEqual(150 * 1024);
  });
});
