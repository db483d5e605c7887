// The shape of an organisation's or armed group's proper name that the gazetteer does not know: a run of
// capitalised words ending in a head noun ("the Arakan National Liberation Front", "the Coastal Peoples
// Alliance"), often introduced with its acronym in brackets ("… Front (ANLF)", later "the ANLF"). Such a
// name becomes an entity of the document, so that the side and role rules can see it like a known one.
// Data only: src/core/find-named-orgs.ts reads it; src/core/find-named-orgs.test.ts runs the examples.

/**
 * Head nouns that end an organisation's or group's name, with the kind of entity the name makes. Not
 * "Association", "Community" or "League": mostly civil, trade and sports bodies ("the Bar Association",
 * "the Jewish Community", "the Premier League"), seldom a side of a state's agreement.
 */
export const ORG_NAME_HEADS: Readonly<Record<string, 'group' | 'organization'>> = {
  Front: 'group',
  Army: 'group',
  Forces: 'group',
  Movement: 'group',
  Brigades: 'group',
  Brigade: 'group',
  Militia: 'group',
  Alliance: 'group',
  Coalition: 'group',
  Party: 'group',
  Congress: 'group',
  Union: 'organization',
  Council: 'organization',
  Organisation: 'organization',
  Organization: 'organization',
  Authority: 'organization',
  Commission: 'organization',
  Federation: 'organization',
  Bank: 'organization',
};

/**
 * Words that do not make a name anyone's own: a state's organs are named by them and its name ("the
 * Pakistan Army", "the Lebanese Armed Forces", "the Security Council", "the Joint Border Commission"). A
 * name needs one word besides these, the head nouns, the small linking words and a state's name or demonym.
 */
export const ORG_NAME_GENERIC = [
  'National',
  'Nationalist',
  'Security',
  'Armed',
  'Defence',
  'Defense',
  'Joint',
  'Supreme',
  'High',
  'Higher',
  'Central',
  'General',
  'Military',
  'Border',
  'Transitional',
  'Sovereign',
  'Sovereignty',
  'Foreign',
  'Federal',
  'State',
  'Regional',
  'Provincial',
  'Executive',
  'Special',
  'Interim',
  'Electoral',
  'Election',
  'Constitutional',
  'Ruling',
  'Governing',
  'Presidential',
  'Royal',
  'Air',
  'Naval',
  'Navy',
  'Ground',
  'Land',
  'Coast',
  'Guard',
  'Police',
  'Peace',
  'Ceasefire',
  'Monitoring',
  'Technical',
  'Permanent',
  'Tripartite',
  'Bilateral',
  'Trilateral',
  'Ministerial',
  'Intergovernmental',
  'Intelligence',
  'Affairs',
  'Fisheries',
  'Trade',
  'Finance',
  'Economic',
  'Energy',
  'Water',
  'Health',
  'Relations',
  'Planning',
  'International',
  'Independent',
  'Government',
  'Governments',
  'Commercial',
  'Development',
  'Investment',
  'Reserve',
  'Savings',
  'European',
] as const;

/** Names shaped like an organisation's that are a former state's or a place's ("the Soviet Union", "the West Bank"). */
export const ORG_NAME_NOT_ORGS = ['Soviet Union', 'West Bank', 'East Bank', 'Left Bank', 'Dogger Bank'] as const;

/** Capitalised words that open a sentence or a clause and never begin a name ("Meanwhile", "On", "Both"). */
export const ORG_NAME_NEVER_FIRST = [
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'But',
  'And',
  'Or',
  'Yet',
  'So',
  'Meanwhile',
  'However',
  'Also',
  'Under',
  'On',
  'In',
  'At',
  'For',
  'With',
  'By',
  'From',
  'After',
  'Before',
  'When',
  'While',
  'Both',
  'Its',
  'Their',
  'His',
  'Her',
  'Our',
  'Their',
  'We',
  'They',
  'He',
  'She',
  'It',
  'If',
  'As',
  'Then',
  'Since',
  'Last',
  'Next',
  'Earlier',
  'Later',
  'Today',
  'Yesterday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'President',
  'Prime',
  'Minister',
  'Chairman',
  'Chief',
  'Leader',
  'Commander',
  'Secretary',
  'Spokesman',
  'Spokeswoman',
  'Former',
  'Both',
  'Each',
  'Every',
  'All',
  'Some',
  'Many',
  'Several',
  'Other',
  'Another',
  'Why',
  'What',
  'How',
  'Who',
  'Where',
  'Read',
  'More',
  'See',
  'Watch',
  'Related',
] as const;

