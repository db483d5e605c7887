// Where an agreed measure ends and where one clause holds several: patterns over part-of-speech tags,
// applied to the clause an agreement cue governs (the words after "agreed to", "signed", "under which").
// Each rule names the construction it describes and carries sentences of our own that it must and must
// not change (src/core/measure-units.test.ts runs them all).
//
// A clause is *verbal* when it opens with a verb ("deploy liaison officers …") and *nominal* when it
// opens with a noun phrase ("a four-day pause, the release of …").

import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from './calendar';
import { NOT_A_FUTURE_STEP } from './provision-patterns';
import type { Step, TokenPattern } from './token-pattern';

export type ClauseShape = 'verbal' | 'nominal' | 'any';

export interface EndRule extends TokenPattern {
  /** The clause shapes the rule applies to. */
  shape: ClauseShape;
  /** [clause, the measure it leaves]. */
  should: ReadonlyArray<readonly [string, string]>;
  /** Clauses the rule must leave whole. */
  shouldNot: readonly string[];
  /** Lower-case word pairs that, later in the clause, make the match part of a series instead ("and to"). */
  unlessLater?: readonly string[];
  /** What the token just before the match must be (an apposition follows a name). */
  after?: Step;
  /**
   * An aside: it is dropped only where the measure would otherwise run past MEASURE_WORDS content words.
   * Short asides often carry the substance ("…, allowing citizens to cross freely"); long ones bury it.
   */
  aside?: boolean;
}

/** Nouns that name a signed instrument. */
const INSTRUMENTS = [
  'agreement',
  'treaty',
  'memorandum',
  'memoranda',
  'protocol',
  'accord',
  'declaration',
  'convention',
  'charter',
  'pact',
  'roadmap',
  'mou',
  'arrangement',
];

/**
 * Base forms of verbs that name an agreed step and that the tagger often reads as nouns after a comma or
 * "and" ("share intelligence", "exchange prisoners", "train police"): in a verb-led clause they open a new item.
 */
const STEP_VERBS = [
  'share',
  'exchange',
  'train',
  'set',
  'hold',
  'open',
  'reopen',
  'resume',
  'restore',
  'ease',
  'lift',
  'expand',
  'boost',
  'build',
  'create',
  'establish',
  'launch',
  'deploy',
  'withdraw',
  'release',
  'free',
  'swap',
  'sign',
  'promote',
  'develop',
  'strengthen',
  'improve',
  'facilitate',
  'protect',
  'respect',
  'halt',
  'stop',
  'end',
  'implement',
  'combat',
  'fight',
  'tackle',
  'explore',
  'coordinate',
  'allow',
  'grant',
  'provide',
  'increase',
  'reduce',
  'cut',
  'double',
  'extend',
  'renew',
  'form',
  'appoint',
  'conduct',
  'enhance',
  'deepen',
  'step',
  'work',
  'cooperate',
  'refrain',
  'ensure',
  'guarantee',
  'demarcate',
  'delimit',
  'remove',
  'dismantle',
  'return',
  'support',
];

/** A noun whose terms a relative clause can tell ("a deal under which …"): an instrument, a truce or a package. */
const TERMS_HOLDER: Step = { lemma: [...INSTRUMENTS, 'deal', 'truce', 'ceasefire', 'package', 'plan'], pos: ['NOUN', 'PROPN'] };

/** Content words past which a measure is no longer a phrase, and its asides go. */
/** What a side does under the terms, in the present of a treaty text or a joint statement. */
const TERM_PRESENT_VERBS = [
  'release',
  'free',
  'return',
  'hand',
  'transfer',
  'withdraw',
  'support',
  'back',
  'endorse',
  'recognise',
  'recognize',
  'acknowledge',
  'accept',
  'grant',
  'give',
  'offer',
  'provide',
  'open',
  'reopen',
  'lift',
  'restore',
  'resume',
  'establish',
  'create',
  'set',
  'pay',
  'fund',
  'finance',
  'allow',
  'permit',
  'guarantee',
  'commit',
  'undertake',
  'pledge',
  'cede',
  'drop',
  'waive',
  'renounce',
  'get',
  'receive',
  'keep',
  'retain',
  'pull',
];

/** British forms whose lemma is spelt with -ize: the lemma test of a present form misses them. */
const TERM_PRESENT_BRITISH = ['recognise', 'recognises', 'acknowledges', 'guarantees'];

export const MEASURE_WORDS = 12;

export interface SplitRule extends TokenPattern {
  shape: ClauseShape;
  /** Index of the step at which the next item begins (steps before it join the items and belong to
   * neither: "," "and"); steps.length when the item begins right after the match. */
  begin: number;
  /** Lower-case word pairs of which the clause must hold one after the match point ("and to": a ", to"
   * joins infinitives only in a list that ends with "and to"; else it opens a purpose). */
  onlyWithLater?: readonly string[];
  /** The rule needs this many items in the clause (a series), counting its own matches. */
  minItems?: number;
  /** The verb that begins the next item is in its base form ("exchange", not "gives"). */
  baseForm?: boolean;
  /** Not inside a relative or complement clause ("… that could disturb peace and lead to …"). */
  notInRelative?: boolean;
  /** A token of the item before the match must satisfy this ("a treaty on X and an agreement on Y": a list of instruments). */
  leftHas?: Step;
  /** No token of the item before the match may satisfy this ("funds to Qatar and to Oman": one item's own "to"). */
  leftLacks?: Step;
  /** The item before the match holds at least this many tokens (a verb and its object: "train and equip" is one step). */
  leftWords?: number;
  /** A new subject with its own commitment begins a measure even after an aside ended the one before. */
  resumes?: boolean;
  /** [clause, its items]. */
  should: ReadonlyArray<readonly [string, readonly string[]]>;
  /** Clauses the rule must leave as one item. */
  shouldNot: readonly string[];
}

const ATTRIBUTION = [
  'say',
  'tell',
  'add',
  'announce',
  'state',
  'report',
  'confirm',
  'note',
  'write',
  'stress',
  'explain',
  'insist',
  'claim',
];
const NP_WORD = ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'];
/** Forms of the reporting verbs: never part of a subject. */
const REPORTING_FORMS = [
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'announced',
  'stated',
  'noted',
  'stressed',
  'warned',
  'insisted',
];
/** Prepositions that leave a noun phrase ("of" and "from" stay inside one: "members of the party", "officials from both sides"). */
const NOT_IN_NP = [
  ',',
  ';',
  '.',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'into',
  'over',
  'under',
  'after',
  'before',
  'since',
  'about',
  'as',
  'against',
  'between',
  'during',
  'through',
  'it',
  'they',
  'that',
  'which',
  'who',
];

