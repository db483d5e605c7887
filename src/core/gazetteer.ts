// The entity lexicon over the generated state data and the curated organisations, looked up by the
// lower-cased first token of a name form. Nothing is built up front: the content script runs in a fresh
// realm on every page, so each key is resolved on first use (a native search of the lower-cased data for
// forms that start with it) and cached. The result is the same as registering every form in order —
// state names, organisations, demonyms, capitals; first registration of a phrase wins — with each key's
// phrases longest first.

import { STATES_DATA } from '../model/gazetteer.generated';
import { ORGANISATIONS } from '../model/organisations';
import type { PartyKind } from './types';
import { tokenize, isCapitalised } from './tokens';

export interface Entity {
  name: string;
  kind: PartyKind;
  code: string | null;
  capitals: string[];
  /** A group's or body's state (ISO code), where the organisation list gives one. */
  home?: string;
  /**
   * An organisation the lexicon does not list, named by the shape of its name in this text
   * (find-named-orgs.ts): 'acronym' where the text introduced it with its acronym in brackets.
   */
  unlisted?: 'name' | 'acronym';
}

/** How a phrase refers to its entity; capitals act as the state only in actor position. */
export type FormKind = 'name' | 'demonym' | 'capital';

export interface Phrase {
  tokens: string[];
  entity: Entity;
  form: FormKind;
}

/** Splits a name form the same way the text is tokenised (see core/tokens.ts). */
export function splitForm(s: string): string[] {
  // most forms are plain words ("foreign minister", "United States"): split natively
  return PLAIN_WORDS.test(s) ? s.split(' ') : tokenize(s).map((t) => t.text);
}
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

// ---- states: entities by line, created on first use so that identity is stable ------------------

let lineStarts: number[] | null = null;
let lowerData: string | null = null;
const stateCache: Array<Entity | undefined> = [];

function starts(): number[] {
  if (lineStarts) return lineStarts;
  const out = [0];
  for (let i = STATES_DATA.indexOf('\n'); i >= 0; i = STATES_DATA.indexOf('\n', i + 1)) out.push(i + 1);
  lineStarts = out;
  return out;
}

function stateLine(i: number): string {
  const s = starts();
  const end = i + 1 < s.length ? (s[i + 1] ?? 0) - 1 : STATES_DATA.length;
  return STATES_DATA.slice(s[i], end);
}

function stateEntity(i: number): Entity {
  let e = stateCache[i];
  if (!e) {
    const [code = '', name = '', , , , caps = ''] = stateLine(i).split('|');
    e = { name, kind: 'state', code, capitals: caps ? caps.split(';') : [] };
    stateCache[i] = e;
  }
  return e;
}

