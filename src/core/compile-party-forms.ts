// Compiles the names the text gate looks for (agreement-gate.ts) from the model's party data, once,
// at build time: every form of a state (name, official name, spellings, demonyms, capitals), of an
// organisation (names, adjectives) and the few leaders the model knows, indexed by first word. The
// build writes the result into src/model/party-forms.generated.ts, filed so that a page looks a word
// up with one native search in a short string, instead of reading the gazetteer with script (which,
// cold in every new page, cost the gate a few milliseconds before it had read a word of the page).

/**
 * The forms by the first two letters of their first word, a short string each:
 * "|United:US States of America;AE Arab Emirates;US States|Uganda:UG|" — every first word as
 * `|word:` then its forms, longest first, as "ENTITY word word" separated by ";". A page looks a
 * word up with one `indexOf` in its bucket (a few hundred characters), so it never parses the index.
 */
export type PartyForms = Record<string, string>;

/** The bucket a first word is filed under. */
export function bucketOf(word: string): string {
  return word.slice(0, 2);
}

export interface PartyData {
  /** The gazetteer's state lines: CODE|name|official name|alt;alt|demonym;demonym|capital;capital. */
  states: string;
  organisations: ReadonlyArray<{ names: readonly string[]; adjectives?: readonly string[] }>;
  leaders: ReadonlyArray<readonly [name: string, code: string]>;
}

/** Words as the gate reads them: letters and digits, whatever separates them. */
const WORD = /[A-Za-z0-9\u00c0-\u024f]+/g;

/** The fields of a state line the gate reads: name, official name, spellings, demonyms, capitals. */
const NAME_FIELDS = [1, 2, 3, 4, 5];

export function compilePartyForms({ states, organisations, leaders }: PartyData): PartyForms {
  const index = new Map<string, Map<string, string[]>>();
  const put = (form: string, entity: string) => {
    const [first, ...rest] = form.match(WORD) ?? [];
    if (!first) return;
    const forms = index.get(first) ?? new Map<string, string[]>();
    // one entry per spelling: the same words naming two entities keep the first (states come first)
    const key = rest.join(' ');
    if (!forms.has(key)) forms.set(key, [entity, ...rest]);
    index.set(first, forms);
  };
  const known = new Set<string>();
  for (const line of states.split('\n')) {
    const fields = line.split('|');
    const code = fields[0];
    if (!code) continue;
    known.add(code);
    for (const i of NAME_FIELDS) for (const form of (fields[i] ?? '').split(';')) put(form, code);
  }
  organisations.forEach((org, i) => {
    for (const form of [...org.names, ...(org.adjectives ?? [])]) put(form, `o${i}`);
  });
  for (const [name, code] of leaders) if (known.has(code)) put(name, code);
  const out: PartyForms = {};
  for (const first of [...index.keys()].sort()) {
    // longest first, so that "United Arab Emirates" is tried before "United"
    const forms = [...(index.get(first)?.values() ?? [])]
      .sort((a, b) => b.length - a.length || a.join(' ').localeCompare(b.join(' ')))
      .map((form) => form.join(' '))
      .join(';');
    const bucket = bucketOf(first);
    out[bucket] = `${out[bucket] ?? '|'}${first}:${forms}|`;
  }
  return out;
}
