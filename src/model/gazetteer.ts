// Loads the entity lexicon once (lazily) from the generated state data and the curated organisations:
// a map from the lower-cased first token of every name form to its candidate phrases, longest first,
// so the core scans the text's tokens once with Map lookups instead of running a regex per entry.

import { STATES_DATA } from './gazetteer.generated';
import { ORGANISATIONS } from './organisations';
import type { PartyKind } from '../core/types';

export interface Entity {
  name: string;
  kind: PartyKind;
  code: string | null;
  capitals: string[];
}

/** How a phrase refers to its entity; capitals act as the state only in actor position. */
export type FormKind = 'name' | 'demonym' | 'capital';

export interface Phrase {
  tokens: string[];
  entity: Entity;
  form: FormKind;
}

export interface Lexicon {
  byFirst: Map<string, Phrase[]>;
  byName: Map<string, Entity>;
}

/** Splits a name form the same way the text is tokenised (see core/tokens.ts). */
export function splitForm(s: string): string[] {
  return s.match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? [];
}

let cached: Lexicon | null = null;

export function getLexicon(): Lexicon {
  if (cached) return cached;
  const byFirst = new Map<string, Phrase[]>();
  const byName = new Map<string, Entity>();
  const seen = new Set<string>();
  const add = (form: string, entity: Entity, kind: FormKind): void => {
    const tokens = splitForm(form);
    const first = tokens[0];
    const key = tokens.join(' ');
    // first registration wins: keeps the more common reading of ambiguous forms ("Congo")
    if (!first || seen.has(key)) return;
    seen.add(key);
    const list = byFirst.get(first.toLowerCase()) ?? [];
    list.push({ tokens, entity, form: kind });
    byFirst.set(first.toLowerCase(), list);
  };
  const states = STATES_DATA.split('\n').map((line) => line.split('|'));
  const entities: Array<[Entity, string[], string[], string[]]> = [];
  for (const [code = '', name = '', official = '', alts = '', dems = '', caps = ''] of states) {
    const capitals = caps ? caps.split(';') : [];
    const entity: Entity = { name, kind: 'state', code, capitals };
    byName.set(name, entity);
    entities.push([entity, [name, official, ...(alts ? alts.split(';') : [])], dems ? dems.split(';') : [], capitals]);
  }
  // names before demonyms before capitals, across all states, so a name always beats a demonym
  for (const [entity, names] of entities) for (const n of names) if (n) add(n, entity, 'name');
  for (const org of ORGANISATIONS) {
    const entity: Entity = { name: org.names[0] ?? '', kind: org.kind, code: null, capitals: [] };
    byName.set(entity.name, entity);
    for (const n of org.names) add(n, entity, 'name');
    for (const a of org.adjectives ?? []) add(a, entity, 'demonym');
  }
  for (const [entity, , dems] of entities) for (const d of dems) add(d, entity, 'demonym');
  for (const [entity, , , caps] of entities) for (const c of caps) add(c, entity, 'capital');
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  cached = { byFirst, byName };
  return cached;
}
