// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findSemanticArticle } from './semantic-article';

const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i} of the story, long enough to be read as prose by anyone who reads news pages with care.</p>`,
  ).join('');

function pick(html: string): string | null {
  document.body.innerHTML = html;
  return findSemanticArticle(document)?.id ?? null;
}

describe('findSemanticArticle', () => {
  it.each([
    ['the one <article> holding the story', `<nav><p>Menu</p></nav><article id="a">${prose(8)}</article><aside>${prose(2)}</aside>`, 'a'],
    ['an itemprop="articleBody" container', `<div id="b" itemprop="articleBody">${prose(8)}</div>`, 'b'],
    ['the outer one when articles nest', `<article id="c"><div><article>${prose(8)}</article></div></article>`, 'c'],
    [
      'nothing on a front page of article cards',
      `<article>${prose(3)}</article><article>${prose(3)}</article><article>${prose(3)}</article>`,
      null,
    ],
    ['nothing when most prose sits outside it', `<article>${prose(6)}</article><div>${prose(6)}</div>`, null],
    ['nothing for a short teaser', `<article><p>Short.</p></article>`, null],
  ])('%s', (_name, html, expected) => {
    expect(pick(html)).toBe(expected);
  });
});
