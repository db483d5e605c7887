import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, isSiteDisabled } from './settings';

describe('readSettings', () => {
  it('fills what is missing with defaults', () => {
    expect(readSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values field by field and drops the rest', () => {
    const s = readSettings({
      categories: { party: false, official: 'no' },
      palette: 'neon',
      mode: 'click',
      disabledSites: ['a.example', 3],
    });
    expect(s.categories).toEqual({ party: false, official: true, measure: true });
    expect(s.palette).toBe('standard');
    expect(s.mode).toBe('click');
    expect(s.disabledSites).toEqual([]);
  });

  it('knows which sites are off', () => {
    const s = readSettings({ disabledSites: ['news.example'] });
    expect(isSiteDisabled(s, 'news.example')).toBe(true);
    expect(isSiteDisabled(s, 'other.example')).toBe(false);
  });
});
