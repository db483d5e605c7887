// Where the sides met or signed. A place is always a known city or venue (the generated cities
// gazetteer and the curated venues, see place-index.ts; plus the dateline's own city): never any other
// capitalised word. Its mentions are found in one walk over the tokens of the first sentences; each
// counts only where the text puts it as a venue — after "in"/"at" ("talks in Geneva", "signed at the
// White House", "in the Red Sea port of Jeddah", "a visit to Islamabad"), as a host ("Doha-hosted
// talks", "Psarades … was chosen as the site"), or as "the Saudi capital" — and is scored by its clause
// (a meeting or signing word just before, an agreement in the sentence, background, a side's capital).
// Future venues ("will meet in Vienna next month") and scopes ("a ceasefire in Gaza") are never the
// place. The dateline's city is only a weak fallback (a dateline alone is not evidence of place): taken
// when the lead tells a meeting that has happened and names no venue at all.
// The wordings are data: src/model/place-cues.ts.

import { titleDateline } from './place-patterns';
import { isLetter, isSpace, isUpper, width } from './chars';
import { phrasesFor, type Entity } from './gazetteer';
import { monthIndex } from './month-index';
import { DATELINE_INSTITUTIONS, PLACE_CUES, PLACE_WEIGHTS as W } from '../model/place-cues';
import { backgroundAt, backgroundGoverns } from './gates';
import { foldPlace, knownPlace, placeAt, startsKnownPlace, type KnownPlace } from './place-index';
import { isCapitalised, tokenize, type Token } from './tokens';

