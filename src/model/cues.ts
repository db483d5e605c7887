// Wordings that report an agreement, decision or commitment, and the near misses that must not.
// Applied per sentence (sentences are short), so each pattern is a single linear alternation with
// no nested quantifiers. After CAMEO/PLOVER: the cue also sets the measure's status.

/** What a cue says of its measure (the facts schema's `status`). */
export type MeasureStatus = 'agreed' | 'signed' | 'intended' | 'implemented';

export interface Cue {
  re: RegExp;
  status: MeasureStatus;
  /** A weak cue needs a verb after it ("commitment to engage", not "commitment to peace"). */
  weak?: boolean;
  /** What the text just before the cue must end with (checked on the preceding 80 characters). */
  before?: RegExp;
  /**
   * Every word a match can start with, space-separated (lower case; "," for a leading comma): the scanner
   * tries the cue only where one of them stands, so a cue's pattern is compiled only on pages that can match it.
   */
  first: string;
  /** Lower-case literals, space-separated, of which every match contains one: a sentence without any skips the cue. */
  needs?: string;
  /** A lead-in ("Under the deal, …"): it steps aside when its clause opens with its own agreement verb ("the two sides agreed to …"). */
  leadIn?: boolean;
  /**
   * Support only: the cue tells terms in a report that agrees something elsewhere, and its measures are
   * no evidence of an agreement by themselves (kept only beside a measure of another cue).
   */
  support?: boolean;
  /** What the text just before the cue must not end with (checked on the preceding 80 characters). */
  unless?: RegExp;
}

/** A clause that opens with a subject and its own agreement verb: "the two sides agreed that", "Kyiv pledged to". */
export const OWN_CUE =
  /^\s*[^,;.:]{1,60}?\s(?:agreed|agree|agrees|pledged|promised|committed|decided|undertook|vowed)\s+(?:also\s+)?(?:to|that|on)\s/i;

/**
 * An adverbial of time, place or manner between a verb of agreeing and its complement ("in Geneva on Thursday").
 * It never runs over a "to": "agreed on Tuesday to a ceasefire that …" has its complement at "to".
 */
const ADVERBIAL = String.raw`(?:in|at|during|after|following|with(?!\s+(?:the\s+|this\s+|that\s+|his\s+|her\s+|their\s+)?(?:view|assessment|idea|notion|position|remarks|comments|analysis|criticism|statement|suggestion)\b)|late|early|last|this|earlier|here|there|unanimously|jointly|formally|tentatively|provisionally|separately|publicly|now|again|overnight|today|yesterday|on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d))\b(?!\s+principle\b)(?:(?!\sto\s)[^,;.:!?"\u201c]){0,50}?`;
/**
 * A temporal clause still open before the cue ("a day after leaders of the G7 agreed in Italy to …",
 * "since the two sides agreed at talks in …"): the agreement it tells is backstory to the main event.
 */
const BACKSTORY_CLAUSE = /\b(?:after|before|since|following|until|when|once)\b[^,;.:!?]{0,60}$/i;
/** The complement after such an adverbial: an infinitive (not the preposition "to the …") or a "that" clause. */
const COMPLEMENT = String.raw`\s(?:to\s(?!(?:the|a|an|this|these|its|their|his|her)\s)|that\s)`;
// The clause that a cue governs starts right after the match.
/** What must stand before a verb that commits only when the sides act together ("the two sides decided", not "India decided"). */
const JOINT_SUBJECT =
  /\b(?:both|two|three|and|they|jointly|parties|sides|leaders|ministers|governments|delegations|countries|nations|we|together|allies|members)\b[^.;]{0,60}$/i;

/**
 * A commitment that stays one side's: "Pakistan remained committed to …", "deeply committed to …",
 * "he spoke of his commitment to …". A state of mind or one actor's stance is no agreed step.
 */
const ONE_SIDE_COMMITTED = /\b(?:remains?|remained|still|always|long|deeply)\s+(?:fully\s+|firmly\s+|strongly\s+)?$/i;
const ONE_SIDE_COMMITMENT = /\b(?:his|her|its|my|our)\s+(?:(?:strong|firm|full|continued|unwavering|personal)\s+)?$/i;

