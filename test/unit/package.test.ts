// `npm run package` must be reproducible: the same sources give byte-identical store zips.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// Built and zipped in a temporary place, so dist/ stays as the other tests read it.
const WORK = mkdtempSync(join(tmpdir(), 'accord-lens-package-'));
const env = { ...process.env, ACCORD_LENS_DIST: join(WORK, 'dist'), ACCORD_LENS_ARTIFACTS: join(WORK, 'artifacts') };

function packageOnce(): Record<string, string> {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/package.mjs')], { cwd: ROOT, encoding: 'utf8', env });
  expect(run.status, run.stderr).toBe(0);
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return Object.fromEntries(
    ['chrome', 'firefox'].map((t) => [
      t,
      createHash('sha256')
        .update(readFileSync(join(WORK, 'artifacts', `accord-lens-${version}-${t}.zip`)))
        .digest('hex'),
    ]),
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
