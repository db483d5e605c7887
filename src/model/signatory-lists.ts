// A list that names the signatories of a deal ("The groups that signed were the Chin National Front, the
// Karen National Union and …", "Signatories included …"): every name in it is a side, including
// organisations and armed groups the gazetteer does not know. Such a name is recognised by its shape: a
// run of capitalised words (with "of", "for", "the", "and" and hyphens inside) that holds a head noun
// of an organisation's name ("Front", "Party", "Army", "Union" …). Data only: src/core/find-signatory-groups.ts
// reads it; src/core/find-signatory-groups.test.ts runs the examples.

import type { PartyRoleRule } from './party-roles';

/** The words that open a list of signatories, up to the list. */
const SIGNED_LIST = String.raw`\b(?:(?:groups|organi[sz]ations|parties|factions|movements|states|countries|nations|members|sides)\s+(?:that|which|who)\s+(?:have\s+|had\s+|finally\s+)?signed(?:\s+(?:it|them|on|up))?\s+(?:were|are|included|include)|signator(?:y|ies)\s+(?:were|are|included|include))(?:\s*:)?`;

/** Before a mention: it opens a list of signatories ("The groups that signed were the "). */
export const SIGNATORIES_BEFORE: PartyRoleRule = {
  name: 'signatories-before',
  comment: 'the mention is the first name of a list of those who signed',
  needs: ['signed', 'signator'],
  // '' where a colon stands last ("Signatories include: the …")
  lastWords: ['were', 'are', 'included', 'include', ''],
  re: new RegExp(`${SIGNED_LIST}\\s+(?:the\\s+)?$`, 'iu'),
  should: ['The groups that signed were the ', 'The parties that signed it included ', 'Signatories include '],
  shouldNot: ['The groups that refused were the ', 'The groups that signed were said to be ', 'He signed '],
};

/** The same opening anywhere in a sentence: where a list of signatories starts (global, for a scan). */
export const SIGNATORY_LIST_OPENING = new RegExp(`${SIGNED_LIST}\\s+`, 'giu');

/** Head nouns of an organisation's or armed group's name. */
export const GROUP_HEADS = [
  'Front',
  'Party',
  'Army',
  'Union',
  'Organisation',
  'Organization',
  'Council',
  'Movement',
  'Alliance',
  'Forces',
  'Brigades',
  'Congress',
  'League',
  'Coalition',
  'Federation',
  'Association',
] as const;

/** Small words that may stand inside such a name ("Movement for Justice", "Army of the South"). */
export const GROUP_NAME_LINKS = ['of', 'for', 'the', 'and', 'de', 'al'] as const;

/** Names in a name list may be at most this many words long. */
export const GROUP_NAME_MAX_WORDS = 8;

/** [sentence, the unknown names it lists as signatories] — run by src/core/find-signatory-groups.test.ts. */
export const SIGNATORY_LIST_EXAMPLES: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'The groups that signed were the Mountain People’s Front, Lake District Liberation Army, and the Northern Union - East.',
    ['Mountain People’s Front', 'Lake District Liberation Army', 'Northern Union - East'],
  ],
  ['Signatories included the Delta Freedom Movement and the River Peoples Alliance.', ['Delta Freedom Movement', 'River Peoples Alliance']],
  [
    'The parties that signed it were the Movement for Justice and Equality, and the Hill Army.',
    ['Movement for Justice and Equality', 'Hill Army'],
  ],
  ['Signatories include the UK, France and the Coastal Guard.', []],
  ['The groups that refused were the Delta Freedom Movement and the Hill Army.', []],
  ['Delegates of the Delta Freedom Movement signed the accord.', []],
];
