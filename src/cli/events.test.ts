// `extract --events` end to end: the seed page and another outlet's report of the same talks form
// one event with both sources and the place they disagree on; a report of other talks and a page
// with no agreement stay out of it.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliEvent } from './events';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SEED_PAGE = join(ROOT, '../shared/fixtures/pages/00-seed.html');
const WIRE = join(ROOT, 'test/fixtures/13-wire-pakistan-iran-fm-liaison-officers/source.txt');
const OTHER = join(ROOT, 'test/fixtures/17-raisi-visit-pakistan-eight-mous/source.txt');
const NO_DEAL = join(ROOT, '../shared/fixtures/pages/10-defencepoint-hanoi-summit-no-deal.html');

describe('npm run extract -- --events', () => {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/extract.mjs'), '--events', SEED_PAGE, NO_DEAL, OTHER, WIRE], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const events = run.stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CliEvent);

  it('prints one line per event, the reports of one event together', () => {
    expect(run.status).toBe(0);
    expect(events.map((e) => e.reports.map((r) => r.source))).toEqual([[SEED_PAGE, WIRE], [OTHER]]);
  });

  it('gives each merged fact its sources, and the differences in plain words', () => {
    const [seedEvent] = events;
    expect(seedEvent!.facts.parties.map((p) => [p.name, p.sources])).toEqual(
      expect.arrayContaining([
        ['Pakistan', [0, 1]],
        ['Iran', [0, 1]],
      ]),
    );
    // a place difference is flagged exactly when the two reports name different places
    const places = new Set(seedEvent!.reports.map((r) => r.place).filter((p) => p !== null));
    const place = seedEvent!.differences.find((d) => d.kind === 'place');
    if (places.size > 1) expect(place?.text).toMatch(/^Place: \S+ \(1 source\) · \S+ \(1 source\)$/);
    else expect(place).toBeUndefined();
    for (const d of seedEvent!.differences) {
      expect(d.text.length).toBeGreaterThan(0);
      for (const i of d.sources) expect([0, 1]).toContain(i);
    }
  });
});
