#!/usr/bin/env node
// Prints, for review, what the engine extracts from fixture folders beside their gold, and can write
// it as `expected.generated.json` next to `expected.json` (never over it: gold is written by hand).
//
//   node scripts/generate-expected.mjs [SLUG ...] [--write]
//
// With no slug, every folder under test/fixtures/ that has a source file. Uses the command line
// (`npm run --silent extract -- FILE...`), so pages go through the same article detection.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const args = process.argv.slice(2);
const write = args.includes('--write');
const wanted = args.filter((a) => !a.startsWith('--'));

const slugs = (wanted.length ? wanted : readdirSync(FIXTURES)).filter((s) =>
  ['source.html', 'source.txt'].some((f) => existsSync(join(FIXTURES, s, f))),
);
if (slugs.length === 0) {
  console.error('generate-expected: no fixture folders found');
  process.exit(2);
}
const inputs = slugs.map((s) => join(FIXTURES, s, existsSync(join(FIXTURES, s, 'source.html')) ? 'source.html' : 'source.txt'));

const run = spawnSync('npm', ['run', '--silent', 'extract', '--', ...inputs], {
  cwd: ROOT,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (run.status !== 0 && run.status !== 2) {
  console.error(run.stderr);
  process.exit(run.status ?? 1);
}
const lines = run.stdout.split('\n').filter((l) => l.trim().startsWith('{'));

slugs.forEach((slug, i) => {
  const facts = lines[i] ? JSON.parse(lines[i]) : null;
  const expPath = join(FIXTURES, slug, 'expected.json');
  const gold = existsSync(expPath) ? JSON.parse(readFileSync(expPath, 'utf8')).gold : null;
  const got = facts && {
    is_agreement_article: facts.isAgreement,
    known_event: facts.knownEvent?.id ?? null,
    parties: facts.parties.map((p) => p.name),
    officials: facts.officials.map((o) => ({ name: o.name, title: o.title, affiliation: o.affiliation })),
    measures: facts.measures.map((m) => m.text),
    date: facts.date,
    location: facts.location,
  };
  console.log(`=== ${slug}`);
  console.log('engine:', JSON.stringify(got, null, 2));
  if (gold)
    console.log(
      'gold:  ',
      JSON.stringify(
        {
          is_agreement_article: gold.is_agreement_article,
          same_event_as_seed: gold.same_event_as_seed,
          parties: gold.parties,
          officials: gold.officials,
          measures: gold.measures,
          date: gold.date,
          location: gold.location,
        },
        null,
        2,
      ),
    );
  if (write && got) writeFileSync(join(FIXTURES, slug, 'expected.generated.json'), `${JSON.stringify(got, null, 2)}\n`);
});