const HERE = /\b(?:meeting|talks|ceremony|signed|met|summit|conference|briefing)\s+(?:held\s+)?here\b|\bhere\s+(?:on|today|yesterday)\b/i;
// "in the Red Sea city", "in the coastal city": the dateline's city told by a descriptor
const IN_THE_CITY = /\bin\s+the\s+(?:[\p{L}-]+\s+){1,3}?city\b(?!\s+of\b)/u;
// Capitalised kickers that open a line like a dateline does.
// ("ISLAMABAD/TEHRAN:": a dateline of two bureaus, the first is the writer's)
const CAPS_DATELINE = /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,})?)(?:\/\p{Lu}{3,}(?:[ -]\p{Lu}{2,})?)?\s*(?:,|:|\(|\s[-\u2013\u2014])/u;
// Kickers that are not places, as the first word (a Set lookup rather than a pattern: no regex to compile).
const NOT_DATELINE = new Set(
  'BREAKING UPDATE UPDATED EXCLUSIVE WATCH LIVE ANALYSIS OPINION NEWS LATEST FILE PHOTO VIDEO READ ALSO EDITORIAL COMMENT'.split(' '),
);
// capitalised, as a dateline writes them: a case-sensitive pre-check of each head line
const DATELINE_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** How many sentences from the top are searched for the venue. */
const PLACE_SENTENCES = 60;
/** How far back from the preposition a future marker governs it, in tokens. */
const FUTURE_WINDOW = 12;
/** How many words a part of a venue may take before its "of the" ("in the East Room of the White House"). */
const VENUE_PART_WORDS = 4;
/** How many words may stand between "at" and a building noun before the city ("at the prime minister's office in Tokyo"). */
const VENUE_NOUN_WORDS = 7;
/** How many capitalised words a building's name before its city may take ("at the Prime Minister House, Islamabad"). */
const BUILDING_WORDS = 5;
/** How many capitalised words a possessor before a descriptor may take ("in Saudi Arabia's Red Sea city of Jeddah"). */
const POSSESSOR_WORDS = 4;
/** How far after a sentence-opening place a hosting cue may stand ("Psarades, a village …, was chosen"). */
const HOST_WINDOW = 20;

// ---- cue phrases, compiled on first use into first-word maps ----------------------------------

type PhraseSet = Map<string, string[][]>;
const compiled = new Map<readonly string[], PhraseSet>();

function phraseSet(list: readonly string[]): PhraseSet {
  let set = compiled.get(list);
  if (set) return set;
  set = new Map();
  for (const p of list) {
    const words = p.split(' ');
    const key = words[0] ?? '';
    const arr = set.get(key) ?? [];
    arr.push(words);
    set.set(key, arr);
  }
  for (const arr of set.values()) arr.sort((a, b) => b.length - a.length);
  compiled.set(list, set);
  return set;
}

/** Tokens of the longest phrase of `list` starting at token `i` (before `end`), or 0. */
export function phraseAt(tokens: Token[], i: number, end: number, list: readonly string[]): number {
  const first = tokens[i];
  if (!first) return 0;
  const cands = phraseSet(list).get(first.lower);
  if (!cands) return 0;
  for (const words of cands) {
    if (i + words.length > end) continue;
    let ok = true;
    for (let k = 1; k < words.length; k++)
      if (tokens[i + k]?.lower !== words[k]) {
        ok = false;
        break;
      }
    if (ok) return words.length;
  }
  return 0;
}

/** Does a phrase of `list` start anywhere in tokens [from, to)? Index of the first, or -1. */
function phraseIn(tokens: Token[], from: number, to: number, list: readonly string[], end = to): number {
  for (let i = Math.max(0, from); i < to; i++) if (phraseAt(tokens, i, end, list)) return i;
  return -1;
}

const lowerIs = (t: Token | undefined, words: readonly string[]): boolean => !!t && words.includes(t.lower);

// ---- the search -----------------------------------------------------------------------------------

interface Candidate {
  place: string;
  score: number;
  at: number;
}

/** What else tells a mention's clause, beyond the meeting and agreement words around its preposition. */
interface Evidence {
  /** The clause after the place's comma turns on an agreement ("In Vienna, the two sides agreed …"). */
  opener?: boolean;
  /** A day's date right after the place ("in Lima on Monday"). */
  dated?: boolean;
  /** An earlier week or month right after the place ("in Santiago last month"). */
  past?: boolean;
  /** The token after the place's name. */
  end?: number;
}

export interface PlaceContext {
  tokens: Token[];
  /** The headline, read as the lead's first sentence, with its own tokens. */
  title?: { text: string; tokens: Token[] };
  /** The event's day (ISO), when known: a place dated to another day is another event's ("first signed in Dushanbe on April 18, 2023"). */
  date?: string | null;
  /** Spans that are people's names: a city's name inside one is no place ("President Lincoln"). */
  avoid?: Array<{ start: number; end: number }>;
}

interface SentenceLike {
  start: number;
  text: string;
  tokStart: number;
  tokEnd: number;
}

/** Where the cue of a place mention stands: the preposition's token index, or -1 (no venue cue). */
function venueCue(tokens: Token[], from: number, at: number, venue: boolean): number {
  const prev = tokens[at - 1];
  if (at - 1 < from || !prev) return -1;
  if (lowerIs(prev, PLACE_CUES.prepositions)) return at - 1;
  // "a visit to Islamabad", "his trip to Beijing"
  if (prev.lower === 'to' && at - 2 >= from && phraseAt(tokens, at - 2, at, PLACE_CUES.visitTo)) return at - 2;
  // "welcomed his counterpart to Lima": a welcoming verb, then its object (no clause break, no other "to")
  if (prev.lower === 'to')
    for (let k = at - 2; k >= Math.max(from, at - 2 - W.welcomedToTokens); k--) {
      const t = tokens[k];
      if (!t || t.lower === 'to' || !(t.word || t.text === "'" || t.text === '\u2019')) break;
      if (lowerIs(t, PLACE_CUES.welcomedTo)) return at - 1;
    }
  // "at the White House", "in the Kremlin": a venue takes the article
  if (venue && prev.lower === 'the' && at - 2 >= from && lowerIs(tokens[at - 2], PLACE_CUES.prepositions)) return at - 2;
  // "at 10 Downing Street": a street number
  if (venue && isNumber(prev) && at - 2 >= from && lowerIs(tokens[at - 2], PLACE_CUES.prepositions)) return at - 2;
  // "in the East Room of the White House": a part of the venue, in the venue's preposition
  if (venue && prev.lower === 'the' && tokens[at - 2]?.lower === 'of') {
    for (let k = at - 3; k >= Math.max(from, at - 3 - VENUE_PART_WORDS); k--) {
      const t = tokens[k];
      if (!t?.word) break;
      if (lowerIs(t, PLACE_CUES.prepositions)) return k;
    }
  }
  // "at State House, Nairobi", "at the Prime Minister House, Islamabad": a building's name, then its city
  if (prev.text === ',') {
    let k = at - 2;
    if (lowerIs(tokens[k], PLACE_CUES.buildingNouns) && isCapitalised(tokens[k]?.text ?? '')) {
      while (k - 1 >= from && at - 2 - k < BUILDING_WORDS && tokens[k - 1]?.word && isCapitalised(tokens[k - 1]?.text ?? '')) k--;
      if (tokens[k - 1]?.lower === 'the') k--;
      if (k - 1 >= from && lowerIs(tokens[k - 1], PLACE_CUES.prepositions)) return k - 1;
    }
  }
  // "in the Saudi city of Taif", "in the capital, Naypyitaw", "in the truce village of Panmunjom"
  let j = at - 1;
  if (tokens[j]?.lower === 'of' || tokens[j]?.text === ',') j--;
  if (j < from || !lowerIs(tokens[j], PLACE_CUES.descriptors)) return -1;
  for (let k = j - 1; k >= Math.max(from, j - 5); k--) {
    if (tokens[k]?.lower === 'the') return k - 1 >= from && lowerIs(tokens[k - 1], PLACE_CUES.prepositions) ? k - 1 : -1;
    // "in Saudi Arabia's Red Sea city of Jeddah", "in Oman's capital Muscat": a possessor takes the article's place
    if (tokens[k]?.lower === 's' && (tokens[k - 1]?.text === "'" || tokens[k - 1]?.text === '\u2019')) {
      let n = k - 2;
      while (n >= from && n > k - 2 - POSSESSOR_WORDS && tokens[n]?.word && isCapitalised(tokens[n]?.text ?? '')) n--;
      return n < k - 2 && n >= from && lowerIs(tokens[n], PLACE_CUES.prepositions) ? n : -1;
    }
  }
  return -1;
}

export function findPlace(
  text: string,
  sentences: SentenceLike[],
  datelineCity: string | null,
  parties: Entity[] = [],
  ctx?: PlaceContext,
): string | null {
  const bodyTokens = ctx?.tokens ?? [];
  let tokens = bodyTokens;
  const avoid = ctx?.avoid ?? [];
  const codes = new Set(parties.map((p) => p.code).filter((c): c is string => !!c));
  // the dateline's city is known to this article even where the gazetteer does not list it
  const extra = new Map<string, KnownPlace>();
  const datelineKey = datelineCity ? foldPlace(datelineCity) : '';
  if (datelineCity) extra.set(datelineKey, { city: datelineCity, country: null, capital: false });
  declaredPlaces(sentences.slice(0, PLACE_SENTENCES), bodyTokens, text, extra);
  const cands: Candidate[] = [];
  /** Venues of the headline and the lead that no meeting or agreement word tells, in text order. */
  const leadOnly: string[] = [];
  let leadMeeting = false;
  let leadVenue = false;
  const top: Array<{ s: SentenceLike; toks: Token[] }> = sentences.slice(0, PLACE_SENTENCES).map((s) => ({ s, toks: bodyTokens }));
  const title = ctx?.title;
  if (title?.tokens.length && !sentences[0]?.text.startsWith(title.text)) {
    top.unshift({ s: { start: 0, text: title.text, tokStart: 0, tokEnd: title.tokens.length }, toks: title.tokens });
  }
  top.forEach(({ s, toks }, si) => {
    tokens = toks;
    const source = toks === bodyTokens ? text : s.text;
    const { tokStart: from, tokEnd: to } = s;
    if (to <= from) return;
    // the sentence's meeting and agreement words, by token index
    const meetingAt: number[] = [];
    const agreementAt: number[] = [];
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      if (!t?.word) continue;
      // "welcomed the agreement" is a reaction, not a host's welcome: no meeting word
      if (phraseAt(tokens, i, to, PLACE_CUES.meeting) && !welcomesAgreement(tokens, i, to)) meetingAt.push(i);
      else if (phraseAt(tokens, i, to, PLACE_CUES.agreement)) agreementAt.push(i);
    }
    const agreement = agreementAt.length > 0;
    const lead = si < W.leadSentences;
    // a meeting that has happened: not "will meet", "to visit", "talks next week"
    const held = (m: number): boolean =>
      phraseAt(tokens, m, to, PLACE_CUES.fallbackMeeting) > 0 &&
      tokens[m - 1]?.lower !== 'to' &&
      phraseIn(tokens, Math.max(from, m - FUTURE_WINDOW), m, PLACE_CUES.futureBefore) < 0 &&
      phraseIn(tokens, m + 1, Math.min(to, m + 4), PLACE_CUES.futureAfter, to) < 0;
    if (lead && !leadMeeting) leadMeeting = meetingAt.some(held);
    const bg = backgroundAt(s.text);
    // a headline in title case capitalises every word: a capitalised word after a city says nothing there
    let words = 0;
    let caps = 0;
    for (let i = from; i < to; i++)
      if (tokens[i]?.word) {
        words++;
        if (isCapitalised(tokens[i]?.text ?? '')) caps++;
      }
    const titleCased = words >= 4 && caps / words > 0.6;
    const push = (place: string, cue: number, host: boolean, known: KnownPlace | null, ev: Evidence = {}): void => {
      const { opener = false, dated = false, past = false } = ev;
      const cueChar = (tokens[cue]?.start ?? s.start) - s.start;
      let score = 0;
      // a hosting cue is itself the meeting word near the place
      const nearAt = meetingAt.filter((m) => (m < cue && m >= cue - W.near) || (m >= cue && m <= cue + 2));
      const near = host || nearAt.length > 0;
      // "speaking at a news conference in Santiago": where someone spoke, a little less than where they met
      if (!host && near && nearAt.every((m) => lowerIs(tokens[m - 1], PLACE_CUES.pressBefore))) score -= W.pressOnly;
      // "said in Kinshasa", "told reporters in Ankara": where someone spoke, less than where the sides met
      if (!host && lowerIs(tokens[cue - 1], PLACE_CUES.spokeBefore)) score -= W.spokeOnly;
      // "agreed in Geneva", "in Islamabad announcing …", "agreed on Monday evening in Lima",
      // "In Vienna, the two ministers agreed …"
      // an agreement word after the place counts only right after its name ("in Islamabad announcing …"),
      // not in a clause of its own ("said in Kinshasa that the deal …", "in Kabul welcomed the agreement")
      const placeEnd = ev.end ?? cue + 2;
      const agreedNear =
        opener ||
        agreementAt.some(
          (m) =>
            (m >= cue - W.agreementNearTokens && m < cue) ||
            (m > cue && m <= cue + W.agreementNearTokens + 1 && m - placeEnd <= 1 && !clauseBreak(tokens, placeEnd, m)) ||
            (m < cue && cue - m <= W.timeGapTokens + 1 && timeGapOnly(tokens, m + 1, cue)),
        );
      // an agreement far from the place ("agreed to station officers in Turbat") tells no venue by itself
      // "agreed to reopen the border in Lima on Monday": the place dated with the day of its clause's agreement
      const agreedDated = dated && agreementAt.some((m) => m < cue && m >= cue - W.datedClauseTokens && !clauseBreak(tokens, m + 1, cue));
      if (!near && !agreedNear && !agreedDated && !meetingAt.length) {
        // "Rebel and army leaders gather in Lima": a venue in the headline or the lead that no meeting word
        // tells, kept as a last resort when nothing else names one — not in a sentence with an agreement word
        // ("agreed to station officers in Turbat" is a scope, "In Beijing, a spokesman said they agreed" a
        // reaction), nor in background or another event
        if (
          lead &&
          !host &&
          lowerIs(tokens[cue], PLACE_CUES.prepositions) &&
          agreementAt.length === 0 &&
          !backgroundOf(s.text, cueChar, bg) &&
          !elapsedBefore(tokens, from, cue)
        )
          leadOnly.push(place);
        return;
      }
      if (near) score += host ? W.host : W.meetingNear;
      else if (agreedNear) score += W.agreementNear;
      else if (agreedDated) score += W.agreementDated;
      else score += W.meetingSentence;
      if (agreement) score += W.agreementSentence;
      // "agreed to end their row in talks in Ankara": the place in the clause of a past agreement or signing verb
      const verbAt = (m: number): boolean =>
        m < cue &&
        cue - m <= W.datedClauseTokens &&
        (lowerIs(tokens[m], PLACE_CUES.agreementPast) || lowerIs(tokens[m], PLACE_CUES.signingVerbs)) &&
        !clauseBreak(tokens, m + 1, cue);
      // (only where a meeting word or the verb itself tells the venue: "agreed to set up a zone in Idlib" is a scope)
      // (", where the two sides agreed …" after the place tells the same)
      if (opener || ((near || agreedNear) && (agreementAt.some(verbAt) || meetingAt.some(verbAt)))) score += W.agreedClause;
      // background ("signed a treaty in Lima in 2015", "Last year, they met in Oslo") is never the place
      if (backgroundOf(s.text, cueChar, bg)) return;
      // "… comes two days after Biden signed an order in Washington": another event's clause
      if (elapsedBefore(tokens, from, cue)) return;
      if (known?.country && codes.has(known.country)) score += known.capital ? W.sideCapital : W.sideCountry;
      if (lead) score += W.lead;
      if (past) score -= W.pastAfter;
      cands.push({ place, score, at: tokens[cue]?.start ?? s.start });
    };
    // a future marker governs the place when it stands before the meeting word nearest the place
    // ("will meet in Vienna", "the upcoming summit in Doha") or between it and the place ("talks to be
    // held in Geneva"); one in an earlier clause ("the two sides, which will meet again, signed in Doha") does not
    const futureBefore = (cue: number): boolean => {
      let k = cue - 1;
      while (k >= from && k >= cue - FUTURE_WINDOW && tokens[k]?.text !== ';' && tokens[k]?.text !== ':') k--;
      let start = k + 1;
      // (a past-tense agreement verb counts as the meeting word: "the deal that could end the war was reached in Doha")
      for (let g = cue - 1; g >= start; g--)
        if (meetingAt.includes(g) || (agreementAt.includes(g) && lowerIs(tokens[g], PLACE_CUES.agreementPast))) {
          start = Math.max(start, g - 4);
          break;
        }
      const f = phraseIn(tokens, start, cue, PLACE_CUES.futureBefore, cue);
      if (f < 0) return false;
      // a marker inside a clause set off by commas before the place's own clause ("the two sides, which
      // will meet again, agreed in Lima") does not govern it
      let close = -1;
      for (let g = cue - 1; g > f; g--)
        if (tokens[g]?.text === ',') {
          close = g;
          break;
        }
      if (close < 0) return true;
      let open = false;
      for (let g = f - 1; g > k; g--) if (tokens[g]?.text === ',') open = true;
      return !open || phraseIn(tokens, close + 1, cue, PLACE_CUES.futureBefore, cue) >= 0;
    };

    if (datelineCity && s.text.includes('here') && HERE.test(s.text)) {
      const at = HERE.exec(s.text)?.index ?? 0;
      let cue = from;
      while (cue < to && (tokens[cue]?.start ?? 0) - s.start < at) cue++;
      if (!futureBefore(cue)) push(datelineCity, Math.min(cue, to - 1), false, null);
    }
    if (datelineCity && s.text.includes(' city')) {
      const m = IN_THE_CITY.exec(s.text);
      if (m) {
        let cue = from;
        while (cue < to && (tokens[cue]?.start ?? 0) - s.start < m.index) cue++;
        if (!futureBefore(cue)) push(datelineCity, Math.min(cue, to - 1), false, null);
      }
    }
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      if (!t?.word) continue;
      // "in the Saudi capital": the state's capital
      if (t.lower === 'capital') {
        capitalOf(i);
        continue;
      }
      const m = placeAt(tokens, i, to, extra);
      if (!m) continue;
      i = m.tokEnd - 1;
      const a = tokens[m.tokStart]?.start ?? 0;
      const b = tokens[m.tokEnd - 1]?.end ?? 0;
      if (avoid.some((r) => r.start < b && a < r.end)) continue;
      const isVenue = !!m.place.venue;
      // the next token of this sentence and line: a headline line ends without a full stop, and the word
      // that opens the next line ("… in Lima\nPeru's minister said") is no part of the city's name
      const next = m.tokEnd < to && !source.slice(b, tokens[m.tokEnd]?.start ?? b).includes('\n') ? tokens[m.tokEnd] : undefined;
      // "signed the Athens Declaration": the text signed takes its name from the signing's city
      const signedNamed =
        !isVenue &&
        !!next &&
        phraseAt(tokens, m.tokEnd, to, PLACE_CUES.namedText) > 0 &&
        tokens[m.tokStart - 1]?.lower === 'the' &&
        phraseIn(tokens, Math.max(from, m.tokStart - 4), m.tokStart - 1, PLACE_CUES.signingVerbs) >= 0;
      // "the Bogor Presidential Palace", "the Geneva Intercontinental Hotel": a building named by its city
      // stands in it, and takes the article like a venue
      const building = !isVenue && !!next?.word && buildingNamed(tokens, m.tokEnd, to);
      // "Independence Hall", "Orange County": the city's name opens another proper name
      if (
        !titleCased &&
        !signedNamed &&
        !building &&
        next?.word &&
        next.start - b <= 1 &&
        next.text !== next.lower &&
        !lowerIs(next, PLACE_CUES.timeWords)
      )
        continue;
      const hyphenHost =
        next &&
        (next.text === '-' || next.text === '\u2010') &&
        next.start === b &&
        phraseAt(tokens, m.tokEnd + 1, to, PLACE_CUES.hyphenHost) > 0;
      // the place as the subject of a hosting verb: right after it, or after its apposition ("X, a …, was chosen")
      // ("After Doha hosted three rounds of talks, …": right after it, anywhere in the sentence)
      let hostAfter = !isVenue && phraseAt(tokens, m.tokEnd, to, PLACE_CUES.hostAfter) > 0;
      if (m.tokStart === from && !hostAfter) {
        if (phraseAt(tokens, m.tokEnd, to, PLACE_CUES.hostAfter)) hostAfter = true;
        else if (tokens[m.tokEnd]?.text === ',') {
          const at = phraseIn(tokens, m.tokEnd + 1, Math.min(to, m.tokEnd + HOST_WINDOW), PLACE_CUES.hostAfter, to);
          hostAfter = at > 0 && tokens[at - 1]?.text === ',';
        }
      }
      // "at the Doha talks": a city named as its meeting's attribute takes the article too
      const attributive = !isVenue && phraseAt(tokens, m.tokEnd, to, PLACE_CUES.meeting) > 0;
      let cue = venueCue(tokens, from, m.tokStart, isVenue || attributive || building);
      // "the Lima talks ended …", "after Lima talks": the city as its meeting's modifier is the venue cue itself
      if (cue < 0 && !isVenue && (signedNamed || phraseAt(tokens, m.tokEnd, to, PLACE_CUES.namedMeeting))) cue = m.tokStart;
      if (cue < 0 && !hyphenHost && !hostAfter) continue;
      // the lead names a venue (even a future one): the dateline is then no fallback
      if (lead && foldPlace(isVenue ? m.place.city : source.slice(a, b)) !== datelineKey) leadVenue = true;
      if (cue >= 0) {
        // "a ceasefire in Gaza" is a scope; "signed a ceasefire in Doha" is where it was signed
        // "held at the UN office in Geneva": an office that the meeting was at stands in the meeting's city
        // ("landed in Santiago, where the two sides signed …": the clause after the place is its own)
        let w = m.tokEnd;
        while (w < to && w - m.tokEnd < 4 && tokens[w]?.text !== ',' && (lowerIs(tokens[w], PLACE_CUES.timeWords) || isNumber(tokens[w])))
          w++;
        const whereAfter = tokens[w]?.text === ',' && tokens[w + 1]?.lower === 'where';
        if (
          !whereAfter &&
          lowerIs(tokens[cue - 1], PLACE_CUES.notVenueBefore) &&
          cue - 1 >= from &&
          !signedObject(tokens, from, cue - 1) &&
          !(lowerIs(tokens[cue - 1], PLACE_CUES.venueNouns) && atBefore(tokens, Math.max(from, cue - 1 - VENUE_NOUN_WORDS), cue - 1))
        )
          continue;
        if (futureBefore(cue) || phraseAt(tokens, m.tokEnd, to, PLACE_CUES.futureAfter)) continue;
      }
      if (m.place.needsCity && !text.includes(m.place.city)) continue;
      // "in Quetta and Zahedan", "in Lima, Santiago and Quito": places in a list are a measure's scope
      if (
        cue >= 0 &&
        !isVenue &&
        next &&
        lowerIs(next, PLACE_CUES.listJoin) &&
        placeAt(tokens, m.tokEnd + 1, to, extra)?.tokStart === m.tokEnd + 1
      )
        continue;
      const name = isVenue ? m.place.city : surface(source.slice(a, b));
      // "who held talks in Santiago last month": an earlier meeting loses to this one where both are told
      const past = phraseAt(tokens, m.tokEnd, to, PLACE_CUES.pastAfter) > 0;
      if (ctx?.date && datedOtherDay(tokens, m.tokEnd, to, ctx.date)) continue;
      // "In Vienna, the two ministers agreed …"; "… travelled to Ankara, where the two sides agreed …"
      const agreedAfter =
        (cue === from && opensAgreement(m.tokEnd)) ||
        (tokens[m.tokEnd]?.text === ',' && tokens[m.tokEnd + 1]?.lower === 'where' && opensAgreement(m.tokEnd));
      push(name, cue >= 0 ? cue : m.tokStart, !!(hyphenHost || hostAfter), m.place, {
        opener: agreedAfter,
        dated: cue >= 0 && dayAt(tokens, m.tokEnd, to),
        past,
        end: m.tokEnd,
      });
    }

    // "In Vienna (on Monday), the two ministers agreed …", "… to Ankara, where the two sides agreed …":
    // the clause after the place's comma turns on an agreement word before any word of reporting,
    // reaction or the future
    function opensAgreement(after: number): boolean {
      let c = after;
      while (c < to && c - after <= W.timeGapTokens && tokens[c]?.text !== ',') {
        const n = tokens[c]?.text === ',' ? 0 : phraseAt(tokens, c, to, PLACE_CUES.timeGap);
        if (!n && !isNumber(tokens[c])) return false;
        c += n || 1;
      }
      if (tokens[c]?.text !== ',') return false;
      for (let j = c + 1; j < Math.min(to, c + 1 + W.openerTokens); j++) {
        if (lowerIs(tokens[j], PLACE_CUES.reportedBefore) || phraseAt(tokens, j, to, PLACE_CUES.futureBefore)) return false;
        if (agreementAt.includes(j)) return true;
      }
      return false;
    }

    function capitalOf(i: number): void {
      // … in/at the <state or demonym> capital (not followed by its name: that mention speaks for itself)
      const after = tokens[i + 1];
      if (after && ((after.text === ',' && placeAt(tokens, i + 2, to, extra)) || (after.word && after.text !== after.lower))) return;
      for (let k = i - 1; k >= Math.max(from + 2, i - 4); k--) {
        if (tokens[k - 1]?.lower !== 'the' || !lowerIs(tokens[k - 2], PLACE_CUES.prepositions)) continue;
        const phrases = phrasesFor(tokens[k]?.lower ?? '') ?? [];
        const p = phrases.find((ph) => ph.tokens.length === i - k && ph.tokens.every((w, n) => tokens[k + n]?.lower === w.toLowerCase()));
        const city = p?.entity.kind === 'state' ? p.entity.capitals[0] : undefined;
        if (!city) return;
        const cue = k - 2;
        if (futureBefore(cue)) return;
        if (lead) leadVenue = true;
        const known = p?.entity.code ? { city, country: p.entity.code, capital: true } : null;
        // "In the Peruvian capital, the two ministers agreed …"
        push(city, cue, false, known, { opener: cue === from && opensAgreement(i + 1) });
        return;
      }
    }
  });
  let best: Candidate | null = null;
  for (const c of cands) if (!best || c.score > best.score) best = c;
  if (best && best.score > 0) return best.place;
  // weak fallback: the dateline's city, when the lead reports a meeting held and names no venue
  if (datelineCity && leadMeeting && !leadVenue && cands.length === 0) return datelineCity;
  // last resort: the one venue the headline and the lead name, when nothing else scored
  const first = leadOnly[0];
  return cands.length === 0 && first && leadOnly.every((p) => p === first) ? first : null;
}

