// The tagger's language model (wink-eng-lite-web-model, MIT), with its core read faster on a background's
// first tagging. The model's own loader (dist/read-core-model.js and load-core-model.js) deep-copies the
// whole packed model through JSON.stringify/JSON.parse before unpacking it, so that its later growth (new
// words met in documents) never touches the packed original; most of that copy is the 87,593 lexemes'
// strings and the two base64 blobs, which the unpacking replaces at once. Here the small parts are copied
// the same way, the lexeme list by a plain slice (strings are immutable: the same list, never shared), and
// the blobs are decoded from the original: the result is the loader's, field for field, in the same key
// order (tagger-model.test.ts compares the two), without the copy of the big parts.

import model from 'wink-eng-lite-web-model';
import packed from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

type Feature = { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number };
type Layout = Record<string, number[]>;
type Core = {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  packing: { layout: Layout; efList?: string[] };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
};

/** base64 to bytes, as the model's loader decodes (atob, then one byte per character). */
function bufferFromBase64(data: string): ArrayBuffer {
  const decoded = atob(data);
  const bytes = new Uint8Array(decoded.length);
  for (let k = 0; k < decoded.length; k += 1) bytes[k] = decoded.charCodeAt(k);
  return bytes.buffer;
}

/** What the model's `core()` returns (readModel, then loadModel's bookkeeping), without the deep copy of the big parts. */
export function loadCoreModel(): unknown {
  const original = packed as unknown as Core;
  const lexemes = original.features.lexeme?.list ?? [];
  // the copy the loader makes, less the lexeme strings and the blobs (replaced just below)
  const core = JSON.parse(
    JSON.stringify({
      ...original,
      lexicon: '',
      xpansions: '',
      features: { ...original.features, lexeme: { ...original.features.lexeme, list: [] } },
    }),
  ) as Core & { features: Record<string, Feature> & { lexeme: Feature; posClusters: Feature } };
  core.features.lexeme.list = lexemes.slice();
  // readModel
  const { packing, features, pos } = core;
  core.lexicon = new Uint32Array(bufferFromBase64(original.lexicon as string));
  core.xpansions = new Uint32Array(bufferFromBase64(original.xpansions as string));
  for (const f in packing.layout) {
    const feature = features[f];
    if (packing.layout[f]?.[3] === 0 && feature) {
      const hash: Record<string, number> = Object.create(null);
      for (let k = 0; k < feature.list.length; k += 1) hash[feature.list[k] as string] = k;
      feature.hash = hash;
    }
  }
  const lexemeHash: Record<string, number> = Object.create(null);
  for (let k = 0; k < features.lexeme.list.length; k += 1) lexemeHash[features.lexeme.list[k] as string] = k;
  features.lexeme.hash = lexemeHash;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // loadModel
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f] ?? [];
    const feature = features[f];
    if (layout[3] === 0 && feature) {
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (layout[1] ?? 0) >>> (layout[2] ?? 0);
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return core;
}

/** The language model, its core read by loadCoreModel. */
export const taggerModel: typeof model = { ...model, core: loadCoreModel } as typeof model;
