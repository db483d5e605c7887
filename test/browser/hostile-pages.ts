// Hostile and odd pages for the browser tests, generated from the reference article so that the
// right outcome is known: each page's own script reports that it still works in `body[data-page-ok]`
// (the DOM, so the test can read it from an isolated world even where the page broke its globals).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, type Route } from './harness';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const seed = readFileSync(join(SHARED, 'fixtures/seed/article.txt'), 'utf8');
const blocks = seed
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);
const headline = blocks.find((b) => b.length > 40 && b.length < 200) ?? '';
const paragraphs = blocks.filter((p) => p.length >= 200);
const articleHtml = `<h1>${esc(headline)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}`;

function page(title: string, bodyHtml: string, script = "document.body.dataset.pageOk = 'true';", head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>${head}</head><body>${bodyHtml}<script>${script}</script></body></html>`;
}

const longParagraphs = (bytes: number) => {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(`<p>${esc(p)}</p>`);
    size += p.length;
  }
  return out.join('\n');
};

export const HOSTILE: Record<string, Route & { expect: 'highlights' | 'none' }> = {
  '/hostile/huge.html': { expect: 'highlights', body: page('Huge', `<article>${articleHtml}${longParagraphs(5_000_000)}</article>`) },
  '/hostile/deep.html': {
    expect: 'highlights',
    body: page('Deep', `${'<div>'.repeat(5000)}deep text ${'</div>'.repeat(5000)}<article>${articleHtml}</article>`),
  },
  '/hostile/many-nodes.html': {
    expect: 'none',
    body: page('Many nodes', `<div>${'<span>x</span> '.repeat(100_000)}</div>`),
  },
  '/hostile/mutating.html': {
    expect: 'highlights',
    body: page(
      'Mutating',
      `<article>${articleHtml}</article><div id="clock"></div>`,
      `let n = 0; setInterval(() => { document.getElementById('clock').textContent = 'tick ' + (++n); }, 50); document.body.dataset.pageOk = 'true';`,
    ),
  },
  '/hostile/editable.html': {
    expect: 'none',
    body: page(
      'Editor',
      `<form><textarea id="t" rows="20" cols="80">${esc(paragraphs.join('\n\n'))}</textarea><input id="i" value="${esc(paragraphs[0]!.slice(0, 200))}"></form><div contenteditable="true" id="c">${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`,
      `window.__before = document.getElementById('t').value + document.getElementById('i').value + document.getElementById('c').innerHTML; document.body.dataset.pageOk = 'true';`,
    ),
  },
  '/hostile/rtl-arabic.html': {
    expect: 'none',
    body: `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر</title></head><body><article>${'<p>اتفقت باكستان وإيران على نشر ضباط اتصال عسكريين في البلدين لتعزيز التنسيق الأمني ومواجهة التهديدات المشتركة، وذلك خلال اجتماع في روالبندي بين وزير الخارجية الإيراني وقائد الجيش الباكستاني.</p>'.repeat(6)}</article><script>document.body.dataset.pageOk = 'true';</script></body></html>`,
  },
  '/hostile/spanish.html': {
    expect: 'none',
    body: `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Acuerdo</title></head><body><article>${'<p>Pakistán e Irán acordaron el lunes desplegar oficiales de enlace militar en el territorio del otro país, tras una reunión en Rawalpindi entre el ministro de Exteriores iraní y el jefe del ejército paquistaní, según un comunicado.</p>'.repeat(6)}</article><script>document.body.dataset.pageOk = 'true';</script></body></html>`,
  },
  '/hostile/overrides.html': {
    expect: 'highlights',
    body: page(
      'Overrides',
      `<article>${articleHtml}</article>`,
      `Array.prototype.map = function () { throw new Error('page map'); };
       Array.prototype.push = function () { return 0; };
       window.Node = null; window.Range = function () { throw new Error('page Range'); };
       window.MutationObserver = function () { throw new Error('page MO'); };
       window.console = { log() {}, error() {}, warn() {} };
       document.body.dataset.pageOk = 'true';`,
    ),
  },
  '/hostile/csp.html': {
    expect: 'highlights',
    headers: { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'" },
    body: page('Strict CSP', `<article>${articleHtml}</article>`),
  },
  '/hostile/iframe.html': {
    expect: 'none',
    body: page(
      'Frame',
      `<p>Short page with an embedded frame.</p><iframe id="f" srcdoc="${esc(`<article>${articleHtml}</article>`)}" width="600" height="400"></iframe>`,
    ),
  },
  '/hostile/hydration.html': {
    expect: 'highlights',
    body: page(
      'Hydration',
      `<article>${articleHtml}</article>`,
      `const snapshot = () => document.documentElement.outerHTML;
       const before = snapshot();
       setTimeout(() => { const same = snapshot() === before; document.body.dataset.pageOk = String(same); }, 2500);`,
    ),
  },
};
