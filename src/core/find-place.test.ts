// Sentences of our own: where the sides met, when the text names it only by a descriptor.
import { describe, expect, test } from 'vitest';
import { extractFacts } from './extract';

const place = (text: string) => extractFacts({ text }).location;

describe('"in the <descriptor> city" is the dateline\'s city', () => {
  test.each([
    ['JEDDAH, Saudi Arabia (AP) — Chile and Peru signed a declaration on Thursday after talks in the Red Sea city, officials said.', 'Jeddah'],
    ['MOMBASA (Reuters) - Ghana and Togo agreed to reopen the border at talks in the coastal city on Monday.', 'Mombasa'],
  ])('%s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });
  test.each([
    // no dateline to point to
    'Chile and Peru agreed to reopen the border at talks in the coastal city on Monday.',
    // "the city of X" names another city; a future venue is no place either
    'JEDDAH (AP) — Chile and Peru signed a declaration after talks in the Saudi city of Taif.',
    'JEDDAH (AP) — Chile and Peru agreed to reopen the border. They will meet next month in the port city.',
  ])('no dateline city in: %s', (text) => {
    expect(place(text)).not.toBe('Jeddah');
  });
});
