#!/usr/bin/env node
// `npm run bench`: times the core engine against compromise's people()/places()/organizations() on the
// same ~1 MB of article text, and checks that the engine scales linearly (100 KB vs 1 MB), on ordinary
// article text and on adversarial text (cue words over and over, unclosed quotes, long capitalised runs).
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
    entryPoints: [join(root, 'src/core/extract.ts')],
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
const checks = [
  [`at least 15x faster than compromise`, comp1m / core1m >= 15],
  [`10x the text costs at most 11x the time`, core1m / core100k <= 11],
  [`adversarial text: 10x costs at most 11x`, advCore1m / advCore100k <= 11],
];
for (const [name, ok] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
cleanup();