/**
 * Do the capitalised words from `i` (two to four, touching by one space) end in a building's noun, with
 * a word of its own before it ("Bogor Presidential Palace", "Lima Convention Centre")? A city's name
 * right before the noun is the building's own name, not its city ("Chatham House", "Wellington Hotel").
 */
function buildingNamed(tokens: Token[], i: number, end: number): boolean {
  for (let k = i; k < Math.min(end, i + 4); k++) {
    const t = tokens[k];
    if (!t?.word || t.text === t.lower || (k > i && t.start - (tokens[k - 1]?.end ?? 0) > 1)) return false;
    if (PLACE_CUES.buildingNouns.includes(t.lower)) return k > i;
  }
  return false;
}

/** How many days from the event's a place's own day must stand to be another event's. */
const OTHER_DAY_GAP = 7;
/** A month word's index (0 = January), or -1 (month-index.ts). */
const monthOf = (t: Token | undefined): number => (t?.word ? monthIndex(t.lower) : -1);
const numberOf = (t: Token | undefined): number => (t && /^\d{1,4}(?:st|nd|rd|th)?$/.test(t.text) ? Number.parseInt(t.text, 10) : -1);

/**
 * Is the place right away dated to a day, month or year other than the event's: "in Bishkek on March 13",
 * "in Dushanbe on 18 April 2023", "in Lima in 2015", "in Tirana last December", "in Ohrid in June"? (A
 * month word must follow or precede the day number.)
 */
