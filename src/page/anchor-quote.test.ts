import { describe, expect, it } from 'vitest';
import { findQuote } from './anchor-quote';

describe('findQuote', () => {
  const text = 'Iran said no. Later, Pakistan and Iran agreed to deploy officers. Iran welcomed it.';
  const at = (s: string, from = 0) => text.indexOf(s, from);

  it('finds the occurrence whose context matches', () => {
    const start = at('Iran agreed');
    const found = findQuote(text, { exact: 'Iran', prefix: 'Pakistan and ', suffix: ' agreed to' });
    expect(found).toEqual({ start, end: start + 4 });
  });

  it('still finds it after text was inserted before it', () => {
    const changed = `BREAKING: a late update. ${text}`;
    const found = findQuote(changed, { exact: 'Iran', prefix: 'Pakistan and ', suffix: ' agreed to' });
    expect(changed.slice(found!.start - 13, found!.end + 10)).toBe('Pakistan and Iran agreed to');
  });

  it('returns null when the exact text is gone', () => {
    expect(findQuote(text, { exact: 'Turkey', prefix: '', suffix: '' })).toBeNull();
    expect(findQuote(text, { exact: '', prefix: 'a', suffix: 'b' })).toBeNull();
  });
});
