// The party-role wordings (src/model/party-roles.ts) on their own should / should-not strings.
import { describe, expect, test } from 'vitest';
import { PARTY_ROLE_RULES } from '../model/party-roles';
import { SIGNATORIES_BEFORE } from '../model/signatory-lists';
import { tokenize } from './tokens';

describe.each(PARTY_ROLE_RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
  const fires = (s: string) => rule.needs.some((w) => s.toLowerCase().includes(w)) && rule.re.test(s);
  test.each(rule.should.map((s) => [s]))('matches %j', (s) => {
    expect(fires(s)).toBe(true);
  });
  test.each(rule.shouldNot.map((s) => [s]))('does not match %j', (s) => {
    expect(fires(s)).toBe(false);
  });
});

/** The last word before the end of a `before` string, past "the", "a", "an" ('' when the last token is not a word). */
const lastWord = (s: string): string => {
  const t = tokenize(s);
  let j = t.length - 1;
  while (j >= 0 && /^(?:the|a|an)$/i.test(t[j]?.text ?? '')) j--;
  return t[j]?.word ? (t[j]?.text.toLowerCase() ?? '') : '';
};

describe.each([...PARTY_ROLE_RULES, SIGNATORIES_BEFORE].filter((r) => r.lastWords).map((r) => [r.name, r] as const))(
  '%s: its last words',
  (_name, rule) => {
    test.each(rule.should.map((s) => [s]))('%j ends in one of them', (s) => {
      expect(rule.lastWords).toContain(lastWord(s));
    });
  },
);