function datedOtherDay(tokens: Token[], i: number, end: number, iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7)) - 1;
  const day = Number(iso.slice(8, 10));
  const t = tokens[i];
  if (!t || i + 1 >= end) return false;
  const a = tokens[i + 1];
  const event = Date.UTC(year, month, day);
  // "in Tirana last December", "in Ohrid in June": a month with no day, the most recent one before the
  // event after "last", the nearest one (of any year) after "in"; another event's when the whole month
  // lies more than a week from the event's day
  const monthWord = monthOf(a);
  if (
    monthWord >= 0 &&
    isCapitalised(a?.text ?? '') &&
    (lowerIs(t, PLACE_CUES.lastMonth) || t.lower === 'in') &&
    numberOf(tokens[i + 2]) < 1
  ) {
    const lastYear = monthWord >= month ? year - 1 : year;
    const y = numberOf(tokens[tokens[i + 2]?.text === ',' ? i + 3 : i + 2]);
    const years = y >= 1900 ? [y] : lowerIs(t, PLACE_CUES.lastMonth) ? [lastYear] : [year - 1, year, year + 1];
    return Math.min(...years.map((yy) => monthGap(yy, monthWord, event))) > OTHER_DAY_GAP;
  }
  if (t.lower === 'in') {
    const y = numberOf(a);
    return y >= 1900 && y <= 2100 && y !== year;
  }
  if (t.lower !== 'on') return false;
  let m = monthOf(a);
  let d = numberOf(tokens[i + 2]);
  let next = i + 3;
  if (m < 0) {
    d = numberOf(a);
    m = monthOf(tokens[i + 2]);
  }
  if (m < 0 || d < 1 || d > 31) return false;
  if (tokens[next]?.text === ',') next++;
  const y = numberOf(tokens[next]);
  if (y >= 1900 && y !== year) return true;
  // a day within a week of the event's may be the same meeting told by its own day (talks over several
  // days); with no year written, the nearest such day (talks on December 31 for a deal of January 2)
  const years = y >= 1900 ? [y] : [year - 1, year, year + 1];
  const gap = Math.min(...years.map((yy) => Math.abs(Date.UTC(yy, m, d) - event))) / 86_400_000;
  return gap > OTHER_DAY_GAP;
}

