// `npm run group-score`: how well reports group into events, measured on the dev corpus
// (../shared/fixtures/dev) and on the project's corpus (test/fixtures), through the command line's
// `extract --events` (the extension's grouping code, over the engine's extracted facts).
//
// Gold events: every case of the seed's event (kind same-event, plus 00-seed) is one event; every
// other case is its own event, except the pairs listed in SAME_EVENT below. A case the engine does
// not take for an agreement is never stored, so its gold pairs count as missed. Pairwise precision:
// of the pairs of reports put in one event, how many are one gold event; recall: of the gold pairs,
// how many were put in one event. Per-case rows are printed for the dev part only (never for
// validation cases, whose number ends in 1, 4 or 7).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const SHARED = resolve(ROOT, '..', 'shared', 'fixtures');
const DEV_IDS = new Set(readdirSync(join(SHARED, 'dev')).map((f) => f.replace(/\.json$/, '')));
/** A validation case of the dev corpus (also when the project corpus holds a copy of it). */
const isValidation = (id) => DEV_IDS.has(id) && /^\d*[147]-/.test(id);
const verbose = process.argv.includes('--verbose');
/** Same-event pairs in the project corpus besides the seed's event (the same signing told twice). */
const SAME_EVENT = { project: [['21-saudi-iran-beijing-restore-ties-page', '39-fr-arabie-saoudite-iran-pekin']] };

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const tmp = mkdtempSync(join(tmpdir(), 'accord-lens-groups-'));

/** The dev corpus: the same inputs as the scorer (the whole page where there is one). */
function devCases() {
  const dir = join(SHARED, 'dev');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const c = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const page = join(SHARED, 'pages', `${c.id}.html`);
      let input = page;
      if (!existsSync(page)) {
        const site = c.source_url ? new URL(c.source_url).hostname : '';
        const paras = [c.dateline, ...c.text.split(/\n\s*\n/)]
          .filter(Boolean)
          .map((p) => `<p>${esc(p.trim())}</p>`)
          .join('\n');
        input = join(tmp, `${c.id}.html`);
        writeFileSync(
          input,
          `<!doctype html><html lang="${esc(c.language ?? 'en')}"><head><meta charset="utf-8"><title>${esc(c.title ?? '')}</title>` +
            `<meta property="og:site_name" content="${esc(site)}">${c.published ? `<meta property="article:published_time" content="${esc(c.published)}">` : ''}</head>` +
            `<body><article><h1>${esc(c.title ?? '')}</h1>${paras}</article></body></html>`,
        );
      }
      return { id: c.id, input, seedEvent: c.id === '00-seed' || c.kind === 'same-event' || c.gold?.same_event_as_seed === true };
    });
}

/** The project corpus: each fixture's source file. */
function projectCases() {
  const dir = join(ROOT, 'test', 'fixtures');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d/.test(d.name))
    .map((d) => {
      const expected = JSON.parse(readFileSync(join(dir, d.name, 'expected.json'), 'utf8'));
      const source = readdirSync(join(dir, d.name)).find((f) => f.startsWith('source.'));
      let input = join(dir, d.name, source);
      if (source.endsWith('.txt') && expected.publishedDate) {
        // A text fixture with a publication date is given as a page carrying it, as the fixtures test does.
        const text = readFileSync(input, 'utf8');
        input = join(tmp, `${d.name}.html`);
        writeFileSync(
          input,
          `<!doctype html><html><head><meta charset="utf-8"><meta property="article:published_time" content="${esc(expected.publishedDate)}"></head>` +
            `<body><article>${text
              .split(/\n\s*\n/)
              .map((p) => `<p>${esc(p.trim())}</p>`)
              .join('\n')}</article></body></html>`,
        );
      }
      return { id: d.name, input, seedEvent: expected.kind === 'same-event' || expected.gold?.same_event_as_seed === true };
    });
}

function measure(label, cases, extraPairs = []) {
  const run = spawnSync('npm', ['run', '--silent', 'extract', '--', '--events', ...cases.map((c) => c.input)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    throw new Error(`extract --events exited ${run.status}`);
  }
  const byInput = new Map(cases.map((c) => [c.input, c]));
  const eventOf = new Map();
  const events = run.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  for (const e of events) for (const r of e.reports) eventOf.set(byInput.get(r.source).id, e.event);
  const gold = new Map(cases.map((c) => [c.id, c.seedEvent ? 'seed' : c.id]));
  for (const [a, b] of extraPairs) if (gold.has(a) && gold.has(b)) gold.set(b, gold.get(a));
  let tp = 0,
    fp = 0,
    fn = 0,
    fnStored = 0;
  for (let i = 0; i < cases.length; i++) {
    for (let j = i + 1; j < cases.length; j++) {
      const a = cases[i].id,
        b = cases[j].id;
      const predicted = eventOf.has(a) && eventOf.get(a) === eventOf.get(b);
      const same = gold.get(a) === gold.get(b);
      if (predicted && same) tp++;
      else if (predicted) fp++;
      else if (same) {
        fn++;
        if (eventOf.has(a) && eventOf.has(b)) fnStored++;
      }
    }
  }
  const storedRecall = tp + fnStored === 0 ? 1 : tp / (tp + fnStored);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const seed = cases.filter((c) => c.seedEvent);
  const seedEvents = new Set(seed.map((c) => eventOf.get(c.id) ?? `missing:${c.id}`));
  const seedEvent = eventOf.get('00-seed');
  const intruders = cases.filter((c) => !c.seedEvent && seedEvent !== undefined && eventOf.get(c.id) === seedEvent);
  if (verbose) {
    for (const e of events) {
      const ids = e.reports.map((r) => byInput.get(r.source).id).filter((id) => !isValidation(id));
      if (ids.length > 1) console.log(`  ${label} ${e.event}: ${ids.join(', ')}`);
    }
  }
  const ok = precision >= 0.95 && recall >= 0.95 && seedEvents.size === 1 && intruders.length === 0;
  console.log(
    `${label.padEnd(8)} cases=${cases.length} stored=${eventOf.size} events=${events.length} pairs: gold=${tp + fn} grouped=${tp + fp} ` +
      `precision=${precision.toFixed(3)} recall=${recall.toFixed(3)} (among the reports stored: ${storedRecall.toFixed(3)}; the rest are cases the engine took for no agreement) | seed event: ${seed.length} reports in ${seedEvents.size} event(s), ${intruders.length} other case(s) joined${ok ? '' : '  ✗'}`,
  );
  return ok;
}

try {
  const dev = measure('dev', devCases());
  measure('project', projectCases(), SAME_EVENT.project);
  if (!dev) process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
