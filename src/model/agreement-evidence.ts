// What makes a page a report of two or more sides agreeing, and what makes it not. Data only: word lists
// and the sentence shapes built from them, each with should / should-not sentences of our own that
// src/model/agreement-evidence.test.ts runs. src/core/detect-agreement.ts weighs them.
//
// Evidence is per sentence: an instrument signed, a two-sided subject with an agreement verb, an
// agreement "between X and Y", an agreement reached. A sentence from another world (companies, unions,
// courts, clubs, shops, couples, films, recipes, software) never counts, however it is worded, and a page
// that mostly speaks of that world is quiet. One side's act, a proposal accepted by one side, talks that
// failed and talks still to come are not agreements.
import { NOTHING_AGREED, WITHOUT_AGREEMENT } from './cues';

/** Builds `\b(?:a|b|c)\b` from a word list (multi-word entries keep their spaces as `\s+`). */
const alt = (words: readonly string[]): string =>
  words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

/** Written instruments two sides sign or conclude. */
export const INSTRUMENTS = [
  'agreement',
  'agreements',
  'memorandum',
  'memoranda',
  'memorandums',
  'MoU',
  'MoUs',
  'MOU',
  'MOUs',
  'treaty',
  'treaties',
  'accord',
  'accords',
  'pact',
  'pacts',
  'protocol',
  'protocols',
  'declaration',
  'communiqué',
  'communique',
  'convention',
  'charter',
  'roadmap',
  'road map',
  'ceasefire',
  'cease-fire',
  'truce',
  'armistice',
  'joint statement',
  'deal',
  'deals',
  'arrangement',
  'arrangements',
  'understanding',
  'understandings',
  'framework',
  'documents',
  'letter of intent',
  'letters of intent',
  'contracts',
] as const;

/** Verbs of signing or concluding (past, or the present of a headline). */
export const SIGN_VERBS = [
  'signed',
  'sign',
  'signs',
  'inked',
  'inks',
  'initialled',
  'initialed',
  'concluded',
  'sealed',
  'seal',
  'struck',
  'clinched',
  'finalised',
  'finalized',
] as const;

/** Verbs by which sides agree (the subject decides whether it is two-sided). */
export const AGREE_VERBS = [
  'agreed',
  'agree',
  'agrees',
  'decided',
  'decide',
  'resolved',
  'pledged',
  'committed',
  'reached',
  'consented',
  'signed',
  'sign',
  'inked',
  'concluded',
  'struck',
  'sealed',
  'reaffirmed',
  'accepted',
  'endorsed',
  'adopted',
  'approved',
  'ratified',
  'finalised',
  'finalized',
  'initialled',
  'initialed',
] as const;

/** Words before a verb that put the act in the future or make it a wish: "set to sign", "will sign". */
const NOT_YET = String.raw`(?<!\b(?:to|will|would|shall|could|may|might|must|should|cannot|can|not|never|expected\s+to|set\s+to|due\s+to|plans?\s+to|hopes?\s+to|ready\s+to)\s)`;

