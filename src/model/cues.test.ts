// The near-miss wordings that keep a sentence's words from being read as agreed measures.
import { describe, expect, it } from 'vitest';
import { NEGATED } from './cues';

describe('NEGATED: a sentence that reports no agreement', () => {
  it.each([
    'The summit ended without an agreement.',
    'Leaders end summit without Ukraine ceasefire deal',
    'The two presidents ended their talks without agreeing on a truce.',
    'The talks collapsed on Friday.',
    'Both sides failed to agree on a new border line.',
  ])('negated: %s', (sentence) => {
    expect(NEGATED.test(sentence)).toBe(true);
  });

  it.each([
    'The two sides agreed to reopen the border.',
    'The two sides signed the accord without delay.',
    'The ceasefire deal was agreed without a vote in parliament.',
    'Thai and Chinese citizens can travel without a visa under the agreement.',
    'The first week passed without ceasefire violations.',
  ])('not negated: %s', (sentence) => {
    expect(NEGATED.test(sentence)).toBe(false);
  });
});
