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
