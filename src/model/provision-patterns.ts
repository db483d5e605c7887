// Measures told without an agreement verb, once a report has one: what the instrument itself does
// ("The accord gives the province a new name", "a deal that stops the annexation") and what two named
// sides will do ("Chile and Peru will open a joint border post"). Patterns over tags; the measure is
// the verb phrase from the pattern's last step on. Each carries sentences of our own that it must and
// must not yield (src/core/find-provisions.test.ts runs them). The verb slot is found by position and
// lemma, not by tag alone: the lite tagger reads some verbs after "that" or "will" as nouns ("stops").

import type { TokenPattern } from './token-pattern';

export interface ProvisionRule extends TokenPattern {
  /**
   * Where the measure starts: at the pattern's last step (the verb), at the clause's subject, or (before)
   * the measure is the clause that ends where the pattern begins ("…, according to the deal").
   */
  from?: 'verb' | 'subject' | 'before';
  /** The measure begins at this step's first token and runs to the sentence's end (overrides `from`). */
  start?: number;
  /** The sentence must state a future or an obligation ("will", "would", "shall", "must", "is to"). */
  modal?: boolean;
  /** Words (lower case) that must not stand in a `before` rule's clause: one side's reported words are not terms. */
  notBefore?: readonly string[];
  /** Applies inside a quotation too: a side's official quoting a named side's own step ("\"Togo will extradite …,\" he said"). */
  inQuote?: boolean;
  /** The match must begin the sentence ("It will also let …", not "Lima said it would …"). */
  sentenceStart?: boolean;
  /** Applies only this many sentences after one that already holds an agreed measure (an elaboration). */
  near?: number;
  /**
   * Applies too right after a sentence that names an instrument when one of this many sentences before that
   * one holds an agreed measure ("… agreed to disarm. The accord is broad. It covers …").
   */
  antecedent?: number;
  /** Applies in a sentence that already tells the agreement or holds a measure too (", with Chad freeing …"). */
  inTaken?: boolean;
  /** [sentence, the measure it yields]. */
  should: ReadonlyArray<readonly [string, string]>;
  shouldNot: readonly string[];
}

/** Verbs that tell no step of an agreement (being, wanting, talking, going on): never a provision's verb. */
const NOT_A_STEP = [
  'be',
  'have',
  'discuss',
  'consider',
  'study',
  'need',
  'try',
  'seek',
  'like',
  'want',
  'hope',
  'say',
  'tell',
  'see',
  'take',
  'come',
  'go',
  'continue',
  'remain',
  'face',
  'depend',
];

/** Verbs after "will" that tell no future term of the deal ("will meet", "will discuss", "will want"). */
export const NOT_A_FUTURE_STEP = [
  'be',
  'have',
  'meet',
  'discuss',
  'hold',
  'continue',
  'need',
  'try',
  'seek',
  'consider',
  'study',
  'talk',
  'like',
  'want',
];

/** Nouns that name an agreed instrument or its content. */
export const INSTRUMENTS = [
  'agreement',
  'deal',
  'accord',
  'pact',
  'treaty',
  'convention',
  'declaration',
  'memorandum',
  'mou',
  'protocol',
  'arrangement',
  'roadmap',
  'charter',
  'framework',
  'truce',
  'ceasefire',
  'cease-fire',
  'armistice',
  'communique',
  'text',
  'terms',
  'provisions',
  'points',
  'package',
  'settlement',
] as const;

/** Provision verbs whose objects are the items themselves ("the terms include A, B and C"). */
export const LISTING_VERBS = ['cover', 'include', 'contain', 'comprise', 'envisage', 'foresee', 'provide'] as const;

/** What an instrument does to the world: grant, bind, divide, open, end … (not say, mark, come, face). */
export const PROVISION_VERBS = [
  'give',
  'grant',
  'put',
  'place',
  'let',
  'allow',
  'permit',
  'stop',
  'end',
  'halt',
  'suspend',
  'set',
  'cover',
  'include',
  'establish',
  'create',
  'provide',
  'guarantee',
  'require',
  'oblige',
  'commit',
  'bind',
  'ban',
  'bar',
  'prohibit',
  'forbid',
  'divide',
  'share',
  'split',
  'open',
  'reopen',
  'close',
  'lift',
  'restore',
  'resume',
  'reduce',
  'cut',
  'limit',
  'cap',
  'extend',
  'rename',
  'recognise',
  'recognize',
  'return',
  'release',
  'free',
  'withdraw',
  'demilitarise',
  'demilitarize',
  'deploy',
  'restrict',
  'envisage',
  'foresee',
  'define',
  'delimit',
  'demarcate',
  'regulate',
  'allocate',
  'assign',
  'transfer',
  'hand',
  'cede',
  'exempt',
  'waive',
  'raise',
  'increase',
  'double',
  'boost',
  'expand',
  'phase',
  'dismantle',
  'disarm',
  'integrate',
  'merge',
  'form',
  'launch',
  'offer',
  'pave',
  'settle',
  'resolve',
  'abolish',
  'remove',
  'scrap',
] as const;

