import { describe, expect, it } from 'vitest';
import { BYSTANDER_EXAMPLES } from '../model/bystander-roles';
import { castsBystander } from './bystander';

describe('castsBystander', () => {
  it.each(BYSTANDER_EXAMPLES.map(([s, b]) => [s, b]))('"%s" → %s', (sentence, bystander) => {
    expect(castsBystander(sentence)).toBe(bystander);
  });
});
