// State mentions: a region's adjective built on a demonym names no state (model/regions.ts).
import { describe, expect, test } from 'vitest';
import { REGION_BEFORE_DEMONYM } from '../model/regions';
import { findEntities } from './find-entities';
import { tokenize } from './tokens';

const firstState = (sentence: string): string | null => findEntities(sentence, tokenize(sentence))[0]?.entity.name ?? null;

describe('a demonym after a region word', () => {
  test.each(REGION_BEFORE_DEMONYM.should)('names no state: %s', (sentence, state) => {
    expect(firstState(sentence)).toBe(state);
  });
  test.each(REGION_BEFORE_DEMONYM.shouldNot)('still names its state: %s', (sentence, state) => {
    expect(firstState(sentence)).toBe(state);
  });
});

describe('a long organisation name with its later words in lower case', () => {
  const names = (sentence: string): string[] => findEntities(sentence, tokenize(sentence)).map((m) => m.entity.name);
  test.each([
    ['The Palestine liberation organization signed the accord.', 'Palestine Liberation Organization'],
    ["The Tigray people's liberation front agreed to disarm.", 'TPLF'],
  ])('is still the organisation: %s', (sentence, name) => {
    expect(names(sentence)).toContain(name);
  });
  test('a short name is not read so ("an Islamic state")', () => {
    expect(names('The movement wants an Islamic state.')).toEqual([]);
  });
});