/** Days between the event (a UTC time) and the nearest day of month `m` of year `y` (0 when inside it). */
function monthGap(y: number, m: number, event: number): number {
  const first = Date.UTC(y, m, 1);
  const last = Date.UTC(y, m + 1, 0);
  return event < first ? (first - event) / 86_400_000 : event > last ? (event - last) / 86_400_000 : 0;
}

const isNumber = (t: Token | undefined): boolean => !!t && /^\d+(?:st|nd|rd|th)?$/.test(t.text);

/**
 * Is the noun at `noun` the object of a signing verb of its own clause ("signed a ceasefire in Doha",
 * "signed a permanent cessation of hostilities in Pretoria")? The verb stands at most
 * W.signedObjectTokens before it, with no clause boundary between (not "signed, while the ceasefire in Gaza").
 */
function signedObject(tokens: Token[], from: number, noun: number): boolean {
  for (let k = noun - 1; k >= Math.max(from, noun - W.signedObjectTokens); k--) {
    const t = tokens[k];
    if (!t || t.text === ',' || t.text === ';' || t.text === ':' || lowerIs(t, PLACE_CUES.clauseBreaks)) return false;
    if (phraseAt(tokens, k, noun, PLACE_CUES.signingVerbs)) return true;
  }
  return false;
}