const INSTRUMENT = { lemma: INSTRUMENTS };
const THAT = { w: ['that', 'which'], op: '?' } as const;
/**
 * An adverb between the modal and the step ("will also", "will immediately", "would gradually"): not a negation,
 * and not "now" ("the talks will now move to …" tells the story's next stage, not a term).
 */
const ALSO = {
  w: [
    'also',
    'further',
    'effectively',
    'formally',
    'immediately',
    'gradually',
    'jointly',
    'fully',
    'swiftly',
    'quickly',
    'promptly',
    'progressively',
    'mutually',
    'initially',
    'permanently',
    'temporarily',
    'officially',
    'then',
    'soon',
  ],
  op: '?',
} as const;
/**
 * "will be able to", "will have to", "will need to": a modal said at length. Optional steps, so the verb
 * after them must be in its base form ("will be able to return", never "will be signed").
 */
const PERIPHRASIS = [{ w: ['be', 'have', 'need'], op: '?' }, { w: ['able'], op: '?' }, { w: ['to'], op: '?' }, ALSO] as const;
/** "will be", "would also be": the opening of a future passive term. */
const WILL_BE = [{ w: ['will', 'would', 'should', 'shall'] }, ALSO, { w: ['be'] }, ALSO];

export const PROVISIONS: readonly ProvisionRule[] = [
  {
    name: 'instrument-does',
    comment: 'the instrument as subject of a present-tense provision verb ("the accord gives …")',
    steps: [
      INSTRUMENT,
      { pos: ['PUNCT', 'PROPN', 'ADJ', 'NOUN', 'PART'], notW: [',', '.', ';'], op: '*' },
      THAT,
      ALSO,
      { lemma: PROVISION_VERBS, present: true },
    ],
    should: [
      ['The accord gives the northern province a new name.', 'gives the northern province a new name'],
      ['It is a deal that stops the sale of arms to the militias.', 'stops the sale of arms to the militias'],
      ['The treaty also sets up a joint commission on the river.', 'sets up a joint commission on the river'],
      [
        "The accord's main points include a joint customs post, a shared rail timetable and a visa waiver for students.",
        'a joint customs post|a shared rail timetable|a visa waiver for students',
      ],
      [
        'The accord sets out three points: a joint customs post, a shared rail timetable and a visa waiver for students.',
        'a joint customs post|a shared rail timetable|a visa waiver for students',
      ],
      [
        "The treaty's main points cover permits to lay cables on the seabed, a fishing quota for every country and a ban on foreign warships in the bay.",
        'permits to lay cables on the seabed|a fishing quota for every country|a ban on foreign warships in the bay',
      ],
    ],
    shouldNot: [
      'The treaty gave the islands to the crown in 1713.',
      'The deal comes after months of talks.',
      'The agreement says little about refugees.',
    ],
  },
  {
    name: 'instrument-aside-does',
    comment:
      'the instrument with a participial aside before its provision verb ("The deal, brokered by Qatar, includes …", "The accord, signed in May, gives …")',
    steps: [
      INSTRUMENT,
      { w: [','] },
      { pos: ['VERB'], suffix: ['ed', 'en', 'wn', 'ck', 'ht'] },
      { pos: ['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PRON', 'CCONJ', 'PART'], notW: [',', '.', ';'], op: '*' },
      { w: [','] },
      ALSO,
      { lemma: PROVISION_VERBS, present: true },
    ],
    should: [
      [
        'The deal, brokered by Qatar, includes a halt to shelling, the release of 40 detainees and access for aid convoys.',
        'a halt to shelling|the release of 40 detainees|access for aid convoys',
      ],
      ['The accord, signed in May, gives the northern province a new name.', 'gives the northern province a new name'],
    ],
    shouldNot: ['The deal, he said, includes nothing new.', 'The treaty, signed in 1713, gave the islands to the crown.'],
  },
  {
    name: 'instrument-renewed',
    inTaken: true,
    comment: 'an instrument renewed in the passive ("The fishing agreement has been extended for another year"): the clause is the measure',
    from: 'subject',
    steps: [
      INSTRUMENT,
      { pos: ['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'CCONJ', 'PART'], notW: [',', '.', ';', 'which', 'that'], op: '*' },
      { w: ['has', 'have', 'was', 'were', 'had', 'is', 'are'] },
      { w: ['been'], op: '?' },
      ALSO,
      { w: ['extended', 'renewed', 'prolonged'] },
    ],
    should: [
      [
        'The fishing agreement between the two countries has been extended for another year, officials said.',
        'The fishing agreement between the two countries has been extended for another year',
      ],
    ],
    shouldNot: ['In 1995 the fishing agreement was extended for a decade.', 'The agreement has not been extended.'],
  },
  {
    name: 'instrument-which-does',
    inTaken: true,
    comment:
      'a relative clause on the instrument tells what it does ("signed the Accra Protocol, which commits them to …"), even in the sentence that tells the signing',
    steps: [
      INSTRUMENT,
      { pos: ['PROPN', 'NOUN'], op: '*' },
      { w: [','] },
      { w: ['which'] },
      ALSO,
      { lemma: PROVISION_VERBS, present: true },
    ],
    should: [
      [
        'The two countries signed the Lake Protocol, which commits them to extradite suspects within 30 days.',
        'commits them to extradite suspects within 30 days',
      ],
    ],
    shouldNot: [
      'The two countries signed the Lake Protocol, which critics call weak.',
      'In 1995 the two countries signed a protocol, which gave the islands to the north.',
    ],
  },
  {
    name: 'instrument-will',
    comment: 'the instrument as subject of a future provision ("the pact will let …")',
    steps: [
      INSTRUMENT,
      { pos: ['PUNCT', 'PROPN', 'ADJ', 'NOUN'], notW: [',', '.', ';'], op: '*' },
      THAT,
      ALSO,
      { w: ['will', 'would', 'shall'] },
      ALSO,
      { lemma: PROVISION_VERBS },
    ],
    should: [['The pact will let fishing boats from both sides use the bay.', 'let fishing boats from both sides use the bay']],
    shouldNot: ['The pact will be signed next week.', 'The agreement would face a vote in parliament.'],
  },
  {
    name: 'named-sides-will',
    comment: 'two named sides as one subject of a future step ("Chile and Peru will open …")',
    steps: [
      { pos: ['PROPN'], op: '+' },
      { w: ['and'] },
      { w: ['the'], op: '?' },
      { pos: ['PROPN'], op: '+' },
      { w: ['will', 'would', 'shall'] },
      ALSO,
      { w: ['jointly', 'now', 'soon'], op: '?' },
      {
        pos: ['VERB', 'ADJ', 'NOUN'],
        notW: ['be', 'have', 'meet', 'discuss', 'hold', 'continue', 'need', 'try', 'seek', 'consider', 'study'],
      },
    ],
    should: [['Chile and Peru will open a joint border post at the pass.', 'open a joint border post at the pass']],
    shouldNot: ['Chile and Peru will meet again in March.', 'Chile and Peru will be watching the vote.'],
  },
  {
    name: 'future-active-term',
    comment: 'right after an agreed measure, a body or force with a future step states another term ("the commission will meet monthly")',
    from: 'subject',
    near: 1,
    steps: [
      { pos: ['NOUN', 'PROPN'], notW: ['he', 'she', 'it', 'they', 'we', 'i', 'you'] },
      { w: ['will', 'would', 'shall'] },
      ALSO,
      ...PERIPHRASIS,
      {
        pos: ['VERB'],
        present: true,
        notW: NOT_A_STEP,
      },
    ],
    should: [
      ['The two sides agreed to a truce. Monitors will patrol the old front line.', 'Monitors will patrol the old front line'],
      [
        'The two sides agreed to a truce. Displaced families will be able to return to their villages.',
        'Displaced families will be able to return to their villages',
      ],
      ['The two sides agreed to a truce. Hauliers will have to carry a permit.', 'Hauliers will have to carry a permit'],
    ],
    shouldNot: [
      'The two sides agreed to a truce. Analysts will see it as a test.',
      'Monitors will patrol the old front line.',
      'The two sides agreed to a truce. Officials will be watching the border.',
    ],
  },
  {
    name: 'future-passive-term',
    comment: 'right after an agreed measure, a future passive states another term ("observers would be stationed …")',
    from: 'subject',
    near: 3,
    steps: [
      ...WILL_BE,
      {
        pos: ['VERB'],
        suffix: ['ed', 'en', 'wn', 'ld', 'lt', 'nt', 'ut', 'et'],
        notW: [
          'expected',
          'needed',
          'discussed',
          'considered',
          'studied',
          'held',
          'seen',
          'watched',
          'tested',
          'welcomed',
          'asked',
          'invited',
          'told',
          'pleased',
          'interested',
        ],
      },
    ],
    should: [
      [
        'The two sides agreed to a truce. Observers would be stationed in both border towns.',
        'Observers would be stationed in both border towns',
      ],
      ['The two sides agreed to a truce. A new bridge will be built across the river.', 'A new bridge will be built across the river'],
      [
        'The two sides agreed to a truce. The ministry said the freed men would be flown home on Sunday.',
        'the freed men would be flown home on Sunday',
      ],
    ],
    shouldNot: [
      'The two sides agreed to a truce. The details would be discussed next week.',
      'Observers would be stationed in both border towns.',
    ],
  },
  {
    name: 'future-passive-short-participle',
    comment:
      'as future-passive-term, for the short participles its suffixes cannot tell ("a joint commission will be set up", "tariffs would be cut")',
    from: 'subject',
    near: 3,
    steps: [...WILL_BE, { w: ['set', 'put', 'cut', 'shut', 'split', 'spread', 'let'] }],
    should: [
      ['The two sides agreed to a truce. A joint commission on water will be set up.', 'A joint commission on water will be set up'],
      ['The two sides agreed to a truce. In addition, tariffs on copper would be cut by half.', 'tariffs on copper would be cut by half'],
    ],
    shouldNot: ['A joint commission on water will be set up.'],
  },
  {
    name: 'according-to-instrument',
    comment: 'a future step sourced to the instrument ("…, according to the agreement"): the clause before the source is the term',
    from: 'before',
    modal: true,
    steps: [
      { w: [','] },
      { w: ['according'] },
      { w: ['to'] },
      { pos: ['DET', 'PRON'], op: '?' },
      { pos: ['ADJ', 'PROPN', 'NOUN', 'NUM', 'PUNCT'], notW: [',', '.', ';', 'statement', 'officials', 'sources'], op: '*' },
      { lemma: [...INSTRUMENTS, 'statement'], notW: ['statements'] },
    ],
    should: [
      [
        'The two sides agreed to a truce. Prisoners will be exchanged within ten days, according to the agreement.',
        'Prisoners will be exchanged within ten days',
      ],
      [
        'The two sides agreed to a truce. Observers from both armies are to patrol the valley, according to a joint statement.',
        'Observers from both armies are to patrol the valley',
      ],
    ],
    shouldNot: [
      'The two sides agreed to a truce. The talks were long and frank, according to the statement.',
      'The two sides agreed to a truce. It may not last long, according to officials.',
    ],
  },
  {
    name: 'instrument-says',
    comment:
      'the instrument or a joint text as the one that says what will happen ("the deal stipulates that …", "the joint statement said …")',
    start: 5,
    modal: true,
    steps: [
      { lemma: [...INSTRUMENTS, 'statement'] },
      { pos: ['PUNCT', 'PROPN', 'ADJ', 'NOUN'], notW: [',', '.', ';'], op: '*' },
      ALSO,
      { lemma: ['say', 'state', 'stipulate', 'specify', 'add', 'affirm', 'stress', 'note', 'read'] },
      { w: ['that'], op: '?' },
    ],
    should: [
      [
        'The two sides agreed to a truce. The deal stipulates that heavy guns will be pulled back 20 km.',
        'heavy guns will be pulled back 20 km',
      ],
      [
        'The two sides agreed to a truce. The joint statement said both governments would reopen their consulates.',
        'both governments would reopen their consulates',
      ],
    ],
    shouldNot: [
      'The two sides agreed to a truce. The statement said the talks were held in a friendly atmosphere.',
      'The two sides agreed to a truce. The statement noted that the region had suffered for years.',
    ],
  },
  {
    name: 'reported-joint-future',
    comment:
      'a joint subject reported as doing something next ("the two leaders said they would …", "both sides announced that they will …")',
    start: 4,
    modal: true,
    steps: [
      { w: ['both', 'two', 'three', 'sides', 'parties'] },
      { pos: ['NOUN', 'PROPN'], op: '*' },
      { lemma: ['say', 'announce', 'confirm', 'state', 'declare', 'add'] },
      { w: ['that'], op: '?' },
      { w: ['they', 'both'] },
      { w: ['sides', 'countries'], op: '?' },
      { w: ['will', 'would', 'shall'] },
      ALSO,
      {
        pos: ['VERB', 'ADJ', 'NOUN'],
        notW: [...NOT_A_FUTURE_STEP, 'keep'],
      },
    ],
    should: [
      [
        'The two sides agreed to a truce. The two leaders announced that they would open consulates in each other’s capitals.',
        'they would open consulates in each other’s capitals',
      ],
    ],
    shouldNot: [
      'The two sides agreed to a truce. The two leaders said they would meet again in May.',
      'The two sides agreed to a truce. Rebel leaders said they would fight on.',
    ],
  },
  {
    name: 'named-sides-said-future',
    comment:
      'two named sides reported together as doing something next ("Chile and Peru said on Friday that they would …", "Kerry and Lavrov both said that Syria would …")',
    start: 9,
    modal: true,
    steps: [
      { pos: ['PROPN'], op: '+' },
      { w: ['and'] },
      { w: ['the'], op: '?' },
      { pos: ['PROPN'], op: '+' },
      { w: ['both', 'jointly', 'also'], op: '?' },
      { lemma: ['say', 'announce', 'confirm', 'state', 'declare'], pos: ['VERB'] },
      { w: ['on', 'late', 'early'], op: '?' },
      { pos: ['PROPN', 'NOUN'], notW: ['that', 'they'], op: '?' },
      { w: ['that'], op: '?' },
      { pos: ['PROPN', 'PRON'], notW: ['he', 'she', 'i', 'we', 'you', 'it', 'this'], op: '+' },
      { w: ['will', 'would', 'shall'] },
      ALSO,
      {
        pos: ['VERB', 'ADJ', 'NOUN'],
        notW: [...NOT_A_STEP, 'meet', 'hold', 'talk', 'keep', 'respond', 'retaliate', 'fight', 'win', 'lose', 'never', 'not'],
      },
    ],
    should: [
      [
        'The two sides agreed to a truce. Chile and Peru said on Friday that they would reopen their embassies.',
        'they would reopen their embassies',
      ],
    ],
    shouldNot: [
      'The two sides agreed to a truce. Chile and Peru said on Friday that they would meet again in May.',
      'The two sides agreed to a truce. Chile and Peru said they would not accept any new border post.',
    ],
  },
  {
    name: 'it-provides',
    comment:
      'right after an agreed instrument, a sentence opening with "it" as the subject of a provision verb tells the instrument\'s terms ("It will also let …")',
    near: 1,
    antecedent: 2,
    sentenceStart: true,
    steps: [{ w: ['it'] }, { w: ['will', 'would', 'shall'], op: '?' }, ALSO, { lemma: PROVISION_VERBS, present: true }],
    should: [
      [
        'The two sides agreed an accord on the river. It will also let farmers on both banks draw water in summer.',
        'let farmers on both banks draw water in summer',
      ],
      ['The two sides agreed an accord on the river. It also sets up a fund to rebuild the dykes.', 'sets up a fund to rebuild the dykes'],
      [
        'The two sides agreed to share the river. The accord is a broad one. It covers a truce, a joint survey and the return of refugees.',
        'a truce|a joint survey|the return of refugees',
      ],
      [
        'The two sides agreed an accord on the river. According to the mediator, it includes a joint survey of the dykes.',
        'a joint survey of the dykes',
      ],
    ],
    shouldNot: [
      'The two sides agreed an accord on the river. It rained all day.',
      'The two sides agreed an accord on the river. Markets rose. It will also let farmers on both banks draw water in summer.',
      'The two sides agreed an accord on the river. Lima said it would release the detained fishermen.',
    ],
  },
  {
    name: 'joint-affirmed-term',
    comment:
      'a joint subject affirming what must or will happen ("Both sides also affirm that civilians must be protected …") states a term',
    start: 5,
    modal: true,
    steps: [
      { w: ['both', 'two', 'three', 'sides', 'parties'] },
      // "the two countries' foreign ministers"
      { pos: ['NOUN', 'PROPN', 'ADJ', 'PART', 'PUNCT'], notW: [',', '.', ';', ':'], op: '*' },
      ALSO,
      {
        lemma: ['affirm', 'reaffirm', 'stress', 'underline', 'emphasise', 'emphasize', 'declare', 'say', 'announce', 'confirm'],
        pos: ['VERB'],
      },
      { w: ['that'], op: '?' },
      // "the matter of the 'comfort women'"
      { pos: ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PUNCT'], notW: [',', '.', ';', ':', 'they', 'it'], op: '+' },
      { w: ['must', 'will', 'would', 'shall', 'should'] },
      ALSO,
      { pos: ['VERB', 'AUX'], notW: [...NOT_A_STEP.filter((w) => w !== 'be'), 'meet', 'hold', 'talk'] },
    ],
    should: [
      [
        'The two sides agreed to a truce. Both sides also affirm that civilians must be protected at all times.',
        'civilians must be protected at all times',
      ],
      [
        "The two sides agreed to a truce. The two countries' foreign ministers said the border would reopen on Monday.",
        'the border would reopen on Monday',
      ],
    ],
    shouldNot: [
      'The two sides agreed to a truce. Both sides also affirm that they will keep talking.',
      'The two sides agreed to a truce. Both sides stressed that peace would need patience.',
      'The two sides agreed to a truce. The two ministers said the talks would continue in May.',
    ],
  },
  {
    name: 'reported-side-future',
    comment: 'right after an agreed measure, a named side reported as doing its part ("Kishida said Japan will put money into a fund")',
    start: 2,
    near: 2,
    modal: true,
    steps: [
      { lemma: ['say', 'announce', 'confirm', 'add'], pos: ['VERB'] },
      { w: ['that'], op: '?' },
      { w: ['the'], op: '?' },
      { pos: ['PROPN'], op: '+' },
      { w: ['will', 'would', 'shall'] },
      ALSO,
      {
        pos: ['VERB', 'ADJ', 'NOUN'],
        notW: [...NOT_A_FUTURE_STEP, 'respond', 'retaliate', 'react', 'fight', 'win', 'lose', 'never'],
      },
    ],
    should: [
      [
        'The two sides agreed to a truce. The minister said Chile will put ten million dollars into a fund for the victims.',
        'Chile will put ten million dollars into a fund for the victims',
      ],
    ],
    shouldNot: [
      'The two sides agreed to a truce. The minister said Chile would not accept any new border post.',
      'The two sides agreed to a truce. Markets rose. Fans cheered. The minister said Chile will open a new stadium.',
    ],
  },
  {
    name: 'sourced-side-future',
    comment: 'right after an agreed measure, a named side\'s part sourced to a speaker ("According to Kishida, Japan will …")',
    start: 4,
    near: 2,
    modal: true,
    steps: [
      { w: ['according'] },
      { w: ['to'] },
      { pos: ['PROPN', 'NOUN', 'DET', 'ADJ'], notW: [',', 'the', 'reports', 'sources', 'analysts', 'experts', 'media'], op: '+' },
      { w: [','] },
      { w: ['the'], op: '?' },
      { pos: ['PROPN'], op: '+' },
      { w: ['will', 'would', 'shall'] },
      ALSO,
      {
        pos: ['VERB', 'ADJ', 'NOUN'],
        notW: ['be', 'have', 'meet', 'discuss', 'hold', 'continue', 'need', 'try', 'seek', 'consider', 'respond', 'retaliate'],
      },
    ],
    should: [
      [
        'The two sides agreed to a truce. Markets rose. According to Bachelet, Chile will send 200 engineers to clear the mines.',
        'Chile will send 200 engineers to clear the mines',
      ],
    ],
    shouldNot: [
      'The two sides agreed to a truce. Markets rose. According to media reports, Chile would send 200 engineers to clear the mines.',
      'The two sides agreed to a truce. Markets rose. According to Bachelet, Chile will respond to any attack.',
    ],
  },
  {
    name: 'signed-instruments-were',
    comment:
      'the instruments signed, named one by one ("The documents signed on Sunday were the host agreement, the tariff agreement and …"): each is a measure',
    start: 4,
    steps: [
      { lemma: ['document', 'instrument', 'agreement', 'accord', 'deal', 'text', 'memorandum', 'protocol'], suffix: ['s', 'a'] },
      { w: ['signed', 'concluded', 'inked', 'initialled', 'initialed', 'exchanged'] },
      { pos: ['ADP', 'DET', 'PROPN', 'NOUN', 'NUM', 'ADJ'], notW: [',', '.', ';', 'were', 'are'], op: '*' },
      { w: ['were', 'are', 'included', 'include'] },
      // the list itself: "were kept secret" names none
      { w: ['a', 'an', 'the', 'two', 'three', 'four', 'five'] },
    ],
    should: [
      [
        'Chile and Peru agreed to a truce. The documents signed on Monday were a border treaty, a fisheries accord and a transit protocol.',
        'a border treaty|a fisheries accord|a transit protocol',
      ],
    ],
    shouldNot: [
      'Chile and Peru agreed to a truce. The documents signed in 1929 were lost in a fire.',
      'Chile and Peru agreed to a truce. The documents signed on Monday were kept secret.',
    ],
  },
  {
    name: 'instrument-after',
    comment: 'a future step placed under the instrument at its end ("troops will pull back under the deal"): the clause before is the term',
    from: 'before',
    modal: true,
    steps: [
      { w: ['under', 'by'] },
      { w: ['the', 'this', 'that', 'a', 'its', 'their'] },
      { pos: ['ADJ', 'PROPN', 'NOUN', 'NUM', 'PUNCT'], notW: [',', '.', ';'], op: '*' },
      { lemma: INSTRUMENTS },
      { w: ['.'] },
    ],
    notBefore: ['said', 'says', 'told', 'warned', 'threatened', 'vowed', 'claimed', 'insisted'],
    should: [
      [
        'The two sides agreed to a truce. Markets rose. Both armies will pull back 5 km from the line under the deal.',
        'Both armies will pull back 5 km from the line',
      ],
    ],
    shouldNot: [
      'The two sides agreed to a truce. Rebels said they would fight on under the old deal, which failed.',
      'The two sides agreed to a truce. Markets rose. Rebels said they would fight on under the deal.',
    ],
  },
  {
    name: 'body-mandate',
    comment:
      'near an agreed measure, the mandate of a body it sets up ("The tasks of the commission would be to A, to B and to C"): each infinitive is a term',
    near: 2,
    start: 7,
    steps: [
      { w: ['the', 'its', 'their'] },
      { w: ['task', 'tasks', 'mandate', 'role', 'job', 'duties', 'remit'] },
      { w: ['of'] },
      { pos: ['DET', 'ADJ', 'NOUN', 'PROPN', 'PUNCT'], notW: [',', '.', ';'], op: '+' },
      { w: ['is', 'are', 'will', 'would', 'shall'] },
      { w: ['be'], op: '?' },
      { w: ['to'] },
      { pos: ['VERB'] },
    ],
    should: [
      [
        'The two sides agreed to set up a joint commission. The tasks of the commission would be to map the border, to settle claims and to mark the line.',
        'map the border|settle claims|mark the line',
      ],
    ],
    shouldNot: [
      'The two sides agreed to set up a joint commission. Markets rose. Fans cheered. The tasks of the commission would be to map the border.',
    ],
  },
  {
    name: 'said-in-joint-statement',
    comment: 'what the sides said in a joint text they would do ("…, they said in a joint statement that they will …")',
    start: 6,
    modal: true,
    steps: [
      { lemma: ['say', 'announce', 'state', 'declare', 'add', 'confirm'] },
      { w: ['in'] },
      { w: ['a', 'the', 'their', 'an'] },
      { w: ['joint'] },
      { lemma: ['statement', 'declaration', 'communique', 'communiqué', 'text'] },
      { w: ['that'] },
    ],
    should: [
      [
        'The two sides agreed to a truce. The ministers said in a joint statement that border posts would reopen on Monday.',
        'border posts would reopen on Monday',
      ],
    ],
    shouldNot: ['The two sides agreed to a truce. The ministers said in a joint statement that the talks had been useful.'],
  },
  {
    name: 'with-side-doing',
    inTaken: true,
    comment:
      'an absolute construction after an agreement carried out: ", with <side> freeing X (and <side> releasing Y)" tells each side\'s step',
    start: 1,
    steps: [
      { w: ['with'] },
      { pos: ['PROPN'], op: '+' },
      {
        pos: ['VERB'],
        suffix: ['ing'],
        lemma: [
          'free',
          'release',
          'return',
          'hand',
          'transfer',
          'withdraw',
          'pull',
          'pay',
          'grant',
          'give',
          'receive',
          'open',
          'reopen',
          'lift',
          'drop',
          'send',
          'supply',
          'cede',
          'pardon',
        ],
      },
    ],
    should: [
      [
        'Chad and Niger swapped prisoners in Doha on Friday, with Chad freeing 40 soldiers and Niger releasing a diplomat.',
        'Chad freeing 40 soldiers|Niger releasing a diplomat',
      ],
    ],
    shouldNot: [
      'Chad and Niger agreed to a truce. Chad and Niger met in Doha, with Qatar hosting the talks.',
      'Chad and Niger agreed to a truce. Fighting went on, with Chad shelling the border towns.',
    ],
  },
  {
    name: 'they-will-term',
    comment:
      'right after an agreed measure, a sentence opening with "They will" goes on with the sides\' own steps ("They will also exchange …")',
    near: 1,
    sentenceStart: true,
    steps: [
      { w: ['they'] },
      { w: ['will', 'would', 'shall'] },
      ALSO,
      ...PERIPHRASIS,
      {
        pos: ['VERB'],
        present: true,
        notW: [...NOT_A_STEP, ...NOT_A_FUTURE_STEP, 'host', 'attend', 'visit', 'respond', 'decide', 'vote', 'sign', 'return'],
      },
    ],
    should: [
      [
        'The two countries agreed to widen defence ties. They will also exchange data on drills and train officers together.',
        'exchange data on drills|train officers together',
      ],
    ],
    shouldNot: [
      'The two countries agreed to widen defence ties. They will meet again in May.',
      'The two countries agreed to widen defence ties. Markets rose. They will also exchange data on drills.',
      'The two countries agreed to widen defence ties. They will be watched closely.',
    ],
  },
  {
    name: 'will-take-steps',
    comment:
      'near an agreed measure, a side that "will take (decisive) action / steps / measures to …" states a step ("take" is otherwise no step: "will take time")',
    near: 3,
    start: 3,
    steps: [
      { pos: ['PROPN', 'NOUN', 'PRON'], notW: ['i', 'you', 'he', 'she', 'analysts', 'critics', 'observers'] },
      { w: ['will', 'would', 'shall'] },
      ALSO,
      { w: ['take'] },
      { pos: ['ADJ'], op: '*' },
      { w: ['action', 'steps', 'measures'] },
      { w: ['to', 'against'] },
    ],
    should: [
      [
        'The two sides agreed to a truce. It will also take decisive action to dismantle smuggling networks.',
        'take decisive action to dismantle smuggling networks',
      ],
    ],
    shouldNot: [
      'The two sides agreed to a truce. It will take time to rebuild trust.',
      'The two sides agreed to a truce. Markets rose. Fans cheered. Rain fell. Peru will take steps to protect its fleet.',
    ],
  },
  {
    name: 'shall-term',
    comment: 'in a report of an agreement, "X shall …" quotes the instrument\'s own terms (news English rarely says "shall" otherwise)',
    from: 'subject',
    steps: [
      { pos: ['NOUN', 'PROPN', 'PRON'], notW: ['i', 'we', 'you', 'he', 'she', 'who'] },
      { w: ['shall'] },
      { w: ['also', 'further', 'not', 'immediately', 'jointly'], op: '*' },
      { pos: ['VERB', 'AUX', 'ADJ', 'NOUN'], notW: ['have', 'see'] },
    ],
    should: [
      [
        'The two sides agreed to a truce. Markets rose. Each party shall withdraw its forces to the 1994 line.',
        'Each party shall withdraw its forces to the 1994 line',
      ],
      [
        'The two sides agreed to a truce. Markets rose. All detainees shall be released within 30 days.',
        'All detainees shall be released within 30 days',
      ],
    ],
    shouldNot: ['The two sides agreed to a truce. Markets rose. "We shall see," the minister said.'],
  },
  {
    name: 'named-side-future',
    inQuote: true,
    comment:
      'within six sentences of an agreed measure (the same stretch of the report), a named side with its own future step states another term ("Peru will release the fishermen")',
    from: 'subject',
    near: 6,
    steps: [
      { pos: ['PROPN'] },
      { w: ['will', 'shall'] },
      ALSO,
      ...PERIPHRASIS,
      {
        pos: ['VERB'],
        present: true,
        notW: [...NOT_A_STEP, 'host', 'attend', 'visit', 'respond', 'retaliate', 'decide', 'vote', 'hold', 'meet'],
      },
    ],
    should: [
      [
        'The two sides agreed to a truce. Markets rose. Fans cheered. Peru will release the fishermen next week.',
        'Peru will release the fishermen next week',
      ],
      [
        'The two sides agreed to a truce. Markets rose. Peru will immediately release the fishermen held at Ilo.',
        'Peru will immediately release the fishermen held at Ilo',
      ],
      [
        'The two sides agreed to a truce. "Peru will release the fishermen next week," the minister said.',
        'Peru will release the fishermen next week',
      ],
    ],
    shouldNot: [
      'The two sides agreed to a truce. Markets rose. Fans cheered. Peru will host the next round.',
      'The two sides agreed to a truce. "Will Peru release the fishermen?" he asked.',
      'The two sides agreed to a truce. Markets rose. Fans cheered. Rain fell. Snow fell. Hail fell. Fog rose. Peru will release the fishermen next week.',
    ],
  },
];
