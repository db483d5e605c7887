// The wordings that tell where the sides met or signed, as data for src/core/find-place.ts. Every
// entry is a lower-case phrase, matched token by token (the text's tokens, see core/tokens.ts: a
// phrase's words are separated by one space, punctuation is a token of its own). A place is always a
// known city or venue (src/model/cities.generated.ts, src/model/landmarks.ts); these lists only decide
// which of its mentions is the meeting's.

import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from './calendar';

export const PLACE_CUES = {
  /** The place follows one of these: "talks in Geneva", "signed at the White House". */
  prepositions: ['in', 'at'],
  /** "a visit to Islamabad", "his trip to Beijing": the place of the visit's meetings. */
  visitTo: [
    'visit to',
    'visits to',
    'trip to',
    'trips to',
    'arrived in',
    'landed in',
    'flew to',
    'travelled to',
    'traveled to',
    'came to',
    'journeyed to',
  ],
  /** "welcomed his counterpart to Lima": a verb of welcome, its object, then "to" and the place. */
  welcomedTo: ['welcomed', 'welcomes', 'welcoming'],
  /** Words of a meeting or signing: near the preposition (same clause) they make it the meeting's place. */
  meeting: [
    'met',
    'meet',
    'meets',
    'meeting',
    'meetings',
    'talks',
    'summit',
    'conference',
    'ceremony',
    'signed',
    'sign',
    'signs',
    'signing',
    'signings',
    'inked',
    'inks',
    'hosts',
    'hosted',
    'held',
    'negotiations',
    'negotiated',
    'visit',
    'visited',
    'visiting',
    'exchange',
    'exchanged',
    'swap',
    'swapped',
    'consultation',
    'consultations',
    'round',
    'dialogue',
    'session',
    'forum',
    'received',
    'welcomed',
    'shook hands',
    'gathered',
    'convened',
    'carried out',
    'took place',
    'handed over',
    'signatures',
    'side by side',
    'discussions',
    'negotiating',
    'mediated',
    'brokered',
    'handover',
    'initialled',
    'initialed',
    'summits',
    'conferences',
    'ceremonies',
    'rounds',
    'visits',
    'trip',
    'sidelines',
    'gathering',
    'talked',
    'conferred',
    'huddled',
    'sat down',
    'hosting',
    'mediation',
  ],
  /**
   * The meeting words that let the dateline's city stand as the place when nothing else names one: the
   * sides met or signed there. Not an exchange, a swap or a handover (prisoners change hands at borders).
   */
  fallbackMeeting: [
    'met',
    'meeting',
    'meetings',
    'talks',
    'summit',
    'conference',
    'ceremony',
    'signed',
    'signing',
    'negotiations',
    'visit',
    'visited',
    'hosted',
    'shook hands',
    'side by side',
    'consultations',
    'discussions',
  ],
  /** Words of an agreement: a weaker sign that the sentence tells this article's event. */
  agreement: [
    'agreed',
    'agree',
    'agrees',
    'seal',
    'seals',
    'strike',
    'strikes',
    'reach',
    'reaches',
    'clinch',
    'clinches',
    'agreement',
    'deal',
    'pact',
    'accord',
    'declaration',
    'ceasefire',
    'truce',
    'treaty',
    'memorandum',
    'announced',
    'arrangement',
    'statement',
    'decided',
    'committed',
    'pledged',
    'convention',
    'concluded',
    'finalised',
    'finalized',
    'sealed',
    'struck',
    'reached',
    'clinched',
    'announcing',
    'announce',
    'unveiled',
    'agreements',
    'deals',
    'pacts',
    'accords',
    'treaties',
    'memorandums',
    'memoranda',
    'mou',
    'mous',
    'protocol',
    'communique',
    'roadmap',
    'formalised',
    'formalized',
  ],
  /**
   * Agreement verbs in the past tense: like a meeting word, the nearest before the place bounds where a
   * future marker can govern it ("the deal that could end the war was reached in Doha"; "will be reached in
   * Doha" stays future).
   */
  agreementPast: [
    'agreed',
    'reached',
    'sealed',
    'struck',
    'clinched',
    'concluded',
    'finalised',
    'finalized',
    'formalised',
    'formalized',
    'announced',
    'unveiled',
    'decided',
    'committed',
    'pledged',
  ],
  /** Before the place, in its clause: the meeting is still to come ("will meet in Geneva"). */
  futureBefore: [
    'will',
    'would',
    'shall',
    'next',
    'upcoming',
    'due to',
    'is to',
    'are to',
    'to be held',
    'scheduled',
    'expected',
    'plans to',
    'plan to',
    'planned',
    'set to',
    'later this',
    'ahead of',
    'to attend',
    'leave for',
    'travel to',
    'invited',
    'invitation',
    'proposed',
    'could',
    'might',
    'hopes to',
    'intends to',
    'to meet',
    'to visit',
    'to hold',
    'to host',
  ],
  /** Right after the place: "talks in Geneva next week". */
  futureAfter: [
    'next week',
    'next month',
    'next year',
    'later this',
    'in the coming',
    'in the autumn',
    'in the spring',
    'in the summer',
    'in the winter',
  ],
  /**
   * Right after the place: an earlier meeting ("who held talks in Santiago last month"). Not refused — the
   * article may report a deal signed last week — only ranked below a place that carries no such marker.
   */
  pastAfter: ['last week', 'last month', 'earlier this month', 'earlier this week', 'weeks ago', 'months ago', 'days ago'],
  /**
   * Before a month's name right after the place: the most recent such month before the event ("signed in
   * Lima last December"); a place so dated more than a week from the event's day is another event's.
   */
  lastMonth: ['last'],
  /**
   * A span of time and "after" / "before" that opens another event's clause: a place after it, in the
   * same clause, is that event's ("The summit comes two days after Biden signed an order in Washington").
   * Read as a count (a number, "a", "two", "few" …), a unit, then the relation.
   */
  elapsedCounts: ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'several', 'some'],
  elapsedUnits: ['hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months'],
  elapsedRelations: ['after', 'before'],
  /** Between "welcomed" and an agreement word, a reaction's object: "welcomed the agreement", "welcomes this deal". */
  reactionDeterminers: ['the', 'a', 'an', 'this', 'that', 'their', 'its', 'new'],
  /** Right before the place's preposition: a word of speaking ("said in Kinshasa", "told reporters in Ankara"). */
  spokeBefore: ['said', 'says', 'told', 'speaking', 'spoke', 'stated', 'added', 'tweeted', 'wrote', 'reporters', 'journalists'],
  /** Before a meeting word, a gathering of the press: where someone spoke ("a news conference in Santiago"). */
  pressBefore: ['news', 'press', 'media'],
  /** Right before the preposition: "in X" tells the scope of a measure or a fact, not a venue. */
  notVenueBefore: [
    // back home: "Back in Islamabad after the talks, the minister said …"
    'back',
    'home',
    'ceasefire',
    'truce',
    'war',
    'fighting',
    'conflict',
    'peace',
    'violence',
    'attack',
    'attacks',
    'strike',
    'strikes',
    'operations',
    'stability',
    'security',
    'crisis',
    'presence',
    'elections',
    'election',
    'hostilities',
    'situation',
    'investment',
    'investments',
    'projects',
    'embassy',
    'embassies',
    'consulate',
    'office',
    'offices',
    'bureau',
    'lives',
    'lived',
    'living',
    'born',
    'based',
    'landed',
    'lands',
    'land',
    'landing',
    'detained',
    'arrested',
    'imprisoned',
    'jailed',
    'killed',
    'died',
    'stationed',
    'deployed',
    'posted',
    'located',
    'headquartered',
    'studied',
    'protests',
    'protesters',
    'rally',
    'troops',
    'forces',
    'residents',
    'people',
    'ambassador',
    'envoy',
    'correspondent',
    'reporter',
    'bureau chief',
  ],
  /**
   * A signing verb just before a notVenueBefore noun makes the noun its object, and the place the signing's:
   * "signed a ceasefire in Doha" (not "a ceasefire in Gaza").
   */
  signingVerbs: ['signed', 'sign', 'signs', 'inked', 'inks', 'initialled', 'initialed'],
  /**
   * notVenueBefore nouns that are buildings: after "at" ("met at the Turkish consulate in Istanbul",
   * "held at the UN office in Geneva") they are the meeting's venue, and the city is its place.
   */
  venueNouns: ['embassy', 'embassies', 'consulate', 'office', 'offices', 'bureau'],
  /**
   * Nouns that close a building's name: "at the Bogor Presidential Palace", "at the Geneva Intercontinental
   * Hotel" — a city's name opening such a name is where the building stands (not "Orange County").
   */
  buildingNouns: [
    'palace',
    'hotel',
    'hall',
    'house',
    'centre',
    'center',
    'guesthouse',
    'residence',
    'airport',
    'castle',
    'stadium',
    'building',
    'complex',
    'library',
    'museum',
  ],
  /**
   * Cities whose names are ordinary words, which open a line as labels do ("Reading: …", "Nice: …"):
   * never a dateline in ordinary case (folded, as place-index folds).
   */
  wordCities: [
    'reading',
    'nice',
    'split',
    'mobile',
    'orange',
    'bath',
    'hull',
    'deal',
    'sale',
    'wells',
    'bury',
    'victoria',
    'marathon',
    'university',
    'opportunity',
    'mission',
    'independence',
    'liberty',
    'union',
    'justice',
    'commerce',
    'friendship',
    'concord',
    'harmony',
    'unity',
    'progress',
    'enterprise',
  ],
  /** "in the Red Sea port of Jeddah", "in the capital Naypyitaw", "in the Saudi capital": a descriptor of the place. */
  descriptors: ['capital', 'city', 'town', 'village', 'port', 'resort', 'oasis', 'enclave', 'township', 'municipality'],
  /** After a place that opens its sentence: "Psarades, a lakeside village, was chosen as the site". */
  hostAfter: [
    'hosted',
    'hosts',
    'plays host',
    'played host',
    'was the venue',
    'was chosen as the venue',
    'was chosen as the site',
    'was picked as the site',
    'was picked as the venue',
    'was selected as the venue',
    'was selected as the site',
    'was the site',
  ],
  /**
   * Nouns of a meeting that a city modifies, naming its venue ("the Lima talks ended …", "after Lima
   * talks"). Not an agreement ("the Minsk agreements" name a text, often an old one), nor a verb ("Lima
   * signs a deal": the city is an actor).
   */
  namedMeeting: [
    'visit',
    'trip',
    'talks',
    'peace talks',
    'summit',
    'meeting',
    'conference',
    'peace conference',
    'ceremony',
    'negotiations',
    'consultations',
    'discussions',
  ],
  /**
   * Names of a text that a city modifies, counted only right after a signing verb and "the": "signed the
   * Athens Declaration" (a text named after its signing's city). Elsewhere ("under the Minsk agreements")
   * such a name is no venue.
   */
  namedText: [
    'declaration',
    'agreement',
    'agreements',
    'accord',
    'accords',
    'treaty',
    'protocol',
    'communique',
    'memorandum',
    'pact',
    'charter',
  ],
  /** "Doha-hosted talks": the place, a hyphen, then one of these. */
  hyphenHost: ['hosted', 'brokered'],
  /**
   * Between an agreement word and the place's preposition, words of time or manner that keep the place
   * in the verb's phrase: "agreed on Monday evening in Lima", "reached late on Tuesday in Doha", "agreed
   * in principle on Friday in Oslo". (Numbers and commas count as such words too.)
   */
  timeGap: [
    'on',
    'late',
    'early',
    'earlier',
    'today',
    'yesterday',
    'tonight',
    'morning',
    'afternoon',
    'evening',
    'night',
    'in principle',
    'formally',
    'finally',
    'officially',
    'also',
    ...WEEKDAYS,
  ],
  /**
   * Before the agreement word of a clause opened by "In <place>,": the place is where someone spoke or
   * reacted, not where the sides agreed ("In Beijing, a spokesperson said the two sides had agreed …").
   */
  reportedBefore: [
    'said',
    'says',
    'say',
    'told',
    'confirmed',
    'welcomed',
    'welcome',
    'reported',
    'noted',
    'stated',
    'added',
    'according',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'news',
    'that',
    'reacted',
    'hailed',
    'praised',
    'protested',
    'criticised',
    'criticized',
  ],
  /** A day that dates an event, right after its place ("in Lima on Monday", "in Lima yesterday"). */
  days: [...WEEKDAYS, 'yesterday', 'today'],
  /** Words that open another clause inside a sentence (as a comma, ";" or ":" does), for the dated-place rule. */
  clauseBreaks: ['which', 'who', 'where', 'while', 'whose', 'that', 'and', 'but'],
  /** Between two places of a list ("in Quetta and Zahedan"): a scope, never one venue. */
  listJoin: ['and', 'or'],
  /** A capitalised word right after a city that is still the city's sentence ("in Geneva Thursday"). */
  timeWords: [...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS, 'on', 'and', 'as', 'but', 'after', 'before', 'where', 'when', 'while'],
};