/**
 * Does the place's cue at `cue` stand in a clause opened by a span of time and "after" / "before" ("two
 * days after", "a week before"), with no comma, ";" or ":" between? Such a clause tells another event.
 */
function elapsedBefore(tokens: Token[], from: number, cue: number): boolean {
  for (let k = cue - 1; k >= from + 2; k--) {
    const t = tokens[k];
    if (!t || t.text === ',' || t.text === ';' || t.text === ':') return false;
    if (!lowerIs(t, PLACE_CUES.elapsedRelations) || !lowerIs(tokens[k - 1], PLACE_CUES.elapsedUnits)) continue;
    const count = tokens[k - 2];
    if (isNumber(count) || lowerIs(count, PLACE_CUES.elapsedCounts)) return true;
  }
  return false;
}

/** Is the meeting word at `i` a welcome of the agreement itself ("welcomed the agreement", "welcomes this deal")? */
function welcomesAgreement(tokens: Token[], i: number, end: number): boolean {
  if (!lowerIs(tokens[i], PLACE_CUES.welcomedTo)) return false;
  let k = i + 1;
  while (k < end && k - i <= 3 && lowerIs(tokens[k], PLACE_CUES.reactionDeterminers)) k++;
  return phraseAt(tokens, k, end, PLACE_CUES.agreement) > 0;
}

