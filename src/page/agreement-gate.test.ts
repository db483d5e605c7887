// @vitest-environment jsdom
// The text gate before any article finding: it must let through every English agreement report we
// hold (whatever else it lets through, the engine decides), and turn away pages that name no two
// parties beside an agreement word, cheaply.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANY_CUE } from '../model/cues';
import { AGREE_VERBS, EVIDENCE, SIGN_VERBS } from '../model/agreement-evidence';
import { describe, expect, it, test } from 'vitest';
import { mayReportAgreement, pageMayReportAgreement } from './agreement-gate';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');
const SHARED = join(ROOT, '../shared/fixtures');

describe('the agreement gate on sentences', () => {
  it.each([
    'Pakistan and Iran agreed on Monday to deploy liaison officers.',
    'The Taliban signed a deal with the United States in Doha.',
    'Tehran and Islamabad agreed to reopen the border crossings.',
    'PAKISTAN, IRAN AGREE TO BOOST BORDER SECURITY',
    'Ethiopian and Kenyan negotiators reached an understanding on the dam.',
    'The European Union and Mercosur concluded a trade agreement after two decades of talks.',
    'The ceasefire between al-Shabaab and the Somali army held overnight.',
    'Under the pact, the United Arab Emirates will fund a port in Sudan.',
    'Vladimir Putin and the Ukrainians signed nothing, but a truce was declared.',
  ])('passes: %s', (text) => {
    expect(mayReportAgreement(text)).toBe(true);
  });

  it.each([
    ['no agreement word', 'Pakistan and Iran held talks on Monday about border security.'],
    ['one party only', 'Pakistan signed the contract for a new stadium and agreed to host the cup.'],
    [
      'one party in many forms',
      'Iran agreed to the plan, Iranian officials said in Tehran, and the Islamic Republic of Iran confirmed it.',
    ],
    ['parties far from the word', `Pakistan and Iran. ${'Nothing else happened that day. '.repeat(80)} The council signed the budget.`],
    ['lower-case words that spell names', 'the chad was hanging; we agreed to us turkey for dinner in china bowls.'],
    ['a shopping page', 'Deal of the day: 40% off headphones. Signed copies of the book are back. Free delivery.'],
    ['documentation', 'The client signs requests; a Declaration file describes the types. See the Agreement section.'],
  ])('turns away %s', (_why, text) => {
    expect(mayReportAgreement(text)).toBe(false);
  });
});

interface Case {
  id: string;
  text: string;
  /** The page, when the case is one: the content script gates pages, text and prose. */
  page?: Document;
  agreement: boolean;
  english: boolean;
  /** Held out from rule writing: named by no test, counted only. */
  heldOut?: boolean;
}

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** The title, then the body's text. */
const textOf = (d: Document) => `${d.title}\n${d.body?.textContent ?? ''}`;
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Every case we hold, read through the gate only (no wording of any case is looked at here): the
 * shared dev set as text and as whole pages, the project corpus and the corpora of test/corpus. Cases
 * held out from rule writing (the validation split, fresh sets) are marked: a test names only readable
 * cases, and of held-out ones gives a count (docs/method.md: numbers only).
 */
