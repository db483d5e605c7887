// The wordings that tell where the sides met or signed, as data for src/core/find-place.ts. Every
// entry is a lower-case phrase, matched token by token (the text's tokens, see core/tokens.ts: a
// phrase's words are separated by one space, punctuation is a token of its own). A place is always a
// known city or venue (src/model/cities.generated.ts, src/model/landmarks.ts); these lists only decide
// which of its mentions is the meeting's.

export const PLACE_CUES = {
  /** The place follows one of these: "talks in Geneva", "signed at the White House". */
  prepositions: ['in', 'at'],
  /** "a visit to Islamabad", "his trip to Beijing": the place of the visit's meetings. */
  visitTo: ['visit to', 'visits to', 'trip to', 'arrived in', 'landed in'],
  /** Words of a meeting or signing: near the preposition (same clause) they make it the meeting's place. */
  meeting: [
    'met', 'meet', 'meets', 'meeting', 'meetings', 'talks', 'summit', 'conference', 'ceremony', 'signed', 'signing',
    'signings', 'inked', 'hosted', 'held', 'negotiations', 'negotiated', 'visit', 'visited', 'visiting', 'exchange',
    'exchanged', 'swap', 'swapped', 'consultation', 'consultations', 'round', 'dialogue', 'session', 'forum',
    'received', 'welcomed', 'shook hands', 'gathered', 'convened', 'carried out', 'took place', 'handed over',
    'signatures', 'side by side', 'discussions', 'negotiating', 'mediated', 'brokered', 'handover', 'initialled', 'initialed',
  ],
  /**
   * The meeting words that let the dateline's city stand as the place when nothing else names one: the
   * sides met or signed there. Not an exchange, a swap or a handover (prisoners change hands at borders).
   */
  fallbackMeeting: [
    'met', 'meeting', 'meetings', 'talks', 'summit', 'conference', 'ceremony', 'signed', 'signing', 'negotiations',
    'visit', 'visited', 'hosted', 'shook hands', 'side by side', 'consultations', 'discussions',
  ],
  /** Words of an agreement: a weaker sign that the sentence tells this article's event. */
  agreement: [
    'agreed', 'agree', 'agreement', 'deal', 'pact', 'accord', 'declaration', 'ceasefire', 'truce', 'treaty',
    'memorandum', 'announced', 'arrangement', 'statement', 'decided', 'committed', 'pledged', 'convention',
    'concluded', 'finalised', 'finalized', 'sealed', 'struck', 'reached', 'clinched', 'announcing', 'announce', 'unveiled',
  ],
  /** Before the place, in its clause: the meeting is still to come ("will meet in Geneva"). */
  futureBefore: [
    'will', 'would', 'shall', 'next', 'upcoming', 'due to', 'is to', 'are to', 'to be held', 'scheduled', 'expected',
    'plans to', 'plan to', 'planned', 'set to', 'later this', 'ahead of', 'to attend', 'leave for', 'travel to',
    'invited', 'invitation', 'proposed', 'could', 'might', 'hopes to', 'intends to',
  ],
  /** Right after the place: "talks in Geneva next week". */
  futureAfter: ['next week', 'next month', 'next year', 'later this', 'in the coming', 'in the autumn', 'in the spring', 'in the summer', 'in the winter'],
  /** Right before the preposition: "in X" tells the scope of a measure or a fact, not a venue. */
  notVenueBefore: [
    'ceasefire', 'truce', 'war', 'fighting', 'conflict', 'peace', 'violence', 'attack', 'attacks', 'strike', 'strikes',
    'operations', 'stability', 'security', 'crisis', 'presence', 'elections', 'election', 'hostilities', 'situation',
    'investment', 'investments', 'projects', 'embassy', 'embassies', 'consulate', 'office', 'offices', 'bureau',
    'lives', 'lived', 'living', 'born', 'based', 'detained', 'arrested', 'imprisoned', 'jailed', 'killed', 'died',
    'stationed', 'deployed', 'posted', 'located', 'headquartered', 'studied', 'protests', 'protesters', 'rally',
    'troops', 'forces', 'residents', 'people', 'ambassador', 'envoy', 'correspondent', 'reporter', 'bureau chief',
  ],
  /** "in the Red Sea port of Jeddah", "in the capital Naypyitaw", "in the Saudi capital": a descriptor of the place. */
  descriptors: ['capital', 'city', 'town', 'village', 'port', 'resort', 'oasis', 'enclave', 'township', 'municipality'],
  /** After a place that opens its sentence: "Psarades, a lakeside village, was chosen as the site". */
  hostAfter: [
    'hosted', 'played host', 'was the venue', 'was chosen as the venue', 'was chosen as the site', 'was picked as the site',
    'was picked as the venue', 'was selected as the venue', 'was selected as the site', 'was the site',
  ],
  /** "Doha-hosted talks": the place, a hyphen, then one of these. */
  hyphenHost: ['hosted', 'brokered'],
  /** A capitalised word right after a city that is still the city's sentence ("in Geneva Thursday"). */
  timeWords: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
    'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
    'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'on', 'and', 'as', 'but', 'after', 'before', 'where', 'when', 'while',
  ],
};

/** How strongly each piece of evidence counts (find-place.ts adds them up per mention; > 0 is a place). */
export const PLACE_WEIGHTS = {
  /** A meeting word in the preposition's clause, within `near` tokens before it. */
  meetingNear: 3,
  near: 10,
  /** An agreement word just before the preposition ("agreed in Geneva", "was sealed in Doha"). */
  agreementNear: 3,
  agreementNearTokens: 3,
  /** A meeting word elsewhere in the sentence. */
  meetingSentence: 2,
  agreementSentence: 1,
  /** A hosting cue ("X-hosted talks", "X was chosen as the venue"). */
  host: 3,
  /** The capital of one of the sides. */
  sideCapital: 1.5,
  /** A city of one of the sides' countries. */
  sideCountry: 0.5,
  /** Mentions in the headline or the first sentences weigh a little more. */
  lead: 0.5,
  leadSentences: 3,
};
