// `npm run --silent extract -- [--pretty] FILE...`: the command line over the same core and page
// code as the extension. Bundles src/cli/extract.ts with esbuild (packages stay external, so jsdom
// and Readability load from node_modules) when any source is newer than the bundle, then runs it.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = new URL('..', import.meta.url).pathname;
const ENTRY = join(ROOT, 'src/cli/extract.ts');
const OUT_DIR = join(ROOT, 'node_modules/.cache/accord-lens');
const OUT = join(OUT_DIR, 'extract.mjs');

/** Newest modification time under `dir` (the whole src tree: the CLI imports core, model and page). */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

/** `import x from '<package>/….json'` as `require('<package>/….json')`: the module the package itself requires. */
const sharedJson = {
  name: 'shared-json',
  setup(b) {
    // (the require() inside, coming from this namespace, stays external)
    b.onResolve({ filter: /^[^./].*\.json$/ }, (a) =>
      a.namespace === 'shared-json' ? undefined : { path: a.path, namespace: 'shared-json' },
    );
    b.onLoad({ filter: /.*/, namespace: 'shared-json' }, (a) => ({
      contents: `module.exports = require(${JSON.stringify(a.path)});`,
      loader: 'js',
      resolveDir: ROOT,
    }));
  },
};

function bundleTime() {
  try {
    return statSync(OUT).mtimeMs;
  } catch {
    return 0;
  }
}

async function ensureBundle() {
  const sources = Math.max(newestMtime(join(ROOT, 'src')), statSync(new URL(import.meta.url)).mtimeMs);
  if (bundleTime() > sources) return;
  mkdirSync(OUT_DIR, { recursive: true });
  // Write aside, then rename: parallel runs (tests) never import a half-written bundle.
  const tmp = `${OUT}.${process.pid}.tmp.mjs`;
  await build({
    entryPoints: [ENTRY],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // a package's JSON imported by the source (src/core/tagger-model.ts) is the package's own require()d
    // object, as in the extension's bundle (node would otherwise load it a second time, as an ES module)
    plugins: [sharedJson],
    logLevel: 'error',
    sourcemap: 'inline',
    // the page layer loads Readability on first use with require() (page/readability-pass.ts)
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  renameSync(tmp, OUT);
}

try {
  await ensureBundle();
} catch (error) {
  console.error(`extract: could not build the command line: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const { run } = await import(pathToFileURL(OUT).href);
process.exitCode = run(process.argv.slice(2));