/** Does "at" stand in tokens [a, b), with no comma after it? ("met at the Turkish consulate") */
function atBefore(tokens: Token[], a: number, b: number): boolean {
  for (let i = b - 1; i >= a; i--) {
    const t = tokens[i];
    if (!t || t.text === ',' || t.text === ';') return false;
    if (t.lower === 'at') return true;
  }
  return false;
}

/** Does a clause boundary (a comma, ";", ":", or a relative word) stand in tokens [a, b)? */
function clauseBreak(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = tokens[i]?.text;
    if (t === ',' || t === ';' || t === ':' || lowerIs(tokens[i], PLACE_CUES.clauseBreaks)) return true;
  }
  return false;
}

/** Does a day's date start at token `i` ("on Monday", "Tuesday", "on 3 May", "yesterday")? */
function dayAt(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const j = t.lower === 'on' ? i + 1 : i;
  if (j >= end) return false;
  if (lowerIs(tokens[j], PLACE_CUES.days)) return true;
  return t.lower === 'on' && isNumber(tokens[j]) && lowerIs(tokens[j + 1], PLACE_CUES.timeWords);
}

/** Are tokens [a, b) only words of time or manner, numbers and commas ("on Monday evening", "late on 3 May")? */
function timeGapOnly(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; ) {
    const t = tokens[i];
    if (t?.text === ',' || isNumber(t)) {
      i++;
      continue;
    }
    const n = phraseAt(tokens, i, b, PLACE_CUES.timeGap);
    if (!n) return false;
    i += n;
  }
  return true;
}

/**
 * Does the background marker at `bg` date the place at `cue` (offsets in the sentence)? One after the
 * place, when no clause boundary stands between ("signed a treaty in Lima in 2015"); one before it, when
 * it opens the sentence ("Last year, they met in Oslo") or no comma stands between ("talks last year in
 * Oslo") — not one in an earlier clause ("After talks last year failed, they agreed in Jakarta").
 */
function backgroundOf(text: string, cue: number, bg: number): boolean {
  if (bg < 0) return false;
  if (bg > cue) return backgroundGoverns(text, cue, bg);
  // a marker in an earlier clause closed by ";" dates that clause only
  const between = text.slice(bg, cue);
  if (between.includes(';')) return false;
  return bg <= 12 || !between.includes(',');
}

/**
 * Places the text itself declares, known to this article even where the gazetteer does not list them:
 * "the Swiss village of Glion", "the resort town of Bled", "Psarades, a village beside the lake". The
 * name is one to three capitalised words; the descriptor is one of PLACE_CUES.descriptors.
 */
function declaredPlaces(sentences: SentenceLike[], tokens: Token[], text: string, extra: Map<string, KnownPlace>): void {
  /** The state's name that starts at token `i` and its end, when the name is the state's own (not a demonym). */
  const stateAt = (i: number, end: number): number => {
    for (const p of phrasesFor(tokens[i]?.lower ?? '') ?? []) {
      if (p.entity.kind !== 'state' || p.form !== 'name' || i + p.tokens.length > end) continue;
      if (p.tokens.every((w, n) => tokens[i + n]?.lower === w.toLowerCase())) return i + p.tokens.length;
    }
    return -1;
  };
  // "in X, <state>," / "in X, <state>." — one to three capitalised words the gazetteer does not know, a
  // comma, then a state's name closed by a comma or the sentence's end: X is a town of that state
  const townOfState = (i: number, end: number): void => {
    let j = i;
    while (j < end && j - i < 3 && tokens[j]?.word && isCapitalised(tokens[j]?.text ?? '')) j++;
    if (j === i || tokens[j]?.text !== ',' || placeAt(tokens, i, j) || stateAt(i, j) >= 0) return;
    const close = stateAt(j + 1, end);
    if (close < 0) return;
    const after = tokens[close];
    if (close < end && after?.text !== ',' && after?.text !== '.') return;
    // a known name cut short ("in Buenos, Argentina") is no town of its own
    if (startsKnownPlace(foldPlace(text.slice(tokens[i]?.start ?? 0, tokens[j - 1]?.end ?? 0)))) return;
    add(i, j);
  };
  const add = (i: number, end: number): void => {
    let j = i;
    while (j < end && j - i < 3 && tokens[j]?.word && isCapitalised(tokens[j]?.text ?? '')) j++;
    if (j === i) return;
    const name = text.slice(tokens[i]?.start ?? 0, tokens[j - 1]?.end ?? 0);
    const key = foldPlace(name);
    if (key.length >= 3 && !extra.has(key) && stateAt(i, j) !== j) {
      extra.set(key, { city: name, country: null, capital: false });
    }
  };
  for (const s of sentences) {
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const t = tokens[i];
      // "in Argyle, Saint Vincent and the Grenadines, the two presidents …": a town told by its country
      if (t?.word && lowerIs(t, PLACE_CUES.prepositions)) townOfState(i + 1, s.tokEnd);
      if (!t?.word || !PLACE_CUES.descriptors.includes(t.lower)) continue;
      // "the … village of X": "the" within four words before the descriptor
      if (tokens[i + 1]?.lower === 'of' && i + 2 < s.tokEnd) {
        for (let k = i - 1; k >= Math.max(s.tokStart, i - 4); k--)
          if (tokens[k]?.lower === 'the') {
            add(i + 2, s.tokEnd);
            break;
          }
      }
      // "X, a … village": X opens the sentence or follows "in"/"at"
      for (let k = i - 1; k >= Math.max(s.tokStart + 2, i - 4); k--) {
        if (tokens[k]?.lower !== 'a' && tokens[k]?.lower !== 'the') continue;
        if (tokens[k - 1]?.text !== ',') break;
        let n = k - 2;
        while (n > s.tokStart && n > k - 5 && tokens[n - 1]?.word && isCapitalised(tokens[n - 1]?.text ?? '')) n--;
        const opens = n === s.tokStart || lowerIs(tokens[n - 1], PLACE_CUES.prepositions);
        if (opens && tokens[n]?.word && isCapitalised(tokens[n]?.text ?? '')) add(n, k - 1);
        break;
      }
    }
  }
}