/** Datelines that name an institution rather than a city (folded name → its city): agency copy from UN headquarters. */
export const DATELINE_INSTITUTIONS: ReadonlyArray<readonly [string, string]> = [['unitednations', 'New York']];

/** How strongly each piece of evidence counts (find-place.ts adds them up per mention; > 0 is a place). */
export const PLACE_WEIGHTS = {
  /** A meeting word in the preposition's clause, within `near` tokens before it. */
  meetingNear: 3,
  near: 10,
  /** An agreement word just before the preposition ("agreed in Geneva", "was sealed in Doha"). */
  agreementNear: 3,
  agreementNearTokens: 3,
  /** At most this many words of time (PLACE_CUES.timeGap) between an agreement word and the place's preposition. */
  timeGapTokens: 6,
  /** "welcomed his Chilean counterpart to Lima": how many words the object may take. */
  welcomedToTokens: 5,
  /** "In Vienna, …": how far after the comma the clause's agreement word may stand. */
  openerTokens: 12,
  /** An agreement word earlier in the clause of a place dated by a day ("agreed to reopen the border in Lima on Monday"). */
  agreementDated: 2,
  datedClauseTokens: 14,
  /** "signed a permanent cessation of hostilities in Pretoria": how far a signing verb may stand before its object noun. */
  signedObjectTokens: 7,
  /** A past agreement or signing verb earlier in the place's own clause ("agreed to end their row in talks in Ankara"). */
  agreedClause: 1.5,
  /** A meeting word elsewhere in the sentence. */
  meetingSentence: 2,
  agreementSentence: 1,
  /** A hosting cue ("X-hosted talks", "X was chosen as the venue"). */
  host: 3,
  /** Taken off a place right after a word of speaking ("said in Kinshasa that the deal …"). */
  spokeOnly: 2,
  /** Taken off a place told only by a press conference near it, or dated to an earlier week or month. */
  pressOnly: 0.5,
  pastAfter: 1,
  /** The capital of one of the sides. */
  sideCapital: 1.5,
  /** A city of one of the sides' countries. */
  sideCountry: 0.5,
  /** Mentions in the headline or the first sentences weigh a little more. */
  lead: 0.5,
  leadSentences: 3,
};
