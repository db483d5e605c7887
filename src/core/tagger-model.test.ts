import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import { loadCoreModel } from './tagger-model';

/** Deep equality that also holds key order, prototypes, typed arrays and sets: the first difference's path, or null. */
function firstDifference(x: unknown, y: unknown, path: string): string | null {
  if (x === y) return null;
  if (typeof x !== typeof y || x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return path;
  if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return `${path} (prototype)`;
  if (ArrayBuffer.isView(x)) {
    const a = x as unknown as ArrayLike<number>;
    const b = y as unknown as ArrayLike<number>;
    if (a.length !== b.length) return `${path} (length)`;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return `${path}[${i}]`;
    return null;
  }
  if (x instanceof Set) return firstDifference([...x], [...(y as Set<unknown>)], `${path}{}`);
  const kx = Object.keys(x);
  const ky = Object.keys(y);
  if (kx.join('\u0001') !== ky.join('\u0001')) return `${path} (keys)`;
  for (const k of kx) {
    const d = firstDifference((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

describe('loadCoreModel', () => {
  it("is the model's own core(), field for field and in the same order", () => {
    const ours = loadCoreModel();
    const theirs = (model as unknown as { core: () => unknown }).core();
    expect(firstDifference(ours, theirs, 'core')).toBeNull();
  });
  it('leaves the packed model as it was: a second read is the same', () => {
    const first = loadCoreModel();
    (first as { features: { lexeme: { list: string[] } } }).features.lexeme.list.push('a-word-met-later');
    const theirs = (model as unknown as { core: () => unknown }).core();
    expect(firstDifference(first, theirs, 'core')).toBe('core.features.lexeme.list (keys)');
    expect(firstDifference(loadCoreModel(), theirs, 'core')).toBeNull();
  });
});