/** A mention as written, title-cased when it is set in capitals ("GENEVA"). */
function surface(s: string): string {
  return s === s.toUpperCase() && s !== s.toLowerCase() ? titleCase(s.toLowerCase()) : s;
}

/** The city a dateline names ("PUTRAJAYA:", "Islamabad, January 29", "TOKYO (Kyodo) --"), title-cased. */
export function findDatelineCity(text: string): string | null {
  const head = text.slice(0, 3000);
  // line by line, each test anchored at the line start: no pattern spans lines, so none can backtrack
  const lines = head
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  let city: string | undefined;
  for (const line of lines) {
    const c = mayBeCapsDateline(line) ? CAPS_DATELINE.exec(line)?.[1] : undefined;
    if (c && !isKicker(c)) {
      city = c;
      break;
    }
  }
  for (const line of lines.slice(0, 5)) {
    if (city) break;
    if (line.includes(',') && DATELINE_MONTHS.some((m) => line.includes(m))) city = titleDateline(line);
    // a known city is returned as the data writes it ("Rio de Janeiro")
    const known = city ? undefined : knownCityDateline(line);
    if (known) return known;
  }
  if (!city || isKicker(city)) return null;
  // "UNITED NATIONS, March 6 (Reuters) -": a dateline that names an institution, as its city
  const institution = DATELINE_INSTITUTIONS.find(([name]) => name === foldPlace(city));
  if (institution) return institution[1];
  return titleCase(city.toLowerCase());
}

/** How many words a dateline's city may take ("Islamabad", "Kuala Lumpur", "Addis Ababa", "Rio de Janeiro"). */
const DATELINE_CITY_WORDS = 4;

/**
 * A dateline in ordinary case ("Islamabad: …", "Jakarta – …", "Kuala Lumpur (Bernama) …", or the city
 * alone on its line): the words before the mark must name a known city, so a kicker ("Analysis: …",
 * "Exclusive – …") never passes for one.
 */
function knownCityDateline(line: string): string | undefined {
  let end = -1;
  let words = 0;
  for (let i = 0; i <= line.length && words <= DATELINE_CITY_WORDS; i++) {
    const c = line.charCodeAt(i);
    // "Islamabad:", "Islamabad (APP)", "Doha [Qatar]", "Islamabad, Pakistan, Jan 29": the city's name ends
    if (i === line.length || c === 58 || c === 40 || c === 91 || (c === 44 && stateCloses(line, i + 1))) {
      end = i;
      break;
    }
    if (c === 32) {
      words++;
      const n = line.charCodeAt(i + 1);
      // " – ", " — ", " - ": a dash set off by spaces closes the dateline
      if ((n === 0x2013 || n === 0x2014 || n === 45) && line.charCodeAt(i + 2) === 32) {
        end = i;
        break;
      }
    }
  }
  if (end <= 0) return undefined;
  const name = line.slice(0, end).trim();
  if (!name || !isUpper(name.codePointAt(0) ?? 0) || name === name.toUpperCase()) return undefined;
  const key = foldPlace(name);
  if (PLACE_CUES.wordCities.includes(key)) return undefined;
  return knownPlace(key)?.city;
}

/**
 * After a dateline's comma: a state's own name, closed by a comma, a bracket or a dash ("Islamabad,
 * Pakistan, Jan 29 (IRNA) --"), never a state that opens a sentence ("Washington, Iran agree …").
 */
function stateCloses(line: string, from: number): boolean {
  const toks = tokenize(line.slice(from, from + 80));
  const first = toks[0];
  if (!first?.word) return false;
  for (const p of phrasesFor(first.lower) ?? []) {
    if (p.entity.kind !== 'state' || p.form !== 'name') continue;
    if (!p.tokens.every((w, n) => toks[n]?.lower === w.toLowerCase())) continue;
    const after = toks[p.tokens.length]?.text;
    return after === ',' || after === '(' || after === '[' || after === '\u2013' || after === '\u2014' || after === '-';
  }
  return false;
}

/** Does `s` open with a kicker word (any case) followed by a non-word character or the end? */
function isKicker(s: string): boolean {
  let i = 0;
  for (let c = s.charCodeAt(0); (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95; c = s.charCodeAt(++i));
  return NOT_DATELINE.has(s.slice(0, i).toUpperCase());
}

/** Cheap exact pre-check for CAPS_DATELINE: its first three characters are capital letters, so an ASCII non-capital rules it out. */
function mayBeCapsDateline(line: string): boolean {
  if (line.length < 3) return false;
  for (let i = 0; i < 3; i++) {
    const c = line.charCodeAt(i);
    if (c < 128 && !(c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** Upper-cases each letter at the start or after a space or hyphen (as replacing /(^|[\s-])\p{L}/gu would). */
function titleCase(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i) ?? 0;
    const w = width(cp);
    const ch = s.slice(i, i + w);
    const prev = i === 0 ? -1 : s.charCodeAt(i - 1);
    out += (prev === -1 || prev === 45 || isSpace(prev)) && isLetter(cp) ? ch.toUpperCase() : ch;
    i += w;
  }
  return out;
}
