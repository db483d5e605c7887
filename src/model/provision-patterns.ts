// Measures told without an agreement verb, once a report has one: what the instrument itself does
// ("The accord gives the province a new name", "a deal that stops the annexation") and what two named
// sides will do ("Chile and Peru will open a joint border post"). Patterns over tags; the measure is
// the verb phrase from the pattern's last step on. Each carries sentences of our own that it must and
// must not yield (src/core/find-provisions.test.ts runs them). The verb slot is found by position and
// lemma, not by tag alone: the lite tagger reads some verbs after "that" or "will" as nouns ("stops").

import type { TokenPattern } from './token-pattern';

export interface ProvisionRule extends TokenPattern {
  /** Where the measure starts: at the pattern's last step (the verb), or at the clause's subject. */
  from?: 'verb' | 'subject';
  /** Applies only this many sentences after one that already holds an agreed measure (an elaboration). */
  near?: number;
  /** [sentence, the measure it yields]. */
  should: ReadonlyArray<readonly [string, string]>;
  shouldNot: readonly string[];
}

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
const ALSO = { w: ['also', 'further', 'effectively', 'formally'], op: '?' } as const;

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
    ],
    shouldNot: [
      'The treaty gave the islands to the crown in 1713.',
      'The deal comes after months of talks.',
      'The agreement says little about refugees.',
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
      {
        pos: ['VERB'],
        notW: [
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
        ],
      },
    ],
    should: [['The two sides agreed to a truce. Monitors will patrol the old front line.', 'Monitors will patrol the old front line']],
    shouldNot: ['The two sides agreed to a truce. Analysts will see it as a test.', 'Monitors will patrol the old front line.'],
  },
  {
    name: 'future-passive-term',
    comment: 'right after an agreed measure, a future passive states another term ("observers would be stationed …")',
    from: 'subject',
    near: 2,
    steps: [
      { w: ['will', 'would', 'should', 'shall'] },
      ALSO,
      { w: ['be'] },
      ALSO,
      {
        pos: ['VERB'],
        suffix: ['ed', 'en', 'wn', 'ld', 'nt', 'ut', 'et'],
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
    ],
    shouldNot: [
      'The two sides agreed to a truce. The details would be discussed next week.',
      'Observers would be stationed in both border towns.',
    ],
  },
];
