// The content script's first question of every page, asked of its text alone (no parse, no layout):
// does it hold what an agreement report needs together — an agreement word with at least two distinct
// parties (states, organisations, armed groups) named near it? Most pages use "deal", "signed" or
// "agreement" somewhere; few name two states or organisations beside it. Only pages that pass go on
// to find their article (a Readability parse where the markup gives no clear story container).
//
// Cost: one regex pass over the text for the agreement words; then, only in windows around them, one
// pass over the capitalised words, each looked up in a Map of the gazetteer's name forms (compiled once
// per page, on first use, from the same data the engine reads). Linear in the text.
//
// It errs on the side of passing: names match as the engine matches them (exact case, or in capitals),
// every form of a state counts (name, official name, spellings, demonyms, capitals, a few leaders), and
// "near" is generous. A page it passes may still report no agreement; one it fails never could.

import { STATES_DATA } from '../model/gazetteer.generated';
import { ORGANISATIONS } from '../model/organisations';
import { LEADERS } from '../model/leaders';
import { ANY_CUE } from '../model/cues';
import { openShadowText } from './open-shadow-roots';
import { drain, type Steps } from './slices';

/**
 * How far (UTF-16 code units) either side of an agreement word the two parties may stand: a headline
 * and its lead, or a paragraph and its neighbour. Page text read through `textContent` keeps the
 * markup's indentation, so this is generous.
 */
export const NEAR = 1200;

/** The agreement words, global, from the model's presence check (one alternation of literals). */
const CUE = new RegExp(ANY_CUE.source, 'gi');
/** Words that can start a name: a capital letter, or the few forms that start lower case ("al-Qaida"). */
const NAME_START = /[A-Z\u00c0-\u00de][A-Za-z0-9\u00c0-\u024f]*|\bal(?=[-\s])/g;
/** One word of a name's remainder, after at most a few separators ("United Arab", "U.S.", "al-Shabaab"). */
const NEXT_WORD = /[^A-Za-z0-9\u00c0-\u024f]{1,3}([A-Za-z0-9\u00c0-\u024f]+)/y;
const WORD = /[A-Za-z0-9\u00c0-\u024f]+/g;
/** What separates words in the name data. */
const NON_WORD = /[^A-Za-z0-9\u00c0-\u024f]+/;
/** A word in capitals (checked only where the second letter is one). */
const ALL_CAPS = /^[A-Z\u00c0-\u00de][A-Z0-9\u00c0-\u00de]+$/;
const WORD_CHAR = /[A-Za-z0-9\u00c0-\u024f]/;

interface Form {
  /** Words after the first, exactly as the form spells them. */
  rest: string[];
  /** The entity: where its state line starts in STATES_DATA, or ORG_BASE + organisation index. */
  id: number;
}

const ORG_BASE = 1_000_000;

function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

let firstWords: Set<string> | null = null;
/** Organisation and leader forms by first word: a few hundred short strings, indexed on first use. */
let others: Map<string, Form[]> | null = null;

/**
 * Every word of every name form: a cheap superset of the words a form can start with, built by native
 * splits of the ~19 KB state data and of the organisation and leader names (no per-form work: this
 * runs on every page with an agreement word). What a word really names is resolved only when the page
 * uses it (`formsFor`).
 */
function keys(): Set<string> {
  if (firstWords) return firstWords;
  const set = new Set(STATES_DATA.split(NON_WORD));
  const names = ORGANISATIONS.map((o) => `${o.names.join('|')}|${(o.adjectives ?? []).join('|')}`).join('|');
  for (const w of `${names}|${LEADERS.map(([n]) => n).join('|')}`.split(NON_WORD)) set.add(w);
  firstWords = set;
  return set;
}

function otherForms(): Map<string, Form[]> {
  if (others) return others;
  const m = new Map<string, Form[]>();
  const put = (form: string, id: number) => {
    const [first, ...rest] = words(form);
    if (!first) return;
    const list = m.get(first);
    if (list) list.push({ rest, id });
    else m.set(first, [{ rest, id }]);
  };
  ORGANISATIONS.forEach((org, i) => {
    for (const form of org.names) put(form, ORG_BASE + i);
    for (const form of org.adjectives ?? []) put(form, ORG_BASE + i);
  });
  for (const [name, code] of LEADERS) {
    const at = STATES_DATA.startsWith(`${code}|`) ? 0 : STATES_DATA.indexOf(`\n${code}|`);
    if (at >= 0) put(name, at === 0 ? 0 : at + 1);
  }
  others = m;
  return m;
}

const byKey = new Map<string, Form[]>();

