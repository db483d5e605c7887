import { describe, expect, it } from 'vitest';
import { holdsAnyOf } from './needs';

describe('holdsAnyOf', () => {
  it('finds any of the words inside the text, whatever its case', () => {
    expect(holdsAnyOf(['signed', 'agree'], 'The two sides AGREED on Monday.')).toBe(true);
    expect(holdsAnyOf(['signed', 'agree'], 'Signed copies are back in stock.')).toBe(true);
    expect(holdsAnyOf(['brokered'], 'Talks were held in Doha.')).toBe(false);
  });
  it('reads its words literally and holds nothing when it needs nothing', () => {
    expect(holdsAnyOf(['u.s.'], 'the US and Iran')).toBe(false);
    expect(holdsAnyOf(['u.s.'], 'the U.S. and Iran')).toBe(true);
    expect(holdsAnyOf([], 'anything')).toBe(false);
  });
});