/** A possessive may stand inside a name only after these ("Tigray People's Liberation Front", "Workers' Party"). */
export const ORG_NAME_POSSESSORS = ['People', 'Peoples', 'Workers', 'Women', 'Students', 'Farmers', 'Patriots', 'Nations'] as const;

/** Words right after a name that make it a company's ("Bank Ltd", "Commerce Bank Group"). */
export const ORG_NAME_CORPORATE_AFTER = [
  'Ltd',
  'Limited',
  'Inc',
  'Corp',
  'Corporation',
  'PLC',
  'Plc',
  'Group',
  'Holdings',
  'Co',
  'LLC',
  'AG',
  'SA',
  'NV',
];

/**
 * Small words that may stand inside such a name ("Peace and Unity Front"). Not "of", "for", "the": a name
 * that ends in its head noun seldom holds them, and "Delegates of the Hill Army" is no name.
 */
export const ORG_NAME_LINKS = ['and', 'de', 'al', 'el'] as const;

/** A name is at most this many words long (links included). */
export const ORG_NAME_MAX_WORDS = 8;

/**
 * [text, the names the text introduces] — run by src/core/find-named-orgs.test.ts. Our own sentences.
 */
export const ORG_NAME_EXAMPLES: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'The government and the Hill Country National Liberation Front (HCNLF) signed a truce on Monday. The HCNLF said it would withdraw.',
    ['Hill Country National Liberation Front'],
  ],
  ['Talks with the Coastal Peoples Alliance resumed in the capital.', ['Coastal Peoples Alliance']],
  ['The River Valley People’s Movement agreed to lay down its arms.', ['River Valley People’s Movement']],
  ['Delegates of the Delta Freedom Army and the Lowland Defence Forces (LDF) met.', ['Delta Freedom Army', 'Lowland Defence Forces']],
  // a state's organs, bodies named only by generic words, and known organisations' own organs
  ['The Pakistan Army and the Lebanese Armed Forces said they would cooperate.', []],
  ['The Security Council welcomed the truce and the Joint Border Commission will meet.', []],
  ['The UN Security Council and the African Union Commission endorsed the deal.', []],
  // a known group's name inside a longer one is part of it
  ['The Hill State National Democratic Alliance Army (HSNDAA) signed.', ['Hill State National Democratic Alliance Army']],
  ['The Foreign Ministry said the Border Peace Commission would meet.', []],
  // a former state, a place, a sentence's ordinary first word
  ['The Soviet Union collapsed and the West Bank stayed occupied.', []],
  ['Unlike the Hill Army, the others agreed. Unlike most, he stayed.', ['Hill Army']],
  ['The Pa-O Hill Liberation Organisation signed.', ['Pa-O Hill Liberation Organisation']],
  ['The Foreign Affairs Commission of the parliament met.', []],
  // civil and sports bodies
  ['The Hill Bar Association and the Coastal Premier League met.', []],
  // a heading written in title case, and a company
  ['Peace Deal Signed With Mountain Rebel Alliance\nThe two sides met on Monday.', []],
  ['Harbour Commerce Bank Ltd agreed to buy a rival lender.', []],
  // a possessive before the name that is not part of it
  ['Prime Minister Tesfaye’s Prosperity Party won the vote.', ['Prosperity Party']],
  // an acronym in brackets that does not fit the name's initials is not its acronym
  ['The Delta Freedom Army (XYZ) met.', ['Delta Freedom Army']],
];

/** [text, the acronym the text gives the name] — run by src/core/find-named-orgs.test.ts. */
export const ORG_ACRONYM_EXAMPLES: ReadonlyArray<readonly [string, string | null]> = [
  ['the Hill Country National Liberation Front (HCNLF)', 'HCNLF'],
  ['the Lowland Defence Forces (LDF)', 'LDF'],
  ['the Hill People’s Liberation Front (HPLF)', 'HPLF'],
  ['the Delta Freedom Army (XYZ)', null],
  ['the Delta Freedom Army (2019)', null],
];