/** A clause that is only a speaker and a reporting verb ("the State Department said Monday") attributes: no measure. */
export const SPEAKER_ONLY: TokenPattern & { should: readonly string[]; shouldNot: readonly string[] } = {
  name: 'speaker-only',
  comment: 'a speaker, a reporting verb and at most a time: the clause says who told it, not what was agreed',
  steps: [
    { pos: [...NP_WORD, 'ADP', 'PUNCT'], notW: NOT_IN_NP, op: '*' },
    { lemma: ATTRIBUTION, pos: ['VERB'] },
    { pos: ['PROPN', 'NOUN', 'ADV'], op: '*' },
  ],
  /** Clauses (read after "The two sides agreed to ") that yield no measure. */
  should: ['the U.S. State Department said Monday', 'officials from both sides told reporters'],
  shouldNot: ['the ministry will reopen the consulate', 'open a consulate, the ministry said'],
};

/** An aside that only names a thing ("as the island is known in Greenlandic", "as it is called locally") cut off as an item of its own. */
export const NAMING_ASIDE_ONLY: TokenPattern & { should: readonly string[]; shouldNot: readonly string[] } = {
  name: 'naming-aside-only',
  comment: '"as X is known / called (in a language)": what a thing is called, not what was agreed',
  steps: [
    { w: ['as'] },
    { pos: ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON'], op: '+' },
    { w: ['is', 'are', 'was', 'were'] },
    { w: ['known', 'called', 'named'] },
    { w: ['locally'], op: '?' },
    { pos: ['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'ADV'], op: '*' },
  ],
  /** Clauses (read after "The two sides agreed to ") that yield no measure. */
  should: ['as the island is known in Greenlandic', 'as the bay is called locally'],
  shouldNot: ['as the island is shared, open a border post on it'],
};

/** A measure ends where one of these begins (never at its first two tokens). */
export const MEASURE_ENDS: readonly EndRule[] = [
  {
    name: 'relative-clause',
    comment: 'a comma and a relative pronoun add a comment on the measure, not part of it',
    shape: 'any',
    steps: [{ w: [','] }, { w: ['which', 'who', 'whom', 'whose', 'where'] }],
    should: [['open two border crossings, which had been closed for a decade', 'open two border crossings']],
    shouldNot: ['open the crossings which had been closed'],
  },
  {
    aside: true,
    name: 'participial-result',
    comment: 'a comma and an -ing verb state a result or manner ("…, paving the way for …")',
    shape: 'any',
    steps: [
      { w: [','] },
      {
        pos: ['VERB'],
        suffix: ['ing'],
        notW: [
          'including',
          'involving',
          'covering',
          'concerning',
          'regarding',
          'starting',
          'beginning',
          'lasting',
          'running',
          'effective',
          'leading',
        ],
      },
    ],
    should: [
      [
        'restore full diplomatic ties with an exchange of ambassadors, ending a bitter rift over the shooting of a border guard seven years ago',
        'restore full diplomatic ties with an exchange of ambassadors',
      ],
      [
        'reopen the land border at three crossings for cargo trucks, allowing traders from both provinces to cross again without waiting weeks',
        'reopen the land border at three crossings for cargo trucks',
      ],
    ],
    // (a short aside goes too when it tells an earlier time: "…, replacing an accord reached in 2016")
    shouldNot: [
      'a truce, starting at dawn on Sunday',
      'new patrols, including joint river patrols',
      "recognise each other's passports, allowing citizens to travel",
    ],
  },
  {
    aside: true,
    name: 'appositive-comment',
    comment: 'after a verb phrase, ", a/an … noun" renames the whole step ("…, a move seen as …")',
    shape: 'verbal',
    steps: [{ w: [','] }, { w: ['a', 'an', 'another'] }, { pos: ['ADJ', 'ADV', 'NOUN', 'PUNCT'], notW: [','], op: '*' }, { pos: ['NOUN'] }],
    should: [
      [
        'resume direct flights between the two capitals next month, a step meant to rebuild trust after years of hostility',
        'resume direct flights between the two capitals next month',
      ],
      [
        'swap 40 detainees each at the northern crossing, a gesture of goodwill before the holiday season begins in earnest across the whole mountain region',
        'swap 40 detainees each at the northern crossing',
      ],
    ],
    shouldNot: ['set up a joint commission on water sharing'],
  },
  {
    aside: true,
    name: 'apposition-to-name',
    comment: 'after a name, ", a/an … noun" says what the named thing is',
    shape: 'nominal',
    after: { pos: ['PROPN'] },
    steps: [{ w: [','] }, { w: ['a', 'an'] }, { pos: ['ADJ', 'NOUN', 'PROPN', 'PUNCT'], notW: [','], op: '*' }, { pos: ['NOUN'] }],
    should: [
      [
        'joint coast guard patrols around Cape Verde Shoal, a disputed reef where fishing boats from both countries have clashed',
        'joint coast guard patrols around Cape Verde Shoal',
      ],
    ],
    shouldNot: ['joint patrols near the reef, a truce and a hotline'],
  },
  {
    aside: true,
    name: 'framing-aside',
    comment: '", in a move / bid / sign …" frames the step rather than adding to it',
    shape: 'any',
    steps: [
      { w: [','] },
      { w: ['in'] },
      { w: ['a', 'what'] },
      { pos: ['ADJ'], op: '*' },
      { w: ['move', 'bid', 'sign', 'step', 'effort', 'attempt', 'development', 'breakthrough'] },
    ],
    should: [
      [
        'lift the naval blockade of the southern grain port, in a move hailed by aid groups and shipping firms across the region',
        'lift the naval blockade of the southern grain port',
      ],
    ],
    shouldNot: ['lift the blockade of the port in a phased manner'],
  },
  {
    name: 'attribution',
    comment: 'a comma, a speaker and a reporting verb attribute the sentence ("…, the ministry said")',
    shape: 'any',
    steps: [{ w: [','] }, { pos: [...NP_WORD, 'ADP', 'PUNCT'], notW: NOT_IN_NP, op: '*' }, { lemma: ATTRIBUTION, pos: ['VERB'] }],
    should: [
      ['open a consulate in the port city, the Ministry of Foreign Affairs (MFA) said', 'open a consulate in the port city'],
      ['exchange all prisoners by the end of the month, the foreign ministry announced', 'exchange all prisoners by the end of the month'],
      ['hold a second round in May, officials said', 'hold a second round in May'],
      ['sign a mutual defence pact, delegations from the three countries told reporters', 'sign a mutual defence pact'],
    ],
    shouldNot: ['hold a second round of talks in the capital'],
  },
  {
    name: 'attribution-apposition',
    comment: 'a comma, a speaker named after an apposition, and a reporting verb ("…, the bloc\'s chief mediator, Ana Ruiz, announced")',
    shape: 'any',
    // (a possessive's "'s" is tagged PART)
    steps: [
      { w: [','] },
      { pos: [...NP_WORD, 'PART'], notW: NOT_IN_NP, op: '+' },
      { w: [','] },
      { pos: ['PROPN'], op: '+' },
      { w: [','], op: '?' },
      { lemma: ATTRIBUTION, pos: ['VERB'] },
    ],
    should: [
      [
        "a cessation of hostilities in the river valley, the regional bloc's chief mediator, Ana Ruiz, announced in Lima",
        'a cessation of hostilities in the river valley',
      ],
      ['reopen the border crossing, the foreign minister, Pedro Gil, told reporters', 'reopen the border crossing'],
    ],
    shouldNot: ['reopen the border, the river crossing, and the port of Lima', 'reopen the crossing, the port, Lima and Quito'],
  },
  {
    aside: true,
    name: 'witnessed-by',
    comment: '", in the presence of / witnessed by …" names who looked on, not what was agreed',
    shape: 'any',
    steps: [{ w: [','] }, { w: ['in'] }, { w: ['the'] }, { w: ['presence'] }, { w: ['of'] }],
    should: [
      [
        'sign a treaty setting their sea border at the United Nations Headquarters in New York, in the presence of the Secretary-General and envoys from both neighbours',
        'sign a treaty setting their sea border at the United Nations Headquarters in New York',
      ],
    ],
    shouldNot: ['sign a treaty in the presence of the envoy', 'sign a treaty on the sea border, in the capital of the host nation'],
  },
  {
    name: 'according-to',
    comment: '", according to …" gives the source, not the measure',
    shape: 'any',
    steps: [{ w: [','] }, { w: ['according'] }, { w: ['to'] }],
    should: [['pull back troops from the ridge, according to a joint statement', 'pull back troops from the ridge']],
    shouldNot: ['pull back troops according to a timetable'],
  },
  {
    aside: true,
    name: 'purpose-so-that',
    comment: '", so that", ", so as to", ", in order to" open a purpose clause set off from the step',
    shape: 'any',
    steps: [{ w: [','] }, { w: ['so', 'in'] }, { w: ['that', 'as', 'order'] }, { w: ['to'], op: '?' }],
    should: [
      [
        'set up a military hotline between fleet commanders, so that incidents at sea near the disputed islands can be defused quickly by duty officers on both sides',
        'set up a military hotline between fleet commanders',
      ],
    ],
    shouldNot: ['set up a hotline between the two navies', 'set up a hotline so that incidents at sea can be defused'],
  },
  {
    aside: true,
    name: 'purpose-to-ensure',
    comment: '"to ensure / to make sure …" without a comma still states a purpose: in a long clause, the step ends before it',
    shape: 'any',
    steps: [{ w: ['to'] }, { w: ['ensure', 'make'] }, { w: ['sure'], op: '?' }],
    should: [
      [
        'call for a monitoring mission to make sure the ceasefire is fully respected by every armed group in the eastern provinces and along the northern border',
        'call for a monitoring mission',
      ],
    ],
    shouldNot: ['set up a hotline to ensure calm at sea', 'take steps to make sure trade can resume'],
  },
  {
    name: 'existential-clause',
    comment: '", and there was / were …" opens a clause of its own: what was (or was not) there is no part of the step',
    shape: 'any',
    steps: [
      { w: [','] },
      { w: ['and', 'but'] },
      { w: ['there'] },
      { w: ['is', 'was', 'were', 'are', 'will', 'would', 'has', 'have', 'had'] },
    ],
    should: [
      ['open a hotline between the coast guards, and there was support for faster repairs', 'open a hotline between the coast guards'],
    ],
    shouldNot: ['open a hotline there and back', 'station monitors there and at the crossings'],
  },
  {
    aside: true,
    name: 'purpose-after-comma',
    comment: '", to + verb" states what the step is for, unless it is one of a series "…, to Y and to Z"',
    shape: 'any',
    unlessLater: ['and to'],
    steps: [
      { w: [','] },
      { w: ['to'] },
      { pos: ['VERB', 'AUX'], notW: ['begin', 'start', 'take', 'come', 'run', 'last', 'expire', 'be', 'end', 'continue'] },
    ],
    should: [
      [
        'funding for more coastal patrols and drones, to stop smuggling boats leaving the northern beaches at night in bad weather',
        'funding for more coastal patrols and drones',
      ],
    ],
    shouldNot: ['funding for coastal patrols to the south', 'a truce in the north, to begin at midnight on Friday'],
  },
  {
    aside: true,
    name: 'purpose-with-a-view',
    comment: '"(,) with a view to …" states what the step is for',
    shape: 'any',
    steps: [{ w: [','], op: '?' }, { w: ['with'] }, { w: ['a', 'the'] }, { w: ['view', 'aim', 'goal', 'objective'] }, { w: ['to', 'of'] }],
    should: [
      [
        'reopen the desert crossing to trucks and buses, with a view to restoring cross-border trade and family visits within a year of the deal',
        'reopen the desert crossing to trucks and buses',
      ],
    ],
    shouldNot: ['reopen the crossing with a new view of the river'],
  },
  {
    aside: true,
    name: 'contrast-aside',
    comment: '", in contrast to / in comparison with …" compares the step with the past, it adds nothing to it',
    shape: 'any',
    steps: [{ w: [','] }, { w: ['in'] }, { w: ['contrast', 'comparison'] }, { w: ['to', 'with'] }],
    should: [
      [
        'protect the fighters who lay down their arms in the camps, in contrast to the purges that followed the failed accords of the previous two decades in the hills',
        'protect the fighters who lay down their arms in the camps',
      ],
    ],
    shouldNot: ['protect the fighters in the camps and in the towns'],
  },
  {
    aside: true,
    name: 'aimed-at',
    comment: '", aimed at / meant to / designed to …" states the aim',
    shape: 'any',
    steps: [{ w: [','] }, { w: ['aimed', 'aiming', 'meant', 'designed', 'intended', 'seeking', 'hoping'] }, { w: ['to', 'at'] }],
    should: [
      [
        'share intelligence on smuggling networks, aimed at curbing arms flows across the long desert border and the coastal routes',
        'share intelligence on smuggling networks',
      ],
    ],
    shouldNot: ['joint operations aimed at smuggling networks'],
  },
  {
    aside: true,
    name: 'concessive-or-temporal',
    comment: 'a comma and a subordinating word open an adverbial clause about the measure',
    shape: 'any',
    steps: [
      { w: [','] },
      {
        w: [
          'but',
          'although',
          'though',
          'while',
          'whereas',
          'even',
          'because',
          'since',
          'after',
          'before',
          'amid',
          'despite',
          'following',
          'once',
          'unless',
          'as',
        ],
      },
    ],
    should: [
      [
        'reopen the embassies in both capitals, although no firm date was set for the return of ambassadors, military attachés, trade envoys or consular staff to either city',
        'reopen the embassies in both capitals',
      ],
      [
        'end the blockade of the enclave, after months of mediation by regional envoys and several failed rounds of talks in three different capitals',
        'end the blockade of the enclave',
      ],
    ],
    shouldNot: ['end the blockade after a month', 'a pact that, once ratified, will settle the dispute'],
  },
  {
    aside: true,
    name: 'time-distance',
    comment: '", seven years after / two months since …" places the step in time against earlier events',
    shape: 'any',
    steps: [
      { w: [','] },
      { pos: ['NUM', 'DET'] },
      { w: ['years', 'months', 'weeks', 'days', 'decades', 'year', 'month', 'week', 'day', 'decade'] },
      { w: ['after', 'since', 'before'] },
    ],
    should: [
      [
        'restore full diplomatic relations, seven years after the two regional rivals broke them off over the storming of an embassy in the capital',
        'restore full diplomatic relations',
      ],
    ],
    shouldNot: ['restore relations, seven years after the break'],
  },
  {
    aside: true,
    name: 'subordinate-clause',
    comment: 'a subordinating conjunction without a comma opens a reason or condition clause',
    shape: 'any',
    steps: [{ w: ['because', 'although', 'though', 'whereas', 'unless'] }],
    should: [
      [
        'keep the grain corridor open because the harvest is due and farmers in the eastern provinces need foreign buyers for their wheat and barley crops',
        'keep the grain corridor open',
      ],
    ],
    shouldNot: ['keep the corridor open through the harvest'],
  },
];

/** A clause splits into several measures where one of these begins; at each token the first rule that matches wins. */
export const MEASURE_SPLITS: readonly SplitRule[] = [
  {
    name: 'joint-emphasis',
    comment: '", and both sides stressed X": the stressed point is its own measure',
    shape: 'any',
    begin: 7,
    steps: [
      { w: [','] },
      { w: ['and'] },
      { w: ['both', 'the'] },
      { w: ['two'], op: '?' },
      { w: ['sides', 'countries', 'leaders', 'parties', 'governments'] },
      { w: ['also'], op: '?' },
      { w: ['stressed', 'emphasised', 'emphasized', 'underlined', 'underscored', 'endorsed', 'backed'] },
    ],
    should: [['hold talks every quarter, and both sides stressed the need for calm', ['hold talks every quarter', 'the need for calm']]],
    shouldNot: ['hold talks every quarter with both sides present'],
  },
  {
    name: 'stated-consequence',
    comment: '", leading to <nominalised step>": the consequence is agreed too',
    shape: 'any',
    begin: 3,
    steps: [
      { w: [','] },
      { w: ['leading'] },
      { w: ['to'] },
      { w: ['a', 'an', 'the'], op: '?' },
      { pos: ['ADJ'], op: '*' },
      { pos: ['NOUN'], suffix: ['ment', 'tion', 'sion'] },
    ],
    should: [['resume joint patrols, leading to disengagement', ['resume joint patrols', 'disengagement']]],
    shouldNot: ['resume joint patrols leading to the river'],
  },
  {
    name: 'and-to-infinitive',
    comment: '"X and to Y": a second infinitive is its own step, even after an aside ended X',
    shape: 'any',
    begin: 3,
    resumes: true,
    steps: [{ w: [','], op: '?' }, { w: ['and'] }, { w: ['to'] }, { pos: ['VERB', 'AUX'] }],
    should: [
      ['reopen consulates and to resume flights', ['reopen consulates', 'resume flights']],
      [
        'set up a border commission, which is to meet every month, and to exchange maps of the minefields',
        ['set up a border commission', 'exchange maps of the minefields'],
      ],
    ],
    shouldNot: ['hand the keys to officials'],
  },
  {
    name: 'and-to-noun-phrase',
    comment:
      '"agreed to X and to Y", "agreed on X and on Y" with noun phrases: the repeated preposition takes a second object of the cue, unless X holds one of its own',
    shape: 'nominal',
    begin: 3,
    leftLacks: { w: ['to', 'on'] },
    steps: [{ w: [','], op: '?' }, { w: ['and'] }, { w: ['to', 'on'] }, { pos: ['DET', 'ADJ', 'NOUN', 'NUM'] }],
    should: [
      [
        'an immediate truce and to the creation of a joint border commission',
        ['an immediate truce', 'the creation of a joint border commission'],
      ],
      ['a joint patrol of the lake and on the reopening of the crossing', ['a joint patrol of the lake', 'the reopening of the crossing']],
    ],
    shouldNot: ['the transfer of frozen funds to banks in Doha and to a trust in Oslo', 'an immediate truce and a joint commission'],
  },
  {
    name: 'participial-commitment',
    comment: '", committing / pledging / agreeing to Y": the participle of a commitment opens a step of its own',
    shape: 'any',
    begin: 4,
    resumes: true,
    steps: [
      { w: [','] },
      { w: ['committing', 'pledging', 'agreeing', 'undertaking', 'vowing'] },
      { w: ['themselves', 'itself'], op: '?' },
      { w: ['to'] },
    ],
    should: [
      [
        'a declaration on regional security in Dakar, committing to share intelligence on armed groups',
        ['a declaration on regional security in Dakar', 'share intelligence on armed groups'],
      ],
    ],
    shouldNot: ['a declaration on regional security committing no one'],
  },
  {
    name: 'coordinated-commitment',
    comment: '", and (<subject>) pledged / promised / vowed to Y": a second commitment verb opens its own step',
    shape: 'any',
    begin: 6,
    resumes: true,
    steps: [
      { w: [','] },
      { w: ['and'] },
      { pos: ['DET', 'ADJ', 'NOUN', 'PROPN'], op: '*' },
      { w: ['also', 'further'], op: '?' },
      { lemma: ['pledge', 'promise', 'vow', 'undertake', 'commit', 'agree', 'decide', 'resolve'], pos: ['VERB'] },
      { w: ['to'] },
    ],
    should: [
      [
        'free all detainees held since the fighting, and pledged to help refugees return home',
        ['free all detainees held since the fighting', 'help refugees return home'],
      ],
      [
        'lay down their arms within a month, and the government promised to protect the fighters who disarm',
        ['lay down their arms within a month', 'protect the fighters who disarm'],
      ],
    ],
    shouldNot: ['free all detainees whom the army promised to release', 'free the fighters, and their leaders who vowed to disarm'],
  },
  {
    name: 'infinitive-series',
    comment: '"to X, to Y and to Z": inside such a list each ", to" opens a step',
    shape: 'any',
    begin: 2,
    onlyWithLater: ['and to'],
    steps: [{ w: [','] }, { w: ['to'] }, { pos: ['VERB', 'AUX'] }],
    should: [
      ['release the hostages, to open the crossings and to halt raids', ['release the hostages', 'open the crossings', 'halt raids']],
    ],
    shouldNot: ['release the hostages in two stages'],
  },
  {
    name: 'coordinated-verb-phrases',
    comment: '"X its troops and Y its border posts": a second base-form verb with its own object, outside any relative clause',
    baseForm: true,
    notInRelative: true,
    shape: 'verbal',
    begin: 3,
    steps: [
      { w: [',', 'and'] },
      { w: ['and'], op: '?' },
      { w: ['also', 'jointly', 'further'], op: '?' },
      { pos: ['VERB'], notW: ['including', 'starting', 'beginning'] },
      { pos: ['DET', 'NOUN', 'ADJ', 'NUM', 'PROPN', 'ADP', 'PRON'] },
    ],
    should: [
      [
        'withdraw heavy weapons from the line and exchange all prisoners',
        ['withdraw heavy weapons from the line', 'exchange all prisoners'],
      ],
    ],
    shouldNot: [
      'monitor and verify the truce',
      'train and equip border guards',
      'adopt a charter that protects minorities and gives the regions more say',
      'settle issues that could spark clashes and lead to violence',
    ],
  },
  {
    name: 'coordinated-step-verbs',
    comment:
      '"fight X, share intelligence on Y and train Z": a verb that names a step, read by the tagger as a noun ("share", "train", "exchange"), opens the next item of a verb-led series',
    notInRelative: true,
    shape: 'verbal',
    begin: 3,
    leftWords: 2,
    steps: [
      { w: [',', 'and'] },
      { w: ['and'], op: '?' },
      { w: ['also', 'jointly', 'further'], op: '?' },
      { w: STEP_VERBS },
      { pos: ['DET', 'NOUN', 'ADJ', 'NUM', 'PROPN', 'PRON', 'ADP'], notW: ['of', ',', 'and'] },
    ],
    should: [
      [
        'fight drug trafficking, share intelligence on armed groups and train border police together',
        ['fight drug trafficking', 'share intelligence on armed groups', 'train border police together'],
      ],
      [
        'withdraw heavy weapons from the front line, exchange prisoners within ten days and set up a monitoring commission',
        ['withdraw heavy weapons from the front line', 'exchange prisoners within ten days', 'set up a monitoring commission'],
      ],
    ],
    shouldNot: [
      'train and equip border guards',
      'expand trade, investment and tourism',
      'boost the exchange of students and the share of exports',
      'monitor the exchange of prisoners and return of the dead',
    ],
  },
  {
    name: 'coordinated-verb-read-as-noun',
    comment:
      '", and call for / work with …" in a verb-led clause: a bare word before a preposition is a second verb that the tagger read as a noun',
    baseForm: true,
    notInRelative: true,
    shape: 'verbal',
    begin: 2,
    steps: [{ w: [','] }, { w: ['and'] }, { pos: ['NOUN'] }, { w: ['for', 'with', 'on', 'towards', 'toward', 'in'] }],
    should: [
      [
        'withdraw troops from the border, and call for a monitoring mission to oversee the truce',
        ['withdraw troops from the border', 'call for a monitoring mission to oversee the truce'],
      ],
      [
        'free the hostages, and work with the Red Cross on the return of the dead',
        ['free the hostages', 'work with the Red Cross on the return of the dead'],
      ],
    ],
    shouldNot: ['free the hostages and the sick', 'withdraw troops from the towns, and members of the militia from the hills'],
  },
  {
    name: 'coordinated-modal-verb-phrases',
    comment: '"X will A and will B": one subject\'s second modal verb phrase is a step of its own',
    shape: 'any',
    begin: 4,
    resumes: true,
    steps: [
      { w: [','], op: '?' },
      { w: ['and'] },
      { w: ['will', 'would', 'shall', 'should', 'must'] },
      { w: ['also', 'then', 'jointly', 'further'], op: '?' },
      { pos: ['VERB'], notW: ['be', 'have'] },
      // its own object or infinitive ("will run a programme", "would move to open"), not a manner ("would meet by turns")
      { pos: ['DET', 'NOUN', 'ADJ', 'NUM', 'PROPN', 'PRON', 'PART'] },
    ],
    should: [
      [
        'put ten million dollars into a fund for the victims and will run a programme with the church',
        ['put ten million dollars into a fund for the victims', 'run a programme with the church'],
      ],
      [
        'conclude agreements covering trade, energy and tourism, and would move to open direct flights',
        ['conclude agreements covering trade, energy and tourism', 'move to open direct flights'],
      ],
    ],
    shouldNot: [
      'put money into a fund that will run for ten years',
      'open a fund and will be watching the results',
      'set up a commission that will be headed by the two ministers and will meet by turns in each capital',
    ],
  },
  {
    name: 'coordinated-present-steps',
    comment: '"sets X and establishes Y": an instrument\'s second present-tense step, with its own object, outside any relative clause',
    // "sets" after a noun is often tagged as a noun: the item before must hold such a verb form, whatever its tag
    shape: 'any',
    begin: 2,
    notInRelative: true,
    leftWords: 3,
    leftHas: { lemma: [...TERM_PRESENT_VERBS, 'set', 'end', 'ban', 'divide', 'share', 'put', 'place', 'lay'], suffix: ['s'] },
    steps: [
      { w: [','], op: '?' },
      { w: ['and'] },
      { w: ['also'], op: '?' },
      { lemma: [...TERM_PRESENT_VERBS, 'set', 'end', 'ban', 'divide', 'share', 'put', 'place', 'lay'], pos: ['VERB'], suffix: ['s'] },
      { pos: ['DET', 'NOUN', 'ADJ', 'NUM', 'PROPN', 'PRON', 'ADP'] },
    ],
    should: [
      [
        'sets a permanent border between the two neighbours and establishes a joint fund for the oasis towns',
        ['sets a permanent border between the two neighbours', 'establishes a joint fund for the oasis towns'],
      ],
    ],
    shouldNot: ['sets up a fund that pays farmers and grants loans to herders', 'open the border and the roads'],
  },
  {
    name: 'coordinated-side-participles',
    comment: '"with Chad freeing X and Niger releasing Y": each side\'s step in an absolute construction is its own measure',
    shape: 'any',
    begin: 2,
    steps: [
      { w: [','], op: '?' },
      { w: ['and'] },
      { w: ['the'], op: '?' },
      { pos: ['PROPN'], op: '+' },
      { pos: ['VERB'], suffix: ['ing'] },
    ],
    should: [
      [
        'Chad freeing 40 soldiers and Niger releasing a diplomat held since 2021',
        ['Chad freeing 40 soldiers', 'Niger releasing a diplomat held since 2021'],
      ],
    ],
    shouldNot: ['Chad freeing 40 soldiers and Niger'],
  },
  {
    name: 'coordinated-present-terms',
    comment: '", and / while <side> (in turn) releases …": in the present of a joint statement, the other side\'s step is its own measure',
    shape: 'any',
    begin: 2,
    steps: [
      { w: [','] },
      { w: ['and', 'while', 'whereas'] },
      { w: ['the'], op: '?' },
      { pos: ['PROPN'], op: '+' },
      { w: ['in', 'for'], op: '?' },
      { w: ['turn', 'return', 'its', 'their'], op: '?' },
      { w: ['part'], op: '?' },
      { w: ['also'], op: '?' },
      { lemma: TERM_PRESENT_VERBS, present: true },
    ],
    resumes: true,
    should: [
      [
        'Chile releases 12 Peruvian fishermen, and Peru in turn releases three Chilean sailors',
        ['Chile releases 12 Peruvian fishermen', 'Peru in turn releases three Chilean sailors'],
      ],
      [
        'puts the oasis inside the northern border, while Niger gets full grazing rights in the valley',
        ['puts the oasis inside the northern border', 'Niger gets full grazing rights in the valley'],
      ],
    ],
    shouldNot: [
      'Chile releases 12 fishermen, and Peru welcomed the step',
      'release the fishermen, and Peru and Chile',
      'release the fishermen, while Peru says it will wait',
    ],
  },
  {
    name: 'coordinated-clauses',
    comment: '", (and) <subject> will/would/is to …": a new subject with its own commitment',
    shape: 'any',
    begin: 2,
    steps: [
      { w: [',', 'and'] },
      { w: ['and'], op: '?' },
      {
        // a participle stands in a subject too ("displaced families"), a reporting verb never does
        pos: ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON', 'ADP', 'VERB'],
        notW: [',', ';', '.', 'it', 'they', 'that', 'which', 'who', ...REPORTING_FORMS],
        op: '+',
      },
      { w: ['will', 'would', 'shall', 'should', 'is', 'are', 'must'] },
      // the tagger reads some verbs after "will" as adjectives ("will free", "will open")
      { pos: ['VERB', 'AUX', 'PART', 'ADV', 'ADJ'] },
    ],
    resumes: true,
    should: [
      [
        'the army will pull back, and the rebels will hand in their arms',
        ['the army will pull back', 'the rebels will hand in their arms'],
      ],
      [
        'exiles will be allowed home, detainees will be freed, and members of the movement will be amnestied',
        ['exiles will be allowed home', 'detainees will be freed', 'members of the movement will be amnestied'],
      ],
      [
        'the envoys will return, officials said, and a meeting of ministers will follow',
        ['the envoys will return', 'a meeting of ministers will follow'],
      ],
      [
        'prisoners will be exchanged within a week and displaced families will be allowed to return',
        ['prisoners will be exchanged within a week', 'displaced families will be allowed to return'],
      ],
      ['Chile will release 40 prisoners and Peru will free 30 soldiers', ['Chile will release 40 prisoners', 'Peru will free 30 soldiers']],
    ],
    shouldNot: ['the army will pull back from the towns it holds', 'the army will pull back and said Peru would do the same'],
  },
  {
    name: 'coordinated-clauses-in-return',
    comment: '", and in exchange / in return <subject> will …": the other side\'s commitment is a step of its own',
    shape: 'any',
    begin: 5,
    resumes: true,
    steps: [
      { w: [','] },
      { w: ['and'] },
      { w: ['in'] },
      { w: ['exchange', 'return', 'turn'] },
      { w: [','], op: '?' },
      {
        pos: ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADP', 'VERB'],
        notW: [',', ';', '.', 'it', 'they', 'that', 'which', 'who', ...REPORTING_FORMS],
        op: '+',
      },
      { w: ['will', 'would', 'shall', 'is', 'are', 'must'] },
      { pos: ['VERB', 'AUX', 'PART', 'ADV', 'ADJ'] },
    ],
    should: [
      [
        'the rebels are to free 30 hostages, and in exchange a number of prisoners held in the capital will be released',
        ['the rebels are to free 30 hostages', 'a number of prisoners held in the capital will be released'],
      ],
    ],
    shouldNot: ['the rebels are to free 30 hostages in exchange for prisoners'],
  },
  {
    name: 'noun-phrase-series',
    comment: 'a package written as three or more determiner-led noun phrases: "a pause, the release of X, more aid"',
    shape: 'nominal',
    begin: 2,
    minItems: 3,
    steps: [
      { w: [',', 'and'] },
      { w: ['and'], op: '?' },
      { w: ['a', 'an', 'the', 'more', 'new', 'further', 'all', 'two', 'three', 'four', 'five', 'joint', 'direct', 'regular', 'full'] },
    ],
    should: [
      [
        'a three-day truce, the release of 30 detainees, and more food convoys',
        ['a three-day truce', 'the release of 30 detainees', 'more food convoys'],
      ],
    ],
    shouldNot: ['agreements on trade, energy and tourism', 'joint patrols near the reef and the old lighthouse'],
  },
  {
    name: 'headed-noun-series',
    comment:
      'a package written as three or more noun phrases, each a head noun with its own object ("a halt to shelling, the release of X and access for Y"), with or without a determiner',
    shape: 'nominal',
    begin: 2,
    minItems: 3,
    steps: [
      { w: [',', 'and'] },
      { w: ['and'], op: '?' },
      { w: ['a', 'an', 'the', 'more', 'new', 'further', 'full'], op: '?' },
      { pos: ['ADJ', 'VERB'], notW: [',', 'and'], op: '*' },
      { pos: ['NOUN'], notW: [',', 'and'] },
      { w: ['of', 'to', 'for', 'on', 'with', 'between', 'from', 'against'] },
    ],
    should: [
      [
        'the restoration of law and order, unhindered access to humanitarian supplies and the protection of civilians',
        ['the restoration of law and order', 'unhindered access to humanitarian supplies', 'the protection of civilians'],
      ],
      [
        'a halt to shelling, the release of 40 detainees and access for aid convoys to the northern towns',
        ['a halt to shelling', 'the release of 40 detainees', 'access for aid convoys to the northern towns'],
      ],
    ],
    shouldNot: [
      'cooperation in trade, energy and tourism',
      'the release of detainees and access for aid convoys',
      'access to the ports of Mombasa, Dar es Salaam and Djibouti',
    ],
  },
  {
    name: 'coordinated-action-nouns',
    comment: '"the withdrawal of X and the disarming of Y": two action nouns, each with its "of" object',
    shape: 'nominal',
    begin: 1,
    steps: [
      { w: ['and'] },
      { w: ['the', 'a', 'an'] },
      { pos: ['ADJ'], op: '*' },
      { pos: ['NOUN', 'VERB'], suffix: ['tion', 'sion', 'ment', 'al', 'ing', 'ance', 'ence', 'ure'] },
      { w: ['of'] },
    ],
    should: [['the removal of checkpoints and the reopening of schools', ['the removal of checkpoints', 'the reopening of schools']]],
    shouldNot: ['the removal of checkpoints and roadblocks'],
  },
  {
    name: 'coordinated-plain-action-nouns',
    comment:
      '"joint patrols along the border and an exchange of liaison officers": an action noun without a telling suffix (exchange, release, return, ban …), with its own object, opens a second item',
    shape: 'nominal',
    begin: 1,
    steps: [
      { w: ['and'] },
      { w: ['the', 'a', 'an'] },
      { pos: ['ADJ'], op: '*' },
      {
        w: [
          'exchange',
          'swap',
          'release',
          'return',
          'transfer',
          'handover',
          'ban',
          'halt',
          'freeze',
          'pullback',
          'pullout',
          'cut',
          'waiver',
          'increase',
          'rise',
          'reduction',
          'easing',
          'lifting',
          'use',
          'supply',
          'sale',
          'purchase',
          'review',
          'study',
          'survey',
        ],
      },
      { w: ['of', 'on', 'to', 'for'] },
    ],
    should: [
      [
        'a joint patrol along the border and an exchange of liaison officers',
        ['a joint patrol along the border', 'an exchange of liaison officers'],
      ],
    ],
    shouldNot: ['the exchange of liaison officers and their families', 'a joint patrol along the border and the coast'],
  },
  {
    name: 'instrument-provides',
    comment: '"a peace deal that provides for / includes / calls for X": the instrument is one item, what it provides the next',
    shape: 'any',
    begin: 5,
    leftHas: TERMS_HOLDER,
    steps: [
      { w: [','], op: '?' },
      { w: ['that', 'which'] },
      { w: ['also'], op: '?' },
      { lemma: ['provide', 'include', 'envisage', 'foresee', 'call'] },
      { w: ['for'], op: '?' },
    ],
    should: [
      [
        'sign a peace deal that provides for a ceasefire and elections within two years',
        ['sign a peace deal', 'a ceasefire and elections within two years'],
      ],
    ],
    shouldNot: ['sign a deal that ends the war', 'sign a deal which the rebels rejected', 'a road that includes the border crossing'],
  },
  {
    name: 'coordinated-instruments',
    comment:
      '"a treaty on X and an agreement on Y", "signed on to X and to the Y Declaration": each instrument of a list of instruments is its own measure',
    shape: 'any',
    begin: 2,
    leftHas: { lemma: INSTRUMENTS, pos: ['NOUN', 'PROPN'] },
    steps: [
      { w: ['and'] },
      { w: ['to'], op: '?' },
      { w: ['a', 'an', 'the', 'another'] },
      { pos: ['ADJ', 'NOUN', 'PROPN', 'NUM', 'PUNCT'], notW: [',', ';'], op: '*' },
      { lemma: INSTRUMENTS, pos: ['NOUN', 'PROPN'] },
    ],
    should: [
      [
        "sign a treaty on the two countries' border and an agreement on the joint use of the reservoir",
        ["sign a treaty on the two countries' border", 'an agreement on the joint use of the reservoir'],
      ],
      [
        'revive a defence cooperation accord signed in 2001 and a trade agreement of 1998 covering farming and mining',
        ['revive a defence cooperation accord signed in 2001', 'a trade agreement of 1998 covering farming and mining'],
      ],
      [
        'the Treaty on the Tripoint of the Three Borders and to the Dushanbe Declaration on Lasting Friendship',
        ['the Treaty on the Tripoint of the Three Borders', 'the Dushanbe Declaration on Lasting Friendship'],
      ],
    ],
    shouldNot: [
      'abide by the terms of the treaty and its annexes',
      'sign the treaty and the maps attached to it',
      'implement the ceasefire and the peace agreement signed in May',
    ],
  },
  {
    name: 'preposition-series',
    comment: 'a package written as repeated "for" phrases: "for A, for B and for C"',
    shape: 'any',
    begin: 2,
    minItems: 3,
    steps: [{ w: [',', 'and'] }, { w: ['and'], op: '?' }, { w: ['for'] }],
    should: [
      [
        'amnesty for deserters, for aid convoys to reach the valley and for pensions to be paid again',
        ['amnesty for deserters', 'for aid convoys to reach the valley', 'for pensions to be paid again'],
      ],
    ],
    shouldNot: ['funds for schools and for clinics'],
  },
  {
    name: 'on-series',
    comment: 'the matters an instrument settles, written as repeated "on" phrases: "on A, on B and on C"',
    shape: 'any',
    begin: 2,
    minItems: 3,
    steps: [
      { w: [',', 'and'] },
      { w: ['and'], op: '?' },
      { w: ['on'] },
      // "on Monday", "on 3 May" tell when, not what
      { pos: ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON'], notW: WEEKDAYS.map((d) => d.toLowerCase()) },
    ],
    should: [
      [
        'resolves the boundary issues on the island, on the fishing grounds north of it and on the seabed beyond the shelf',
        ['resolves the boundary issues on the island', 'on the fishing grounds north of it', 'on the seabed beyond the shelf'],
      ],
    ],
    shouldNot: ['talks on trade and on energy', 'a deal on fishing, signed on Monday and on record'],
  },
];

/**
 * One side's own law, signed by its leader ("Putin signed the ratification law", "signed the bill into law"):
 * a domestic act, no agreed measure.
 */
export const DOMESTIC_ACT = {
  re: /^(?:(?:the|a|an|his|her|its)\s+)?(?:[\w-]+\s+){0,2}?(?:law|laws|bill|bills|decree|decrees|legislation|executive\s+order|ordinance)\b(?!\s+(?:on|of)\s+(?:the\s+)?(?:treaty|agreement|accord|pact))/i,
  should: ['Putin signed the ratification law on Friday.', 'The president signed a decree on the new border posts.'],
  shouldNot: [['The two presidents signed a treaty on the border.', 'treaty on the border']] as ReadonlyArray<readonly [string, string]>,
};

/**
 * A list's header: "the two sticking points, an amnesty and an inclusive government" — the counted noun
 * that announces the items is not an item itself. A measure that is only such a header is dropped.
 */
export const LIST_HEADER = {
  re: /^(?:the\s+|these\s+|its\s+|their\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:(?:main|key|remaining|outstanding|sticking|core|central|thorny|contentious|other)\s+)?(?:points?|issues|matters|areas|questions|elements|pillars|items|components|priorities|principles)$/i,
  should: ['The two sides found a consensus on the two sticking points, an amnesty for the fighters and an inclusive government.'],
  shouldNot: [['The two sides agreed to open three border posts.', 'open three border posts']] as ReadonlyArray<readonly [string, string]>,
};

/**
 * A span that names only a time is when something was agreed, not what: "agreed on 31 May", "From May 1,
 * …" cut off before its clause, a dateline's "Sept 14". A measure whose content words are all of these
 * (as src/core/measure-clause.ts stems them: lower case, "-s" dropped) is dropped.
 */
export const TIME_ONLY = {
  words: [
    ...MONTHS,
    ...MONTH_ABBREVIATIONS,
    ...WEEKDAYS,
    'today',
    'yesterday',
    'tomorrow',
    'day',
    'week',
    'month',
    'year',
    'next',
    'last',
    'early',
    'late',
    'mid',
    'end',
    'start',
    'morning',
    'evening',
    'night',
    'earlier',
    'later',
    'latest',
    'until',
    'since',
    'ago',
  ],
  /** Sentences in which the only candidate names a time: they yield no measure. */
  should: ['The two sides agreed on 31 May.', 'Both delegations agreed on Monday.', 'From May 1, the two sides agreed.'],
  /** Sentences whose measure carries a time and more. */
  shouldNot: [
    ['The two sides agreed on a truce from 1 May.', 'truce from 1 May'],
    ['Both sides agreed to meet every month.', 'meet every month'],
  ],
} as const;

/**
 * An agreement verb left alone once its clause was cut ("- agreed, noting that …, to expand …" read as a list
 * item): the verb is the cue, not the measure.
 */
export const BARE_CUE_VERB = {
  re: /^(?:also\s+)?(?:agreed|decided|signed|pledged|committed|undertook|vowed|resolved)$/i,
  should: ['agreed', 'also decided'],
  shouldNot: ['agreed border', 'signed accord'],
} as const;

/** A side named as a term's subject: "Azerbaijan", "The United States", "Both sides", "Each party". */
const TERM_SUBJECT: readonly Step[] = [
  { w: ['the', 'both', 'each', 'all'], op: '?' },
  { pos: ['PROPN', 'NOUN', 'NUM', 'ADJ'], notW: [',', '.', ';', ':', 'it', 'they', 'he', 'she', 'we', 'i', 'you'], op: '+' },
  { w: ['and'], op: '?' },
  { w: ['the'], op: '?' },
  { pos: ['PROPN', 'NOUN'], op: '*' },
  // "Azerbaijan, for its part, supports …", "Armenia in turn releases …"
  { w: [','], op: '?' },
  { w: ['for', 'in'], op: '?' },
  { w: ['its', 'their'], op: '?' },
  { w: ['part', 'turn', 'return'], op: '?' },
  { w: [','], op: '?' },
  { w: ['also', 'further', 'jointly', 'each'], op: '?' },
];

/**
 * After "will": verbs that tell no step of the terms — the provisions' list (provision-patterns.ts), and
 * saying, seeing and going on.
 */
const NOT_A_TERM = [...NOT_A_FUTURE_STEP, 'remain', 'say', 'tell', 'see', 'face', 'depend'];

/**
 * A paragraph right under a line that introduces the terms ("Under it:", "Under the treaty:") that opens with
 * a side and its step, in the present of the text itself or a future ("Azerbaijan releases 32 servicemen",
 * "Both sides recognise that …", "Australia will also put A$16.9 million into …"), is one of the terms, as a
 * bulleted item would be. A paragraph that tells the story (past tense, a quote, a comment) ends the list.
 * src/core/find-measures.test.ts reads each `should` paragraph under such a line and finds its measure there.
 */
export const TERM_PARAGRAPHS: ReadonlyArray<TokenPattern & { should: readonly string[]; shouldNot: readonly string[] }> = [
  {
    name: 'side-present-term',
    comment: 'a side and a present-tense step of the terms ("Chile releases 12 fishermen")',
    steps: [...TERM_SUBJECT, { lemma: TERM_PRESENT_VERBS, present: true }],
    should: [
      'Chile releases 12 Peruvian fishermen, and Peru in turn releases three Chilean sailors.',
      "Peru supports Chile's bid to host the 2030 games and withdraws its own candidacy.",
      'Lima acknowledges the border drawn on the 1929 map.',
      'Lima, for its part, supports the admission of Santiago to the observer group.',
    ],
    shouldNot: [
      'Chile released 12 Peruvian fishermen last year.',
      'The town sits between two rivers and is home to 11,000 people.',
      '"We support this deal," the minister said.',
      'Critics say the clause gives Lima a veto.',
    ],
  },
  {
    name: 'side-present-term-british',
    comment: 'the same with a British spelling whose lemma reads -ize ("Both sides recognise that …")',
    steps: [...TERM_SUBJECT, { w: TERM_PRESENT_BRITISH }],
    should: ["Both sides recognise that the island's status stays as it is."],
    shouldNot: ['Both sides recognised the risk last year.'],
  },
  {
    name: 'side-future-term',
    comment: 'a side and a future step ("Australia will also put A$16.9 million into …")',
    steps: [...TERM_SUBJECT, { w: ['will', 'shall'] }, { w: ['also', 'further', 'jointly'], op: '?' }, { pos: ['VERB'], notW: NOT_A_TERM }],
    should: [
      'Chile will also put $5 million into a flood defence project in the valley.',
      'Peru will hand over the archives of the 1879 war.',
    ],
    shouldNot: ['Chile will be watching the vote.', 'Chile will meet Peru again in March.', 'Analysts said the deal will help both.'],
  },
];
