// Names of organisations the gazetteer does not know, by their shape (src/model/org-names.ts examples).
import { describe, expect, test } from 'vitest';
import { ORG_ACRONYM_EXAMPLES, ORG_NAME_EXAMPLES } from '../model/org-names';
import { extractFacts } from './extract';
import { findEntities } from './find-entities';
import { findNamedOrgs, mergeMentions, namedOrgNames } from './find-named-orgs';
import { withGroups } from './find-signatory-groups';
import { tokenize } from './tokens';

const names = (text: string) => {
  const tokens = tokenize(text);
  return namedOrgNames(text, tokens, findEntities(text, tokens));
};

describe('namedOrgNames', () => {
  test.each(ORG_NAME_EXAMPLES.map(([s, n]) => [s, n]))('%j names %j', (s, n) => {
    expect(names(s)).toEqual(n);
  });
});

describe('acronyms', () => {
  test.each(ORG_ACRONYM_EXAMPLES.map(([s, a]) => [s, a]))('%j gives %j', (s, a) => {
    const text = `Talks with ${s} went on.`;
    const tokens = tokenize(text);
    const found = findNamedOrgs(text, tokens, findEntities(text, tokens));
    const acronym = found.find((m) => text.slice(m.start, m.end) !== m.entity.name);
    expect(acronym ? text.slice(acronym.start, acronym.end) : null).toBe(a);
  });
});

describe('findNamedOrgs', () => {
  test('every mention of the name and of its acronym is one entity; a state inside gives way', () => {
    const text =
      'The Sudan Hill Country Liberation Front (SHCLF) and the government signed a truce. The SHCLF said the Sudan Hill Country Liberation Front would comply.';
    const tokens = tokenize(text);
    const known = findEntities(text, tokens);
    const found = findNamedOrgs(text, tokens, known);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([
      'Sudan Hill Country Liberation Front',
      'SHCLF',
      'SHCLF',
      'Sudan Hill Country Liberation Front',
    ]);
    expect(new Set(found.map((m) => m.entity)).size).toBe(1);
    expect(withGroups(known, found).some((m) => m.entity.name === 'Sudan')).toBe(false);
  });
  test('a name another rule found stays that rule’s', () => {
    const text = 'The groups that signed were the Hill Army. The Hill Army said so.';
    const tokens = tokenize(text);
    const other = findNamedOrgs(text, tokens, []);
    expect(findNamedOrgs(text, tokens, [], other)).toEqual([]);
    expect(mergeMentions(other, other.slice(0, 1))).toEqual(other);
  });
});

describe('an organisation known only by its name never makes a report an agreement', () => {
  test('a union and a transit authority signing a wage deal stay outside diplomacy', () => {
    const facts = extractFacts({
      text: 'The Metro Transit Workers Union and the Regional Transit Authority signed a three-year agreement on Friday, ending a two-week strike. The Union said the deal raises wages by 12 percent.',
    });
    expect(facts.isAgreement).toBe(false);
  });
  test('beside a state, it is a party of the agreement', () => {
    const facts = extractFacts({
      text: 'The government of Mozambique and the Northern Freedom Movement signed a peace accord in Maputo on Friday, ending two years of fighting. Under the deal, the Northern Freedom Movement will disarm.',
    });
    expect(facts.isAgreement).toBe(true);
    expect(facts.parties.map((p) => p.name).sort()).toEqual(['Mozambique', 'Northern Freedom Movement']);
  });
});