/** Index of the state line holding offset `at` (binary search over line starts). */
function lineOf(at: number): number {
  const s = starts();
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((s[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The state whose ISO code is `code`, if any. */
export function stateByCode(code: string): Entity | null {
  if (STATES_DATA.startsWith(`${code}|`)) return stateEntity(0);
  const at = STATES_DATA.indexOf(`\n${code}|`);
  return at < 0 ? null : stateEntity(lineOf(at + 1));
}

// ---- organisations: first-token index, built once (a few hundred short strings) -------------------

interface OrgForm {
  tokens: string[];
  org: number;
  form: FormKind;
  item: number;
}
let orgIndex: Map<string, OrgForm[]> | null = null;
const orgCache: Array<Entity | undefined> = [];

function orgEntity(i: number): Entity {
  let e = orgCache[i];
  if (!e) {
    const org = ORGANISATIONS[i];
    e = {
      name: org?.names[0] ?? '',
      kind: org?.kind ?? 'organization',
      code: null,
      capitals: [],
      ...(org?.home ? { home: org.home } : {}),
    };
    orgCache[i] = e;
  }
  return e;
}

function orgs(): Map<string, OrgForm[]> {
  if (orgIndex) return orgIndex;
  const m = new Map<string, OrgForm[]>();
  ORGANISATIONS.forEach((org, i) => {
    const forms: Array<[string, FormKind]> = [
      ...org.names.map((n): [string, FormKind] => [n, 'name']),
      ...(org.adjectives ?? []).map((a): [string, FormKind] => [a, 'demonym']),
    ];
    forms.forEach(([f, form], item) => {
      const tokens = splitForm(f);
      const first = tokens[0];
      if (!first) return;
      const key = first.toLowerCase();
      const list = m.get(key) ?? [];
      list.push({ tokens, org: i, form, item });
      m.set(key, list);
    });
  });
  orgIndex = m;
  return m;
}

// ---- lookup ---------------------------------------------------------------------------------------

/** Registration order: [group, entity, field, item]; groups are state names, organisations, demonyms, capitals. */
type Rank = [number, number, number, number];
interface Candidate {
  tokens: string[];
  entity: Entity;
  form: FormKind;
  rank: Rank;
}

const byKey = new Map<string, Phrase[] | null>();

const FIELD_FORM: FormKind[] = ['name', 'name', 'name', 'name', 'demonym', 'capital'];
const FIELD_GROUP = [0, 0, 0, 0, 2, 3];

function isFormStart(c: string | undefined): boolean {
  return c === undefined || c === '|' || c === ';' || c === '\n';
}

function stateCandidates(key: string, out: Candidate[]): void {
  lowerData ??= STATES_DATA.toLowerCase();
  const data = lowerData;
  for (let at = data.indexOf(key); at >= 0; at = data.indexOf(key, at + 1)) {
    if (!isFormStart(at === 0 ? undefined : data[at - 1])) continue;
    const line = lineOf(at);
    const lineStart = starts()[line] ?? 0;
    let field = 0;
    for (let i = data.indexOf('|', lineStart); i >= 0 && i < at; i = data.indexOf('|', i + 1)) field++;
    if (field < 1 || field > 5) continue;
    let end = at;
    while (end < data.length && !isFormStart(data[end])) end++;
    const tokens = splitForm(STATES_DATA.slice(at, end));
    if (tokens[0]?.toLowerCase() !== key) continue;
    // position of the form inside its ';'-separated list
    let item = 0;
    for (let i = at - 1; i >= lineStart && data[i] !== '|'; i--) if (data[i] === ';') item++;
    const group = FIELD_GROUP[field] ?? 0;
    out.push({ tokens, entity: stateEntity(line), form: FIELD_FORM[field] ?? 'name', rank: [group, line, group === 0 ? field : 0, item] });
  }
}

function compareRank(a: Rank, b: Rank): number {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** Phrases whose first token, lower-cased, is `key`: longest first, then in registration order. */
export function phrasesFor(key: string): Phrase[] | undefined {
  let hit = byKey.get(key);
  if (hit === undefined) {
    const cands: Candidate[] = [];
    if (key) stateCandidates(key, cands);
    for (const o of orgs().get(key) ?? []) {
      cands.push({ tokens: o.tokens, entity: orgEntity(o.org), form: o.form, rank: [1, o.org, o.form === 'name' ? 0 : 1, o.item] });
    }
    cands.sort((a, b) => compareRank(a.rank, b.rank));
    const seen = new Set<string>();
    const list: Phrase[] = [];
    for (const c of cands) {
      const k = c.tokens.join(' ');
      if (seen.has(k)) continue;
      seen.add(k);
      list.push({ tokens: c.tokens, entity: c.entity, form: c.form });
    }
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    hit = list.length ? list : null;
    byKey.set(key, hit);
  }
  return hit ?? undefined;
}

let lowerStarts: Set<string> | null = null;

/** Keys with a phrase that starts in lower case ("al-Qaida", "the Abode of Peace"): looked up even when the text's token is not capitalised. */
export function hasLowerStart(key: string): boolean {
  if (!lowerStarts) {
    // a duplicate phrase has the same first token as the one kept, so checking every form is exact
    const keys = new Set<string>();
    for (const m of STATES_DATA.matchAll(/(?:^|[|;\n])([^|;\nA-Z])/g)) {
      const at = (m.index ?? 0) + m[0].length - 1;
      let end = at;
      while (end < STATES_DATA.length && !isFormStart(STATES_DATA[end])) end++;
      const first = splitForm(STATES_DATA.slice(at, end))[0];
      if (first && !isCapitalised(first)) keys.add(first.toLowerCase());
    }
    for (const [k, list] of orgs()) if (list.some((o) => !isCapitalised(o.tokens[0] ?? ''))) keys.add(k);
    lowerStarts = keys;
  }
  return lowerStarts.has(key);
}
