// Marks the tokens that are official titles, military ranks and honorifics, so that names can be told
// apart from roles. Title phrases come from src/model/titles.ts; matching is longest-first on
// lower-cased words, except abbreviations (FM, COAS) which must be written in capitals.

import { HONORIFICS, OFFICE_WORDS, PORTFOLIO_HEADS, RANKS, TITLES } from '../model/titles';
import { isCapitalised, type Token } from './tokens';
import { splitForm } from './gazetteer';

export type RoleKind = 'title' | 'rank' | 'honorific';

export interface RoleSpan {
  kind: RoleKind;
  /** Normalised role for titles; the rank or honorific as written otherwise. */
  value: string;
  tokStart: number;
  tokEnd: number;
}

interface Entry {
  words: string[];
  value: string;
  kind: RoleKind;
  abbrev: boolean;
}

let table: Map<string, Entry[]> | null = null;

function getTable(): Map<string, Entry[]> {
  if (table) return table;
  const t = new Map<string, Entry[]>();
  const add = (form: string, value: string, kind: RoleKind): void => {
    const words = splitForm(form);
    const first = words[0];
    if (!first) return;
    // an abbreviation stands for a longer role ("FM" → Foreign Minister); "king", "aide" are words
    const abbrev = kind === 'title' && words.length === 1 && first.length <= 4 && value.toLowerCase() !== first;
    const list = t.get(first) ?? [];
    list.push({ words, value, kind, abbrev });
    t.set(first, list);
  };
  for (const [form, value] of TITLES) {
    add(form, value, 'title');
    // plurals name several people at once: "their foreign ministers, A and B"
    if (!/s$/.test(form) && form.length > 4) add(`${form}s`, value, 'title');
  }
  for (const r of RANKS) add(r, r, 'rank');
  for (const h of HONORIFICS) add(h, h, 'honorific');
  for (const list of t.values()) list.sort((a, b) => b.words.length - a.words.length);
  table = t;
  return t;
}

/** Role spans in token order; a ".", as in "Gen.", is absorbed into ranks and honorifics. */
export function findRoles(tokens: Token[]): RoleSpan[] {
  const t = getTable();
  const out: RoleSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok?.word) continue;
    const entries = t.get(tok.lower);
    if (entries === undefined) continue;
    for (let x = 0; x < entries.length; x++) {
      const e = entries[x] as (typeof entries)[number];
      let ok = true;
      for (let k = 0; k < e.words.length && ok; k++) ok = tokens[i + k]?.lower === e.words[k];
      if (!ok) continue;
      // abbreviations only in capitals; ranks and honorifics only capitalised ("the general border committee")
      if (e.abbrev && tok.text !== tok.text.toUpperCase()) continue;
      if (e.kind !== 'title' && !isCapitalised(tok.text)) continue;
      let end = i + e.words.length;
      if (e.kind !== 'title' && tokens[end]?.text === '.' && tokens[end]?.start === tokens[end - 1]?.end) end++;
      out.push({ kind: e.kind, value: e.value, tokStart: i, tokEnd: end });
      i = end - 1;
      break;
    }
  }
  return withPortfolios(tokens, out);
}

const OFFICE = new Set(OFFICE_WORDS);
const PORTFOLIO_HEAD = new Set(PORTFOLIO_HEADS);
const cap = (s: string): string => s.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());

/**
 * A portfolio written out before "secretary" or "minister": "civil aviation and tourism secretary",
 * "cultural affairs secretary", "trade and industry minister". The office words (and an "and" or comma
 * between two of them) join the title; "secretary" alone is a title only after them.
 */
function withPortfolios(tokens: Token[], roles: RoleSpan[]): RoleSpan[] {
  let out: RoleSpan[] | null = null;
  let r = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t?.word || !PORTFOLIO_HEAD.has(t.lower)) continue;
    while (r < roles.length && (roles[r]?.tokEnd ?? 0) <= i) r++;
    const role = roles[r];
    const covering = role && role.tokStart <= i ? role : undefined;
    if (covering && covering.tokEnd !== i + 1) continue;
    const prevEnd = roles[r - 1]?.tokEnd ?? 0;
    let b = covering ? covering.tokStart : i;
    for (;;) {
      const w = tokens[b - 1];
      if (b - 1 < prevEnd || !w?.word) {
        // "culture, tourism and civil aviation": a comma between two office words
        if (w?.text === ',' && b - 2 >= prevEnd && OFFICE.has(tokens[b - 2]?.lower ?? '')) {
          b--;
          continue;
        }
        break;
      }
      if (OFFICE.has(w.lower) || (w.lower === 'and' && OFFICE.has(tokens[b - 2]?.lower ?? '') && b - 2 >= prevEnd)) b--;
      else break;
    }
    while (tokens[b]?.lower === 'and' || tokens[b]?.text === ',') b++;
    const start = covering ? covering.tokStart : i;
    if (b >= start) continue;
    const words: string[] = [];
    for (let x = b; x <= i; x++) if (tokens[x]?.word) words.push(tokens[x]?.lower ?? '');
    const span: RoleSpan = { kind: 'title', value: cap(words.join(' ')), tokStart: b, tokEnd: i + 1 };
    out ??= roles.slice();
    // (a covering role keeps its index r: spans only ever replace or join at the end before the sort)
    if (covering) out[r] = span;
    else out.push(span);
  }
  if (out) out.sort((a, b) => a.tokStart - b.tokStart);
  return out ?? roles;
}
