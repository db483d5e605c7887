// Pages of the web that report no agreement (test/browser/pages/no-agreement/, written for this project):
// an encyclopaedia article on a treaty, film and book lists, fiction, an interview, company, union,
// court, football, shopping and celebrity news, a review, API docs, a forum thread, one-sided acts
// (sanctions, an expelled envoy, a vow), failed and scheduled talks, a rejected proposal, an election and
// a recipe. Each goes through the command line's own reader (jsdom, article detection) and the engine:
// no agreement, so nothing to highlight. The browser twin is test/browser/no-agreement-pages.test.ts.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/cli/read-input';
import { extractFacts } from '../../src/core/extract';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../browser/pages/no-agreement');
const PAGES = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();

describe('pages that report no agreement', () => {
  it('are at least twenty', () => expect(PAGES.length).toBeGreaterThanOrEqual(20));

  it.each(PAGES)('%s: no agreement, no measures', (file) => {
    const facts = extractFacts(readInput(join(DIR, file)));
    expect(facts.article.text.length, 'the article text was read').toBeGreaterThan(200);
    expect(facts.isAgreement).toBe(false);
    expect(facts.measures).toEqual([]);
    expect(facts.confidence).toBeLessThan(0.5);
  });
});
