// `npm run package` must be reproducible: the same sources give byte-identical store zips.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function packageOnce(): Record<string, string> {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/package.mjs')], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return Object.fromEntries(
    ['chrome', 'firefox'].map((t) => [t, createHash('sha256').update(readFileSync(join(ROOT, 'artifacts', `accord-lens-${version}-${t}.zip`))).digest('hex')]),
  );
}

describe('npm run package', () => {
  it('gives byte-identical zips from the same sources', () => {
    const first = packageOnce();
    const second = packageOnce();
    expect(second).toEqual(first);
    expect(first.chrome).not.toEqual(first.firefox);
  }, 60_000);
});
