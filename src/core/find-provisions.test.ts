// Every provision pattern (src/model/provision-patterns.ts) on its own should / should-not sentences.
import { describe, expect, it } from 'vitest';
import { PROVISIONS } from '../model/provision-patterns';
import { findProvisions } from './find-provisions';
import { segmentSentences } from './segment';
import { tokenize } from './tokens';

function provisions(text: string): string[] {
  const out: string[] = [];
  // a sentence that starts with "The two sides agreed" holds an agreed measure already, as find-measures would have found
  const sentences = segmentSentences(text, tokenize(text));
  const taken = new Set(sentences.flatMap((s, i) => (/ agreed /.test(s.text) ? [i] : [])));
  findProvisions(text, sentences, taken, (s, e) => out.push(text.slice(s, e)));
  return out;
}

describe.each(PROVISIONS.map((r) => [r.name, r] as const))('provision %s', (_name, rule) => {
  it.each(rule.should.map(([c, m]) => [c, m]))('"%s" yields "%s"', (sentence, measure) => {
    expect(provisions(sentence)).toEqual(measure.split('|'));
  });
  it.each(rule.shouldNot.map((c) => [c]))('"%s" yields nothing', (sentence) => {
    expect(provisions(sentence)).toEqual([]);
  });
});

describe('findProvisions', () => {
  it('skips background and quoted sentences', () => {
    expect(provisions('In 1995 the accord gave the enclave a new status.')).toEqual([]);
    expect(provisions('"The deal stops the war," he said.')).toEqual([]);
  });
  it('reads the counterpart\'s own step after ", while"', () => {
    expect(
      provisions(
        'The two sides agreed to a truce. Markets rose. Chile will supply natural gas to the southern provinces of Peru for ten years, while Peru will grant Chilean ships access to the port of Ilo.',
      ),
    ).toEqual([
      'Chile will supply natural gas to the southern provinces of Peru for ten years',
      'Peru will grant Chilean ships access to the port of Ilo',
    ]);
    expect(
      provisions(
        'The two sides agreed to a truce. Chile will build a new consulate for traders and students in the northern border city of Tacna by the end of next year, while critics say the move is late.',
      ),
    ).toEqual(['Chile will build a new consulate for traders and students in the northern border city of Tacna by the end of next year']); // the counterpart in the present of the terms, as a side's step standing alone reads
    expect(
      provisions(
        'The two sides agreed to a truce. Chile will withdraw its troops from the ridge within a month, while Peru hands back the two border posts.',
      ),
    ).toEqual(['Chile will withdraw its troops from the ridge within a month', 'Peru hands back the two border posts']);
  });
  it('skips sentences already read by a cue', () => {
    const text = 'The accord gives the province a new name.';
    const out: string[] = [];
    findProvisions(text, segmentSentences(text, tokenize(text)), new Set([0]), (s, e) => out.push(text.slice(s, e)));
    expect(out).toEqual([]);
  });
});