export const MEASURE_CUES: Cue[] = [
  // an adverbial of time, place or manner may stand between the verb and its complement: "agreed in Geneva
  // on Thursday to …", "agreed at a meeting in Accra that …", "agreed with Peru to …"
  {
    re: new RegExp(String.raw`\bagreed\s+${ADVERBIAL}${COMPLEMENT}`, 'gi'),
    status: 'agreed',
    first: 'agreed',
    unless: BACKSTORY_CLAUSE,
  },
  {
    re: /\bagreed\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|today\s+|yesterday\s+)?(?:to|on|upon|that|for|in principle to)\s|\bagreed\s+(?=not\s+to\s)/gi,
    status: 'agreed',
    first: 'agreed',
  },
  // an aside between the verb and its complement: "agreed, in addition, to …", "agreed, noting that X, to …"
  {
    re: /\bagreed,\s+[^,;.:!?]{2,80}?,\s+(?:to\s(?!(?:the|a|an|this|these|its|their|his|her)\s)|that\s)/gi,
    status: 'agreed',
    first: 'agreed',
    needs: ',',
    unless: BACKSTORY_CLAUSE,
  },
  {
    re: /,\s+(?:pledging|agreeing|committing\s+(?:themselves\s+)?|undertaking|vowing)\s+(?:to|that)\s/gi,
    status: 'agreed',
    first: ',',
    needs: 'pledging agreeing committing undertaking vowing',
  },
  {
    re: /\b(?:agreement|deal|pact|accord|declaration|treaty|memorandum|partnership)\s+(?:aims|seeks|is\s+intended|is\s+designed|is\s+meant|commits\s+\w+)\s+to\s/gi,
    status: 'agreed',
    first: 'agreement deal pact accord declaration treaty memorandum partnership',
    needs: 'aims seeks intended designed meant commits',
  },
  { re: /\bin\s+return,\s+/gi, status: 'intended', first: 'in', needs: 'return' },
  { re: /\b(?:agree|agrees)\s+(?:to|on|that)\s/gi, status: 'agreed', first: 'agree agrees' },
  { re: /\bconsented\s+to\s/gi, status: 'agreed', first: 'consented' },
  // British usage takes a direct object: "the two sides agreed a roadmap"
  { re: /\bagreed\s+(?=(?:a|an|the|new|fresh|two|three)\s)/gi, status: 'agreed', first: 'agreed' },
  {
    re: /\b(?:sealed|struck|clinched|finali[sz]ed|concluded|adopted|approved|endorsed)\s+(?=(?:a|an|the|two|three|\d+)\s+(?:[\w-]+\s+){0,4}?(?:deal|pact|agreement|accord|treaty|declaration|memorand\w+|roadmap|road\s+map|framework|protocol|truce|ceasefire|statement)\b)/gi,
    status: 'signed',
    first: 'sealed struck clinched finalized finalised concluded adopted approved endorsed',
  },
  // a decision is an agreement only when taken together ("the two sides decided"), not "India decided"
  {
    re: /\b(?:decided|resolved)\s+to\s/gi,
    status: 'agreed',
    before:
      /\b(?:both|two|three|and|they|jointly|parties|sides|leaders|ministers|governments|delegations|countries|nations|we|together)\b[^.;]{0,60}$/i,
    first: 'decided resolved',
  },
  {
    re: new RegExp(String.raw`\b(?:decided|resolved)\s+${ADVERBIAL}\s(?:to\s)`, 'gi'),
    status: 'agreed',
    before:
      /\b(?:both|two|three|and|they|jointly|parties|sides|leaders|ministers|governments|delegations|countries|nations|we|together)\b[^.;]{0,60}$/i,
    first: 'decided resolved',
    unless: BACKSTORY_CLAUSE,
  },
  // a body or scheme the sides set up together: "the two leaders launched a joint investment fund"
  {
    re: /\b(?:launched|inaugurated|established|created|set\s+up)\s+(?=(?:a|an|the)\s+(?:new\s+)?(?:joint|common|shared|bilateral|trilateral)\s)/gi,
    status: 'agreed',
    before: JOINT_SUBJECT,
    first: 'launched inaugurated established created set',
    needs: 'joint common shared bilateral trilateral',
  },
  // support the sides pledge together, or a choice they settle on: "Both leaders pledged support for a
  // regional railway", "the two countries settled on a joint patrol schedule"
  {
    re: /\b(?:pledged|promised)\s+(?:their\s+|full\s+|joint\s+)*(?=support\s+for\s)|\bsettled\s+on\s+(?=(?:a|an|the)\s)/gi,
    status: 'agreed',
    before: JOINT_SUBJECT,
    first: 'pledged promised settled',
    needs: 'support settled',
  },
  // a principle the sides affirm together: "Both affirmed respect for the sovereignty of states"
  {
    re: /\b(?:affirmed|reaffirmed|confirmed|reiterated)\s+(?:their\s+|its\s+|mutual\s+|full\s+)*(?=(?:respect|support)\s+for\s)/gi,
    status: 'agreed',
    before: JOINT_SUBJECT,
    first: 'affirmed reaffirmed confirmed reiterated',
    needs: 'respect support',
  },
  // a step approved together, named by its noun phrase: "the allies approved a new training mission in Iraq"
  {
    re: /\b(?:approved|adopted|endorsed)\s+(?=(?:a|an)\s+(?:new\s+|joint\s+|common\s+)*(?!(?:plan|proposal|statement|declaration|agreement|deal|resolution|budget|law|bill)\b)[\w-]+\s)/gi,
    status: 'agreed',
    before: JOINT_SUBJECT,
    first: 'approved adopted endorsed',
  },
  // a body or step approved together, named by its action noun: "they approved the creation of a joint commission"
  {
    re: /\b(?:approved|adopted|endorsed|announced|unveiled)\s+(?=(?:the|a|an)\s+(?:creation|establishment|formation|setting\s+up|launch|opening|reopening|deployment|resumption|restoration|lifting|release|exchange)\s+of\s)/gi,
    status: 'agreed',
    before: JOINT_SUBJECT,
    first: 'approved adopted endorsed announced unveiled',
    needs: 'creation establishment formation setting launch opening reopening deployment resumption restoration lifting release exchange',
  },
  {
    re: /\b(?:pledged|undertook|vowed|promised)\s+(?:also\s+)?(?:to\s|that\s|:|(?=not\s+to\s))/gi,
    status: 'intended',
    first: 'pledged undertook vowed promised',
  },
  {
    re: new RegExp(String.raw`\b(?:pledged|undertook|vowed)\s+${ADVERBIAL}${COMPLEMENT}`, 'gi'),
    status: 'intended',
    first: 'pledged undertook vowed',
    unless: BACKSTORY_CLAUSE,
  },
  // the present tense of joint statements and treaty texts: "the two sides commit to", "the parties undertake to"
  {
    re: /\b(?:pledge|pledges|undertake|undertakes)\s+(?:also\s+)?(?:to\s|that\s|(?=not\s+to\s))/gi,
    status: 'intended',
    first: 'pledge pledges undertake undertakes',
  },
  {
    re: /\b(?:committed|commit|commits)\s+(?:themselves\s+|itself\s+)?to\s/gi,
    status: 'intended',
    weak: true,
    first: 'committed commit commits',
    unless: ONE_SIDE_COMMITTED,
  },
  {
    re: new RegExp(String.raw`\b(?:committed|commit|commits)\s+(?:themselves\s+|itself\s+)?${ADVERBIAL}\s(?:to\s)`, 'gi'),
    status: 'intended',
    weak: true,
    first: 'committed commit commits',
    unless: BACKSTORY_CLAUSE,
  },
  // an obligation the instrument lays on a side: "Ukraine is required by the agreement to …"
  {
    re: /\b(?:is|are|was|were)\s+(?:also\s+)?(?:required|obliged|obligated|bound)\s+by\s+(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|pact|treaty|text|terms|ceasefire|truce|memorandum|declaration)\s+to\s/gi,
    status: 'agreed',
    first: 'is are was were',
    needs: 'required obliged obligated bound',
  },
  // a gerund of agreeing, with or without the comma, a quotation opening before "to": "seen agreeing “to work …”"
  { re: /\bagreeing\s+(?:["\u201c]\s*)?(?:to|on|that)\s(?:\s*["\u201c])?/gi, status: 'agreed', first: 'agreeing' },
  { re: /\bcommitment\s+to\s/gi, status: 'intended', weak: true, first: 'commitment', unless: ONE_SIDE_COMMITMENT },
  {
    re: /\b(?:reached|found)\s+(?:a |an )?(?:common |mutual |broad )?(?:understanding|agreement|consensus|deal)\s+(?:that|on|to|for)\s/gi,
    status: 'agreed',
    first: 'reached found',
  },
  // the instrument reached is the measure: "reached a provisional arrangement for resupply missions"
  {
    re: /\breached\s+(?=(?:a|an|the)\s+(?:(?!(?:a|an|the|of|on|in|at|to|by|for|with|over|before|after|from|and|or|but)\s)["“]?[\w-]+["”]?\s+){0,3}?["“]?(?:arrangement|truce|ceasefire|accord|pact|protocol|framework)\b)/gi,
    status: 'agreed',
    first: 'reached',
  },
  { re: /\b(?:their|an|the|a)\s+agreement\s+to\s/gi, status: 'agreed', first: 'their an the a', needs: 'agreement' },
  // the impersonal passive, with or without its agent: "it was agreed that", "it has also been agreed by
  // the two countries, whose ties were tense, that …"
  {
    re: /\bit\s+(?:was|is|has\s+(?:also\s+)?been|had\s+(?:also\s+)?been)\s+(?:also\s+|further\s+)?(?:agreed\s+(?:there\s+|then\s+|today\s+|further\s+|also\s+)?(?:by\s+[^.;:!?]{2,100}?\s+)?|decided\s+(?:there\s+|then\s+|today\s+|further\s+|also\s+)?(?:by\s+both\s+sides\s+)?)(?:that|to)\s/gi,
    status: 'agreed',
    first: 'it',
    needs: 'agreed decided',
  },
  { re: /\btook\s+the\s+view\s+that\s/gi, status: 'agreed', first: 'took' },
  // the object keeps its number: "signed eight memorandums of understanding"
  {
    // "signed what they called a 'historic' memorandum": the naming aside goes, the instrument is the measure
    re: /\b(?:signed|inked|initialled|initialed)\s+(?:what\s+(?:[\w-]+\s+){1,3}?(?:called|described\s+as|termed|hailed\s+as|billed\s+as)\s+)?(?=(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+number\s+of)\s)/gi,
    status: 'signed',
    first: 'signed inked initialled initialed',
  },
  // plural instruments signed to do something: "signed agreements on Thursday to secure their border": the step
  {
    re: /\b(?:signed|inked)\s+(?:[\w-]+\s+)?(?:agreements|accords|deals|memoranda|memorandums|MoUs|documents)\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|today\s+|yesterday\s+)?(?=to\s+[a-z])/gi,
    status: 'signed',
    first: 'signed inked',
    needs: 'agreements accords deals memoranda memorandums mous documents',
  },
  // memoranda named without an article: "the ministers also signed memoranda of understanding on …"
  {
    re: /\b(?:signed|inked)\s+(?=(?:[\w-]+\s+)?(?:memoranda|memorandums|MoUs)\s+(?:of\s+understanding\s+)?(?:\(MoUs?\)\s+)?(?:on|in|for|covering|to|concerning)\s)/gi,
    status: 'signed',
    first: 'signed inked',
    needs: 'memorand mou',
  },
  // an instrument renewed or extended (an instrument binds both sides, whoever is the subject): the verb is
  // part of the step ("extended the treaty with Russia for five years")
  {
    re: /\b(?=(?:renewed|extended|prolonged)\s+(?:the|their|a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|pact|accord|treaty|memorandum|arrangement|truce|ceasefire|cease-fire|protocol|initiative)\b)/gi,
    status: 'agreed',
    first: 'renewed extended prolonged',
  },
  // an exchange the two sides carried out: "Russia and Ukraine exchanged 95 prisoners of war each" — the
  // exchange is the agreed step (the verb stays in the measure)
  {
    re: /\b(?=(?:exchanged|swapped|traded)\s+(?:[\p{L}\d,-]+\s+){0,5}?(?:prisoners|detainees|captives|hostages|bodies|POWs|soldiers|servicemen)\b)/giu,
    status: 'agreed',
    first: 'exchanged swapped traded',
    before: JOINT_SUBJECT,
  },
  // the sides brought an instrument into force: "the two sides exchanged instruments of ratification / diplomatic notes"
  {
    re: /\b(?=exchanged\s+(?:the\s+)?(?:(?:instruments|notes|letters)\s+of\s+(?:ratification|approval|accession)|diplomatic\s+notes)\b)/gi,
    status: 'agreed',
    first: 'exchanged',
    before:
      /\b(?:both|two|three|and|they|jointly|parties|sides|leaders|ministers|governments|delegations|countries|nations)\b[^.;]{0,60}$/i,
  },
  // the agreed items named after the verb: "Among the measures agreed were …", "The points agreed include …",
  // "Among the other points agreed, he listed …"
  {
    re: /\b(?:measures|steps|points|terms|decisions|items|provisions|commitments)\s+(?:they\s+|both\s+sides\s+|the\s+two\s+sides\s+)?(?:agreed|decided|approved|adopted|agreed\s+upon|agreed\s+on)(?:\s+(?:on|at|in|by|during)\s+[^,;.:!?]{1,40}?)?(?:\s+(?:were|are|was|is|include|included|includes)|,\s+(?:he|she|they|the\s+\w+)\s+(?:listed|named|cited|mentioned))\s/gi,
    status: 'agreed',
    first: 'measures steps points terms decisions items provisions commitments',
    needs: 'agreed decided approved adopted',
  },
  // the instrument as subject: "The MoUs cover …", "the declaration also backs …"
  {
    re: /\b(?:cover|covers|include|includes|back|backs|support|supports|establish|establishes|create|creates|set\s+up|sets\s+up|guarantee|guarantees|provide\s+for)\s/gi,
    status: 'agreed',
    before:
      /\b(?:MoUs?|memorand\w+|agreements?|deals?|accords?|pacts?|declaration|treaty|documents?|statement|roadmap|plan)\s+(?:also\s+|will\s+)?$/i,
    first:
      'cover covers include includes back backs support supports establish establishes create creates set sets guarantee guarantees provide',
  },
  // the agreement as passive subject: "an agreement had been arrived at on patrolling arrangements"
  {
    re: /\b(?:agreement|understanding|consensus)\s+(?:has|had|have|was)\s+(?:also\s+)?been\s+(?:arrived\s+at|reached)\s+(?:on|for|that)\s/gi,
    status: 'agreed',
    first: 'agreement understanding consensus',
    needs: 'arrived reached',
  },
  // "Agreement was also reached on …", "an understanding was reached to …"
  {
    re: /\b(?:agreement|understanding|consensus)\s+(?:was|were|is)\s+(?:also\s+)?reached\s+(?:on|for|that|to)\s/gi,
    status: 'agreed',
    first: 'agreement understanding consensus',
    needs: 'reached',
  },
  // "put their signatures (on March 31) to …", "put their names to …": signed
  {
    re: /\bput\s+their\s+(?:signatures|names)\s+(?:on\s+[\w ]{1,20}?\s+)?to\s/gi,
    status: 'signed',
    first: 'put',
    needs: 'signatures names',
  },
  {
    re: /\b(?:foresees|foresee|envisages|envisage|provides\s+for|provide\s+for|calls\s+for)\s/gi,
    status: 'agreed',
    first: 'foresees foresee envisages envisage provides provide calls',
  },
  { re: /\bput\s+in\s+place\s+a\s+framework\s+for\s/gi, status: 'agreed', first: 'put', needs: 'place' },
  {
    re: /\b(?:under\s+(?:the|its|this|that|a)|according to\s+(?:the|its|this|that))\s+(?:joint\s+|new\s+)?(?:pact|deal|agreement|accord|terms|declaration|statement|memorandum|truce)\b(?:\s+(?:issued|signed|released|adopted)\s[^,;.]{1,60},\s|,?\s(?!(?:issued|signed|released|adopted|by|of|which|was|were|is|are|has|had)\b))/gi,
    status: 'agreed',
    first: 'under according',
    leadIn: true,
  },
  // a lead-in naming the instrument: "Under the deal, …", "As part of the accord, …", "Under the terms of the
  // truce, …", "Under the 21 energy agreements, …", "In line with the memorandum, …"
  {
    re: /\b(?:under|according\s+to|as\s+part\s+of|in\s+line\s+with|in\s+accordance\s+with|as\s+per)\s+(?:the|its|this|that|a|an|their|these|both)\s+(?:(?:terms|provisions|first\s+phase|framework)\s+of\s+(?:the|this|that|a|their)\s+)?(?:(?!(?:of|by|with|from|which|that|proposed|offered)\s)[\w-]+\s+){0,3}?(?:pacts?|deals?|agreements?|accords?|terms|declaration|statement|memorandum|memorandums|MoUs?|truce|ceasefire|cease-fire|treaty|protocol|arrangement|roadmap|settlement|package|understanding)\b(?:\s+(?:issued|signed|released|adopted|reached|struck|sealed)\s[^,;.]{1,60},\s|,?\s(?!(?:issued|signed|released|adopted|reached|struck|sealed|by|proposed|offered|being|under|was|were|is|are|has|had|that|which|with|between|of|on|to|in|for)\b))/gi,
    status: 'agreed',
    first: 'under according as in',
    needs:
      'pact deal agreement accord terms declaration statement memorand mou truce ceasefire cease-fire treaty protocol arrangement roadmap settlement package understanding',
    leadIn: true,
    support: true,
  },
  // "a pact under which", "a new security partnership for the Indo-Pacific on Wednesday under which"
  {
    re: /\bunder\s+which\s/gi,
    status: 'agreed',
    before:
      /\b(?:pact|deal|agreement|accord|partnership|arrangement|framework|plan|understanding|declaration|treaty)\b(?:\s+[^\s,;.]+){0,6}\s*$/i,
    first: 'under',
    needs: 'which',
  },
];

