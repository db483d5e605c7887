// The party-role wordings (src/model/party-roles.ts) on their own should / should-not strings.
import { describe, expect, test } from 'vitest';
import { PARTY_ROLE_RULES } from '../model/party-roles';

describe.each(PARTY_ROLE_RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
  const fires = (s: string) => rule.needs.some((w) => s.toLowerCase().includes(w)) && rule.re.test(s);
  test.each(rule.should.map((s) => [s]))('matches %j', (s) => {
    expect(fires(s)).toBe(true);
  });
  test.each(rule.shouldNot.map((s) => [s]))('does not match %j', (s) => {
    expect(fires(s)).toBe(false);
  });
});
