// The project's own conventions, checked (after refined-github): imports go one way, and the pure
// core knows nothing of the DOM or the browser.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');
const sources = (dir: string) =>
  readdirSync(join(SRC, dir))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ file: `${dir}/${f}`, code: readFileSync(join(SRC, dir, f), 'utf8') }));
/** Code without comments, so a comment may still explain why the DOM is not used. */
const code = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
const imports = (s: string) =>
  [...s.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)].map((m) => ({ typeOnly: Boolean(m[1]), from: m[2]! }));

describe('conventions', () => {
  it.each([...sources('core'), ...sources('model')])(
    '$file is pure: no document, window or browser, no page or extension imports',
    ({ code: source }) => {
      expect(code(source)).not.toMatch(/\b(document|window|browser|chrome)\s*[.[(]/);
      for (const i of imports(source)) expect(i.from).not.toMatch(/page|content|popup|background|shared|webextension-polyfill/);
    },
  );

  // The fact model is data only: it reads nothing of the engine (issue 9: "src/model holds data only and
  // imports nothing from src/core"); the lookups over it live in src/core.
  it.each(sources('model'))('$file imports nothing from src/core', ({ code: source }) => {
    for (const i of imports(source)) expect(i.from).not.toMatch(/(^|\/)core\//);
  });

  // The background's exceptions, by design: it runs the engine and the agreement gate, so that both
  // stay off the pages' main threads.
  const ENGINE_HOSTS: Record<string, string> = {
    'background/extract-in-background.ts': '../core/extract',
    'background/gate-in-background.ts': '../core/agreement-gate',
  };

  it.each([...sources('popup'), ...sources('background'), ...sources('shared'), ...sources('options')])(
    '$file uses core and page types only, never their code',
    ({ file, code: source }) => {
      for (const i of imports(source)) {
        if (ENGINE_HOSTS[file] === i.from) continue;
        if (/\/(core|page|model)\//.test(i.from)) expect(i.typeOnly, i.from).toBe(true);
      }
    },
  );

  it('the content script bundles the page layer but not the engine', () => {
    for (const f of sources('content')) expect(f.code, f.file).not.toMatch(/from '\.\.\/core\/extract'/);
  });

  it.each(sources('page'))('$file does not reach into the extension contexts', ({ code: source }) => {
    for (const i of imports(source)) expect(i.from).not.toMatch(/\/(content|popup|background|options)\//);
  });
});