/** "the decision to X was made/taken": the measure sits between the two halves. */
export const DECISION_NOMINAL =
  /\b(?:the\s+)?decision\s+to\s+([^.;]{5,300}?)\s+(?:was|were|has been|had been)\s+(?:made|taken|reached)\b/gi;

/** "X and Y are to resume …", "5,000 prisoners are to be freed": future obligation stated as fact. */
export const ARE_TO = /\b(?:is|are)\s+to\s+(?:be\s+)?[a-z]/gi;

/** "The next summit is to be held in Dhaka", "the first phase is to last 42 days": arrangements and spans, not terms. */
export const ARE_TO_LOGISTICS = /^(?:is|are)\s+to\s+(?:be\s+held|be\s+hosted|be\s+convened|last|take\s+place|follow)\b/i;

/** "a ceasefire … had been agreed": the measure is the subject before the passive. */
export const PASSIVE_AGREED = /\b(?:has|have|had|was|were)\s+(?:also\s+)?been\s+(?:agreed|signed|decided)\b/gi;

/**
 * A list item that carries its own agreement verb ("- agreed to appoint liaison officers …", "• decided to set up
 * …" under "the two ministers:"): it is read as a sentence, its verb a cue like any other.
 */
export const ITEM_OWN_CUE =
  /^\s*(?:[-\u2022*\u2013\u2014]|\(?\d+[.)])\s+(?:also\s+)?(?:agreed|decided|pledged|undertook|vowed)(?:\s+(?:also\s+)?(?:to|that|on)\s|,\s)/i;