/** Subjects that are two or more sides: "Egypt and Sudan", "both sides", "the three countries", "they". */
const SIDE_NOUNS = [
  'sides',
  'countries',
  'nations',
  'parties',
  'governments',
  'leaders',
  'ministers',
  'states',
  'delegations',
  'neighbours',
  'neighbors',
  'presidents',
  'capitals',
  'signatories',
  'members',
  'allies',
  'foes',
  'rivals',
  'militaries',
  'armies',
  'factions',
  'groups',
];
const NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:of\s+|al-|bin\s+)?\p{Lu}[\p{L}\p{M}.'’-]*){0,3}`;
// "X and Y": the last word of the first name, then the second name (a list "A, B and C" ends the same way)
const TWO_SIDED_SUBJECT = String.raw`(?:\b[Bb]oth\s+(?:${alt(SIDE_NOUNS)})|\b(?:[Tt]he|[Aa]ll|[Tt]heir)\s+(?:${alt(NUMBERS)}|\d+)\s+(?:${alt(SIDE_NOUNS)})|\b(?:(?:[Tt]he|[Aa]ll|[Tt]heir)\s+)?(?:${alt(NUMBERS)}|${alt(NUMBERS.map((n) => n[0]?.toUpperCase() + n.slice(1)))}|\d+)\s+(?:(?:\p{Lu}[\p{L}-]*|and)\s+){0,4}?(?:${alt(SIDE_NOUNS)})|\b[Tt]he\s+(?:sides|parties|signatories|warring\s+parties)|\b[Tt]hey|\p{Lu}[\p{L}\p{M}.'’-]*(?:['’]s)?,?\s+(?:and|&)\s+(?:the\s+)?${NAME})`;

/** Nouns of a two-sided outcome: "a prisoner swap between Russia and the United States". */
const OUTCOMES = [
  'agreement',
  'deal',
  'accord',
  'pact',
  'treaty',
  'truce',
  'ceasefire',
  'cease-fire',
  'understanding',
  'memorandum',
  'MoU',
  'swap',
  'exchange',
  'normalisation',
  'normalization',
  'rapprochement',
  'reconciliation',
  'armistice',
  'consensus',
];

export interface EvidenceRule {
  name: string;
  /** One line: what the shape says. */
  comment: string;
  re: RegExp;
  /** Lower-case literals of which every match holds one: a sentence without any skips the rule. */
  needs: readonly string[];
  should: string[];
  shouldNot: string[];
}

/** Sentence shapes that report an agreement between sides. */
export const EVIDENCE: EvidenceRule[] = [
  {
    name: 'instrument-signed',
    comment: 'a signing verb (not future, not wished) governing a written instrument within a few words',
    needs: ['sign', 'ink', 'initial', 'conclu', 'seal', 'struck', 'clinch', 'finali'],
    re: new RegExp(
      String.raw`${NOT_YET}\b(?:${alt(SIGN_VERBS)})\s+(?:[\p{L}\d$,.'’-]+\s+){0,7}?(?:${alt(INSTRUMENTS)})(?![\p{L}\d])`,
      'iu',
    ),
    should: [
      'The two governments signed a memorandum of understanding on fisheries.',
      'China and Pakistan sign 51 agreements and MOUs worth $46b.',
      'The ministers signed eight agreements in the fields of energy, transport and health.',
      'Signed in two groups, the 51 agreements were worth $46 billion.',
    ],
    shouldNot: [
      'The two leaders are expected to sign a trade agreement next week.',
      'Officials said they hope to sign the accord before the end of the year.',
      'The petition was signed by 20,000 residents.',
    ],
  },
  {
    name: 'instrument-signed-participle',
    comment: 'an instrument, then a signing participle set off by a comma: "The accord, signed in Geneva on Tuesday, commits …"',
    needs: ['signed', 'concluded', 'inked', 'initial', 'sealed'],
    re: new RegExp(
      String.raw`\b(?:[Tt]he|[Tt]his|[Aa]n?)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:${alt(INSTRUMENTS)})\s*,\s*(?:(?:which|that)\s+was\s+)?(?:signed|concluded|inked|initial(?:l)?ed|sealed)\s+(?:in|on|at|by|late|early|earlier|after)\b`,
      'u',
    ),
    should: [
      'The accord, signed in Geneva on Tuesday, commits Chile and Peru to reopen the border.',
      'The new border treaty, signed by both foreign ministers, takes effect in May.',
    ],
    shouldNot: ['The accord, expected to be signed in Geneva, would reopen the border.', 'The accord, he said, was signed under pressure.'],
  },
  {
    name: 'instrument-signed-by',
    comment:
      'the instrument as subject of a passive signing or concluding: "the accord was signed by X and Y", "concluded by the two countries"',
    needs: ['signed', 'concluded', 'inked', 'initial', 'agreed', 'reached', 'struck', 'sealed'],
    re: new RegExp(
      String.raw`\b(?:${alt(INSTRUMENTS)})(?![\p{L}\d])[^.;]{0,80}?\b(?:signed|concluded|inked|initialled|initialed|agreed|reached|struck|sealed)\s+(?:on\s+\w+day\s+)?(?:by|between|with)\s+(?:the\s+)?(?:${alt(NUMBERS)}|both|\p{Lu})`,
      'u',
    ),
    should: [
      'The accord was signed by Rwanda and the Democratic Republic of Congo.',
      'The 51 agreements and memorandums of understanding concluded by the two countries are worth $46 billion.',
      'A communiqué signed on Tuesday by the seven states set out the plan.',
    ],
    shouldNot: ['The agreement is expected to be signed later this month.', 'The treaty awaits ratification.'],
  },
  {
    name: 'two-sided-subject-agrees',
    comment: 'a subject of two or more sides, then (within a short stretch) an agreement verb not put in the future',
    needs: [
      'agree',
      'decid',
      'resolv',
      'pledg',
      'commit',
      'reach',
      'consent',
      'sign',
      'ink',
      'conclu',
      'struck',
      'seal',
      'reaffirm',
      'accept',
      'endors',
      'adopt',
      'approv',
      'ratif',
      'finali',
      'initial',
    ],
    re: new RegExp(
      String.raw`${TWO_SIDED_SUBJECT}(?:\s*[—–)])?(?:\s+["“]?(?:have|has|had|are|were|also|jointly|formally|finally|at\s+last|eventually|successfully|fully|now|on\s+\w+day|today|yesterday|earlier|later|on\s+\w+))*\s+["“]?${NOT_YET}(?:${alt(AGREE_VERBS)})\b(?!\s+to\s+(?:disagree|meet|hold\s+talks|continue\s+talks|talk))`,
      'u',
    ),
    should: [
      'Egypt and Sudan agreed on Tuesday to set up a joint committee on the Nile.',
      'Both sides agreed to reopen the crossing.',
      'The three countries signed a communiqué on border security.',
      'Ethiopia, Eritrea and Somalia have agreed to restore flights.',
      'Putin and Erdogan agreed to create a demilitarised buffer zone.',
      'Borrell said Kosovo and Serbia "are fully committed to respecting all the articles of the agreement".',
      'Chile and Peru have accepted a ceasefire deal that halts the fighting.',
      'Ghana and Togo have finalised the customs deal.',
      'Ghana and Togo have at last concluded the delimitation of their maritime boundary.',
      'The leaders of Vietnam and Laos endorsed a five-year roadmap for defence cooperation.',
      'The foreign ministers of Ghana and Togo approved the final text of the border protocol.',
      'Ministers of the four — Ghana, Togo, Benin and Niger — agreed to share intelligence.',
      'Seven Andean and Caribbean states signed a fisheries charter on Monday.',
      '11 Pacific countries have signed the trade pact.',
    ],
    shouldNot: [
      'Iran agreed to the proposal.',
      'The two leaders are expected to agree on a roadmap.',
      'India and Pakistan will hold talks next week.',
      'The two sides agreed to meet again next month.',
      'Chile and Peru will have accepted the terms by then.',
    ],
  },
  {
    name: 'agreed-by-sides',
    comment: 'the passive with a two-sided agent: "it was agreed by Ankara and Yerevan", "decided by both sides"',
    needs: ['by'],
    re: new RegExp(String.raw`\b(?:agreed|decided|signed|concluded)\s+(?:upon\s+)?by\s+(?:the\s+)?(?:${TWO_SIDED_SUBJECT})`, 'u'),
    should: [
      'It has been agreed by Ankara and Yerevan that the border will open.',
      'It was also agreed by the two countries that flights would resume.',
    ],
    shouldNot: ['The plan was drawn up by Egypt and Qatar.', 'The decision was taken by the cabinet.'],
  },
  {
    name: 'agreed-with',
    comment: 'one side agrees, signs or reaches a deal with another named side',
    needs: ['with'],
    re: new RegExp(
      String.raw`${NOT_YET}\b(?:agreed|signed|reached|struck|sealed|concluded|inked|extended|renewed)\s+(?:[\p{L}-]+\s+){0,5}?with\s+(?:the\s+)?(?:\p{Lu}|its\s+(?:neighbou?r|counterpart|rival|ally))`,
      'u',
    ),
    should: [
      'The United States signed a deal with the Taliban in Doha.',
      'Ghana reached a new customs arrangement with Togo.',
      'Chile agreed with Peru to reopen the crossing.',
      'Ukraine extended the grain deal with Russia.',
    ],
    shouldNot: ['Chile will sign a deal with Peru next week.', 'She agreed with her colleague.'],
  },
  {
    name: 'outcome-between',
    comment: 'an agreement-like outcome "between X and Y" (not "talks between", "fighting between")',
    needs: ['between'],
    re: new RegExp(
      // not an old or standing one described ("one of the oldest working agreements between …")
      String.raw`(?<!\b(?:oldest|older|old|existing|standing|long-standing|longest-standing|longest-running|decades-old|earlier|previous|former|prior|past)\s+(?:[\w-]+\s+)?)\b(?:${alt(OUTCOMES)})s?\s+(?:(?:reached|signed|struck|agreed|concluded)\s+)?between\s+(?:the\s+)?(?:\p{Lu}|two|both)`,
      'u',
    ),
    should: [
      'The UN chief welcomed the agreement between Japan and South Korea.',
      'It is the biggest swap between Russia and the United States since the Cold War.',
    ],
    shouldNot: [
      'Fighting between Israel and Hamas went on.',
      'Talks between Serbia and Kosovo resume next week.',
      'The move puts a spotlight on one of the oldest working agreements between New Delhi and Islamabad.',
      'The 1960 treaty is the longest-standing accord between the two neighbours.',
    ],
  },
  {
    name: 'agreement-reached',
    comment: 'an agreement or deal reached, struck or signed, told in the passive or perfect',
    needs: ['reached', 'struck', 'agreed', 'signed', 'sealed', 'concluded', 'arrived'],
    re: /(?<!\b(?:no|no\s+such|any\s+such)\s+)\b(?:agreement|deal|accord|truce|ceasefire|cease-fire|consensus|understanding)\s+(?:has|had|was|were|have)\s+(?:now\s+|finally\s+|also\s+)?(?:been\s+)?(?:reached|struck|agreed|signed|sealed|concluded|arrived\s+at)\b/i,
    should: ['"It is historic that such an agreement has been reached," he said.', 'A ceasefire was agreed late on Sunday.'],
    shouldNot: ['No agreement was reached.', 'An agreement could be reached next week.', 'Tehran said no such deal had been signed.'],
  },
  {
    name: 'reached-agreement',
    comment: 'some subject reached an agreement, a deal or a consensus',
    needs: ['reached', 'struck', 'clinched', 'sealed', 'hammered', 'arrived'],
    re: new RegExp(
      String.raw`${NOT_YET}\b(?:reached|struck|clinched|sealed|hammered\s+out|arrived\s+at)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:agreement|deal|accord|truce|ceasefire|cease-fire|consensus|understanding|arrangement|compromise)\b`,
      'iu',
    ),
    should: [
      'The delegations reached an agreement on prisoner exchanges.',
      'Negotiators struck a deal after three days.',
      'The two countries have arrived at an agreement on patrolling.',
    ],
    shouldNot: ['They hope to reach an agreement soon.', 'The sides failed to reach an agreement.'],
  },
  {
    name: 'instrument-signed-when',
    comment: 'an instrument told by its signing, with when or where: "under an agreement signed in Ankara on Monday"',
    needs: ['signed', 'concluded', 'inked', 'reached', 'struck', 'sealed'],
    re: /(?<!\b(?:to\s+be|be|being|would\s+be|will\s+be)\s)\b(?:agreement|agreements|deal|accord|pact|treaty|memorandum|MoU|MoUs|protocol|arrangement|declaration)\s+(?:\w+\s+)?(?:signed|concluded|inked|reached|struck|sealed)\s+(?:in|on|at|last|this|earlier|late|yesterday|today|during|after)\b/,
    should: [
      'Under an agreement signed in Ankara on Monday, Turkey will supply Somalia with naval vessels.',
      'The deal reached on Friday ends the dispute.',
    ],
    shouldNot: ['The agreement to be signed in Ankara next week is ready.', 'The agreement will be signed on Monday.'],
  },
  {
    name: 'joint-text-says',
    comment: 'a joint statement or announcement that tells what the sides will do or agreed',
    needs: ['joint'],
    re: /\bjoint\s+(?:statement|announcement|declaration|communiqu[ée]|press\s+release)\b[^.;]{0,160}?\b(?:would|will|agreed|decided|committed|pledged|are\s+to)\b/i,
    should: ['In a joint announcement on Thursday, Saudi Arabia and Iran said they would reopen embassies.'],
    shouldNot: ['A joint statement is expected on Friday.', 'The joint statement called on both sides to show restraint.'],
  },
  {
    name: 'two-sided-renewal',
    comment: 'a two-sided subject restored or normalised ties, or extended or renewed a truce or an instrument',
    needs: ['restor', 're-establish', 'reestablish', 'normali', 'extend', 'renew', 'prolong'],
    re: new RegExp(
      String.raw`${TWO_SIDED_SUBJECT}(?:\s+(?:have|has|had|on\s+\w+day|today|yesterday|also|formally|officially))*\s+${NOT_YET}(?:(?:restored|re-established|reestablished|normalised|normalized)\s+(?:[\p{L}-]+\s+){0,3}?(?:ties|relations)|(?:extended|renewed|prolonged)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|agreement|deal|pact|treaty|accord|arrangement|memorandum|initiative))\b`,
      'u',
    ),
    should: [
      'Israel and Hamas extended the truce by two days.',
      'Saudi Arabia and Iran have restored diplomatic relations.',
      'The two countries renewed their defence pact for ten years.',
    ],
    shouldNot: ['China and Russia extended their influence in the region.', 'Chile and Peru will restore ties next year.'],
  },
  {
    name: 'helped-two-sides-agree',
    comment:
      'a third side helped two sides reach, sign or strike a deal: the two sides agreed ("Oman helped Iran and the United States reach the deal")',
    needs: ['helped', 'enabled', 'brought'],
    re: new RegExp(
      String.raw`\b(?:helped|enabled|brought)\s+${TWO_SIDED_SUBJECT}\s+(?:to\s+)?(?:reach|strike|seal|sign|conclude|clinch|agree\s+(?:on|to))\b`,
      'u',
    ),
    should: [
      'Oman, which has long acted as a go-between, helped Iran and the United States reach the deal.',
      'Qatar helped Israel and Hamas agree on a truce.',
    ],
    shouldNot: ['Oman helped Iran and the United States resume talks.', 'The rain helped farmers and traders reach the market.'],
  },
  {
    name: 'two-sided-exchange',
    comment: 'a two-sided subject exchanged or swapped prisoners, detainees, captives or bodies (an agreement carried out)',
    needs: ['exchange', 'swap', 'traded'],
    re: new RegExp(
      // the verb in any tense (a headline's present: "Belgium and Iran swap prisoners"), or the exchange
      // named as what the two sides carried out ("carried out a prisoner exchange in Oman")
      String.raw`${TWO_SIDED_SUBJECT}(?:\s+(?:have|has|had|on\s+\w+day|today|yesterday|also|again))*\s+(?:(?:exchanged|swapped|traded|exchange|swap)\s+(?:[\p{L}\d,-]+\s+){0,5}?(?:prisoners|detainees|captives|hostages|bodies|POWs|soldiers|troops|instruments\s+of\s+ratification|ratification\s+documents|memorandums|memoranda|MoUs|MOUs|agreements|accords|protocols)\b|(?:carried\s+out|completed|conducted|staged)\s+(?:a|an|the|their|another)\s+(?:[\p{L}-]+\s+){0,3}?(?:exchange|swap)\b)`,
      'u',
    ),
    should: [
      'Russia and Ukraine exchanged 95 prisoners of war each on Friday.',
      'The two sides swapped the bodies of fallen soldiers.',
      'Chile and Peru exchanged instruments of ratification of the border treaty.',
      'Pakistan and Iran exchanged eight memorandums of understanding.',
      'Armenia and Azerbaijan swap prisoners at the border',
      'Belgium and Iran carried out a prisoner exchange in Oman on Friday.',
    ],
    shouldNot: [
      'Russia and Ukraine exchanged fire overnight.',
      'Chile and Peru exchanged views on trade.',
      'Russia and Ukraine exchange fire along the front.',
      'The two sides completed a round of talks.',
    ],
  },
  {
    name: 'outcome-brokered',
    comment: 'a deal, truce or swap that a third side brokered or mediated exists: "in a deal mediated by X", "the Qatar-brokered truce"',
    needs: ['brokered', 'mediated'],
    re: /(?:\b(?:deal|agreement|accord|truce|ceasefire|cease-fire|pact|swap|exchange)s?\s+(?:was\s+|were\s+|that\s+was\s+)?(?:brokered|mediated)\s+by\s+(?:the\s+)?\p{Lu}|\p{Lu}[\p{L}.]*-(?:brokered|mediated)\s+(?:[\p{L}-]+\s+){0,2}?(?:deal|agreement|accord|truce|ceasefire|cease-fire|pact|swap|exchange)\b)/u,
    should: ['The prisoners were freed in a deal mediated by the United Arab Emirates.', 'The Qatar-brokered truce took effect on Sunday.'],
    shouldNot: ['Qatar is trying to broker a deal.', 'Qatar mediated talks on a deal.', 'Talks mediated by Qatar resume.'],
  },
  {
    name: 'joint-text-issued',
    comment: 'the sides issued or adopted a joint statement, declaration or communiqué',
    needs: ['issued', 'adopted', 'released', 'endorsed'],
    re: new RegExp(
      String.raw`${NOT_YET}\b(?:issued|adopted|released|endorsed)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:joint\s+(?:statement|declaration|communiqu[ée])|declaration|communiqu[ée])\b`,
      'iu',
    ),
    should: [
      'Leaders of Egypt, Jordan and Iraq issued a joint statement pledging to deepen cooperation.',
      'The summit adopted the Delhi Declaration.',
    ],
    shouldNot: ['The ministry issued a statement condemning the strike.', 'The leaders are expected to adopt a declaration.'],
  },
];

/** The rules whose subject or agent is itself two or more sides. */
export const TWO_SIDED_RULES = ['two-sided-subject-agrees', 'agreed-by-sides'] as const;

/**
 * Accepting what another side proposed is one side's act: "Hamas agreed to the ceasefire proposal",
 * "accepted the plan". A sentence of this shape is no evidence, unless its subject is two-sided
 * ("Hamas and Israel agreed to the Egyptian proposal"): see TWO_SIDED_RULES.
 */
export const ACCEPTANCE: EvidenceRule = {
  name: 'accepts-proposal',
  comment: 'agreeing to or accepting a proposal, plan, offer or terms put forward by another',
  needs: [
    'proposal',
    'plan',
    'offer',
    'initiative',
    'request',
    'demand',
    'terms',
    'bid',
    'draft',
    'proposed by',
    'suggested by',
    'put forward by',
    'offered by',
  ],
  // the proposal named as a noun ("a ceasefire proposal"), or as what another "proposed" ("the format proposed by Oman")
  re: /\b(?:(?:agreed|agrees|agree|said\s+yes|says\s+yes)\s+to|accepted|accepts|accept|approved|approves|approval\s+of)\s+(?:(?:a|an|the|their|its|his|her|this|that)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:proposal|proposals|plan|offer|initiative|request|demand|demands|terms|bid|draft)\b|[\w-]+\s+(?:proposed|suggested|put\s+forward|offered)\s+by\b)/i,
  should: [
    'Hamas said it had agreed to a cease-fire proposal meant to end the war.',
    'The group accepted the Egyptian plan.',
    'informed them of its approval of their proposal',
    'Tehran said it had agreed to the indirect format proposed by Oman.',
    'The rebels accepted the timetable put forward by the mediators.',
  ],
  shouldNot: [
    'The two sides agreed to a prisoner exchange.',
    'Both sides agreed on a plan to reopen the border.',
    'The ministers approved a list of joint projects.',
    'The two sides agreed to a ceasefire that the mediators had long proposed.',
  ],
};

