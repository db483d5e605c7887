#!/usr/bin/env node
// `npm run bench`: times the core engine against compromise's people()/places()/organizations() on the
// same ~1 MB of article text, and checks that the engine scales linearly (100 KB vs 1 MB), on ordinary
// article text and on adversarial text (cue words over and over, unclosed quotes, long capitalised runs).
// It also checks that the background's agreement gate costs a text read: at most 3x one regular-expression
// pass over the words of the text it rejects, and at most 1/20 of an extraction of 1 MB of article text,
// both timed in the same run (and it stops at its first hit); and that date finding stays a small part
// of an extraction.
// Both sizes are timed the same way (fastest of the same number of runs), so the ratio is fair.
// The text is built from the shared fixtures and the seed, with names varied per copy so that caches
// and lexicon hits do not flatter either side.

import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import nlp from 'compromise';

// Timed runs start from a collected heap (benchmark hygiene: one run's garbage must not bill the next).
if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'fixtures');

async function loadCore() {
  const dir = mkdtempSync(join(tmpdir(), 'accord-bench-'));
  const outfile = join(dir, 'core.mjs');
  const res = await build({
    // the engine, and the two parts whose cost must stay a fraction of it: the background's agreement
    // gate (every page's text goes through it) and the date finder (chrono-node on long texts)
    stdin: {
      contents: [
        "export { extractFacts } from './src/core/extract';",
        "export { mayReportAgreement } from './src/core/agreement-gate';",
        "export { findDate } from './src/core/find-date';",
        "export { segmentSentences } from './src/core/segment';",
        "export { tokenize } from './src/core/tokens';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    format: 'esm',
    outfile,
    metafile: true,
    logLevel: 'error',
  });
  const mod = await import(pathToFileURL(outfile).href);
  const bytes = Object.values(res.metafile.outputs)[0]?.bytes ?? 0;
  return { mod, bytes, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function corpus() {
  const texts = [readFileSync(join(shared, 'seed', 'article.txt'), 'utf8')];
  for (const f of readdirSync(join(shared, 'dev'))
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    texts.push(JSON.parse(readFileSync(join(shared, 'dev', f), 'utf8')).text);
  }
  return texts;
}

const FIRST = ['Amir', 'Sara', 'Omar', 'Lena', 'Yusuf', 'Maria', 'Chen', 'Ivan', 'Aisha', 'Tomas', 'Nadia', 'Kofi'];
const LAST = ['Rahimi', 'Okafor', 'Lindqvist', 'Haddad', 'Moreno', 'Takeda', 'Novak', 'Mensah', 'Qureshi', 'Duarte', 'Petrov', 'Bello'];

/** ~`size` characters of article text; each copy swaps the seed's officials for other names. */
function buildText(size, texts) {
  const parts = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const t = texts[i % texts.length] ?? '';
    const a = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
    const b = `${FIRST[(i * 5 + 3) % FIRST.length]} ${LAST[(i * 11 + 1) % LAST.length]}`;
    const varied = t.replaceAll('Hossein Amir Abdollahian', a).replaceAll('Syed Asim Munir', b).replaceAll('Munir', b.split(' ')[1]);
    parts.push(varied);
    n += varied.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

/** Fastest of `runs` timings after a warm-up (lazy lexicons, JIT): the run least disturbed by other load. */
function time(fn, runs = 3) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return Math.min(...times);
}

const { mod, bytes, cleanup } = await loadCore();
const texts = corpus();
const big = buildText(1_000_000, texts);
const small = buildText(100_000, texts);

/** ~`size` characters built to provoke the engine: cue words without end, quotes never closed, title-case runs. */
function adversarialText(size) {
  const pieces = [
    'agreed to sign agreed decided pledged committed to the agreement and the deal and the accord ',
    'Iran’s Foreign Minister said “they agreed to talk and to agree and to sign ',
    'General Foreign Minister Chief Army Staff Syed Asim General Prime President Secretary ',
    'Pakistan Iran Pakistani Tehran Islamabad India China United States Russia Ukraine ',
    '((([[[“«‘ ',
  ];
  let out = '';
  for (let i = 0; out.length < size; i++) out += pieces[i % pieces.length];
  return out.slice(0, size);
}

const RUNS = 9;
const core1m = time(() => mod.extractFacts({ text: big }), RUNS);
const core100k = time(() => mod.extractFacts({ text: small }), RUNS);
const adv1m = adversarialText(1_000_000);
const adv100k = adversarialText(100_000);
const advCore1m = time(() => mod.extractFacts({ text: adv1m }), RUNS);
const advCore100k = time(() => mod.extractFacts({ text: adv100k }), RUNS);
const comp1m = time(() => {
  const doc = nlp(big);
  doc.people().out('array');
  doc.places().out('array');
  doc.organizations().out('array');
}, 2);

const f = mod.extractFacts({ text: big });
const kb = (x) => `${(x / 1024).toFixed(0)} KB`;
console.log(`core bundle (minified): ${kb(bytes)}`);
console.log(`text: ${kb(big.length)} (${f.parties.length} parties, ${f.officials.length} officials, ${f.measures.length} measures found)`);
console.log(`accord-lens core  1 MB: ${core1m.toFixed(0)} ms`);
console.log(`compromise        1 MB: ${comp1m.toFixed(0)} ms  (people + places + organizations)`);
console.log(`speed-up: ${(comp1m / core1m).toFixed(1)}x`);
console.log(
  `scaling: 100 KB ${core100k.toFixed(1)} ms -> 1 MB ${core1m.toFixed(0)} ms = ${(core1m / core100k).toFixed(1)}x time for 10x text`,
);
console.log(
  `adversarial: 100 KB ${advCore100k.toFixed(1)} ms -> 1 MB ${advCore1m.toFixed(0)} ms = ${(advCore1m / advCore100k).toFixed(1)}x time for 10x text; 1 MB costs ${(advCore1m / core1m).toFixed(2)}x ordinary text`,
);

// The agreement gate turns away every page without an agreement, so it must cost a text read, not an
// extraction: text full of agreement words and capitalised words but no parties is read to its end.
const prose =
  'The Committee signed off on the new budget after a long debate. Mr Smith said the plan was agreed by the Board, and the Deal on parking stands. ';
const noParties = prose.repeat(Math.ceil(1_000_000 / prose.length)).slice(0, 1_000_000);
const gate1m = time(() => mod.mayReportAgreement(noParties), RUNS);
const coreNoParties = time(() => mod.extractFacts({ text: noParties }), 3);
// What "a text read" costs here: one regular-expression pass that reads every word of the same text.
const wordRead = time(() => noParties.match(/[A-Za-z]+/g)?.length, RUNS);
// …and it stops at the first agreement word with two parties beside it, however long the page.
const hit = 'Pakistan and Iran agreed to open a border market. ';
const filler = 'More reporting follows here. ';
const earlyLong = hit + filler.repeat(35_000);
const earlyShort = hit + filler.repeat(35);
const REPEAT = 200;
const gateEarlyLong = time(() => {
  for (let i = 0; i < REPEAT; i++) mod.mayReportAgreement(earlyLong);
}, RUNS);
const gateEarlyShort = time(() => {
  for (let i = 0; i < REPEAT; i++) mod.mayReportAgreement(earlyShort);
}, RUNS);
// Dates: chrono-node parses event sentences only, so an event sentence after 1 MB of other text, or
// thousands of dated sentences, cost a small part of an extraction.
const dateCost = (text, published) => {
  const ctx = { text, sentences: mod.segmentSentences(text, mod.tokenize(text)), publishedDate: published };
  return time(() => mod.findDate(ctx), 3);
};
const weather = 'The weather was mild and the markets were quiet. '.repeat(20_000);
const dateLate = dateCost(`${weather}The two ministers met on Tuesday and signed the accord.`, '2023-05-11');
const dateMany = dateCost('The ministers met on 3 March 2021 and signed a pact. '.repeat(20_000), null);
const dateRun = dateCost(' the two ministers met on Monday 3 March and signed the pact in Geneva'.repeat(15_000), '2021-03-04');
const dateWorst = Math.max(dateLate, dateMany, dateRun);
console.log(
  `agreement gate, 1 MB of agreement words without parties: ${gate1m.toFixed(1)} ms (${((gate1m / 100) * 1000).toFixed(0)} µs per 10 KB) = ${(gate1m / core1m).toFixed(3)}x an extraction of 1 MB of article text (extraction of this text: ${coreNoParties.toFixed(0)} ms) = ${(gate1m / wordRead).toFixed(2)}x reading its words once (${wordRead.toFixed(1)} ms)`,
);
console.log(
  `agreement gate, a hit at the start: 1 MB ${((gateEarlyLong / REPEAT) * 1000).toFixed(1)} µs, 1 KB ${((gateEarlyShort / REPEAT) * 1000).toFixed(1)} µs = ${(gateEarlyLong / gateEarlyShort).toFixed(1)}x`,
);
console.log(
  `dates on 1 MB: event sentence last ${dateLate.toFixed(1)} ms, 20,000 dated sentences ${dateMany.toFixed(1)} ms, one 1 MB sentence ${dateRun.toFixed(1)} ms; worst = ${(dateWorst / core1m).toFixed(3)}x an extraction of 1 MB`,
);

const checks = [
  [`at least 15x faster than compromise`, comp1m / core1m >= 15],
  // The gate is judged against a plain read of the same text and an extraction of a page it lets through,
  // both timed in this run. Its old yardstick, an extraction of the very text it rejects, fell as the
  // engine got faster, so the check failed whenever extraction was sped up though the gate had not slowed.
  [`the agreement gate costs at most 3x reading the rejected text's words once`, gate1m / wordRead <= 3],
  [`the agreement gate on 1 MB costs at most 1/20 of an extraction of 1 MB of article text`, gate1m / core1m <= 0.05],
  [`the agreement gate stops at its first hit: 1 MB costs at most 3x 1 KB`, gateEarlyLong / gateEarlyShort <= 3],
  [`dates on 1 MB cost at most 1/10 of an extraction`, dateWorst / core1m <= 0.1],
  [`10x the text costs at most 11x the time`, core1m / core100k <= 11],
  [`adversarial text: 10x costs at most 11x`, advCore1m / advCore100k <= 11],
];
for (const [name, ok] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
cleanup();