/** A bullet list follows: "the following steps were agreed:", "who pledged:", "agreed on the following:". */
export const LIST_INTRO =
  /(?:following|these)\s+(?:steps|measures|points|decisions|commitments)?\s*(?:were|was|have been)?\s*(?:also\s+)?(?:agreed|decided|adopted)|\b(?:agree\w*|decided|adopted|pledg\w*|undert\w*|commit\w*|statement|declaration|arrangement|understandings?|deal|accord|pact|plan|phase|terms|include[sd]?|following|initiative|memorandum|provisions?|said\s+that)\b[^:]{0,120}:\s*$/i;

/** Near misses: a sentence with one of these reports no agreement. */
/**
 * Talks that ended without an agreement: "without" before an agreement noun, which may carry modifiers of its
 * own but no preposition ("without Ukraine ceasefire deal", not "without a visa under the deal"), or before
 * an agreeing verb. Shared by NEGATED here and detection's FAILURE (agreement-evidence.ts).
 */
export const WITHOUT_AGREEMENT = String.raw`\bwithout\s+(?:an?\s+|any\s+)?(?:(?!(?:under|in|of|for|to|with|on|at|by|from|as|the)\b)[\w-]+\s+){0,3}?(?:agreement|deal|accord|breakthrough|ceasefire|truce)\b(?!\s+violations?)|\bwithout\s+(?:agreeing|signing|reaching|striking|sealing|clinching)\b`;