/**
 * Agreeing only to go on talking is no agreement on a measure: "agreed to resume talks next week", "agreed
 * on the need for peace", "agreed to stay in contact". A sentence of this shape is no evidence.
 */
export const PROCESS_ONLY: EvidenceRule = {
  name: 'process-only',
  comment: 'an agreement only to talk, meet, keep in contact, explore or work towards something',
  needs: ['agree'],
  re: /\bagree[ds]?\s+(?:on\s+\w+day\s+)?(?:on\s+the\s+need\s+(?:for|to)\b|to\s+(?:(?:continue|resume|hold|keep|pursue|intensify|step\s+up|restart|begin|start|launch|open)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|dialogue|discussions|contacts|consultations|talking)\b|meet\s+again\b|stay\s+in\s+(?:touch|contact)\b|keep\s+(?:in\s+touch|in\s+contact|talking)\b|keep\s+(?:the\s+)?(?:lines?|channels?)\s+(?:of\s+communication\s+)?open\b|work\s+towards?\b|consider\b|explore\b|study\b|discuss\b)|that\s+(?:the\s+|these\s+|their\s+|further\s+|a\s+|another\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations|dialogue|discussions|consultations|contacts|round)\s+(?:will|would|should|are\s+to|is\s+to)\s+(?:continue|resume|go\s+on|proceed|be\s+held|take\s+place)\b)/i,
  should: [
    'Iran and the United States agreed to resume indirect talks next week in Oman.',
    // the same told as a clause: only the talks go on
    '“The two delegations agreed that these discussions will continue in Geneva,” the spokesman said.',
    'Both sides agreed that the next round would be held in Cairo.',
    'The leaders agreed on the need for peace along the border.',
    'Putin and Trump agreed to stay in contact after their call.',
    'The two sides agreed to work towards a settlement.',
  ],
  shouldNot: [
    'The two sides agreed to reopen the border.',
    'They agreed to work together towards ending the war.',
    'Both sides agreed to exchange prisoners.',
    'The two sides agreed that the ceasefire will continue through the winter.',
  ],
};

