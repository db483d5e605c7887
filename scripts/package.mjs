// `npm run package`: store-ready zips of dist/chrome and dist/firefox in artifacts/, with the
// licence and data attributions inside. Reproducible: the same sources give the same bytes
// (sorted entries, a fixed timestamp, fixed compression), so a reviewer can rebuild and compare.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = process.env.ACCORD_LENS_ARTIFACTS ?? join(ROOT, 'artifacts');
const DIST = process.env.ACCORD_LENS_DIST ?? join(ROOT, 'dist');
const FIXED_TIME = new Date('2024-01-01T00:00:00Z'); // zip timestamps carry no information here
const EXTRA = ['LICENSE', 'THIRD-PARTY-NOTICES.md'];

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

function zipTarget(target) {
  const dir = join(DIST, target);
  const entries = {};
  for (const file of filesUnder(dir)) entries[relative(dir, file)] = [readFileSync(file), { mtime: FIXED_TIME, level: 9 }];
  for (const name of EXTRA) entries[name] = [readFileSync(join(ROOT, name)), { mtime: FIXED_TIME, level: 9 }];
  const ordered = Object.fromEntries(
    Object.keys(entries)
      .sort()
      .map((k) => [k, entries[k]]),
  );
  return zipSync(ordered);
}

const build = spawnSync(process.execPath, [join(ROOT, 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
mkdirSync(OUT, { recursive: true });
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
for (const target of ['chrome', 'firefox']) {
  const file = join(OUT, `accord-lens-${version}-${target}.zip`);
  const bytes = zipTarget(target);
  writeFileSync(file, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex');
  console.log(`${relative(ROOT, file)}  ${(statSync(file).size / 1024).toFixed(1)} KB  sha256 ${sha}`);
}