/**
 * Nothing agreed, told as such: "no such terms had been agreed", "no date has been agreed", "nothing was
 * signed". Shared by NEGATED here and detection's FAILURE (agreement-evidence.ts).
 */
export const NOTHING_AGREED = String.raw`\b(?:no\s+(?:such\s+)?(?:[\w-]+\s+){0,2}?[\w-]+|nothing)\s+(?:had|has|have|was|were)\s+(?:yet\s+)?(?:been\s+)?(?:agreed|signed|reached|settled|decided)\b`;

export const NEGATED = new RegExp(
  `${/\b(?:failed|fail|fails|refused|refuse|declined)\s+to\s+(?:agree|sign|reach)|\bno\s+(?:agreement|deal|accord)\b|\bdid\s+not\s+agree|\bcould\s+not\s+agree|\bdecided\s+not\s+to|\bnot\s+(?:yet\s+)?agreed|\bwalked\s+away|\bcalled\s+off|\bcollapsed\b|\bbroke\s+down\b|\bagreed\s+to\s+disagree/i.source}|${WITHOUT_AGREEMENT}|${NOTHING_AGREED}`,
  'i',
);

/** Proposals, demands, offers and one side's stated position: what follows is not agreed. */
export const NOT_AGREED =
  /\b(?:proposed|proposal|demanded|demands?|offered|urged|called\s+on|asked|wanted|hoped|hopes|would\s+like|expected\s+to|will\s+hold\s+talks|plans?\s+to\s+discuss|position\s+that)\b/i;

