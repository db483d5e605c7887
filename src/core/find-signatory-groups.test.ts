// Lists of signatories name groups the gazetteer does not know (src/model/signatory-lists.ts examples).
import { describe, expect, test } from 'vitest';
import { SIGNATORIES_BEFORE, SIGNATORY_LIST_EXAMPLES } from '../model/signatory-lists';
import { findEntities } from './find-entities';
import { findSignatoryGroups, signatoryNames, withGroups } from './find-signatory-groups';
import { segmentSentences } from './segment';
import { tokenize } from './tokens';

describe('signatoryNames', () => {
  test.each(SIGNATORY_LIST_EXAMPLES.map(([s, names]) => [s, names]))('%j lists %j', (s, names) => {
    expect(signatoryNames(s)).toEqual(names);
  });
});

describe('signatories-before', () => {
  const fires = (s: string) => SIGNATORIES_BEFORE.needs.some((w) => s.toLowerCase().includes(w)) && SIGNATORIES_BEFORE.re.test(s);
  test.each(SIGNATORIES_BEFORE.should.map((s) => [s]))('matches %j', (s) => expect(fires(s)).toBe(true));
  test.each(SIGNATORIES_BEFORE.shouldNot.map((s) => [s]))('does not match %j', (s) => expect(fires(s)).toBe(false));
});

describe('findSignatoryGroups', () => {
  const run = (text: string) => {
    const tokens = tokenize(text);
    const known = findEntities(text, tokens);
    const groups = findSignatoryGroups(text, tokens, segmentSentences(text, tokens), known);
    return { known, groups, merged: withGroups(known, groups) };
  };
  test('every mention of a listed name, and a known name inside it gives way', () => {
    const text =
      'The government signed the accord. The groups that signed were the All Burma Students’ Democratic Front and the Hill Army. Later the Hill Army said it would comply.';
    const { groups, merged } = run(text);
    expect(groups.map((g) => g.entity.name)).toEqual(['All Burma Students’ Democratic Front', 'Hill Army', 'Hill Army']);
    expect(merged.some((m) => m.entity.name === 'Myanmar')).toBe(false);
  });
  test('a name the gazetteer knows stays the known entity', () => {
    const { groups, merged } = run('The groups that signed were the Karen National Union and the Hill Army.');
    expect(groups.map((g) => g.entity.name)).toEqual(['Hill Army']);
    expect(merged.map((m) => m.entity.name)).toEqual(['Karen National Union', 'Hill Army']);
  });
  test('no list, no groups', () => {
    expect(run('The Hill Army signed the accord with the government.').groups).toEqual([]);
  });
});
