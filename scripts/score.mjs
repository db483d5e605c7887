// `npm run score`: the shared scorer on the fixed dev / validation split of ../shared/fixtures/dev,
// then on the whole set, and on the project's own fresh cases (test/corpus/*/cases) when present.
//
// The split is fixed by id, never by content: a case whose number ends in 1, 4 or 7 is validation.
// Validation cases are measured, never read while a rule is written (docs/method.md).
//
//   npm run score                 summaries only
//   npm run score -- --verbose    per-case rows of the dev part and the study sets (never of held-out sets)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const SHARED = resolve(ROOT, '..', 'shared');
const SCORER = join(SHARED, 'tools', 'score.mjs');
const DEV = join(SHARED, 'fixtures', 'dev');
const PAGES = join(SHARED, 'fixtures', 'pages');
const verbose = process.argv.includes('--verbose');

/** The split, by id: 1, 4 or 7 as the last digit of the case number is validation. */
export const isValidation = (id) => /^\d*[147]-/.test(id);

function linkSplit(name, keep) {
  const base = join(tmpdir(), `accord-lens-score-${process.pid}`);
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(base, 'pages'))) symlinkSync(PAGES, join(base, 'pages'));
  for (const f of readdirSync(DEV).filter((x) => x.endsWith('.json'))) {
    if (keep(f)) symlinkSync(join(DEV, f), join(dir, f));
  }
  return { dir, base };
}

function score(label, dir, showRows) {
  const run = spawnSync(process.execPath, [SCORER, dir, ...(showRows ? ['--verbose'] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = (run.stdout ?? '').trim().split('\n');
  if (showRows) for (const l of lines.slice(0, -1)) console.log(`  ${l}`);
  console.log(`${label.padEnd(11)} ${lines.at(-1) ?? ''}`);
  if (run.status !== 0) {
    process.stderr.write(run.stderr ?? '');
    process.exitCode = 1;
  }
}

if (!existsSync(SCORER)) {
  console.error(`score: ${SCORER} not found (the shared folder sits beside this repository)`);
  process.exit(2);
}
const dev = linkSplit('dev', (f) => !isValidation(f));
const val = linkSplit('validation', (f) => isValidation(f));
// The project's own fixtures (test/fixtures) began as copies of the first shared cases, four of which
// (01, 04, 07, 11) fall in the validation split and have been readable there: the validation figure is
// also given without them, on the cases no rule writer could have read.
const FIXTURES = join(ROOT, 'test', 'fixtures');
const copied = new Set(existsSync(FIXTURES) ? readdirSync(FIXTURES) : []);
const unread = linkSplit('val-unread', (f) => isValidation(f) && !copied.has(f.replace(/\.json$/, '')));
try {
  score('dev', dev.dir, verbose);
  score('validation', val.dir, false);
  score('val-unread', unread.dir, false);
  score('all', DEV, false);
  const corpus = join(ROOT, 'test', 'corpus');
  if (existsSync(corpus)) {
    for (const set of readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const cases = join(corpus, set.name, 'cases');
      // study-* sets are read like dev (test/corpus/README.md), so their rows may be shown.
      if (existsSync(cases)) score(set.name, cases, verbose && set.name.startsWith('study-'));
    }
  }
} finally {
  rmSync(dev.base, { recursive: true, force: true });
}
