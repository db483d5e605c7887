#!/usr/bin/env node
// Writes the page-cost corpus of `npm run bench:page` into test/bench/pages/: pages of the kinds the
// web really serves, in the shapes they really have (site chrome, navigation, sidebars, ads, comment
// threads, infoboxes, reference lists, inline data), with text of our own, composed from word lists by
// a seeded generator so that every run writes the same bytes. `node test/bench/make-pages.mjs`.
// Each page's <meta name="bench-kind"> says what it is; `agreement` pages report an agreement and
// must get highlights.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join(new URL('.', import.meta.url).pathname, 'pages');

// ---- a seeded generator ------------------------------------------------------------------------
let state = 1;
const seed = (n) => {
  state = n >>> 0 || 1;
};
const rand = () => {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 4294967296;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const times = (n, f) => Array.from({ length: n }, (_, i) => f(i));
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cap = (s) => s[0].toUpperCase() + s.slice(1);
/** Framework-style wrappers with generated class names, as component-built sites nest everything. */
const hash = () => `css-${Math.floor(rand() * 36 ** 6).toString(36)}`;
const wrap = (html, depth = 2) => {
  let out = html;
  for (let i = 0; i < depth; i++) out = `<div class="${hash()} ${hash()}" data-testid="c${int(1, 999)}">${out}</div>`;
  return out;
};

const FIRST = [
  'Maya',
  'Tomas',
  'Elif',
  'Jonah',
  'Priya',
  'Kwame',
  'Lucia',
  'Arjun',
  'Sofia',
  'Mateo',
  'Hana',
  'Oskar',
  'Leila',
  'Ravi',
  'Greta',
  'Daniel',
  'Amara',
  'Felix',
  'Nora',
  'Idris',
];
const LAST = [
  'Okonkwo',
  'Lindgren',
  'Castillo',
  'Haddad',
  'Moreau',
  'Tanaka',
  'Novak',
  'Mensah',
  'Qureshi',
  'Duarte',
  'Petrov',
  'Bello',
  'Fischer',
  'Romano',
  'Kaur',
  'Walsh',
];
const person = () => `${pick(FIRST)} ${pick(LAST)}`;
const NOUNS = [
  'council',
  'river',
  'market',
  'library',
  'bridge',
  'school',
  'harbour',
  'festival',
  'museum',
  'railway',
  'garden',
  'hospital',
  'stadium',
  'factory',
  'village',
  'valley',
  'forest',
  'theatre',
  'airport',
  'university',
  'budget',
  'plan',
  'project',
  'team',
  'season',
  'report',
  'survey',
  'study',
  'platform',
  'release',
];
const ADJ = [
  'new',
  'old',
  'local',
  'regional',
  'busy',
  'quiet',
  'historic',
  'modern',
  'small',
  'large',
  'popular',
  'annual',
  'rural',
  'coastal',
  'northern',
  'southern',
  'public',
  'private',
  'early',
  'final',
];
const VERBS = [
  'opened',
  'closed',
  'expanded',
  'reviewed',
  'rebuilt',
  'visited',
  'praised',
  'criticised',
  'funded',
  'described',
  'measured',
  'studied',
  'replaced',
  'announced',
  'delayed',
  'finished',
  'improved',
  'tested',
  'moved',
  'launched',
];
const ADV = [
  'quickly',
  'slowly',
  'again',
  'later',
  'recently',
  'finally',
  'once more',
  'this week',
  'last month',
  'in the spring',
  'over the summer',
  'for the first time',
];
const CONNECT = [
  'Meanwhile',
  'However',
  'Still',
  'In the end',
  'At the same time',
  'For now',
  'Even so',
  'By then',
  'Since then',
  'Before that',
];
const np = () => `the ${pick(ADJ)} ${pick(NOUNS)}`;
const sentence = () => {
  switch (int(0, 5)) {
    case 0:
      return `${cap(np())} was ${pick(VERBS)} ${pick(ADV)}, according to ${person()}.`;
    case 1:
      return `${person()} said ${np()} had been ${pick(VERBS)} ${pick(ADV)} and that ${np()} would follow.`;
    case 2:
      return `${pick(CONNECT)}, ${np()} ${pick(VERBS)} ${np()} ${pick(ADV)}.`;
    case 3:
      return `Residents near ${np()} ${pick(VERBS)} ${np()}, which many had wanted for years.`;
    case 4:
      return `"We ${pick(VERBS)} ${np()} because it mattered to people here," ${person()} said.`;
    default:
      return `${cap(np())} and ${np()} were both ${pick(VERBS)} ${pick(ADV)}.`;
  }
};
const paragraph = (n = int(3, 6)) => times(n, sentence).join(' ');
const TECH = [
  'cache',
  'request',
  'token',
  'buffer',
  'stream',
  'worker',
  'parser',
  'socket',
  'index',
  'schema',
  'layout',
  'renderer',
  'plugin',
  'compiler',
  'thread',
];
const techSentence = () =>
  `The ${pick(TECH)} ${pick(['now', 'no longer', 'always', 'by default'])} ${pick(['reuses', 'drops', 'validates', 'splits', 'retries', 'caches', 'logs', 'compresses'])} the ${pick(TECH)} ${pick(['on each call', 'when it is idle', 'after a timeout', 'before the first frame', 'across restarts'])}.`;
const techParagraph = (n = int(2, 5)) => times(n, techSentence).join(' ');
const comment = () =>
  pick([
    'I agree with this completely.',
    'Great write-up, thanks!',
    'Not sure I agree, but well argued.',
    'This deal on the lens is the best I have seen.',
    'Signed up for the newsletter after reading this.',
    'Has anyone tried this with the older model?',
    'Exactly what I needed today.',
    'The second photo is stunning.',
    'My grandmother used to say the same thing.',
    'Could you share the settings you used?',
  ]) +
  ' ' +
  (rand() < 0.6 ? sentence() : '');

// ---- site chrome ----------------------------------------------------------------------------------
const navLinks = (n, words = NOUNS) =>
  times(
    n,
    (i) =>
      `<li><a href="/${words[i % words.length]}-${i}">${esc(cap(words[i % words.length]))}${i >= words.length ? ` ${Math.floor(i / words.length) + 1}` : ''}</a></li>`,
  ).join('');
const ICON =
  '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M12 2l3 7h7l-5.5 4.5 2 7.5-6.5-4.5-6.5 4.5 2-7.5L2 9h7z"/></svg>';
/** A mega menu: sections of links in nested blocks, as most large sites ship on every page. */
const megaMenu = () =>
  `<div class="mega-menu" hidden>${times(int(4, 9), () => `<div class="menu-section"><div class="menu-heading"><span>${esc(cap(pick(NOUNS)))}</span>${ICON}</div><div class="menu-columns">${times(3, () => `<ul class="menu-col">${times(int(5, 9), () => `<li class="menu-item"><a class="menu-link" href="/${pick(NOUNS)}/${pick(NOUNS)}"><span class="menu-label">${esc(cap(pick(ADJ)))} ${esc(pick(NOUNS))}</span></a></li>`).join('')}</ul>`).join('')}</div></div>`).join('')}</div>`;
const header = (site) =>
  `<header class="site-header"><div class="logo"><a href="/">${ICON}${esc(site)}</a></div><nav class="main-nav" aria-label="Main"><ul>${navLinks(int(12, 40))}</ul>${megaMenu()}</nav><form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form></header>`;
const footer = (site) =>
  `<footer class="site-footer">${times(4, () => `<div class="col"><h4>${esc(cap(pick(NOUNS)))}</h4><ul>${navLinks(10)}</ul></div>`).join('')}<p>© 2026 ${esc(site)}. All rights reserved. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/cookies">Cookies</a></p></footer>`;
const cookie = () =>
  `<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience and to show you relevant offers. You can change your choices at any time.</p><button>Accept all</button><button>Manage</button></div>`;
const ad = () =>
  `<div class="ad-slot" data-ad-unit="/1234/${pick(NOUNS)}" style="min-height:250px"><span class="ad-label">Advertisement</span></div>`;
const inlineData = (n) =>
  `<script type="application/json" id="__DATA__">${JSON.stringify({ page: { id: int(1, 1e6), items: times(n, (i) => ({ id: i, slug: `${pick(NOUNS)}-${i}`, score: int(0, 999) })) } })}</script>`;
const styles = `<style>body{font-family:system-ui,sans-serif;margin:0;color:#222}header,footer{background:#f4f4f4;padding:12px}nav ul,footer ul{list-style:none;display:flex;flex-wrap:wrap;gap:8px;padding:0}.layout{display:flex;gap:24px;max-width:1200px;margin:auto}main{flex:3}aside{flex:1}.ad-slot{background:#eee;margin:16px 0}.comment{border-top:1px solid #ddd;padding:8px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}</style>`;

function page({ title, kind, site = 'Example Site', head = '', body, lang = 'en', published = null }) {
  const meta = published
    ? `<meta property="article:published_time" content="${published}T08:00:00+00:00"><meta property="og:type" content="article">`
    : '';
  return `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="bench-kind" content="${kind}"><title>${esc(title)}</title>${meta}${styles}${head}</head>\n<body><div id="__next">${wrap(`${cookie()}${header(site)}\n${wrap(body, 3)}\n${footer(site)}`, 2)}</div>${inlineData(int(200, 1500))}</body></html>\n`;
}
const sidebar = () =>
  `<aside class="sidebar"><section class="most-read"><h3>Most read</h3><ol>${times(8, () => `<li><a href="/story/${int(1, 99999)}">${esc(cap(np()))} ${pick(VERBS)} ${pick(ADV)}</a></li>`).join('')}</ol></section>${ad()}<section class="newsletter"><h3>Newsletter</h3><p>Get the day's stories in your inbox.</p><input type="email" placeholder="Email"><button>Sign up</button></section></aside>`;

// ---- page kinds -----------------------------------------------------------------------------------
const pages = {};
const add = (name, html) => {
  pages[name] = html;
};

function encyclopaedia(name, subject, { history = '' } = {}) {
  seed(name.length * 7919);
  const infobox = `<table class="infobox"><caption>${esc(subject)}</caption>${times(18, () => `<tr><th scope="row">${esc(cap(pick(NOUNS)))}</th><td>${int(10, 99999).toLocaleString('en')} ${esc(pick(['km²', 'people', 'm', 'metres', 'per cent']))}</td></tr>`).join('')}</table>`;
  const toc = `<div id="toc" class="toc"><h2>Contents</h2><ul>${times(12, (i) => `<li><a href="#s${i}">${i + 1} ${esc(cap(pick(NOUNS)))}</a></li>`).join('')}</ul></div>`;
  const sections = times(
    12,
    (i) =>
      `<h2 id="s${i}">${esc(cap(pick(NOUNS)))}</h2>${i === 3 && history ? `<p>${history}</p>` : ''}${times(int(3, 6), () => `<p>${esc(paragraph())}<sup class="reference"><a href="#cite-${int(1, 180)}">[${int(1, 180)}]</a></sup></p>`).join('')}`,
  ).join('');
  const refs = `<h2>References</h2><ol class="references">${times(180, (i) => `<li id="cite-${i}"><cite>${esc(person())} (${int(1950, 2025)}). "${esc(cap(np()))}". <i>Journal of ${esc(cap(pick(NOUNS)))} Studies</i>. ${int(1, 40)} (${int(1, 4)}): ${int(1, 300)}–${int(301, 600)}.</cite> <a href="https://doi.org/10.1000/${i}">doi</a></li>`).join('')}</ol>`;
  const navbox = `<div class="navbox"><table>${times(6, () => `<tr><th>${esc(cap(pick(NOUNS)))}</th><td>${times(20, () => `<a href="/wiki/${pick(NOUNS)}">${esc(cap(pick(NOUNS)))}</a>`).join(' · ')}</td></tr>`).join('')}</table></div>`;
  add(
    name,
    page({
      title: `${subject} - Free Encyclopedia`,
      kind: 'encyclopaedia',
      site: 'Free Encyclopedia',
      body: `<div class="layout"><nav class="sidebar-nav"><ul>${navLinks(30)}</ul></nav><main id="content"><h1>${esc(subject)}</h1><div class="hatnote">For other uses, see ${esc(subject)} (disambiguation).</div>${infobox}<p><b>${esc(subject)}</b> ${esc(paragraph(4))}</p>${toc}${sections}${refs}${navbox}</main></div>`,
    }),
  );
}

function blogWithComments(name, n) {
  seed(n * 31);
  const comments = times(
    n,
    (i) =>
      `<li class="comment" id="comment-${i}">${wrap('', 0)}<div class="comment-author"><img src="/avatar/${i}.png" alt="" width="32" height="32"> <b>${esc(person())}</b> <time datetime="2026-03-${String(int(1, 28)).padStart(2, '0')}">March ${int(1, 28)}, 2026</time></div>${wrap(`${wrap(`<div class="comment-body"><p>${esc(comment())}</p></div>`, 2)}`, 2)}<div class="comment-actions"><a href="#reply-${i}">Reply</a> <a href="#like-${i}">Like (${int(0, 80)})</a></div>${rand() < 0.3 ? `<ul class="children"><li class="comment"><b>${esc(person())}</b><p>${esc(comment())}</p></li></ul>` : ''}</li>`,
  ).join('');
  add(
    name,
    page({
      title: 'What ten years of film photography taught me',
      kind: 'blog-comments',
      site: 'Grain & Light',
      published: '2026-03-02',
      body: `<div class="layout"><main><article class="post"><h1>What ten years of film photography taught me</h1><p class="byline">By ${esc(person())}</p>${times(14, () => `<p>${esc(paragraph())}</p>`).join('')}<figure><img src="/img/roll.jpg" alt="A roll of film"><figcaption>${esc(sentence())}</figcaption></figure>${times(6, () => `<p>${esc(paragraph())}</p>`).join('')}</article><section id="comments"><h2>${n} comments</h2><ol class="comment-list">${comments}</ol><form class="comment-form"><textarea name="comment"></textarea><button>Post comment</button></form></section></main>${sidebar()}</div>`,
    }),
  );
}

function releaseBlog(name) {
  seed(4242);
  const items = times(
    60,
    () =>
      `<li><strong>${esc(cap(pick(TECH)))}:</strong> ${esc(techSentence())} <a href="https://bugs.example.org/${int(100000, 999999)}">Bug ${int(100000, 999999)}</a></li>`,
  ).join('');
  add(
    name,
    page({
      title: 'Browser 140 release notes',
      kind: 'release-blog',
      site: 'Browser Blog',
      published: '2026-02-10',
      body: `<div class="layout"><main><article><h1>What's new in Browser 140</h1><p class="meta">Published by the Browser team</p>${times(6, () => `<h2>${esc(cap(pick(TECH)))} improvements</h2><p>${esc(techParagraph())}</p><pre><code>${esc(times(8, () => `const ${pick(TECH)} = await ${pick(TECH)}.${pick(['open', 'read', 'flush', 'split'])}(${int(1, 99)});`).join('\n'))}</code></pre><p>${esc(techParagraph())}</p>`).join('')}<h2>Full list of changes</h2><ul>${items}</ul><h2>Deprecations</h2><p>${esc(techParagraph())} The old flag is no longer honoured; sites that signed up for the origin trial keep it until the trial ends.</p></article></main>${sidebar()}</div>`,
    }),
  );
}

function apiDocs(name) {
  seed(777);
  const nav = `<nav class="docs-nav"><ul>${times(300, (i) => `<li><a href="#api-${i}">${pick(TECH)}.${pick(['get', 'set', 'open', 'close', 'watch', 'parse'])}${i}()</a></li>`).join('')}</ul></nav>`;
  const sections = times(
    120,
    (i) =>
      `<section id="api-${i}"><h2><code>${pick(TECH)}.${pick(['get', 'set', 'open', 'close', 'watch', 'parse'])}${i}(options)</code></h2><p>${esc(techParagraph(2))}</p><table><thead><tr><th>Parameter</th><th>Type</th><th>Description</th></tr></thead><tbody>${times(4, () => `<tr><td><code>${pick(TECH)}</code></td><td>${pick(['string', 'number', 'boolean', 'object'])}</td><td>${esc(techSentence())}</td></tr>`).join('')}</tbody></table><pre><code>${esc(`const result = await client.${pick(TECH)}(${int(1, 9)}, { timeout: ${int(100, 9000)} });`)}</code></pre></section>`,
  ).join('');
  add(
    name,
    page({
      title: 'API reference · Client SDK',
      kind: 'api-docs',
      site: 'Client SDK',
      body: `<div class="layout">${nav}<main><h1>API reference</h1><p>${esc(techParagraph())}</p>${sections}</main></div>`,
    }),
  );
}

function forumThread(name, n) {
  seed(n * 13);
  const posts = times(n, (i) =>
    wrap(
      `<div class="post" id="p${i}"><div class="post-author"><a href="/u/${i}">${esc(pick(FIRST).toLowerCase())}${int(1, 999)}</a><span class="rank">${pick(['Member', 'Senior member', 'Moderator'])}</span><span class="joined">Joined ${int(2005, 2025)}</span></div><div class="post-body">${i > 0 && rand() < 0.3 ? `<blockquote>${esc(comment())}</blockquote>` : ''}<p>${esc(rand() < 0.5 ? comment() : techParagraph(2))}</p></div><div class="signature">${esc(pick(['Running 3 rigs and a soldering iron.', 'Sent from my phone.', 'Be kind, rewind.']))}</div></div>`,
      2,
    ),
  ).join('');
  add(
    name,
    page({
      title: 'Brake squeal after pad change - Forum',
      kind: 'forum',
      site: 'Cycle Forum',
      body: `<main><nav class="breadcrumbs"><a href="/">Forums</a> › <a href="/f/mechanics">Mechanics</a></nav><h1>Brake squeal after pad change</h1>${posts}<div class="pagination">${times(12, (i) => `<a href="?page=${i + 1}">${i + 1}</a>`).join(' ')}</div></main>`,
    }),
  );
}

function productPage(name) {
  seed(99);
  const reviews = times(120, () =>
    wrap(
      `<div class="review"><span class="stars">${'★'.repeat(int(1, 5))}</span> <b>${esc(cap(np()))}</b><p>${esc(comment())}</p><span class="verified">Verified purchase</span></div>`,
      2,
    ),
  ).join('');
  add(
    name,
    page({
      title: 'Trail Runner 5 - Lightweight running shoe | Shop',
      kind: 'product',
      site: 'Shop',
      head: `<script type="application/ld+json">${JSON.stringify({ '@type': 'Product', name: 'Trail Runner 5', offers: { price: '119.00' } })}</script>`,
      body: `<main class="product"><nav class="breadcrumbs"><a href="/">Home</a> › <a href="/shoes">Shoes</a></nav><h1>Trail Runner 5</h1><div class="price">€119.00 <span class="deal">Deal of the day: −20%</span></div><div class="gallery">${times(8, (i) => `<img src="/p/${i}.jpg" alt="">`).join('')}</div><div class="options"><select>${times(14, (i) => `<option>EU ${36 + i}</option>`).join('')}</select><button>Add to basket</button></div><h2>Description</h2><p>${esc(paragraph())}</p><h2>Specifications</h2><table>${times(20, () => `<tr><th>${esc(cap(pick(NOUNS)))}</th><td>${int(1, 500)} ${pick(['g', 'mm', '%'])}</td></tr>`).join('')}</table><h2>Customers also bought</h2><ul class="grid">${times(24, (i) => `<li><a href="/p/${i}">${esc(cap(pick(ADJ)))} ${esc(pick(NOUNS))}</a> €${int(9, 199)}</li>`).join('')}</ul><h2>Reviews</h2>${reviews}</main>`,
    }),
  );
}

function searchResults(name) {
  seed(31337);
  const result = (i) =>
    wrap(
      `<div class="result"><a href="https://site${i}.example/${pick(NOUNS)}"><h3>${esc(cap(np()))} ${pick(VERBS)} ${pick(ADV)}</h3><cite>site${i}.example › ${pick(NOUNS)}</cite></a><p>${esc(sentence())} ${esc(sentence())}</p></div>`,
      3,
    );
  const news = `<div class="top-stories"><h2>Top stories</h2>${times(4, () => `<a class="card" href="/n/${int(1, 9999)}">${esc(pick(['Chile and Peru agree fishing rules', 'Kenya, Tanzania sign border deal', 'Norway and Iceland reach quota accord', 'Trade pact between Vietnam and Laos']))}<span>${int(1, 23)} hours ago</span></a>`).join('')}</div>`;
  add(
    name,
    page({
      title: 'trade agreement - Search',
      kind: 'search-results',
      site: 'Search',
      body: `<main><div class="stats">About ${int(1e6, 9e6).toLocaleString('en')} results</div>${ad()}${news}${times(10, result).join('')}<div class="related"><h3>Related searches</h3>${times(8, () => `<a href="/search?q=${pick(NOUNS)}">${esc(pick(NOUNS))} ${esc(pick(NOUNS))}</a>`).join(' ')}</div><div class="pagination">${times(10, (i) => `<a href="?p=${i}">${i + 1}</a>`).join(' ')}</div></main>`,
    }),
  );
}

const HEADLINES = [
  ['Chile', 'Peru', 'agree new rules for shared fishing grounds'],
  ['Kenya', 'Tanzania', 'sign deal on cross-border rail'],
  ['Norway', 'Iceland', 'reach accord on mackerel quotas'],
  ['Vietnam', 'Laos', 'seal power trade pact'],
  ['Morocco', 'Senegal', 'agree to open consulates'],
  ['Indonesia', 'Malaysia', 'sign maritime boundary treaty'],
];
function newsHomepage(name) {
  seed(2026);
  const teaser = (i) => {
    const h =
      i % 5 === 0
        ? (() => {
            const [a, b, what] = pick(HEADLINES);
            return `${a} and ${b} ${what}`;
          })()
        : `${cap(np())} ${pick(VERBS)} ${pick(ADV)}`;
    return `<article class="teaser">${wrap(`<a href="/story/${i}">${wrap(`<img src="/t/${i}.jpg" alt="">`, 2)}<h3>${esc(h)}</h3></a>${wrap(`<p>${esc(sentence())}</p>`, 1)}<span class="section">${esc(cap(pick(NOUNS)))}</span>`, 2)}</article>`;
  };
  const sections = times(
    10,
    (s) =>
      `<section class="rail"><h2>${esc(cap(pick(NOUNS)))}</h2>${times(12, (i) => teaser(s * 12 + i)).join('')}</section>${s % 3 === 0 ? ad() : ''}`,
  ).join('');
  add(
    name,
    page({
      title: 'The Daily Ledger - News, sport and opinion',
      kind: 'news-homepage',
      site: 'The Daily Ledger',
      body: `<main class="front">${sections}</main>`,
    }),
  );
}

function longform(name) {
  seed(5150);
  const chapters = times(
    14,
    (c) =>
      `<section class="chapter"><h2>${c + 1}. ${esc(cap(np()))}</h2>${times(10, () => `<p>${esc(paragraph(int(4, 8)))}</p>`).join('')}<blockquote class="pull-quote">${esc(sentence())}</blockquote><figure><img src="/f/${c}.jpg" alt=""><figcaption>${esc(sentence())}</figcaption></figure></section>`,
  ).join('');
  add(
    name,
    page({
      title: 'The last ferryman of the northern lakes',
      kind: 'longform',
      site: 'The Long Read',
      published: '2026-01-18',
      body: `<main><article><header class="hero"><h1>The last ferryman of the northern lakes</h1><p class="standfirst">${esc(sentence())}</p><p class="byline">By ${esc(person())}</p></header>${chapters}<footer class="article-footer"><p>This story was signed off by our editors in January.</p></footer></article></main>`,
    }),
  );
}

function newsArticle(name, { title, paras, kind, site = 'The Daily Ledger', semantic = true, comments = 0, published = '2026-03-10' }) {
  const body = `${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}`;
  const related = `<section class="related"><h2>Related stories</h2><ul>${times(6, (i) => `<li><a href="/story/r${i}">${esc(cap(np()))} ${pick(VERBS)}</a></li>`).join('')}</ul></section>`;
  const share = `<div class="share-bar">${times(5, (i) => `<a class="share-${i}" href="/share/${i}">${ICON}<span>${esc(pick(['Share', 'Post', 'Email', 'Copy link', 'Print']))}</span></a>`).join('')}</div>`;
  const recommended = `<section class="recommended"><h2>Recommended for you</h2>${times(24, (i) => wrap(`<a href="/rec/${i}">${wrap(`<img src="/rec/${i}.jpg" alt="">`, 1)}<span class="${hash()}">${esc(cap(np()))} ${pick(VERBS)} ${pick(ADV)}</span><span class="${hash()}">${esc(cap(pick(NOUNS)))} Weekly</span></a>`, 2)).join('')}</section>`;
  const cs = comments
    ? `<section id="comments"><h2>Comments</h2>${times(comments, () => `${wrap(`<div class="comment"><b>${esc(person())}</b><p>${esc(comment())}</p></div>`, 2)}`).join('')}</section>`
    : '';
  const story = semantic
    ? `<article><h1>${esc(title)}</h1><p class="byline">By ${esc(person())} · ${published}</p>${share}${ad()}${body}</article>`
    : `<div class="story"><h1>${esc(title)}</h1><div class="byline">By ${esc(person())}</div>${share}<div class="story-body">${ad()}${body}</div></div>`;
  add(
    name,
    page({
      title: `${title} | ${site}`,
      kind,
      site,
      published,
      body: `<div class="layout"><main>${story}${related}${recommended}${cs}</main>${sidebar()}</div>`,
    }),
  );
}

const agreementParas = (a, b, { capitalA, capitalB, thing, venue, minA, minB }) => [
  `${a} and ${b} agreed on Tuesday to ${thing}, after two days of talks in ${venue} between their foreign ministers.`,
  `${a}'s Foreign Minister ${minA} and ${b}'s Foreign Minister ${minB} signed a memorandum of understanding that sets up a joint commission to oversee the plan.`,
  `Under the agreement, the two sides will exchange data every month and hold a review meeting each year, the joint statement said.`,
  `"This is a practical step that people on both sides of the border will notice," ${minA} told reporters in ${venue}.`,
  `Officials in ${capitalA} and ${capitalB} said the first meeting of the commission would take place within three months.`,
  ...times(8, () => paragraph()),
];
const plainParas = (n, extra = []) => [...extra, ...times(n, () => paragraph())];

// ---- the corpus -----------------------------------------------------------------------------------
encyclopaedia('encyclopaedia-city', 'Riverton', {
  history:
    'The town grew after the Treaty of Westbridge was signed in 1712 between Sweden and Denmark, which settled the use of the harbour.',
});
encyclopaedia('encyclopaedia-science', 'Basalt columns');
encyclopaedia('encyclopaedia-person', 'Edda Marlow');
blogWithComments('blog-comments-400', 400);
blogWithComments('blog-comments-60', 60);
releaseBlog('release-blog');
apiDocs('api-docs');
forumThread('forum-thread', 90);
productPage('product-page');
searchResults('search-results');
newsHomepage('news-homepage');
longform('longform-feature');
seed(11);
newsArticle('news-sport', {
  kind: 'news',
  title: 'Late goal sends Riverton into the cup final',
  paras: plainParas(12, [
    'Riverton beat Harbour Town 2-1 on Saturday with a goal in the last minute, and the club said the striker had agreed a new contract.',
  ]),
});
seed(12);
newsArticle('news-weather', { kind: 'news', title: 'Storm brings floods to the coast', paras: plainParas(10) });
seed(13);
newsArticle('news-business', {
  kind: 'news',
  title: 'Retailer agrees takeover by rival chain',
  paras: plainParas(12, [
    'The retailer agreed on Monday to a takeover by a larger rival in a deal worth 1.2 billion euros, the companies said.',
  ]),
  comments: 40,
});
seed(14);
newsArticle('news-election', {
  kind: 'news',
  title: 'Mayor wins second term in close count',
  paras: plainParas(14, ['The mayor signed the final results sheet on Sunday after a recount in three wards.']),
  semantic: false,
});
seed(15);
newsArticle('news-tech', {
  kind: 'news',
  title: 'Phone maker delays its folding model',
  paras: plainParas(10),
  semantic: false,
  comments: 120,
});
seed(16);
newsArticle('news-foreign-no-deal', {
  kind: 'news',
  title: 'Talks between Chile and Peru end without a deal',
  paras: plainParas(10, [
    'Talks between Chile and Peru on fishing rules ended on Friday without a deal, and no date was set for another round.',
    'Officials in Santiago and Lima blamed each other for the failure.',
  ]),
});
seed(17);
newsArticle('news-court', {
  kind: 'news',
  title: 'Court hears appeal over harbour lease',
  paras: plainParas(16),
  site: 'Coast Courier',
  semantic: false,
});
seed(18);
newsArticle('news-culture', { kind: 'news', title: 'Museum reopens after three-year rebuild', paras: plainParas(12), comments: 25 });
seed(21);
newsArticle('agreement-chile-peru', {
  kind: 'agreement',
  title: 'Chile and Peru agree new rules for shared fishing grounds',
  paras: agreementParas('Chile', 'Peru', {
    capitalA: 'Santiago',
    capitalB: 'Lima',
    thing: 'set joint catch limits for anchovy in their shared waters',
    venue: 'Arica',
    minA: 'Ana Ruiz',
    minB: 'Jorge Salas',
  }),
});
seed(22);
newsArticle('agreement-kenya-tanzania', {
  kind: 'agreement',
  title: 'Kenya and Tanzania sign deal on cross-border rail',
  paras: agreementParas('Kenya', 'Tanzania', {
    capitalA: 'Nairobi',
    capitalB: 'Dodoma',
    thing: 'build a rail link between their two largest ports',
    venue: 'Arusha',
    minA: 'Grace Wanjiru',
    minB: 'Joseph Mrema',
  }),
  semantic: false,
});
seed(23);
newsArticle('agreement-norway-iceland', {
  kind: 'agreement',
  title: 'Norway and Iceland reach accord on mackerel quotas',
  paras: agreementParas('Norway', 'Iceland', {
    capitalA: 'Oslo',
    capitalB: 'Reykjavik',
    thing: 'share the mackerel catch in the North Atlantic for five years',
    venue: 'Bergen',
    minA: 'Ingrid Dahl',
    minB: 'Einar Jonsson',
  }),
  comments: 80,
});
seed(24);
newsArticle('agreement-vietnam-laos', {
  kind: 'agreement',
  title: 'Vietnam and Laos seal power trade pact',
  paras: agreementParas('Vietnam', 'Laos', {
    capitalA: 'Hanoi',
    capitalB: 'Vientiane',
    thing: 'raise electricity imports across their border',
    venue: 'Vientiane',
    minA: 'Nguyen Thi Lan',
    minB: 'Somsak Vong',
  }),
  site: 'Mekong Times',
});
seed(25);
newsArticle('agreement-morocco-senegal', {
  kind: 'agreement',
  title: 'Morocco and Senegal agree to open consulates',
  paras: agreementParas('Morocco', 'Senegal', {
    capitalA: 'Rabat',
    capitalB: 'Dakar',
    thing: "open consulates in each other's second cities",
    venue: 'Dakar',
    minA: 'Youssef Alami',
    minB: 'Aminata Diop',
  }),
  semantic: false,
  comments: 30,
});
seed(26);
newsArticle('agreement-indonesia-malaysia', {
  kind: 'agreement',
  title: 'Indonesia and Malaysia sign maritime boundary treaty',
  paras: agreementParas('Indonesia', 'Malaysia', {
    capitalA: 'Jakarta',
    capitalB: 'Kuala Lumpur',
    thing: 'settle the last disputed stretch of their sea border',
    venue: 'Jakarta',
    minA: 'Sri Wahyuni',
    minB: 'Ahmad Rahman',
  }),
});
seed(31);
add(
  'recipe',
  page({
    title: 'Slow-roasted tomato soup - Kitchen Notes',
    kind: 'recipe',
    site: 'Kitchen Notes',
    body: `<main><article><h1>Slow-roasted tomato soup</h1>${times(10, () => `<p>${esc(paragraph())}</p>`).join('')}<div class="recipe-card"><h2>Ingredients</h2><ul>${times(14, () => `<li>${int(1, 500)} g ${esc(pick(NOUNS))}</li>`).join('')}</ul><h2>Method</h2><ol>${times(9, () => `<li>${esc(sentence())}</li>`).join('')}</ol></div></article><section id="comments">${times(150, () => `<div class="comment"><b>${esc(person())}</b><p>${esc(comment())}</p></div>`).join('')}</section></main>`,
  }),
);
seed(32);
add(
  'advocacy',
  page({
    title: 'Clean rivers now - sign the declaration',
    kind: 'advocacy',
    site: 'River Action',
    body: `<main><section class="hero"><h1>Clean rivers now</h1><p>Sign our declaration and join ${int(10000, 99999).toLocaleString('en')} people who have signed already.</p><form><input name="name"><input name="email"><button>Sign the declaration</button></form></section>${times(8, () => `<section class="campaign"><h2>${esc(cap(np()))}</h2><p>${esc(paragraph())}</p><a class="donate" href="/donate">Donate</a></section>`).join('')}<section class="partners"><h2>Our partners</h2><ul>${times(40, () => `<li>${esc(cap(pick(ADJ)))} ${esc(cap(pick(NOUNS)))} Trust</li>`).join('')}</ul></section></main>`,
  }),
);
seed(33);
add(
  'qa-page',
  page({
    title: 'How do I stream a file without buffering it? - Q&A',
    kind: 'qa',
    site: 'Dev Q&A',
    body: `<main><h1>How do I stream a file without buffering it?</h1><div class="question"><p>${esc(techParagraph())}</p><pre><code>${esc('const data = fs.readFileSync(path);\nres.end(data);')}</code></pre></div>${times(14, (i) => `<div class="answer"><div class="votes">${int(-2, 400)}</div><p>${esc(techParagraph(int(2, 6)))}</p><pre><code>${esc(`fs.createReadStream(path).pipe(res); // ${i}`)}</code></pre><div class="comments">${times(int(0, 6), () => `<p class="comment">${esc(comment())} – ${esc(pick(FIRST).toLowerCase())}</p>`).join('')}</div></div>`).join('')}</main>`,
  }),
);
seed(34);
add(
  'category-listing',
  page({
    title: 'Garden tools - Shop',
    kind: 'listing',
    site: 'Shop',
    body: `<main><h1>Garden tools</h1><div class="filters">${times(30, () => `<label><input type="checkbox"> ${esc(cap(pick(ADJ)))}</label>`).join('')}</div><ul class="product-grid">${times(240, (i) => `<li class="product-card">${wrap('', 1)}<a href="/p/${i}"><img src="/p/${i}.jpg" alt=""><span class="name">${esc(cap(pick(ADJ)))} ${esc(pick(NOUNS))} ${int(1, 9)}</span></a><span class="price">€${int(3, 300)}.99</span>${rand() < 0.2 ? '<span class="badge">Deal</span>' : ''}<button>Add</button></li>`).join('')}</ul></main>`,
  }),
);
seed(35);
add(
  'press-release-agreement',
  page({
    title: 'Joint statement: Chile and Argentina agree on glacier monitoring',
    kind: 'agreement',
    site: 'Ministry of Foreign Affairs',
    published: '2026-02-20',
    body: `<main><div class="press-release"><h1>Joint statement: Chile and Argentina agree on glacier monitoring</h1><p class="date">20 February 2026</p>${['Chile and Argentina agreed on Friday to set up a joint network of stations to monitor the glaciers along their shared border, the two foreign ministries said in a joint statement.', "Chile's Foreign Minister Ana Ruiz and Argentina's Foreign Minister Pablo Ferreyra signed the agreement in Mendoza.", 'Under the agreement, the two countries will share measurements every season and publish a common report each year.', ...times(6, () => paragraph())].map((p) => `<p>${esc(p)}</p>`).join('')}<div class="contacts"><h2>Press contacts</h2><p>press@example.org</p></div></div></main>`,
  }),
);
seed(36);
add(
  'video-page',
  page({
    title: 'How bridges are inspected - Video',
    kind: 'video',
    site: 'Tube',
    body: `<main><div class="player"><video src="/v/1.mp4" controls></video></div><h1>How bridges are inspected</h1><div class="channel">${esc(person())} · ${int(1000, 99999)} subscribers</div><details class="transcript"><summary>Transcript</summary>${times(40, (i) => `<p><span class="ts">${Math.floor(i / 2)}:${String((i * 30) % 60).padStart(2, '0')}</span> ${esc(sentence())}</p>`).join('')}</details><section class="comments">${times(200, () => `<div class="comment"><b>@${esc(pick(FIRST).toLowerCase())}${int(1, 999)}</b><p>${esc(comment())}</p></div>`).join('')}</section><aside class="up-next">${times(20, (i) => `<a href="/v/${i}">${esc(cap(np()))}</a>`).join('')}</aside></main>`,
  }),
);
seed(37);
add(
  'travel-guide',
  page({
    title: 'Three days in the lake district - Travel guide',
    kind: 'travel',
    site: 'Wander',
    body: `<div class="layout"><main><article><h1>Three days in the lake district</h1>${times(3, (d) => `<h2>Day ${d + 1}</h2>${times(5, () => `<p>${esc(paragraph())}</p>`).join('')}<div class="map-embed" data-lat="${rand()}" data-lng="${rand()}"></div>`).join('')}<h2>Where to stay</h2><ul>${times(12, () => `<li><b>${esc(cap(pick(ADJ)))} ${esc(cap(pick(NOUNS)))} Inn</b> – ${esc(sentence())}</li>`).join('')}</ul></article></main>${sidebar()}</div>`,
  }),
);
seed(38);
add(
  'job-listings',
  page({
    title: 'Jobs: software engineer - Careers',
    kind: 'listing',
    site: 'Careers',
    body: `<main><h1>${int(100, 999)} jobs</h1>${times(60, () => `<div class="job"><h2><a href="/job/${int(1, 99999)}">${esc(cap(pick(ADJ)))} ${esc(pick(TECH))} engineer</a></h2><div class="company">${esc(cap(pick(NOUNS)))} Labs · ${esc(pick(['Remote', 'Hybrid', 'On site']))}</div><p>${esc(techSentence())}</p><span class="salary">€${int(40, 120)}k</span></div>`).join('')}</main>`,
  }),
);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
for (const [name, html] of Object.entries(pages)) writeFileSync(join(OUT, `${name}.html`), html);
console.log(`wrote ${Object.keys(pages).length} pages to ${OUT}`);
