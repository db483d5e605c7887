// Wordings that show a named state, organisation or group in a side's role, or in a bystander's, around
// its mention. Data only: src/core/find-parties.ts reads them. Each rule carries should / should-not
// strings of our own, run by src/core/party-roles.test.ts: `before` rules see the text just before a
// mention (up to it), `after` rules the text just after it.

export interface PartyRoleRule {
  name: string;
  /** One line: what in the language this describes. */
  comment: string;
  /** Lower-case literals of which every match holds one: a text without any skips the rule. */
  needs: readonly string[];
  re: RegExp;
  /**
   * For a rule on the text before a mention: the words one of which always stands last before it (past
   * "the", "a", "an"), a cheap exact gate. A test checks every `should` string against it.
   */
  lastWords?: readonly string[];
  should: readonly string[];
  shouldNot: readonly string[];
}

/** The people who act for a side, named before it: "representatives of", "the leaders of". */
const ACTORS_OF = String.raw`(?:(?:the\s+)?(?:(?:military|political|government|senior|top|official)\s+)?(?:representatives|delegates|delegations|envoys|leaders|officials|ministers|foreign\s+ministers|heads\s+of\s+state|presidents|governments|government|authorities|negotiators)\s+(?:of|from)\s+)`;

/**
 * Before the mention: it signs, or an instrument is signed by or with it, through the people who act for
 * it ("signed by representatives of Iran", "a deal with the leaders of Chad").
 */
export const SIGNED_BY_ACTORS: PartyRoleRule = {
  name: 'signed-by-actors',
  comment: 'signed by (or a deal with) the representatives, leaders or delegations of the side',
  needs: ['by', 'with'],
  lastWords: ['of', 'from'],
  re: new RegExp(
    String.raw`\b(?:signed|initialled|initialed|concluded|agreement|agreements|deal|pact|accord|truce|ceasefire|treaty|convention|declaration|memorandum|understanding)\s+(?:\([A-Z]{2,6}\)\s+)?(?:(?:was|were)\s+)?(?:by|with)\s+(?:the\s+)?${ACTORS_OF}(?:the\s+)?$`,
    'i',
  ),
  should: [
    'The document, signed by representatives of ',
    'The convention was signed by the leaders of the ',
    'a truce with delegates from ',
    'signed a Memorandum of Understanding (MoU) with the Government of the ',
  ],
  shouldNot: [
    'The petition was drafted by representatives of ',
    'talks with representatives of ',
    'signed by ',
    'a meeting with the government of ',
  ],
};

/**
 * Before the mention: "between" through the people who act for the sides, or a second side named by its
 * leader's possessive ("talks between military representatives of the GNA and Khalifa Haftar's LNA").
 */
export const BETWEEN_ACTORS: PartyRoleRule = {
  name: 'between-actors',
  comment: 'a side of "between X and Y" named through its representatives, or through its leader',
  needs: ['between'],
  re: new RegExp(
    String.raw`\bbetween\s+(?:the\s+)?(?:${ACTORS_OF}(?:the\s+)?$|[^,;.]{1,100}?\s+and\s+(?:the\s+)?(?:${ACTORS_OF}(?:the\s+)?|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*['’]s\s+(?:the\s+)?)$)`,
    'u',
  ),
  should: [
    'talks between military representatives of the ',
    'talks between military representatives of the Government of National Accord (GNA) of Fayez al-Sarraj and Khalifa Haftar’s ',
    'a deal between Chile and the delegates of ',
  ],
  shouldNot: ['talks between ', 'between Chile and ', 'the border between the two, and Peru’s '],
};

/** Before the mention: an agreement verb and "with", up to a few words apart ("agreed with", "reached a deal with"). */
export const AGREED_WITH: PartyRoleRule = {
  name: 'agreed-with',
  comment: 'the other side of an agreement verb: "agreed with", "reached a deal with", "signed a treaty with"',
  needs: ['with'],
  lastWords: ['with'],
  re: /(?<!\b(?:to|will|would|could|may|might|must|should|not|never)\s)\b(?:agreed|reached|struck|sealed|concluded|clinched|inked|signed)\s+(?:(?:[\p{L}\d-]+\s+){0,4}?(?:agreement|deal|accord|pact|truce|ceasefire|cease-fire|treaty|understanding|arrangement|compromise|swap|exchange)\s+)?with\s+(?:the\s+)?$/iu,
  should: [
    'Chile agreed with ',
    'Ghana reached a new customs deal with the ',
    'The government struck a truce with ',
    'It inked a pact with ',
    'The ministers signed a treaty with ',
  ],
  shouldNot: [
    'She will agree with ',
    'The minister met with ',
    'Chile agreed to talk with ',
    'talks with ',
    'It refused to sign a treaty with ',
  ],
};

/**
 * After the mention (and any names coordinated with it): it takes part in or joins the deal, or is a
 * party or signatory to it.
 */