/**
 * A deal told as a condition is not one reached: "if a truce is agreed, convoys could move", "unless an
 * agreement can be signed by June", "whether a ceasefire is agreed depends on…". A sentence of this shape
 * is no evidence.
 */
export const HYPOTHETICAL: EvidenceRule = {
  name: 'hypothetical',
  comment: 'an agreement inside an if / unless / whether / once clause, not yet reached',
  needs: ['if ', 'unless ', 'whether ', 'once '],
  re: /\b(?:if|unless|whether|once)\s+(?:(?:a|an|the|any|such|their|its|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|pact|truce|ceasefire|cease-fire|treaty|settlement|compromise)\s+(?:is|are|can\s+be|could\s+be|gets|has\s+been|were|would\s+be)\b/i,
  should: [
    'If a truce is agreed next week, aid convoys could move within days.',
    'Unless an agreement can be signed by June, the sanctions will return.',
    'Whether a ceasefire is agreed depends on the talks in Cairo.',
    'Once a final settlement is signed, the troops would leave.',
  ],
  shouldNot: [
    'The two sides agreed to reopen the border.',
    'Once the deal was signed, the ministers shook hands.',
    'Officials said the agreement is the first of its kind.',
  ],
};

/**
 * Punishing a third party is one side's act, however many states decide it together: "the EU agreed to
 * impose new sanctions on Russia", "allies approved tariffs". A sentence of this shape is no evidence.
 */
export const PUNITIVE: EvidenceRule = {
  name: 'punitive-measure',
  comment: 'agreeing or deciding to impose, extend or tighten sanctions, tariffs, an embargo or penalties',
  needs: ['sanction', 'tariff', 'embargo', 'penalt', 'asset freeze'],
  re: /\b(?:agreed|agree|agrees|decided|decide|approved|approves|approve|adopted|adopts|adopt)\s+(?:on\s+\w+day\s+)?(?:on\s+)?(?:to\s+)?(?:impose|extend|tighten|expand|slap|renew|prolong|a|an|the|new|fresh|further|more)\s+(?:[\w-]+\s+){0,4}?(?:sanctions|tariffs|embargo|penalties|asset\s+freezes?)\b/i,
  should: [
    'The European Union agreed on Monday to impose new sanctions on Russia.',
    'EU foreign ministers approved the 16th package of sanctions against Moscow.',
  ],
  shouldNot: ['Russia and Ukraine agreed to lift sanctions on fertiliser exports.', 'The two sides agreed to reopen the border.'],
};

/**
 * A question asks whether sides agree; it reports nothing agreed: a sentence that opens with an
 * interrogative (after any opening quote) and asks about the agreement itself before its "?" ("Do you
 * think she would agree to …?", "Will the two sides sign the accord?"). A question beside a report is
 * no veto ("Chile and Peru signed a deal, but will it hold?", '"Why not?" he said after they signed').
 */
export const QUESTION: EvidenceRule = {
  name: 'question',
  comment: 'an interrogative opening, then an agreement word, then the question mark',
  needs: ['?'],
  re: /^\s*["'\u201c\u2018]?(?:Do|Does|Did|Will|Would|Can|Could|Should|Shall|Is|Are|Was|Were|Has|Have|Had|Why|What|How|When|Where|Who|Which)\b[^?]*?\b(?:agree\w*|sign\w*|deal|accord|pact|treaty|truce|ceasefire|ratif\w*)\b[^?]*\?/u,
  should: [
    '"Do you think she would agree to me asking him?"',
    '\u201cDo you think she would agree to it?\u201d he asked, only partly joking.',
    'Will the two sides sign the accord before the summit?',
  ],
  shouldNot: [
    'The two sides signed the accord.',
    'Chile and Peru have signed a border deal, but will it hold?',
    '"Why not?" the minister said after Chile and Peru signed the accord.',
    'Chile and Peru sign border deal: what happens next?',
  ],
};

/**
 * One actor's instrument: an order, decree, bill or law signed or issued — a ruler's or a parliament's
 * act, never two sides agreeing, however "signed" reads. A sentence with one is no evidence.
 */
export const UNILATERAL_INSTRUMENT: EvidenceRule = {
  name: 'unilateral-instrument',
  comment: 'a signing or issuing verb whose object is an order, decree, bill, law, ordinance or proclamation',
  needs: ['order', 'decree', 'bill', 'law', 'ordinance', 'proclamation'],
  re: /\b(?:signed|signs|sign|signing|issued|issues|issue)\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:(?:new|executive|presidential|royal|emergency|spending|budget|defence|defense|security)\s+){0,2}(?:orders?|decrees?|bills?|laws?|ordinances?|proclamations?)\b(?!\s+(?:enforcement|of\s+the\s+sea|ratifying|approving|on\s+(?:the\s+)?ratification))/i,
  should: [
    "Separately, the junta's leader signed an order authorising the armies of two neighbours to intervene.",
    'The president signed an executive order on artificial intelligence.',
    'The king signed a decree dissolving parliament.',
    'The president signed a new executive order on shipping.',
    'The governor signed the spending bill.',
  ],
  shouldNot: [
    'The two sides signed an accord in order to end the war.',
    'The ministers signed a law enforcement cooperation pact.',
    'Chile and Peru signed a border treaty.',
    'The president signed a law ratifying the partnership treaty between the two countries.',
  ],
};

/**
 * One actor's vow, promise or threat ("Abiy vowed that Ethiopia will obtain a port", "Tehran threatened to
 * leave the treaty"): no evidence of an agreement unless two sides are the subject ("both sides vowed to
 * uphold the truce"), whatever mutual words the vow itself holds.
 */
export const UNILATERAL_VOW: EvidenceRule = {
  name: 'unilateral-vow',
  comment: 'a verb of vowing, promising or threatening, followed by "that" or "to"',
  needs: ['vow', 'promis', 'threat'],
  re: /\b(?:vow|vows|vowed|vowing|promise|promises|promised|promising|threaten|threatens|threatened|threatening)\s+(?:on\s+\w+day\s+)?(?:that|to)\b/i,
  should: [
    'Abiy Ahmed declared the sea vital, vowing that Ethiopia will obtain a port through any mutual arrangement.',
    'Tehran threatened to leave the treaty if sanctions return.',
    'The president promised on Monday to sign a deal with the rebels.',
  ],
  shouldNot: ['Both sides agreed to uphold the truce.', 'The promise of a deal lifted markets.', 'Iran and Iraq signed a security pact.'],
};

/**
 * A verb of an agreement told as done ("signed", "agreed"): a sentence with one is no mere vow, whatever
 * it also promises ("India signed a trade pact with the UAE, vowing to double trade").
 */
export const DONE_AGREEMENT = {
  re: /\b(?:agreed|signed|concluded|reached|struck|inked|sealed|initialled|initialed|clinched|finali[sz]ed|ratified)\b/i,
  should: ['India signed a trade pact with the UAE on Sunday, vowing to double trade.'],
  shouldNot: ['Abiy vowed that Ethiopia will obtain a port through any mutual arrangement.'],
};

/**
 * A sentence that says the act was mutual: an agreement word, "both", "jointly", "each other", "between".
 * A measure found in a sentence without one is one side's act ("Saudi Arabia said it would end ties").
 */
export const MUTUAL =
  /\b(?:agree\w*|sign\w*|deal|deals|accords?|pacts?|treat(?:y|ies)|ceasefire|cease-fire|truce|memorand\w*|MoUs?|joint|jointly|both|two\s+(?:sides|countries|leaders|nations|governments)|each\s+other|one\s+another|mutual\w*|bilateral|between|together|consensus|understanding|in\s+return|under\s+(?:the|which))\b/i;

export const MUTUAL_EXAMPLES = {
  should: ['Both sides will deploy liaison officers.', 'Under the deal, prisoners are to be freed.'],
  shouldNot: ['According to Al-Jubeir, officials did not respond to calls for help.', 'Riyadh said it would end diplomatic relations.'],
};

/** Talks that failed, deals refused, proposals rejected: each sentence weighs against the page. */
export const FAILURE: EvidenceRule = {
  name: 'failed-or-rejected',
  comment: 'talks that collapsed or ended without a deal; a refusal to agree; a rejected proposal',
  needs: [
    'fail',
    'refus',
    'declin',
    'no ',
    'without',
    'not ',
    'walked',
    'called off',
    'collaps',
    'broke',
    'fell',
    'ended',
    'stall',
    'reject',
    'turn',
    'rebuff',
    'dismiss',
    'disagree',
    'denie',
    'deny',
    'nothing',
  ],
  re: new RegExp(
    `${/\b(?:failed|fail|fails|refused|refuse|refuses|declined|declines)\s+to\s+(?:agree|sign|reach|accept|endorse)|\bno\s+(?:such\s+)?(?:agreement|deal|accord|breakthrough|ceasefire|truce)\b|\b(?:denied|denies|deny)\s+(?:\w+\s+){0,3}?that\s+(?:it|they|he|she|the\s+\w+)\s+(?:had\s+|has\s+|have\s+)?(?:agreed|signed|reached|struck)\b|\b(?:did|could|would|had|has|have)\s+not\s+(?:yet\s+)?(?:agree|agreed|sign|signed|accept|accepted)\b|\bnot\s+yet\s+agreed\b|\bwalked\s+(?:away|out)\b|\bcalled\s+off\b|\b(?:talks|negotiations|summit|meeting|deal|agreement|truce|ceasefire)\s+(?:\w+\s+){0,2}?(?:collapsed|broke\s+down|fell\s+through|ended\s+without|stalled|failed)\b|\b(?:rejected|rejects|reject|turned\s+down|turns\s+down|rebuffed|rebuffs|dismissed)\s+(?:it\b|(?:(?:the|a|an|their|its|this|that)\s+)?(?:[\w-]+\s+){0,3}?(?:proposal|proposals|plan|offer|deal|terms|effort|initiative|draft|truce|ceasefire|cease-fire)\b)|\bagreed\s+to\s+disagree\b/i.source}|${WITHOUT_AGREEMENT}|${NOTHING_AGREED}`,
    'i',
  ),
  should: [
    'The summit ended without an agreement.',
    'Talks collapsed on Friday.',
    'Israel rejects the proposal.',
    'Israeli officials have turned down the effort.',
    'The proposals contain conclusions to which Israel had not agreed.',
    'Iran denied reports that it had agreed to ship missiles.',
    // the agreement noun may carry its own modifiers, and the missing agreement may be a verb
    'Leaders end summit without Ukraine ceasefire deal',
    'The two presidents ended their talks without agreeing on a truce.',
    'Negotiators left Geneva without signing the accord.',
    // nothing agreed, told as such
    'Both capitals denied the reports, saying no such terms had been agreed.',
    'Nothing was signed at the end of the second day.',
  ],
  shouldNot: [
    'The two sides agreed to reopen the border.',
    'The Soviet Union collapsed in 1991.',
    'The two sides signed the accord without delay.',
    'The ceasefire deal was agreed without a vote in parliament.',
    'Thai and Chinese citizens can travel without a visa under the agreement.',
    'Thais can travel to China without a visa under new deal',
    'The first week passed without ceasefire violations.',
    'The two sides signed a deal under which no fee will be charged.',
  ],
};

/**
 * Worlds outside diplomacy and security whose deals are not agreements between parties: a sentence that
 * speaks of one is no evidence, and a page mostly about one is quiet. Each term is a word or phrase that
 * belongs to that world in news copy (ambiguous words such as "union", "strike" or "court" only in phrases).
 */
export const OUTSIDE_WORLDS: Record<string, readonly string[]> = {
  corporate: [
    'acquisition',
    'acquisitions',
    'acquire',
    'acquires',
    'acquiring',
    'takeover',
    'merger',
    'mergers',
    'shareholders',
    'shareholder',
    'per share',
    'share price',
    'stake in',
    'buyout',
    'subsidiary',
    'agreed to buy',
    'agrees to buy',
    'agree to buy',
    'agreed to sell',
    'agrees to sell',
    'agreed to acquire',
    'agrees to acquire',
    'chipmaker',
    'chip designer',
    'antitrust',
    'stock exchange',
    'valuation',
    'quarterly',
    'startup',
    'all-cash',
    'the company',
    'the two companies',
    'ceo',
    'chief executive',
    'planemaker',
    'carmaker',
    'automaker',
    'the airline',
    'the firm',
    'the two firms',
    'joint venture',
    'investors',
    'shares rose',
    'shares fell',
    'its shares',
    'oil giant',
    'oil giants',
    'tech giant',
    'conglomerate',
    'manufacturer',
    'revenue',
    'profits',
  ],
  academia: [
    'university',
    'universities',
    'vice chancellor',
    'vice-chancellor',
    'faculty',
    'campus',
    'rector',
    'professors',
    'student exchanges',
  ],
  municipal: ['mayor', 'mayors', 'twinning', 'sister city', 'sister cities', 'city council', 'municipality', 'municipalities'],
  labour: [
    'dockworkers',
    'union members',
    'union leaders',
    'union president',
    'union contract',
    'labor union',
    'labour union',
    'trade union',
    'collective bargaining',
    'bargaining table',
    'wages',
    'pay rise',
    'pay raise',
    'walkout',
    'on strike',
    'strike action',
    'picket',
    'picket lines',
    'ratification vote',
    'ratify the contract',
    'master contract',
    'labor contract',
    'labour contract',
    'tentative agreement',
    'tentative deal',
    'employers',
    'rank-and-file',
    'overtime',
    'pensions',
    'the union',
  ],
  court: [
    'plea deal',
    'plea agreement',
    'pleaded guilty',
    'pleads guilty',
    'plead guilty',
    'guilty plea',
    'district judge',
    'the judge',
    'prosecutors',
    'defendant',
    'defendants',
    'plaintiffs',
    'plaintiff',
    'lawsuit',
    'class action',
    'settle the lawsuit',
    'settled the case',
    'out of court',
    'jury',
    'indictment',
    'courtroom',
    'attorneys',
    'settlement agreement',
    'to settle claims',
    'damages',
  ],
  sport: [
    'transfer fee',
    'transfer window',
    'the club',
    'striker',
    'midfielder',
    'goalkeeper',
    'winger',
    'signed for',
    'loan deal',
    'premier league',
    'champions league',
    'la liga',
    'serie a',
    'bundesliga',
    'squad',
    'head coach',
    'quarterback',
    'nba',
    'nfl',
    'the team',
    'appearances',
    'fixture',
    'national team',
    'world cup',
    'to coach',
    'the season',
    'tournament',
    'football federation',
    'player',
    'players',
    'goals',
    'scored',
    'league',
    'championship',
    'olympics',
    'athletes',
    'tennis',
  ],
  shopping: [
    'black friday',
    'cyber monday',
    'discount',
    'discounts',
    '% off',
    'percent off',
    'retailer',
    'retailers',
    'coupon',
    'shoppers',
    'free shipping',
    'sale price',
    'add to cart',
    'in stock',
    'price drop',
    'lowest price',
    'bestselling',
    'doorbusters',
  ],
  romance: [
    'got engaged',
    'are engaged',
    'is engaged to',
    'engagement ring',
    'fiancé',
    'fiancée',
    'fiance',
    'fiancee',
    'wedding',
    'bride',
    'groom',
    'proposed to',
    'tie the knot',
    'honeymoon',
    'girlfriend',
    'boyfriend',
  ],
  culture: [
    'film',
    'films',
    'movie',
    'movies',
    'starring',
    'box office',
    'screenplay',
    'the cast',
    'premiere',
    'novel',
    'novels',
    'paperback',
    'hardcover',
    'bestseller',
    'album',
    'episode',
    'episodes',
    'trailer',
    'sequel',
    'netflix',
    'streaming',
    'protagonist',
    'the reader',
    'readers',
    'books',
    'author',
    'authors',
    'thriller',
    'memoir',
    'biography',
    'critics',
    'documentary',
  ],
  kitchen: [
    'ingredients',
    'tablespoon',
    'tablespoons',
    'teaspoon',
    'teaspoons',
    'tbsp',
    'tsp',
    'preheat',
    'oven',
    'simmer',
    'whisk',
    'recipe',
    'garnish',
    'servings',
    'chopped',
  ],
  software: [
    'api',
    'endpoint',
    'endpoints',
    'request body',
    'json',
    'http',
    'https',
    'sdk',
    'npm',
    'repository',
    'deprecated',
    'firmware',
    'smartphone',
    'parameters',
    'authentication',
    'query string',
    'status code',
  ],
  forum: ['posted by', 'thanks in advance', 'upvote', 'upvoted', 'imho', 'lol', 'moderator', 'this thread'],
  election: [
    'voters',
    'ballots',
    'turnout',
    'exit poll',
    'exit polls',
    'runoff',
    'polling stations',
    'constituency',
    'constituencies',
    'landslide',
    'opinion polls',
  ],
};

/** Words of diplomacy and security that a page reporting an agreement between parties uses. */
export const DIPLOMACY = [
  'minister',
  'ministers',
  'ministry',
  'foreign',
  'president',
  'prime minister',
  'ambassador',
  'embassy',
  'envoy',
  'envoys',
  'ceasefire',
  'cease-fire',
  'truce',
  'troops',
  'military',
  'army',
  'border',
  'borders',
  'sovereignty',
  'peace',
  'bilateral',
  'diplomatic',
  'diplomats',
  'diplomacy',
  'nuclear',
  'security',
  'defence',
  'defense',
  'rebels',
  'militia',
  'war',
  'governments',
  'summit',
  'delegation',
  'delegations',
  'treaty',
  'counterpart',
  'mediators',
  'mediation',
  'sanctions',
  'territorial',
  'refugees',
  'kingdom',
  'republic',
  'insurgents',
  'armed',
  'hostages',
  'prisoners',
  'memorandum',
  'cooperation',
  'talks',
  'normalisation',
  'normalization',
  'joint statement',
  'communiqué',
  'secretary-general',
  'united nations',
  'foreign minister',
] as const;

export interface OutsideWorldExample {
  world: keyof typeof OUTSIDE_WORLDS;
  should: string[];
}

/** Sentences that belong to each outside world (the test checks each holds one of its terms). */
export const OUTSIDE_EXAMPLES: OutsideWorldExample[] = [
  {
    world: 'corporate',
    should: [
      'SoftBank agreed to buy the chip designer for $32 billion.',
      'The all-cash takeover values the company at $4 billion.',
      'The carmaker and its partner agreed to set up a battery joint venture.',
    ],
  },
  {
    world: 'labour',
    should: [
      'Dockworkers reached a tentative deal with port operators.',
      'The union said members would vote on the contract after the walkout.',
    ],
  },
  {
    world: 'court',
    should: ['He pleaded guilty under a plea deal with prosecutors.', 'The firm agreed to pay $20 million to settle the lawsuit.'],
  },
  { world: 'sport', should: ['The striker signed a five-year deal with the club.', 'The transfer fee could rise to 90 million euros.'] },
  { world: 'shopping', should: ['The best Black Friday deals on laptops.', 'Shoppers can get 40% off at the retailer.'] },
  { world: 'romance', should: ['The princess is engaged to her long-time boyfriend.', 'The couple will tie the knot next autumn.'] },
  { world: 'culture', should: ['The film follows two envoys who sign a peace treaty.', 'Our verdict: four stars for this novel.'] },
  { world: 'kitchen', should: ['Preheat the oven and whisk the eggs.'] },
  { world: 'academia', should: ['The two universities signed a memorandum on student exchanges.'] },
  { world: 'municipal', should: ['The mayors of the two capitals signed a twinning agreement.'] },
  { world: 'software', should: ['The endpoint returns a JSON response with a signed token.'] },
  { world: 'forum', should: ['Reply · Quote · Posted by a moderator in this thread.'] },
  { world: 'election', should: ['Voters cast their ballots and turnout was high.'] },
];

/** Diplomatic sentences that carry no outside-world term (so their agreements are never vetoed). */
export const INSIDE_EXAMPLES = [
  'The foreign ministers of Iran and Pakistan agreed to deploy liaison officers.',
  'Rwanda and Congo signed a peace accord in Washington.',
  'The two countries signed eight memorandums of understanding on trade, energy and health.',
  'Thailand and Cambodia agreed an immediate ceasefire along the border.',
  'The seven states signed a communiqué on maritime security.',
];

/** Structure that only reference works, transcripts and threads have: "[12]" citation marks, "Q:" lines. */
export const NOT_A_REPORT = {
  /** A citation mark of a reference work. Three or more in a text make it one. */
  citation: /\[(?:\d{1,3}|citation needed|note \d+|[a-z])\]/g,
  /** A line that opens a question or answer of an interview transcript, or a speaker's turn. */
  transcriptLine: /^(?:Q|A|Q\.|A\.|Question|Answer|Interviewer)\s*[:.\u2014-]\s/gm,
  /** A forum or comment thread's furniture. */
  threadLine: /^(?:Reply|Quote|Report|Posted\s+by|Joined:|Posts:|Re:)\b/gm,
} as const;

export const NOT_A_REPORT_EXAMPLES = {
  citation: {
    should: ['The treaty was signed in 1648.[1] It ended the war.[2][3]'],
    shouldNot: ['The two sides signed the accord on Tuesday [Special coverage].'],
  },
  transcriptLine: {
    should: ['Q: Will the two countries sign a deal?\nA: We hope so.'],
    shouldNot: ['Question time in parliament ran late.'],
  },
  threadLine: { should: ['Reply\nQuote\nPosted by gary_77'], shouldNot: ['Replying to reporters, he said the deal was done.'] },
};

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)`;
const YEAR_NUMBER = String.raw`(1[5-9]\d\d|20\d\d)`;

/**
 * A time told relative to the report that puts its sentence in the past: "twenty-five years ago", "last
 * November", "last year", "earlier this year", "at the time". A sentence so dated is background, like one
 * dated to an earlier year (DATING_YEAR). ("Last week" is not: a weekly report's news.)
 */
export const PAST_TIME = {
  re: new RegExp(
    String.raw`\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|several|many|a\s+few|(?:twenty|thirty|forty|fifty|sixty|seventy)[-\s]\w+)\s+(?:years|decades|centuries|year|decade|century)\s+ago\b|\blast\s+(?:year|${MONTH})\b|\bearlier\s+this\s+year\b|\bthe\s+previous\s+year\b`,
    'i',
  ),
  should: [
    'Twenty-five years ago today, the leaders initialled the peace agreement.',
    'The war ended with a peace agreement signed in Pretoria last November.',
    'The two sides signed a similar accord last year.',
    'It was agreed earlier this year.',
  ],
  shouldNot: [
    'The two sides signed the accord last week.',
    'The ceasefire agreed on Monday held.',
    'The accord will last ten years.',
    'The ceasefire, which at the time of writing held, was welcomed by the UN.',
  ],
};

/**
 * A day of the report's own news told in a sentence: a weekday, "today" (not "years ago today"),
 * "yesterday", "tonight", "this week": a sentence that tells one is this report's news, whatever earlier
 * time it also names ("agreed on Thursday to restore ties, which were cut last December").
 */
export const FRESH_DAY = {
  re: /\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?<!\bago\s)\btoday\b|\byesterday\b|\btonight\b|\bthis\s+(?:week|morning|afternoon|evening)\b/i,
  should: [
    'Somalia and Ethiopia agreed on Thursday to restore ties, which were cut last December.',
    'The two sides signed the deal today.',
  ],
  shouldNot: ['Twenty-five years ago today, the leaders initialled the accord.', 'The treaty was signed in 1960.'],
};

/**
 * A sentence in the past perfect ("had been stuck since 2018", "had kept the two from …") tells backstory
 * from the report's own time, as an aside: it is dated back itself, but the narrative does not move there
 * (core/narrative-time.ts). Not "had to" (an obligation).
 */
export const PAST_PERFECT = {
  re: /\b(?:had|hadn['’]t)\s+(?:not\s+|never\s+|long\s+|already\s+|just\s+|\w+ly\s+)?(?:been|[a-z]+(?:ed|en|wn|un|ung|ought|aught|ept|eft|elt|ent|id|ot|ade|one|ook|ew|orn|ore|oken|ozen|ank|unk))\b/i,
  should: [
    'The money had been stuck in foreign accounts since the sanctions of 2018.',
    'Disputes had kept the two capitals from concluding an accord, so they chose a three-way pact a year ago.',
    'The two neighbours had signed a similar protocol in 2016.',
  ],
  shouldNot: ['The ministers had to sign the accord again in 2019.', 'The treaty was signed in 1959.', 'He had a long career.'],
};

/**
 * An agreement told in the present perfect ("has been reached", "have agreed") is told as of the report's
 * own time: the narrative returns to it.
 */
export const NOW_DONE = {
  re: /\b(?:has|have|'ve)\s+(?:now\s+|finally\s+|just\s+|also\s+)?(?:been\s+)?(?:agreed|signed|reached|struck|concluded|sealed|initialled|initialed|clinched|approved|endorsed|ratified)\b/i,
  should: [
    '“It is historic that such an agreement has been reached,” the minister said.',
    'The two governments have signed a transit accord.',
  ],
  shouldNot: ['The treaty was signed in 1959.', 'The two sides had signed a protocol in 2016.'],
};

/**
 * Before a month, a word that makes it a time ahead ("agreed to sign the treaty in January", "will meet in
 * March", "by June"): such a month dates nothing back.
 */
export const AHEAD_BEFORE_MONTH = /\b(?:will|would|shall|next|by|until|due|expected|plans?|planned|to\s+(?!the\b|a\b|an\b)\w+)\b/i;

/**
 * A month told without its year ("in July", "on March 3"): where the page's publication date is known,
 * an earlier month of its year, or a day more than a fortnight before it, is background: an earlier
 * step, not this report's news (core/detect-agreement.ts; "by" and "until" tell deadlines, not dates). The month is group 1 or 4, the day group 2 or 3.
 */
export const DATING_MONTH = {
  re: new RegExp(
    String.raw`\b(?:[Ii]n|[Oo]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id)[-\s]+(?:(?:early|late|mid)[-\s]+)?(${MONTH})(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?\b(?![\s,]*\d)|\b[Oo]n\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})(?![\s,]*\d)`,
    'g',
  ),
  should: ['Erdogan lifted his objection at a summit in July.', 'The accord was signed on March 3.', 'They met on 3 March.'],
  shouldNot: ['The accord was signed on March 3, 2019.', 'They signed it on Monday.', 'In Tehran, the two sides agreed.'],
};

/**
 * A year that dates its sentence (an earlier one makes the sentence background): "in 1648", "since
 * 2016", "on 28 June 1919", "in March 2003", "the talks of 1976". Not a year that names an instrument or an
 * event ("the 1982 UNCLOS", "the 1998 accord", "UNCLOS 1982", "the Treaty of 1929", "the 2022 World Cup"). The year is the first group that matched.
 */
export const DATING_YEAR = {
  re: new RegExp(
    String.raw`\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|(?<![A-Z][a-z]+\s)of)\s+(?:(?:early|late|mid)[-\s]+)?${YEAR_NUMBER}\b|\b${MONTH}\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?${YEAR_NUMBER}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+${YEAR_NUMBER}\b`,
    'g',
  ),
  should: [
    'The treaty was signed in 1648.',
    'The two sides have held talks since 2010.',
    'The accord was signed on 28 June 1919 at Versailles.',
    'They signed it on June 28, 1919.',
    'It was agreed in late 2015.',
    'It was signed at the end of 2015.',
    'She was known for her part in the talks of 1976, when the two states signed an accord.',
    // at the head of a sentence too
    'In 2019, the two neighbours agreed a framework for their maritime border.',
    'Since 2016, both sides have signed a string of accords.',
  ],
  shouldNot: [
    'The two sides concluded the boundary on the basis of the 1982 UNCLOS.',
    'They agreed in line with UNCLOS 1982.',
    'The 1998 accord was reactivated.',
    'The two sides agreed on Monday to revive the Treaty of 1929.',
    'They adopted Decision 2015 and the Marrakech 2016 plan.',
  ],
};