/** Backstory: earlier agreements told as background are not this article's measures. */
export const BACKGROUND =
  /\b(?:earlier\s+this\s+year|last\s+year|years?\s+ago|decades?\s+ago|in\s+(?:19|20)\d\d|previously|in\s+the\s+past|had\s+previously|since\s+(?:19|20)\d\d)\b/i;

/**
 * Quick presence check for the whole text, and the content script's agreement words: every sentence the
 * engine can take as evidence of an agreement holds one (a test runs every should-sentence of
 * model/agreement-evidence.ts through it), so the page gate never turns away a report the engine would
 * read: signing and agreeing verbs, the outcomes two sides reach (deals, swaps, restored ties, renewals),
 * joint texts and deals brokered. An instrument's noun alone is none ("charter", "framework", "protocol"):
 * every rule that reads one also needs a verb that is here.
 */
export const ANY_CUE =
  /\b(?:agree|agreed|agreeing|agreement|agreements|agrees|sign|signs|signed|signing|inked|inks|initialled|initialed|concluded|seal|sealed|struck|clinched|finali[sz]ed|reached|endorsed|approved|adopted|ratified|reaffirmed|pact|pacts|accord|accords|deal|deals|ceasefire|cease-fire|truce|armistice|memorandum|memoranda|MoUs?|treaty|treaties|declaration|joint\s+(?:statement|declaration|communiqu|announcement|press)|jointly|pledged|committed|consented|understanding|decide|decided|decision|undertook|resolved|accepted|restored|restore|restores|re-established|reestablished|normali[sz]ed|normali[sz]ation|renewed|extended|prolonged|exchanged|exchange\s+(?:of|between)|(?:prisoner|detainee|hostage|captive|POW)s?\s+exchanges?|swap|swapped|swaps|traded|brokered|mediated|consensus|rapprochement|reconciliation)\b/i;

/** The clause after ", while": a subject of up to six words and its own future step ("the army will deploy"). */
export const WHILE_WILL =
  /^(?:(?!(?:said|says|told|added|warned|hoped|hopes|insisted|stressed|noted|believes|believed|expects|expected|argued|claimed|fears|feared|doubted|denied|if|whether)\b)[\w'’.-]+\s+){1,6}?(?:will|would|shall|is\s+to|are\s+to)\s+(?!be\s+(?:discussed|considered|studied)\b)/;