const isDelimiter = (c: string | undefined) => c === undefined || c === '|' || c === ';' || c === '\n';
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/** The name forms that start with the word `key`, longest first (resolved once per word). */
function formsFor(key: string): Form[] {
  const known = byKey.get(key);
  if (known) return known;
  const out: Form[] = [];
  const data = STATES_DATA;
  for (let at = data.indexOf(key); at >= 0; at = data.indexOf(key, at + 1)) {
    if (!isDelimiter(data[at - 1]) || isWordChar(data[at + key.length])) continue;
    const lineStart = data.lastIndexOf('\n', at) + 1;
    let field = 0;
    for (let i = data.indexOf('|', lineStart); i >= 0 && i < at; i = data.indexOf('|', i + 1)) field++;
    if (field < 1 || field > 5) continue; // the ISO code, or past the capitals
    let end = at;
    while (!isDelimiter(data[end])) end++;
    out.push({ rest: words(data.slice(at, end)).slice(1), id: lineStart });
  }
  out.push(...(otherForms().get(key) ?? []));
  // longest first, so that "United Arab Emirates" is tried before "United"
  out.sort((a, b) => b.rest.length - a.rest.length);
  byKey.set(key, out);
  return out;
}

/**
 * The entity named by the word `word` (ending at `end` in `text`) and the words after it, or -1.
 * A word in capitals is read as the form it spells ("PAKISTAN", "UNITED STATES"); a plural as its
 * demonym ("Iranians").
 */
function entityAt(text: string, word: string, end: number): number {
  const set = keys();
  if (set.has(word)) return match(text, end, formsFor(word), false);
  if (word.length > 1 && ALL_CAPS.test(word)) {
    const title = word[0] + word.slice(1).toLowerCase();
    if (set.has(title)) return match(text, end, formsFor(title), true);
  }
  if (word.length > 3 && word.endsWith('s') && set.has(word.slice(0, -1))) return match(text, end, formsFor(word.slice(0, -1)), false);
  return -1;
}

function match(text: string, end: number, forms: Form[], upper: boolean): number {
  for (const form of forms) {
    let pos = end;
    let ok = true;
    for (const w of form.rest) {
      NEXT_WORD.lastIndex = pos;
      const m = NEXT_WORD.exec(text);
      if (!m || (m[1] !== w && !(upper && m[1] === w.toUpperCase()))) {
        ok = false;
        break;
      }
      pos = NEXT_WORD.lastIndex;
    }
    if (ok) return form.id;
  }
  return -1;
}

/**
 * Whether `text` holds an agreement word with two distinct parties within NEAR of it. One pass for the
 * words; names are read only around them, each character at most once, and the pass stops at the first
 * agreement word that has two parties beside it.
 */
export function mayReportAgreement(text: string): boolean {
  // the latest name mention read, and the latest one before it that named another entity
  let lastAt = -Infinity;
  let lastId = -1;
  let otherAt = -Infinity;
  /** Names are read up to here. */
  let scanned = 0;
  CUE.lastIndex = 0;
  for (let cue = CUE.exec(text); cue; cue = CUE.exec(text)) {
    const lo = cue.index - NEAR;
    const hi = cue.index + NEAR;
    NAME_START.lastIndex = Math.max(scanned, lo, 0);
    for (let hit = NAME_START.exec(text); hit && hit.index < hi; hit = NAME_START.exec(text)) {
      scanned = NAME_START.lastIndex;
      const id = entityAt(text, hit[0], NAME_START.lastIndex);
      if (id < 0) continue;
      if (id !== lastId) {
        otherAt = lastAt;
        lastId = id;
      }
      lastAt = hit.index;
    }
    scanned = Math.max(scanned, Math.min(hi, text.length));
    // two distinct entities in [lo, hi]: the last mention read, and the last other one before it
    if (otherAt >= lo) return true;
  }
  return false;
}

/** Below this much paragraph text, a page's story is not in paragraphs (a web component, bare text). */
const MIN_PROSE_CHARS = 500;

/** The page's text as one string, cheaply: the title, `textContent` (no layout), open shadow roots. */
export function pageText(doc: Document): string {
  // `textContent` skips shadow roots: a story rendered by a web component is read there too.
  const light = doc.body?.textContent ?? '';
  const shadow = openShadowText(doc, light.length);
  return `${doc.title}\n${light}${shadow ? `\n${shadow}` : ''}`;
}

/**
 * The gate on a whole page, in two reads: the page's text (title, body, shadow roots); then, when
 * that passes, only its prose — the headline and the paragraphs — so that a front page or a results
 * page whose agreement words and names sit in headline links and cards (not in any story on the page)
 * is turned away before Readability, while a story, whose report is told in paragraphs, still passes.
 * A page with little paragraph text is judged by its text alone.
 */
export function pageMayReportAgreement(doc: Document): boolean {
  return drain(pageGateSteps(doc));
}

/** Paragraphs read between two points where a sliced run may pause. */
const BLOCKS_PER_STEP = 64;

/** `pageMayReportAgreement` as steps (slices.ts): a long page's paragraphs are read a few at a time. */
export function* pageGateSteps(doc: Document): Steps<boolean> {
  if (!mayReportAgreement(pageText(doc))) return false;
  yield;
  const blocks = doc.querySelectorAll('h1, p');
  const parts: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (i % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    parts.push(blocks[i]?.textContent ?? '');
  }
  const prose = parts.join('\n');
  return prose.length < MIN_PROSE_CHARS || mayReportAgreement(prose);
}