export const PARTICIPATES: PartyRoleRule = {
  name: 'participates',
  comment: 'took part in / joined the deal, or is a party or signatory to it',
  needs: ['part', 'join', 'signator'],
  re: /^(?:['’]s)?\s+(?:(?:have|has|had|also|all|both|each|too|then|later|now|formally|on\s+\w+day)\s+)*(?:(?:took|take|takes|taking)\s+part\s+in|joined|join|joins|signed\s+on\s+to|(?:are|were|is|was|became|become|becomes)\s+(?:also\s+)?(?:a\s+|the\s+)?(?:part(?:y|ies)|signator(?:y|ies))\s+to)\s+(?:the|this|that|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:deal|agreement|accord|pact|swap|exchange|treaty|convention|ceasefire|cease-fire|truce|arrangement|initiative|declaration|memorandum|protocol)\b/iu,
  should: [
    ' also took part in the deal alongside the',
    ' joined the accord on Monday',
    ' is a party to the convention',
    ' were signatories to the declaration',
  ],
  shouldNot: [' took part in the talks', ' joined the protest', ' is a party to the conflict', ' will take part in the summit'],
};

/**
 * Before the mention: it is one of the onlookers, witnesses or guarantors ("observers … among them
 * representatives from China", "witnessed by", "in the presence of", "guarantors Egypt and Qatar").
 */
export const BYSTANDER_BEFORE: PartyRoleRule = {
  name: 'bystander-before',
  comment: 'observers, witnesses and guarantors named as such before them (a side’s own leader may attend or witness its signing)',
  needs: ['witness', 'observer', 'presence', 'guarantor'],
  re: /\b(?:(?:witnesses\s+(?:from|of|included|including|were)|observers?\b[^.;:]{0,60}?\b(?:from|of|included|including|among\s+them|such\s+as))\s+(?:[^.;:]{0,40}?\b(?:from|of)\s+)?|guarantors?\s+(?:(?:were|are|included|including|such\s+as)\s+)?)(?:the\s+)?$/i,
  should: [
    'Local observers witnessed the signing, among them representatives from ',
    'Witnesses included envoys from the ',
    'with guarantors ',
    'The guarantors were ',
  ],
  shouldNot: [
    'The accord was signed by ',
    'The accord was signed in the presence of ',
    'The signing was witnessed by ',
    'The two sides agreed, said ',
    'Witnesses said the army shelled ',
    'He stands as guarantor of the ',
  ],
};

/** After the mention: an outlet's name, not an actor ("Kuwait Times", "Iran's state television", "Saudi Press Agency"). */
export const OUTLET_AFTER: PartyRoleRule = {
  name: 'outlet-after',
  comment: 'the mention is part of a news outlet or its state media, not an actor',
  needs: [
    'times',
    'news',
    'today',
    'post',
    'herald',
    'tribune',
    'press',
    'agency',
    'media',
    'television',
    'tv',
    'radio',
    'daily',
    'gazette',
    'observer',
    'broadcast',
  ],
  re: /^(?:['’]s)?\s+(?:(?:official|state|state-run|state-owned|semi-official|national|public)\s+)*(?:Times|News|Today|Post|Herald|Tribune|Daily|Gazette|Observer|Press\s+Agency|News\s+Agency|news\s+agency|press\s+agency|media|television|TV|radio|broadcaster|Broadcasting)\b/u,
  should: [' Times reported', "'s state television said", ' Press Agency said', "'s official news agency", ' state media reported'],
  shouldNot: [' agreed to reopen', "'s foreign minister", ' and Qatar signed', ' times out'],
};

/**
 * After a hyphen compound ("Russian-Syrian assault", "Iran-Iraq war"): a head noun of hostility, which
 * makes the pair enemies or allies in a fight, not sides of this agreement.
 */
export const HOSTILE_HEAD: PartyRoleRule = {
  name: 'hostile-head',
  comment: 'the compound (or the noun before "between X and Y") names a fight, an offensive or a rivalry rather than a pact or talks',
  needs: [
    'assault',
    'attack',
    'offensive',
    'war',
    'conflict',
    'clash',
    'fight',
    'strike',
    'bomb',
    'hostilit',
    'rivalry',
    'tension',
    'operation',
    'campaign',
    'forces',
    'troops',
    'coalition',
    'raid',
    'invasion',
    'shelling',
  ],
  re: /^\s+(?:(?:\p{L}+|\d+)\s+){0,2}?(?:assaults?|attacks?|offensives?|wars?|conflicts?|clash(?:es)?|fighting|strikes?|airstrikes?|air\s+strikes?|bombings?|bombardment|hostilities|rivalry|tensions?|operations?|campaigns?|forces|troops|coalition|raids?|invasion|shelling)\b/iu,
  should: [' assault, which', ' war of the 1980s', ' border clashes', ' military operation in'],
  shouldNot: [' agreement on', ' border committee', ' talks in Doha', ' peace deal'],
};

/** After a demonym, a possessive or an organisation's name: the people who act for the side ("Iranian officials agreed", "NATO allies agreed"). */
export const DEMONYM_ACTORS = [
  'officials',
  'official',
  'negotiators',
  'negotiator',
  'delegation',
  'delegations',
  'delegates',
  'government',
  'leaders',
  'leader',
  'ministers',
  'authorities',
  'side',
  'diplomats',
  'envoys',
  'envoy',
  'military',
  'army',
  'president',
  'counterparts',
  'counterpart',
  'minister',
  'representatives',
  'representative',
  'commanders',
  'chiefs',
  'members',
  'allies',
  'states',
  'countries',
] as const;

/** Words that may stand between a side and the people who act for it: "Iran's top diplomat", "the Pakistani foreign minister". */
export const ACTOR_MODIFIERS = [
  'top',
  'chief',
  'foreign',
  'prime',
  'defence',
  'defense',
  'interior',
  'army',
  'military',
  'national',
  'security',
  'deputy',
  'senior',
  'peace',
  'trade',
  'member',
  'transitional',
  'federal',
  'interim',
] as const;

/** Present-tense agreement verbs of a headline ("Iran, Saudi Arabia agree to restore ties"). */
export const HEADLINE_VERBS = [
  'agree',
  'agrees',
  'agreed',
  'sign',
  'signs',
  'signed',
  'ink',
  'inks',
  'inked',
  'seal',
  'seals',
  'sealed',
  'strike',
  'strikes',
  'struck',
  'reach',
  'reaches',
  'reached',
  'clinch',
  'clinches',
  'conclude',
  'concludes',
  'concluded',
  'initial',
  'initials',
  'pledge',
  'pledges',
  'commit',
  'commits',
  'restore',
  'restores',
  'resume',
  'resumes',
  'normalise',
  'normalize',
  'normalises',
  'normalizes',
] as const;

/**
 * After the mention (its possessive, a title and a name, or a relative "which"/"who"): the third side's own
 * act of mediating, hosting or brokering ("Qatar, which mediated the talks", "Turkey, which helped broker
 * the deal", "Turkish President Recep Tayyip Erdogan said after hosting talks").
 */
export const MEDIATES_AFTER: PartyRoleRule = {
  name: 'mediates-after',
  comment: 'the mention, or its official, mediated, hosted, brokered or facilitated the talks or the deal',
  needs: [
    'mediat',
    'host',
    'broker',
    'facilitat',
    'sponsor',
    'guarant',
    'chair',
    'convene',
    'negotiat',
    'secur',
    'seal',
    'clinch',
    'forge',
    'go-between',
    'intermediary',
    'helped',
  ],
  re: /^(?:['’]s)?(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|of|al|bin|the|and|foreign|prime|defence|defense|minister|president|ministry|government|officials?|mediators?|envoy|king|emir|crown|prince|sheikh|leader|secretary|state|top|diplomat)){0,8}?,?\s+(?:(?:who|which|that)\s+)?(?:(?:had|has|have|also|jointly|helped|help|to|had\s+helped|successfully|said\s+after|after|while|had\s+been|has\s+been|have\s+been|been|was|were|is|are|long|repeatedly|previously|often|recently|quietly)\s+)*(?:mediated|mediating|brokered|brokering|broker|mediate|hosted|hosting|facilitated|facilitating|sponsored|co-sponsored|guaranteed|guaranteeing|chaired|co-chaired|convened|led\s+(?:the\s+)?mediation|leading\s+(?:the\s+)?mediation|help(?:ed|s)?\s+(?:to\s+)?(?:negotiate|secure|seal|clinch|forge)|play(?:ed|s)?\s+(?:a\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,2}role\s+in\s+(?:mediating|brokering|facilitating|securing|negotiating|hosting)|stepped\s+in\s+to\s+(?:mediate|broker)|acted\s+as\s+(?:a\s+|the\s+)?(?:go-between|intermediary)|helped\s+\p{Lu}[\p{L}-]*\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:to\s+)?(?:reach|agree|strike|seal|sign))\b(?!\s+by\b)/u,
  should: [
    ', which mediated the talks with Egypt',
    ', which helped broker the agreement along with',
    ' President Recep Tayyip Erdogan said after hosting talks in Ankara',
    "'s foreign minister, who hosted the talks",
    ' also mediated the talks',
    "'s prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, who led the mediation effort, said",
    ', which has been mediating between the two sides, said',
    ', which has long mediated between the factions',
    ' helped negotiate',
    ' played a key role in mediating the truce',
    ' stepped in to mediate',
    ', which has long acted as a go-between, helped',
    ' helped Iran and the United States reach the deal',
  ],
  shouldNot: [
    ' and Iran agreed to reopen',
    ' signed the deal hosted by Oman',
    "'s president said the deal would hold",
    ' agreed to the deal',
    "'s foreign minister, who led the talks, signed",
    // a passive participle after the sides names the one who mediated, not them
    ' and Hamas, mediated by Egypt, took effect',
    ' negotiated the deal with Iran',
    ' played a key role in the talks',
  ],
};

/**
 * Before the mention: the third side's part named by a noun or a participle with its agent ("after
 * mediation by", "talks hosted in Doha by", "with the support of", "thanks to the efforts of").
 */
export const THIRD_BEFORE: PartyRoleRule = {
  name: 'third-before',
  comment: 'the mention is the agent of mediation, hosting, facilitation or support named before it',
  needs: [
    'mediation',
    'facilitation',
    'offices',
    'hosted',
    'mediated',
    'brokered',
    'facilitated',
    'sponsored',
    'convened',
    'support',
    'assistance',
    'backing',
    'efforts',
    'mediators',
    'guarantors',
    'facilitators',
  ],
  lastWords: ['by', 'from', 'of', 'mediators', 'guarantors', 'facilitators'],
  re: /\b(?:(?:mediation|facilitation|good\s+offices)\s+(?:by|from|of)|(?:co-)?(?:mediators|guarantors|facilitators)(?:\s+from)?|(?:hosted|mediated|brokered|facilitated|sponsored|convened)\s+(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}by|with\s+the\s+(?:help|support|assistance|backing)\s+of|(?:thanks\s+to|through)\s+(?:the\s+)?(?:mediation|efforts|good\s+offices)\s+of)\s+(?:the\s+)?$/iu,
  should: [
    'Israel and Hamas agreed to a ceasefire after mediation by ',
    'agreed to a ceasefire in talks hosted in Doha by ',
    'The deal was reached with the support of the ',
    'The truce came thanks to the efforts of ',
    'after months of facilitation by ',
    'Mediators ',
    'Mediators from ',
  ],
  shouldNot: [
    'Israel and Hamas agreed to a ceasefire with ',
    'talks hosted in Doha with ',
    'The deal was signed by ',
    'support for ',
    'the mediators met ',
  ],
};

/**
 * After the mention and the names coordinated with it: an appositive that names their role ("Qatar and
 * Egypt, the mediators, said", "Norway, the host, welcomed").
 */
export const THIRD_APPOSITIVE: PartyRoleRule = {
  name: 'third-appositive',
  comment: 'an appositive after the mention (or its list) calls it the mediator, guarantor, host or facilitator',
  needs: ['mediator', 'guarantor', 'host', 'facilitator', 'broker'],
  re: /^(?:['’]s(?:\s+[\p{Ll}-]+){1,3}|(?:\s*(?:,|and|&)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}){0,4}),\s+(?:the\s+|both\s+|its\s+|a\s+|an\s+)?(?:(?:two|three|four|main|key|chief|regional|longtime|long-time|traditional)\s+)?(?:co-)?(?:mediators?|guarantors?|hosts?|facilitators?|brokers?)\b/u,
  should: [
    ' and the United States, the mediators, said',
    ', the host, welcomed the accord',
    ', Egypt and Qatar, the three guarantors,',
    ', a key mediator, said',
    "'s president, the host of the talks, said",
  ],
  shouldNot: [' and the mediators said', ', the two sides, agreed', ', who met the mediators,'],
};

/**
 * After the mention (and names coordinated with it): named as the deal's third party by a role noun —
 * "Egyptian and American mediators", "with Cuba and Norway acting as guarantors", "Norway as mediator".
 */
export const THIRD_ROLE_AFTER: PartyRoleRule = {
  name: 'third-role-after',
  comment: 'the mention (or its list) is called mediator, guarantor, facilitator, observer or host, or will act as one',
  needs: ['mediator', 'guarantor', 'facilitator', 'observer', 'broker', 'host', 'witness', 'accompan'],
  re: /^(?:\s*(?:,|and|&)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}){0,4}(?:\s+(?:also\s+)?(?:(?:acting|serving|stood|stands|standing|acted|served)\s+)?as\s+(?:a\s+|the\s+)?(?:co-)?|\s+(?:co-)?)(?:mediators?|guarantors?|facilitators?|observers?|brokers?|hosts?|witnesses)\b|^(?:\s*(?:,|and|&)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*){0,4}\s+(?:also\s+)?accompanied\s+the\s+(?:talks|process|negotiations)\b|^(?:\s*(?:,|and|&)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*){0,4}\s+(?:also\s+)?(?:signed|joined|attended|initialled|initialed)\s+(?:[\p{Ll}-]+\s+){0,4}?as\s+(?:a\s+|the\s+)?(?:co-)?(?:guarantors?|mediators?|witnesses|observers?|facilitators?)\b|^(?:\s+(?:and|&)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?\s+(?:will|would|shall|is\s+to|are\s+to)\s+(?:also\s+)?(?:act|serve|stand)\s+as\s+(?:a\s+|the\s+)?(?:co-)?(?:mediators?|guarantors?|facilitators?|observers?|witnesses|hosts?)\b/u,
  should: [
    ' and American mediators said',
    ' and Norway acting as guarantors.',
    ' as mediator.',
    ' mediators said the truce would hold',
    ' and Mexico also accompanied the talks',
    ', Qatar and Turkey signed the plan as guarantors.',
    ' and Cuba will act as guarantors.',
    ' will serve as a mediator',
  ],
  shouldNot: [
    ' and Hamas agreed to a truce',
    ' signed the deal',
    "'s foreign minister said",
    ' and the mediator said',
    ' will act as one side',
    ', Venezuela and Cuba will act as guarantors',
  ],
};

/**
 * After the mention: it announces that two other named sides agreed ("Qatar announced on Wednesday that
 * Israel and Hamas had agreed") — the announcer of others' deal, as a mediator often is, not a side.
 */
export const ANNOUNCES_OTHERS: PartyRoleRule = {
  name: 'announces-others',
  comment: 'the mention said or announced that two other named sides agreed',
  needs: ['announc', 'said', 'confirm', 'declar'],
  re: /^(?:['’]s\s+(?:[\p{Ll}-]+\s+){0,3}?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}?)?\s*(?:announced|said|confirmed|declared)\s+(?:on\s+\w+\s+|late\s+\w+\s+|in\s+a\s+statement\s+)?(?:that\s+)?(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:and|&)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:had\s+|have\s+|has\s+)?(?:agreed|signed|reached|struck)\b/u,
  should: [
    ' announced on Wednesday that Israel and Hamas had agreed to a ceasefire',
    "'s foreign ministry said Armenia and Azerbaijan signed",
  ],
  shouldNot: [' said it had agreed with Iran', ' and Iran agreed', ' said the deal with Iran would hold'],
};

/**
 * Right after the mention (through a hyphen compound): the third side's part in the deal as a modifier —
 * "Qatari-Egyptian mediation", "a US-backed plan", "Saudi-hosted talks", "Egyptian mediators".
 */
export const THIRD_HEAD: PartyRoleRule = {
  name: 'third-head',
  comment: 'the mention modifies mediation, brokering, backing or hosting, not the agreement',
  needs: ['mediat', 'broker', 'backed', 'facilitat', 'sponsor', 'hosted', 'guarantee'],
  re: /^(?:['’]s)?(?:-|\s+)(?:(?:\p{Lu}[\p{L}.]*|and)(?:-|\s+)){0,3}?(?:-?led\s+)?(?:mediation|mediators?|mediated|brokered|brokering|backed|facilitated|facilitation|sponsored|hosted|guaranteed)\b/u,
  should: ['-Egyptian mediation', ' mediation, the truce', '-backed plan', '-hosted talks', ' and Turkish mediators', '-led mediation'],
  shouldNot: [' and Hamas agreed', '-Hamas ceasefire', "'s foreign minister said", ' signed the deal'],
};

/**
 * After the mention: its own factions are the sides ("Libya's two warring camps", "Yemen's rival
 * governments"): the state is where the conflict is, not one of its sides.
 */
export const ARENA_AFTER: PartyRoleRule = {
  name: 'arena-after',
  comment: 'the possessive names the country whose rival camps, factions or governments agreed',
  needs: ['camps', 'factions', 'parties', 'sides', 'groups', 'governments', 'administrations', 'rivals'],
  re: /^['’]s\s+(?:(?:two|three|main|rival|warring|opposing|feuding|competing|political|armed|many)\s+)+(?:camps|factions|parties|sides|groups|governments|administrations|rivals)\b/u,
  should: ["'s two warring camps put their names", "'s rival governments agreed", '’s warring parties signed'],
  shouldNot: ["'s government and the rebels", "'s foreign minister", ' and its rivals', "'s parties"],
};

/**
 * Between two names of one list: a coordinator that adds the second to the first's company ("the UK,
 * along with the EU", "Chad as well as Niger", "Mali together with Niger"), so both share its role.
 */
export const LIST_ALONG_WITH: PartyRoleRule = {
  name: 'list-along-with',
  comment: 'the text between two names adds the second to the first: along with, as well as, together with',
  needs: ['along', 'well', 'together'],
  re: /^(?:['’]s)?\s*,?\s*(?:along\s+with|as\s+well\s+as|together\s+with)\s+(?:the\s+)?$/u,
  should: [', along with the ', ' as well as ', ', together with ', ' along with '],
  shouldNot: [' met with ', ', who spoke with the ', ' along with its envoy to ', ' as well as the talks with '],
};

/**
 * Right after the last name of a list of three or more: the agreement verb the list is the subject of,
 * past a closing dash or bracket ("Leaders of the seven states — A (…), B, … and G — signed a
 * declaration"): every name of the list is a side.
 */
export const LIST_SUBJECT_VERB: PartyRoleRule = {
  name: 'list-subject-verb',
  comment: 'after a list: a closing dash or bracket at most, a few adverbs, then an agreement verb in the past',
  needs: ['signed', 'agreed', 'adopted', 'endorsed', 'approved', 'pledged', 'committed', 'initialled', 'initialed', 'ratified'],
  re: /^\s*[—–)]?\s*,?\s*(?:(?:have|has|had|also|jointly|formally|all|on\s+\w+day)\s+){0,3}(?:signed|agreed|adopted|endorsed|approved|pledged|committed|initial(?:l)?ed|ratified)\b/u,
  should: [
    ' — signed a declaration on Monday',
    ' have signed the charter',
    ' on Monday agreed to share data',
    ') jointly adopted the text',
  ],
  shouldNot: [
    ' will sign the charter next week',
    ', which signed it in 1990, said',
    ' — said they had not signed',
    ' are expected to sign',
  ],
};

/**
 * Right before the first name of a list of three or more: the list says who the members or signatories
 * are ("The seven members are A, B, … and G", "Its signatories include: A, B and C").
 */
/**
 * Before the first name of a list: the people who act for its names, or the agent of a signing ("the
 * leaders of", "ministers from", "adopted by"). Where no wording sees any name as a side, a list of three
 * or more so named in a clause that tells the agreement is its signatories.
 */
export const LIST_ACTORS_BEFORE: PartyRoleRule = {
  name: 'list-actors-before',
  comment: 'the people, meeting or instrument of the list, or "signed / adopted / endorsed by", right before its first name',
  needs: ['of', 'from', 'by'],
  lastWords: ['of', 'from', 'by'],
  re: new RegExp(
    String.raw`(?:${ACTORS_OF}|\b(?:signed|adopted|endorsed|approved|initialled|initialed|agreed)\s+(?:on\s+)?by\s+|\b(?:summit|meeting|declaration|statement|communiqu[eé]|agreement|pact|accord|charter|heads\s+of\s+(?:state|government))\s+of\s+)(?:the\s+)?$`,
    'iu',
  ),
  should: [
    'The leaders of ',
    'Foreign ministers from ',
    'The declaration was adopted by ',
    'The text, endorsed by the ',
    'The joint declaration of ',
    'The summit of ',
  ],
  shouldNot: ['imports of oil from ', 'The deal was welcomed by ', 'talks with ', 'the borders of '],
};

export const LIST_MEMBERS_BEFORE: PartyRoleRule = {
  name: 'list-members-before',
  comment: 'a number at most, then members / member states / signatories / signing countries, then are / were / include(d)',
  needs: ['member', 'signator', 'signing'],
  re: /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)?\s*(?:members|member\s+states|member\s+countries|signatories|signing\s+(?:countries|states|parties))\s+(?:are|were|include|included)\s*:?\s*(?:the\s+)?$/iu,
  should: ['The seven members are ', 'Its signatories include: ', 'The 11 signing countries were the '],
  shouldNot: ['The members said ', 'Seven members voted against ', 'The members are expected to '],
};

/**
 * Right after a name of a list: an aside set off by dashes or brackets ("China — notable given the
 * export controls — along with the EU"), after which the list goes on; the names inside it are not the list's.
 */
export const LIST_ASIDE: PartyRoleRule = {
  name: 'list-aside',
  comment: 'an aside between dashes or in brackets right after a name, within the sentence',
  needs: ['—', '–', '('],
  re: /^\s*(?:[—–][^—–.;!?]{1,160}[—–]|\([^().;!?]{1,160}\))/u,
  should: [
    ' — notable given the export controls between Washington and Beijing — along with',
    ' (a founding member), and',
    '– which hosted the talks – and',
  ],
  shouldNot: [' and the EU', ', along with', ' — who signed it. Then', ' (a founding member. And'],
};

/**
 * After a state's mention (its name, possessive or demonym): its government as an actor ("Sudan's
 * transitional government", "the Myanmar government", "Colombian authorities"). A state whose own groups
 * are the sides is still one of them when its government acts.
 */
export const GOVERNMENT_AFTER: PartyRoleRule = {
  name: 'government-after',
  comment: 'the state’s government, authorities or administration named through it',
  needs: ['government', 'authorities', 'administration', 'junta', 'regime'],
  re: /^(?:['’]s)?\s+(?:(?:transitional|federal|interim|national|central|military|civilian|new|elected|unity|current|ruling)\s+)?(?:government|authorities|administration|junta|regime)\b(?!-)/u,
  should: ["'s transitional government and the rebels", ' government concluded a pact', '’s federal government', ' authorities said'],
  shouldNot: [' National Army', "'s government-in-exile", ' governments', "'s rival camps"],
};

/** Before a state's mention: "the government of", "the transitional government of the". */
export const GOVERNMENT_OF: PartyRoleRule = {
  name: 'government-of',
  comment: 'the state’s government named before it: "the government of Sudan"',
  needs: ['government', 'authorities', 'administration'],
  lastWords: ['of', 'in'],
  re: /\b(?:government|authorities|administration)\s+(?:of|in)\s+(?:the\s+)?$/iu,
  should: ['For the transitional government of ', 'the government in ', 'the authorities of the '],
  shouldNot: ['talks with the government and ', 'governments of ', 'the government said '],
};

/**
 * Anywhere in a sentence: a month and year after "in" dates a background event ("concluded a bilateral
 * arrangement in November 2017"), as "in 2017" does; the event itself is dated by its day or weekday.
 */
export const BACKGROUND_MONTH: PartyRoleRule = {
  name: 'background-month',
  comment: 'the sentence tells of an earlier month: "in November 2017"',
  needs: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  re: /\b(?:in|since|by)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\b/u,
  should: ['Myanmar and Bangladesh concluded an arrangement in November 2017, which', 'since August 2017', 'in late March 2019'],
  shouldNot: ['signed on 6 November 2017', 'on Monday in Geneva', 'in May'],
};

/**
 * Before a person's name (and the title before it): the person signs, alone or as the second of two
 * signers ("signed by Egyptian Prime Minister …", "signed by X and EU Commission President …").
 */
export const PERSON_SIGNED_BY: PartyRoleRule = {
  name: 'person-signed-by',
  comment: 'the instrument was signed by the person named next, or by another and them',
  needs: ['signed', 'initial', 'inked'],
  re: /\b(?:signed|initialled|initialed|inked)\s+(?:\S+\s+){0,3}?by\s+(?:[^.;]{0,100}?\s+and\s+)?(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|for)\s+){0,7}$/u,
  should: [
    'The memorandum was signed by Egyptian Prime Minister ',
    'The memorandum was signed by Egyptian Prime Minister Mostafa Madbouly and EU Commission President ',
    'It was signed on Monday by ',
  ],
  shouldNot: ['The memorandum was signed by Egypt, said Foreign Minister ', 'He signed the deal. Foreign Minister ', 'He was greeted by '],
};

/** Between two people's mentions: the second (with its title) coordinated with the first ("Aliyev and Armenian Prime Minister "). */
export const PERSON_AND_PERSON: PartyRoleRule = {
  name: 'person-and-person',
  comment: 'two people coordinated (the first past its own "of <side>"), the second with its title: they share the verb that follows',
  needs: ['and', ','],
  re: /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:(?:his|her|their|its)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)?counterparts?\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|for)\s+){0,7}$/u,
  should: [
    ' and Armenian Prime Minister ',
    ', and Foreign Minister ',
    ' and ',
    ' and his Iranian counterpart ',
    ' and her counterpart Foreign Minister ',
    // "A of Serbia, B of North Macedonia and C of Albania signed"
    ' of Serbia, ',
    ' of North Macedonia and ',
  ],
  shouldNot: [
    ' said that Armenian Prime Minister ',
    ' met Foreign Minister ',
    ', who met ',
    ' and his wife ',
    ' met his Iranian counterpart ',
    ' of Serbia said that ',
    ' of the talks and ',
  ],
};

/** Before a mention: it is the target of the deal's action, not a side ("prevent al-Qaeda from", "to combat ISIS"). */
export const TARGET_BEFORE: PartyRoleRule = {
  name: 'target-before',
  comment: 'the mention is what the sides act against: prevent, stop, bar, combat, counter, fight',
  needs: ['prevent', 'stop', 'bar', 'combat', 'counter', 'fight', 'disarm', 'defeat'],
  lastWords: [
    'prevent',
    'prevents',
    'preventing',
    'stop',
    'stops',
    'stopping',
    'bar',
    'bars',
    'barring',
    'combat',
    'combats',
    'combating',
    'combatting',
    'counter',
    'counters',
    'countering',
    'fight',
    'fights',
    'disarm',
    'disarming',
    'defeat',
    'defeating',
  ],
  re: /\b(?:prevent|prevents|preventing|stop|stops|stopping|bar|bars|barring|combat|combats|combating|combatting|counter|counters|countering|fight|fights|disarm|disarming|defeat|defeating)\s+(?:the\s+)?$/iu,
  should: ['the Taliban commit to prevent ', 'agreed to jointly combat ', 'a coalition to fight the '],
  shouldNot: ['the fighting between ', 'agreed with ', 'a stop in '],
};

/**
 * Between two names of one list: a coordinator, then a word that describes the second side ("the SAF and
 * the paramilitary RSF", "Iran and neighbouring Pakistan").
 */
export const LIST_MODIFIED: PartyRoleRule = {
  name: 'list-modified',
  comment: 'a coordinator and a describing word before the next name of the list',
  needs: ['and', ','],
  re: /^(?:['’]s)?\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:paramilitary|rebel|armed|militant|islamist|separatist|neighbouring|neighboring|rival|fellow|allied|opposition|insurgent|jihadist|regional)\s+$/iu,
  should: [' and the paramilitary ', ', and neighbouring ', ' and rebel '],
  shouldNot: [' and the ', ' and in ', ' against the paramilitary '],
};

/**
 * After the mention (and names coordinated with it): more ways of being the agreement's subject than the
 * plain verb — an aside between commas before it ("Chile and Peru, two old rivals, agreed"), "said they
 * had agreed", "announced an agreement", "issued a joint statement", "formalised the accord", and a
 * neighbour named through the first ("Chile and its neighbour Peru agreed").
 */
export const SUBJECT_AFTER: PartyRoleRule = {
  name: 'subject-after',
  comment: 'the mention (with its list) is the subject of an agreement verb, past an aside or through a reporting frame',
  needs: [
    'agreed',
    'signed',
    'reached',
    'struck',
    'sealed',
    'announced',
    'issued',
    'unveiled',
    'approved',
    'formali',
    'adopted',
    'ratified',
    'endorsed',
    'said',
  ],
  re: /^(?:['’]s)?(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:(?:its|their)\s+\p{Ll}+\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}){0,4}(?:,[^,.;:"“”]{3,60},)?\s+(?:(?:have|has|had|also|both|jointly|formally|finally|on\s+\w+day)\s+)*(?:said\s+(?:they|it)\s+(?:had\s+|have\s+)?(?:agreed|signed|reached|struck)|announced\s+(?:an?\s+|the\s+)?(?:\p{Ll}+\s+)?(?:agreement|deal|accord|truce|ceasefire|pact|treaty)|issued\s+a\s+joint\s+(?:statement|declaration|communiqu)|(?:unveiled|approved|formali[sz]ed|adopted|ratified|endorsed)\s+(?:an?\s+|the\s+)?(?:\p{Ll}+\s+){0,2}?(?:agreement|deal|accord|truce|ceasefire|pact|treaty|plan|roadmap|road\s+map|declaration|memorandum|charter|framework)|agreed|signed|reached|struck|sealed)\b/u,
  should: [
    ', two long-time rivals, agreed to reopen the border',
    ' said they had agreed to reopen the border',
    ' announced an agreement to reopen',
    ' and Peru issued a joint statement on',
    ' and its neighbour Peru agreed to',
    ' formalised the accord on Tuesday',
    ' and Peru, after months of talks, signed the accord',
  ],
  shouldNot: [
    ' said the talks had failed',
    ' announced new sanctions',
    ', which mediated, said the deal would hold',
    ' approved its budget',
    ' rejected the deal',
    ', “we agreed nothing”, said',
  ],
};

/**
 * Right before an organisation's name: a count ("the two NATO allies", "the 27 EU members", "fellow ASEAN
 * states"); with ORG_MEMBERS_AFTER after it, the name only qualifies the member states the text counts.
 */
export const ORG_COUNT_BEFORE: PartyRoleRule = {
  name: 'org-count-before',
  comment: 'a count or "fellow" right before an organisation that qualifies its members',
  needs: [
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'both',
    'fellow',
    '0',
    '1',
    '2',
    '3',
    '4',
    '5',
    '6',
    '7',
    '8',
    '9',
  ],
  re: /\b(?:two|three|four|five|six|seven|eight|nine|ten|both|fellow|\d+)\s+$/i,
  should: ['The two ', 'the 27 ', 'Both ', 'its fellow '],
  shouldNot: ['the ', 'signed by ', 'two of the '],
};

/** Right after an organisation's name: the member states it qualifies ("NATO allies", "EU member states"). */
export const ORG_MEMBERS_AFTER: PartyRoleRule = {
  name: 'org-members-after',
  comment: 'the organisation qualifies a noun of its member states',
  needs: ['allies', 'members', 'states', 'countries', 'nations', 'partners', 'governments'],
  re: /^\s+(?:member\s+)?(?:allies|members|states|countries|nations|partners|governments)\b/,
  should: [' allies pledged to', ' member states agreed', ' countries signed'],
  shouldNot: [' and its allies', "'s members", ' agreed with member states'],
};

/**
 * After the mention, to the sentence's end: it is only the source that reports the sentence ("…, the
 * Qatari foreign ministry said on Sunday.", "…, Iran's government announced."). Where the clause before
 * tells an agreement, the source's mention is no evidence that it is a side.
 */
export const ATTRIBUTION_AFTER: PartyRoleRule = {
  name: 'attribution-after',
  comment: 'the mention (a ministry, government or spokesperson of it) closes the sentence as the one who said it',
  needs: ['said', 'says', 'announced', 'reported', 'confirmed', 'stated'],
  re: /^(?:['’]s)?\s+(?:(?:state|foreign|defence|defense|interior|information)\s+)?(?:(?:ministry|government|officials?|spokesman|spokeswoman|spokesperson|presidency|embassy|military|army|authorities)\s+)?(?:said|says|announced|reported|confirmed|stated)(?:\s+(?:on\s+\p{L}+|late\s+\p{L}+|in\s+a\s+statement|today|yesterday|on\s+\p{L}+\s+(?:evening|night|morning)))?\s*[.!]?\s*$/u,
  should: [' foreign ministry said on Sunday.', "'s government announced.", ' said in a statement.', ' officials said'],
  shouldNot: [' said it had agreed to reopen the border.', ' foreign ministry said the deal would hold.', ' and Peru agreed.'],
};

/**
 * In the sentence: "the two sides" (countries, delegations …) as the subject of an agreement verb. The
 * sides are then the ones the sentence names through their people ("Iran's foreign minister … held talks
 * with army chief General Asim Munir …, where the two sides agreed …").
 */
export const TWO_SIDES_AGREED: PartyRoleRule = {
  name: 'two-sides-agreed',
  comment: '"the two sides / both countries" as the subject of a past agreement verb',
  needs: ['two', 'both'],
  re: /\b(?:the\s+two|both)\s+(?:sides|countries|nations|governments|delegations|ministers|leaders|neighbours|neighbors)\s+(?:(?:have|had|also|then|finally|formally|jointly)\s+)*(?:agreed|signed|reached|struck|sealed|concluded|decided|pledged|committed|initialled|initialed)\b/i,
  should: [
    'where the two sides agreed to enhance coordination',
    'Both countries have signed the accord',
    'the two delegations also agreed to meet',
  ],
  shouldNot: ['the two sides will agree', 'the two sides failed to agree', 'both sides said talks went well'],
};

export const PARTY_ROLE_RULES: readonly PartyRoleRule[] = [
  THIRD_BEFORE,
  THIRD_APPOSITIVE,
  TWO_SIDES_AGREED,
  ORG_COUNT_BEFORE,
  ORG_MEMBERS_AFTER,
  ATTRIBUTION_AFTER,
  ARENA_AFTER,
  BETWEEN_ACTORS,
  THIRD_HEAD,
  ANNOUNCES_OTHERS,
  THIRD_ROLE_AFTER,
  MEDIATES_AFTER,
  SIGNED_BY_ACTORS,
  AGREED_WITH,
  PARTICIPATES,
  BYSTANDER_BEFORE,
  OUTLET_AFTER,
  HOSTILE_HEAD,
  LIST_ALONG_WITH,
  LIST_ASIDE,
  LIST_SUBJECT_VERB,
  LIST_MEMBERS_BEFORE,
  LIST_ACTORS_BEFORE,
  GOVERNMENT_AFTER,
  GOVERNMENT_OF,
  BACKGROUND_MONTH,
  PERSON_SIGNED_BY,
  PERSON_AND_PERSON,
  TARGET_BEFORE,
  LIST_MODIFIED,
  SUBJECT_AFTER,
];
