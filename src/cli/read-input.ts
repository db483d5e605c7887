// Reads one command-line input file into what the core needs: HTML pages go through the same
// article detection as the content script (in jsdom, scripts off); anything else is taken as the
// article text itself.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ExtractInput } from '../core/types';
import { findArticle } from '../page/find-article';

/** File names taken as HTML whatever they hold. */
const HTML_EXTENSION = /\.x?html?$/i;
/** How an HTML document starts (after an optional BOM, whitespace and comments). */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;
/** Only the start of a file is sniffed: enough for any doctype and leading comments. */
const SNIFF_BYTES = 2048;

/** An input file's extractor input and what its page says of itself (the site's name, for event reports). */
export interface InputFile extends ExtractInput {
  siteName: string | null;
}

/** The extractor's input for `path`. Throws (with the system's message) when the file cannot be read. */
export function readInput(path: string): InputFile {
  const bytes = readFileSync(path);
  const head = bytes
    .subarray(0, SNIFF_BYTES)
    .toString('utf8')
    .replace(/^\ufeff/, '');
  if (HTML_EXTENSION.test(path) || HTML_START.test(head)) return fromHtml(bytes, path);
  return { text: decodeText(bytes), title: null, source: path, publishedDate: null, languageHint: null, siteName: null };
}

function fromHtml(bytes: Buffer, path: string): InputFile {
  // A silent console: jsdom otherwise reports every CSS rule it cannot parse on stderr.
  const dom = new JSDOM(bytes, {
    url: pathToFileURL(resolve(path)).href,
    contentType: 'text/html',
    virtualConsole: new VirtualConsole(),
  });
  try {
    const article = findArticle(dom.window.document, { force: true });
    return {
      text: article?.text ?? '',
      title: article?.title ?? null,
      source: path,
      publishedDate: article?.publishedDate ?? null,
      languageHint: article?.language ?? null,
      siteName: dom.window.document.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() || null,
    };
  } finally {
    dom.window.close();
  }
}

/** UTF-8 text without a byte-order mark; invalid bytes become U+FFFD rather than failing the file. */
function decodeText(bytes: Buffer): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
}
