// Every date cue matches its own should-examples and none of its should-not examples.
import { describe, expect, test } from 'vitest';
import { DATE_CUES } from './date-cues';

describe.each(DATE_CUES.map((c) => [c.name, c] as const))('%s', (_name, cue) => {
  test.each(cue.should)('matches %j', (text) => {
    expect(cue.re.test(text)).toBe(true);
  });
  test.each(cue.shouldNot)('does not match %j', (text) => {
    expect(cue.re.test(text)).toBe(false);
  });
});
