// The command line end to end: `node scripts/extract.mjs` over a text file, an HTML page and a
// missing file (../../../shared/contract/README.md): NDJSON in order, the error on stderr, exit 2,
// and offsets that index article.text exactly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Facts, Mention } from '../core/types';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SEED_PAGE = join(ROOT, '../shared/fixtures/pages/00-seed.html');
const SEED_TEXT = join(ROOT, '../shared/fixtures/seed/article.txt');
// Written in parallel with the core: until src/core/extract.ts exists there is nothing to run.
const hasCore = existsSync(join(ROOT, 'src/core/extract.ts'));

function extract(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/extract.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

function allMentions(facts: Facts): Mention[] {
  return [...facts.parties, ...facts.officials, ...facts.measures, ...(facts.context ?? []), ...(facts.quotes ?? [])].flatMap(
    (item) => item.mentions,
  );
}

describe.skipIf(!hasCore)('npm run extract', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'accord-lens-cli-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const textFile = join(tmp, 'seed.txt');
  writeFileSync(textFile, readFileSync(SEED_TEXT));
  const htmlNoExtension = join(tmp, 'page-without-extension');
  writeFileSync(htmlNoExtension, readFileSync(SEED_PAGE));
  const missing = join(tmp, 'no-such-file.html');

  const run = extract(textFile, SEED_PAGE, missing, htmlNoExtension);
  const lines = run.stdout.split('\n').filter((l) => l.trim());
  const facts = lines.map((l) => JSON.parse(l) as Facts);

  it('prints one JSON line per readable file, in order', () => {
    expect(facts.map((f) => f.source)).toEqual([textFile, SEED_PAGE, htmlNoExtension]);
    for (const f of facts) expect(f.version).toBe(1);
  });

  it('names the unreadable file in one stderr line and exits 2', () => {
    const errors = run.stderr.split('\n').filter((l) => l.trim());
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(missing);
    expect(run.status).toBe(2);
  });

  it('takes plain text as the article, as-is', () => {
    expect(facts[0]!.article.text).toBe(readFileSync(SEED_TEXT, 'utf8'));
    expect(facts[0]!.article.title).toBeNull();
  });

  it('runs HTML (by extension or by content) through article detection', () => {
    for (const f of [facts[1]!, facts[2]!]) {
      expect(f.article.title).toBe('Pakistan and Iran Agree to Deploy Military Liaison Officers for Enhanced Coordination');
      expect(f.article.text).toContain('Pakistan and Iran announced on Monday');
      expect(f.article.text).not.toContain('Advertisement');
      expect(f.article.text).not.toContain('cookies');
    }
  });

  it('gives offsets that index article.text exactly', () => {
    for (const f of facts) {
      for (const m of allMentions(f)) expect(f.article.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('exits 0 when every file is read, and indents with --pretty', () => {
    const ok = extract('--pretty', textFile);
    expect(ok.status).toBe(0);
    expect(ok.stdout.startsWith('{\n  "version": 1')).toBe(true);
    expect((JSON.parse(ok.stdout) as Facts).source).toBe(textFile);
  });

  it('refuses to run without files', () => {
    const none = extract();
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/usage/);
  });
});