function cases(): Case[] {
  const out: Case[] = [];
  const gold = new Map<string, boolean>();
  const dev = join(SHARED, 'dev');
  for (const f of readdirSync(dev).filter((x) => x.endsWith('.json'))) {
    const c = json(join(dev, f));
    gold.set(c.id, c.gold.is_agreement_article);
    out.push({
      id: `dev/${c.id}`,
      text: `${c.title ?? ''}\n${c.text}`,
      agreement: c.gold.is_agreement_article,
      english: c.language === 'en',
      heldOut: /^\d*[147]-/.test(f),
    });
  }
  const pages = join(SHARED, 'pages');
  for (const f of readdirSync(pages).filter((x) => x.endsWith('.html'))) {
    const id = f.replace(/\.html$/, '');
    const html = readFileSync(join(pages, f), 'utf8');
    const page = doc(html);
    out.push({ id: `pages/${id}`, text: textOf(page), page, agreement: gold.get(id) ?? true, english: /<html[^>]*lang="en/i.test(html) });
  }
  const fixtures = join(ROOT, 'test/fixtures');
  for (const d of readdirSync(fixtures)) {
    const dir = join(fixtures, d);
    if (!existsSync(join(dir, 'expected.json'))) continue;
    const e = json(join(dir, 'expected.json'));
    const page = existsSync(join(dir, 'source.html')) ? doc(readFileSync(join(dir, 'source.html'), 'utf8')) : undefined;
    const text = page ? textOf(page) : `${e.title ?? ''}\n${readFileSync(join(dir, 'source.txt'), 'utf8')}`;
    out.push({ id: `fixtures/${d}`, text, page, agreement: e.gold.is_agreement_article, english: (e.language ?? 'en') === 'en' });
  }
  const corpus = join(ROOT, 'test/corpus');
  for (const set of readdirSync(corpus)) {
    const dir = join(corpus, set, 'cases');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const c = json(join(dir, f));
      out.push({
        id: `${set}/${c.id}`,
        text: `${c.title ?? ''}\n${c.text}`,
        agreement: c.gold.is_agreement_article,
        english: c.language === 'en',
        heldOut: set.startsWith('fresh-'),
      });
    }
  }
  return out;
}

describe("the gate's agreement words cover the engine's evidence", () => {
  test.each([...AGREE_VERBS, ...SIGN_VERBS])('a verb of agreeing or signing: %s', (verb) => {
    expect(ANY_CUE.test(`The two sides ${verb} it.`)).toBe(true);
  });
  test.each([
    ['The two sides signed a communiqué.', true],
    ['They issued a joint communiqué.', true],
    ['The charter of the club is on page two.', false],
    ['Shares traded lower on the stock exchange.', true],
    ['The framework is written in TypeScript.', false],
  ])('%s', (text, expected) => {
    expect(ANY_CUE.test(text)).toBe(expected);
  });
  // A sentence the engine takes as evidence that holds none of the gate's words would be a report the
  // content script turns away before the engine sees it.
  // (A measure's own sentence needs none: measures are found only from an agreement word's sentence on.)
  const examples = EVIDENCE.flatMap((r) => r.should.map((s) => [r.name, s] as const));
  test.each(examples)('%s: %s', (_rule, sentence) => {
    expect(ANY_CUE.test(sentence)).toBe(true);
  });
});

describe('the agreement gate on every case we hold', () => {
  const all = cases();

  it('reads a real number of cases', () => {
    expect(all.filter((c) => c.agreement && c.english).length).toBeGreaterThan(60);
  });

  it('lets through every English agreement report', () => {
    // The engine reads English only (other languages get no facts), so only English reports can be lost.
    const lost = all.filter((c) => c.agreement && c.english && !mayReportAgreement(c.text));
    expect(lost.filter((c) => !c.heldOut).map((c) => c.id)).toEqual([]);
    expect(lost.filter((c) => c.heldOut).length, 'held-out reports lost (a count only)').toBe(0);
  });

  it('lets through every English agreement report held as a whole page, read as the content script reads it', () => {
    const pages = all.filter((c) => c.page && c.agreement && c.english);
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((c) => !pageMayReportAgreement(c.page!)).map((c) => c.id)).toEqual([]);
  });

  it('turns away some of the near misses: it is a filter, not a pass-through', () => {
    const misses = all.filter((c) => !c.agreement);
    expect(misses.filter((c) => !mayReportAgreement(c.text)).length).toBeGreaterThan(misses.length / 4);
  });
});

describe('the agreement gate on whole pages', () => {
  const html = (body: string) => doc(`<!doctype html><html lang="en"><head><title>Page</title></head><body>${body}</body></html>`);
  const filler =
    '<p>The museum reopened its doors this week after a long rebuild, and visitors queued along the river to see the new galleries and the garden.</p>'.repeat(
      6,
    );

  it('passes a story that tells the agreement in its paragraphs', () => {
    expect(
      pageMayReportAgreement(
        html(
          `<h1>Chile and Peru agree on fishing rules</h1><p>Chile and Peru agreed on Tuesday to set joint catch limits in their shared waters.</p>${filler}`,
        ),
      ),
    ).toBe(true);
  });

  it('turns away a front page whose agreement sits only in headline links', () => {
    const teasers = '<div class="card"><a href="/a"><h3>Chile and Peru sign fishing deal</h3></a></div>'.repeat(3);
    expect(pageMayReportAgreement(html(`${teasers}${filler}`))).toBe(false);
  });

  it('judges a page with little paragraph text by its text alone', () => {
    expect(
      pageMayReportAgreement(html('<div>Chile and Peru agreed on Tuesday to set joint catch limits in their shared waters.</div>')),
    ).toBe(true);
  });
});

describe('the agreement gate is cheap', () => {
  /** Fastest of a few runs: the machine is shared, and the first run compiles. */
  const fastest = (text: string) => {
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      mayReportAgreement(text);
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };

  it('reads 1 MB of text full of agreement words and capitalised words but no parties in well under a millisecond per 10 KB', () => {
    const prose =
      'The Committee signed off on the new budget after a long debate. Mr Smith said the plan was agreed by the Board, and the Deal on parking stands. ';
    const text = prose.repeat(Math.ceil(1_000_000 / prose.length));
    expect(mayReportAgreement(text)).toBe(false);
    expect(fastest(text)).toBeLessThan(100 * 0.5); // 100 × 10 KB, half a millisecond each
  });

  it('stops at the first agreement word with two parties beside it', () => {
    const text = `Pakistan and Iran agreed to open a border market. ${'More reporting follows here. '.repeat(40_000)}`;
    expect(fastest(text)).toBeLessThan(5);
  });
});
