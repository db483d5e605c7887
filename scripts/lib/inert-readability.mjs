// An esbuild plugin that makes Readability's two HTML-string assignments inert before bundling.
// Readability only ever runs on a detached clone of the page, so they were never a risk, but Firefox's
// add-on linter cannot know that. Parsing with DOMParser gives the same nodes from an inert document
// (no scripts, no loads) and keeps `web-ext lint` clean. Each rewrite must match exactly once, so a
// Readability upgrade that moves the code fails the build instead of silently skipping the patch.
import { readFile } from 'node:fs/promises';

const REWRITES = [
  [
    'page.innerHTML = pageCacheHtml;',
    "page.replaceChildren(...Array.from(new DOMParser().parseFromString(pageCacheHtml, 'text/html').body.childNodes));",
  ],
  [
    'tmp.innerHTML = noscript.innerHTML;',
    "tmp.replaceChildren(...Array.from(new DOMParser().parseFromString(noscript.innerHTML, 'text/html').body.childNodes));",
  ],
];

export const inertReadability = {
  name: 'inert-readability',
  setup(build) {
    build.onLoad({ filter: /@mozilla[\\/]readability[\\/]Readability\.js$/ }, async (args) => {
      let code = await readFile(args.path, 'utf8');
      for (const [from, to] of REWRITES) {
        const count = code.split(from).length - 1;
        if (count !== 1) throw new Error(`inert-readability: expected one "${from}" in ${args.path}, found ${count}`);
        code = code.replace(from, to);
      }
      return { contents: code, loader: 'js' };
    });
  },
};
