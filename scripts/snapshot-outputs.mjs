// `node scripts/snapshot-outputs.mjs OUT.jsonl`: the command line's JSON for every readable case (the dev
// part of ../shared/fixtures/dev, the study sets, test/fixtures/*/source.html), one line per case prefixed
// by its id, so a refactor can be checked to leave every output unchanged: run before and after, then diff.
// Inputs are built as ../shared/tools/score.mjs builds them. Held-out cases (validation, fresh-*) are skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The split of scripts/score.mjs (importing it would run it): 1, 4 or 7 as the last digit is validation. */
const isValidation = (id) => /^\d*[147]-/.test(id);
const ROOT = resolve(new URL('..', import.meta.url).pathname);
const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/snapshot-outputs.mjs OUT.jsonl');
  process.exit(2);
}
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const tmp = mkdtempSync(join(tmpdir(), 'snapshot-'));
const inputs = [];
const addCases = (dir, keep = () => true) => {
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json') && keep(x))
    .sort()) {
    const c = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const page = resolve(dir, '..', 'pages', `${c.id}.html`);
    let input = existsSync(page) ? page : null;
    if (!input && c.published) {
      input = join(tmp, `${c.id}.html`);
      const paras = [c.dateline, ...c.text.split(/\n\s*\n/)]
        .filter(Boolean)
        .map((p) => `<p>${esc(p.trim())}</p>`)
        .join('\n');
      writeFileSync(
        input,
        `<!doctype html>\n<html lang="${esc(c.language ?? 'en')}"><head><meta charset="utf-8"><title>${esc(c.title ?? '')}</title><meta property="og:type" content="article"><meta property="article:published_time" content="${esc(c.published)}"></head>\n<body><article><h1>${esc(c.title ?? '')}</h1>\n<time datetime="${esc(c.published)}">${esc(c.published)}</time>\n${paras}\n</article></body></html>\n`,
      );
    } else if (!input) {
      input = join(tmp, `${c.id}.txt`);
      const head = [c.title, c.dateline].filter(Boolean).join('\n\n');
      writeFileSync(input, head ? `${head}\n\n${c.text}` : c.text);
    }
    inputs.push([`${dir.split('/').slice(-2).join('/')}:${c.id}`, input]);
  }
};
addCases(resolve(ROOT, '..', 'shared', 'fixtures', 'dev'), (f) => !isValidation(f));
for (const set of ['study-a', 'study-b']) addCases(join(ROOT, 'test', 'corpus', set, 'cases'));
const fixtures = join(ROOT, 'test', 'fixtures');
for (const d of readdirSync(fixtures, { withFileTypes: true })
  .filter((x) => x.isDirectory())
  .sort((a, b) => (a.name < b.name ? -1 : 1))) {
  const src = join(fixtures, d.name, 'source.html');
  if (existsSync(src)) inputs.push([`fixtures:${d.name}`, src]);
}
const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'extract.mjs'), ...inputs.map(([, p]) => p)], {
  cwd: ROOT,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
rmSync(tmp, { recursive: true, force: true });
const lines = (run.stdout ?? '').split('\n').filter((l) => l.trim().startsWith('{'));
if (run.status !== 0 || lines.length !== inputs.length) {
  console.error(`snapshot: extractor exited ${run.status}, ${lines.length} of ${inputs.length} lines\n${run.stderr}`);
  process.exit(1);
}
// the temporary folder's name differs per run
writeFileSync(out, `${inputs.map(([id], i) => `${id}\t${(lines[i] ?? '').split(tmp).join('TMP')}`).join('\n')}\n`);
console.log(`snapshot: ${inputs.length} outputs written to ${out}`);
