// Official titles as they appear in news copy, each mapped to a normalised role. Matching is on
// lower-cased tokens, longest first, so "deputy prime minister" wins over "prime minister".
// Abbreviations (FM, COAS, DGMO) are matched case-sensitively in find-titles.ts.

/** Ministries whose minister is titled "<portfolio> minister" or "minister of <portfolio>". */
const PORTFOLIOS = [
  'infrastructure',
  'health',
  'agriculture',
  'education',
  'justice',
  'labour',
  'labor',
  'transport',
  'industry',
  'culture',
  'environment',
  'tourism',
  'water',
  'information',
  'oil',
  'petroleum',
  'mines',
  'mining',
  'economic affairs',
  'planning',
  'security',
  'production',
  'foreign trade',
  'housing',
  'communications',
];
/**
 * Portfolios whose holder is titled "<portfolio> secretary" (British, American, South Asian cabinets and
 * civil services: "Home Secretary X", "US Agriculture Secretary X", "Bangladesh commerce secretary X").
 */
const SECRETARY_PORTFOLIOS = [
  'home',
  'agriculture',
  'commerce',
  'energy',
  'health',
  'interior',
  'transport',
  'transportation',
  'technology',
  'science',
  'culture',
  'trade',
  'education',
  'environment',
  'labour',
  'labor',
  'justice',
  'communications',
  'housing',
  'business',
  'homeland security',
  'veterans affairs',
  'industry',
  'finance',
  'tourism',
  'information',
  'war',
  'navy',
  'army',
  'northern ireland',
];
const cap = (s: string): string => s.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());

/** [as written (lower case), normalised role]. */
export const TITLES: Array<[string, string]> = [
  ['foreign minister', 'Foreign Minister'],
  ['external affairs minister', 'External Affairs Minister'],
  ['joint secretary', 'Joint Secretary'],
  ['additional secretary', 'Additional Secretary'],
  ['permanent secretary', 'Permanent Secretary'],
  ['minister of foreign affairs', 'Foreign Minister'],
  ['minister for foreign affairs', 'Foreign Minister'],
  ['foreign affairs minister', 'Foreign Minister'],
  ['top diplomat', 'Top Diplomat'],
  ['foreign secretary', 'Foreign Secretary'],
  ['fm', 'Foreign Minister'],
  ['prime minister', 'Prime Minister'],
  ['premier', 'Premier'],
  ['pm', 'Prime Minister'],
  ['deputy prime minister', 'Deputy Prime Minister'],
  ['acting prime minister', 'Acting Prime Minister'],
  ['president', 'President'],
  ['president-elect', 'President-elect'],
  ['vice president', 'Vice President'],
  ['vice-president', 'Vice President'],
  ['acting president', 'Acting President'],
  ['chancellor', 'Chancellor'],
  ['secretary of state', 'Secretary of State'],
  ['secretary-general', 'Secretary-General'],
  ['secretary general', 'Secretary General'],
  ['under-secretary', 'Under-Secretary'],
  ['undersecretary', 'Undersecretary'],
  ['deputy foreign minister', 'Deputy Foreign Minister'],
  ['state secretary', 'State Secretary'],
  ['chief of army staff', 'Chief of Army Staff'],
  ['army chief', 'Chief of Army Staff'],
  ['coas', 'Chief of Army Staff'],
  ['chief of staff', 'Chief of Staff'],
  ['chief of general staff', 'Chief of General Staff'],
  ['chief of defence staff', 'Chief of Defence Staff'],
  ['chief of defense staff', 'Chief of Defense Staff'],
  ['army commander', 'Army Commander'],
  ['director general of military operations', 'Director General of Military Operations'],
  ['dgmo', 'Director General of Military Operations'],
  ['director general', 'Director General'],
  ['director-general', 'Director General'],
  ['defence minister', 'Defence Minister'],
  ['defense minister', 'Defense Minister'],
  ['minister of defence', 'Defence Minister'],
  ['minister of defense', 'Defense Minister'],
  ['defense secretary', 'Defense Secretary'],
  ['defence secretary', 'Defence Secretary'],
  ['interior minister', 'Interior Minister'],
  ['minister of interior', 'Interior Minister'],
  ['home minister', 'Home Minister'],
  ['finance minister', 'Finance Minister'],
  ['trade minister', 'Trade Minister'],
  ['energy minister', 'Energy Minister'],
  ['commerce minister', 'Commerce Minister'],
  ['economy minister', 'Economy Minister'],
  ['minister', 'Minister'],
  ['national security adviser', 'National Security Adviser'],
  ['national security advisor', 'National Security Advisor'],
  ['high representative', 'High Representative'],
  ['special envoy', 'Special Envoy'],
  ['special representative', 'Special Representative'],
  ['envoy', 'Envoy'],
  ['ambassador', 'Ambassador'],
  ['chief negotiator', 'Chief Negotiator'],
  ['negotiator', 'Negotiator'],
  ['king', 'King'],
  ['queen', 'Queen'],
  ['emir', 'Emir'],
  ['crown prince', 'Crown Prince'],
  ['sultan', 'Sultan'],
  ['supreme leader', 'Supreme Leader'],
  ['leader', 'Leader'],
  ['chairman', 'Chairman'],
  ['chairperson', 'Chairperson'],
  ['chief', 'Chief'],
  ['intelligence chief', 'Intelligence Chief'],
  ['spy chief', 'Intelligence Chief'],
  ['police chief', 'Police Chief'],
  ['chief minister', 'Chief Minister'],
  ['chief executive', 'Chief Executive'],
  ['chief justice', 'Chief Justice'],
  ['commander', 'Commander'],
  ['commander-in-chief', 'Commander-in-Chief'],
  ['spokesperson', 'Spokesperson'],
  ['spokesman', 'Spokesman'],
  ['spokeswoman', 'Spokeswoman'],
  ['governor', 'Governor'],
  ['head of state', 'Head of State'],
  ['head of government', 'Head of Government'],
  ['adviser', 'Adviser'],
  ['advisor', 'Advisor'],
  ['aide', 'Aide'],
  ['commissioner', 'Commissioner'],
  ['mediator', 'Mediator'],
  ['state counsellor', 'State Counsellor'],
  ['state councillor', 'State Councillor'],
  ['state councilor', 'State Councilor'],
  ['minister of state', 'Minister of State'],
  ['speaker', 'Speaker'],
  ['vice chairman', 'Vice Chairman'],
  ['vice-chairman', 'Vice-Chairman'],
  ['consul general', 'Consul General'],
  ["charge d'affaires", "Chargé d'Affaires"],
  ["chargé d'affaires", "Chargé d'Affaires"],
  ['official', 'Official'],
  ['security official', 'Security Official'],
  ['representative', 'Representative'],
  ['permanent representative', 'Permanent Representative'],
  ['delegate', 'Delegate'],
  ['diplomat', 'Diplomat'],
  ['general secretary', 'General Secretary'],
  ['senator', 'Senator'],
  ['coordinator', 'Coordinator'],
  ['special coordinator', 'Special Coordinator'],
  ['high commissioner', 'High Commissioner'],
  ['senior adviser', 'Senior Adviser'],
  ['chief of the general staff', 'Chief of the General Staff'],
  ['treasury secretary', 'Treasury Secretary'],
  ['secretary of the treasury', 'Treasury Secretary'],
  ['secretary of defense', 'Secretary of Defense'],
  ['first deputy prime minister', 'First Deputy Prime Minister'],
  ['deputy president', 'Deputy President'],
  ['vice minister', 'Vice Minister'],
  ['vice-minister', 'Vice Minister'],
  ['vice foreign minister', 'Vice Foreign Minister'],
  ['deputy minister', 'Deputy Minister'],
  ['vice premier', 'Vice Premier'],
  ['lead negotiator', 'Lead Negotiator'],
  ['attorney general', 'Attorney General'],
  ['chief of naval staff', 'Chief of Naval Staff'],
  ['chief of air staff', 'Chief of Air Staff'],
  ['military attache', 'Military Attaché'],
  ['defence attache', 'Defence Attaché'],
  ['press secretary', 'Press Secretary'],
  ['secretary for foreign affairs', 'Secretary for Foreign Affairs'],
  ['cabinet secretary', 'Cabinet Secretary'],
  ['tribal elder', 'Tribal Elder'],
  ['state minister', 'State Minister'],
  ['chief mediator', 'Chief Mediator'],
  ['chief envoy', 'Chief Envoy'],
  ['chief spokesman', 'Chief Spokesman'],
  ['chief spokesperson', 'Chief Spokesperson'],
  ['chief adviser', 'Chief Adviser'],
  ['under secretary', 'Under Secretary'],
  ['emissary', 'Emissary'],
  ['chair', 'Chair'],
  ['chairwoman', 'Chairwoman'],
  ['counsellor', 'Counsellor'],
  ['counselor', 'Counselor'],
  ['consul', 'Consul'],
  ['head of mission', 'Head of Mission'],
  ['chief of mission', 'Chief of Mission'],
  ['federal councillor', 'Federal Councillor'],
  ['taoiseach', 'Taoiseach'],
  ['tanaiste', 'Tánaiste'],
  ['tánaiste', 'Tánaiste'],
  ['peace commissioner', 'Peace Commissioner'],
  ['delegation head', 'Head of Delegation'],
  ['head of delegation', 'Head of Delegation'],
  ['ruler', 'Ruler'],
  ['military ruler', 'Military Ruler'],
  ['junta chief', 'Junta Chief'],
  ['foreign policy chief', 'Foreign Policy Chief'],
  ['top negotiator', 'Top Negotiator'],
  // offices that are titles by themselves, before a name or in apposition after it ("Executive Director
  // X", "X, assistant secretary for African affairs", "X, co-chair of the commission")
  ['executive director', 'Executive Director'],
  ['managing director', 'Managing Director'],
  ['deputy director', 'Deputy Director'],
  ['assistant secretary', 'Assistant Secretary'],
  ['deputy secretary', 'Deputy Secretary'],
  ['co-chair', 'Co-Chair'],
  ['co-chairman', 'Co-Chairman'],
  ['vice chair', 'Vice Chair'],
  ['vice-chair', 'Vice Chair'],
  ['minister of national defence', 'Minister of National Defence'],
  ['minister of national defense', 'Minister of National Defense'],
  ...SECRETARY_PORTFOLIOS.flatMap(
    (p): Array<[string, string]> => [
      [`${p} secretary`, `${cap(p)} Secretary`],
      [`secretary of ${p}`, `${cap(p)} Secretary`],
    ],
  ),
  ...PORTFOLIOS.flatMap(
    (p): Array<[string, string]> => [
      [`${p} minister`, `${cap(p)} Minister`],
      [`minister of ${p}`, `${cap(p)} Minister`],
    ],
  ),
];

/** Military ranks: part of the role, never of the canonical name ("General Syed Asim Munir" → "Syed Asim Munir"). */
export const RANKS: string[] = [
  'general',
  'gen',
  'lt gen',
  'lieutenant general',
  'lt-gen',
  'maj gen',
  'major general',
  'maj-gen',
  'brig',
  'brigadier',
  'brigadier general',
  'brig gen',
  'col',
  'colonel',
  'admiral',
  'adm',
  'vice admiral',
  'rear admiral',
  'field marshal',
  'marshal',
  'air chief marshal',
  'air marshal',
  'lt col',
  'lieutenant colonel',
  'maj',
  'senior general',
  'vice senior general',
  'captain',
  'capt',
  'lieutenant',
  'lt',
  'major',
  'commodore',
];

/** Honorifics dropped from the canonical name (Syed and Sheikh stay: they are usually part of the name as given). */
export const HONORIFICS: string[] = [
  'dr',
  'excellency',
  'mr',
  'mrs',
  'ms',
  'mullah',
  'prof',
  'professor',
  'sir',
  'dame',
  'maulana',
  'ayatollah',
];

/** Name particles that may sit lower-case inside a person's name. */
export const NAME_PARTICLES: string[] = [
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'de',
  'da',
  'di',
  'do',
  'dos',
  'van',
  'von',
  'der',
  'del',
  'la',
  'le',
  'ben',
  'abu',
  'ul',
];

/**
 * Words of NOT_NAME_WORDS that are also common surnames: inside a run of name words they are a name's
 * part ("Theresa May", "Park Jin", "Park Geun-hye"), never before a number ("May 5") and never alone.
 */
export const SURNAME_WORDS: string[] = ['may', 'park', 'hall'];

/** Capitalised words that mark an institution, place or thing, never part of a person's name. */
export const NOT_NAME_WORDS: string[] = (
  'headquarters office ministry committee council assembly agency army forces force staff command secretariat statute ' +
  'declaration agreement accord treaty plan line control park test news breaking house senate parliament congress ' +
  'government republic kingdom state states union nations league party front movement bank court university airport ' +
  'province region district city border sea ocean gulf island islands mountains river street road square palace ' +
  'centre center hall hotel stadium summit conference day week monday tuesday wednesday thursday friday saturday sunday ' +
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep ' +
  'sept oct nov dec the a an in on at of for and but or this that these those his her their its our we they he she it ' +
  'after before during following when while with without by from to as if however meanwhile also both two first ' +
  'east west north south eastern western northern southern central world international national joint follow-up ' +
  'ceasefire pact deal mechanism protocol memorandum framework statement press agency times post media tv radio ' +
  // capitalised only because they open a sentence
  'later earlier then now today yesterday tomorrow separately speaking addressing according citing asked under ' +
  'despite although though since until once instead still yet there here what why how where who which while ' +
  'officials sources analysts critics observers reporters both neither either each every all some many several ' +
  'security information intelligence affairs defence defense operations services relations cooperation peace trade ' +
  // institutions and things that title-case like names ("the Cabinet", "History", "General Public License")
  'cabinet senior history license licence public people peoples cup trophy award prize medal'
).split(' ');

/**
 * Words that title-case inside the name of an office or portfolio: "Minister for Fisheries and Aquatic
 * Resources Development X", "Under-Secretary for Political Affairs X", "EU Enlargement Commissioner X".
 * They continue a title ("of"/"for" + these words) and are never part of a person's name.
 */
export const OFFICE_WORDS: string[] = (
  'political foreign external internal home affairs development resources aquatic fisheries fishery agriculture agricultural ' +
  'farmers welfare enlargement energy health education finance financial economy economic justice environment ' +
  'climate transport industry industries commerce culture tourism labour labor planning water mines mining petroleum oil gas ' +
  'science technology digital communications housing urban rural regional social humanitarian peacekeeping operations legal ' +
  'human rights women children youth sports family works infrastructure relations cooperation integration neighbourhood ' +
  'neighborhood policy strategic minority religious veterans reconstruction forestry livestock maritime ports shipping aviation ' +
  'disaster emergency refugees migration immigration customs revenue budget treasury investment trade defence defense security ' +
  'interior intelligence information national international multilateral bilateral consular protocol ocean oceans marine ' +
  'civil cultural supplies railways railway textiles commerce telecommunications'
).split(' ');

/**
 * Words written before a title that stay in it ("caretaker foreign minister", "special adviser",
 * "Assistant Secretary of State"); "former" also marks the office as a past one.
 */
export const TITLE_MODIFIERS: string[] =
  'acting deputy interim caretaker former outgoing incoming then senior top veteran new joint special assistant principal personal most presidential permanent first'.split(
    ' ',
  );

/**
 * Words between a side and its official's title: "Chinese foreign ministry spokesperson", "Hamas
 * political bureau chief", "the Ethiopian government's chief negotiator" (the office words count too).
 */
export const ORGAN_WORDS: string[] = (
  'foreign defence defense ministry army military government presidential office state navy interior finance trade ' +
  'delegation embassy mission department council national security agency intelligence cabinet treasury justice police ' +
  'coast guard bureau politburo peace negotiating armed forces revolutionary guards federal central commission parliament parliamentary junta mediation negotiation'
).split(' ');

/**
 * Last words of an institution's name: the capitalised words before them belong to the institution, not
 * to a person ("the Sudan Sovereign Council", "the High Peace Council"), and a title may run on to them
 * ("Chairman of the Sudan Sovereign Council, Gen. X").
 */
export const INSTITUTION_HEADS: string[] = (
  'council committee commission ministry office agency assembly authority court bureau department directorate secretariat ' +
  'service parliament senate congress government mission forces army front movement party union league organisation ' +
  'organization corporation bank fund board institute centre center foundation'
).split(' ');

/**
 * Last words of a state body's or a side's organ's proper name, through which an office's "of …" still
 * names the side: "secretary of Iran's Supreme National Security Council", "head of Yemen's Presidential
 * Leadership Council"; not a think tank's or a firm's ("Institute", "Foundation", "Bank", "Corporation").
 */
export const STATE_BODY_HEADS: string[] = (
  'council committee commission ministry office agency assembly authority bureau department directorate secretariat ' +
  'service parliament senate congress government mission forces army navy guard guards front movement party union league command staff'
).split(' ');

/**
 * Words of a title that only a state's office holds (not a movement's or an organisation's): an official
 * with such a title and no side in the text belongs to the one state among the sides.
 */
export const STATE_OFFICE_WORDS: string[] = [
  'president',
  'prime minister',
  'minister',
  'chancellor',
  'king',
  'queen',
  'emir',
  'sultan',
  'crown prince',
  'army',
  'chief of army staff',
  'national security',
  'secretary of state',
  'foreign secretary',
  'ambassador',
];

/**
 * Words that are a role after a name only when their "of/in …" names a side and nothing more (the
 * office words secretary, director, head, chief, chairman count too): "X, a colonel in the Russian army",
 * "X, a member of the Hamas political bureau"; never "X, a member of the public", "X, an officer at a bank".
 */
export const SIDE_OFFICE_HEADS: string[] = [
  'member',
  'officer',
  'colonel',
  'general',
  'major',
  'captain',
  'lieutenant',
  'brigadier',
  'admiral',
];

/**
 * Nouns that stand for a side (or its leadership) in a possessive before a role: "X, the sultanate's
 * foreign minister", "X, the kingdom's envoy", "X, the group's spokesman"; never "the company's spokeswoman".
 */
export const SIDE_POSSESSORS: string[] = (
  'country nation state kingdom sultanate emirate republic government administration regime ministry army military ' +
  'navy junta group movement militia organisation organization alliance bloc coalition delegation side union body ' +
  'agency council commission federation presidency leadership'
).split(' ');

/**
 * Heads of a title whose portfolio is written out before them: "civil aviation and tourism secretary",
 * "cultural affairs secretary", "trade and industry minister" (src/core/find-titles.ts).
 */
export const PORTFOLIO_HEADS: string[] = ['secretary', 'minister', 'secretaries', 'ministers'];

/** Words that may join office words inside one office's name ("Agriculture & Farmers Welfare", "of the Council"). */
export const OFFICE_JOINERS: string[] = ['and', '&', 'of', 'the', 'for'];

/**
 * People quoted for their opinion or their reporting, never officials, even beside an office word:
 * "political analyst X", "X, a senior fellow at …", "Reuters correspondent X", "By X, staff reporter".
 */
export const NOT_OFFICIAL_ROLES: string[] = (
  'analyst analysts commentator commentators columnist columnists correspondent correspondents reporter reporters journalist ' +
  'journalists editor editors writer writers author authors researcher researchers economist economists scholar scholars ' +
  'academic academics professor expert experts strategist strategists pundit pundits blogger ' +
  'photographer anchor presenter historian lecturer'
).split(' ');

/**
 * Words that open a clause after a name and its comma, not an apposition: in "X, told reporters" or
 * "X, speaking to journalists" the reporters are the audience, not X's role.
 */
export const CLAUSE_AFTER_NAME: string[] = (
  'told tells tell said says say speaking talking addressing briefing briefed telling to with before at who which ' +
  'was is had has have will would could later also then'
).split(' ');

/** Words after a name that make it an outlet's ("the official Al Ekhbariya TV", "Dawn News"), not a person's. */
export const MEDIA_WORDS: string[] = [
  'tv',
  'television',
  'radio',
  'news',
  'agency',
  'channel',
  'network',
  'times',
  'post',
  'daily',
  'gazette',
  'tribune',
  'herald',
];

/** Words just before a name that make it a byline or a writer, not an official: "Reporting by X", "writes X". */
export const BYLINE_MARKERS: string[][] = [
  ['reporting', 'by'],
  ['writing', 'by'],
  ['editing', 'by'],
  ['written', 'by'],
  ['reported', 'by'],
  ['compiled', 'by'],
  ['photo', 'by'],
  ['photos', 'by'],
  ['additional', 'reporting', 'by'],
  ['writes'],
  ['wrote'],
  ['says', 'analyst'],
];

/** Words that refer to the other side's holder of the same office: "his Indian counterpart X". */
export const COUNTERPART_WORDS: string[] = ['counterpart', 'counterparts', 'opposite number'];

/** Group nouns whose leader "led by X" / "headed by X" names: "a faction of the movement headed by X". */
export const LED_GROUP_WORDS: string[] = [
  'faction',
  'group',
  'movement',
  'wing',
  'party',
  'coalition',
  'alliance',
  'bloc',
  'militia',
  'force',
  'forces',
  'organisation',
  'organization',
];

/** Name suffixes kept with the name but never a surname: "Romeo S. Brawner, Jr.". */
export const NAME_SUFFIXES: string[] = ['jr', 'sr'];

/** Abbreviated given names written with a period: "Ma. Teresita" (Maria). */
export const GIVEN_NAME_ABBREVIATIONS: string[] = ['ma', 'wm', 'jos', 'chas', 'thos', 'geo'];

/**
 * Verbs of meeting between an official with no side and one with a side, in a report on two sides: the first
 * is on the other side ("A and B held talks with Sri Lanka's minister C", "A met Iran's foreign minister").
 */
export const MEETING_WORDS: string[] = [
  'met',
  'meets',
  'meeting',
  'talks with',
  'held talks',
  'spoke to',
  'spoke with',
  'received',
  'hosted',
  'welcomed',
  'called on',
];

/**
 * Verbs after which "for <side>" names the side a person acts for: "X signed for Iran", "Y, signing for
 * the UN", "Z spoke for the rebels" (also "on behalf of <side>" and "on <side>'s behalf").
 */
export const ACTS_FOR_WORDS: string[] = [
  'signed',
  'signing',
  'signs',
  'sign',
  'initialled',
  'initialed',
  'spoke',
  'speaking',
  'speaks',
  'negotiated',
  'negotiating',
  'negotiates',
];

/** Verbs that open a team's list of members: "a mediation team that also included A and B". */
export const INCLUDING_WORDS: string[] = ['included', 'includes', 'including', 'comprising', 'comprised', 'comprises', 'consisting'];

/** Nouns for a side's team whose members are listed after INCLUDING_WORDS ("the AU panel included …"). */
export const TEAM_WORDS: string[] = ['team', 'teams', 'panel', 'delegation', 'delegations', 'mission', 'troika', 'contingent'];

/** Verbs before "by" whose agent is on the side of the person just named: "X was accompanied by Y". */
export const COMPANION_WORDS: string[] = ['accompanied', 'assisted', 'flanked', 'aided'];

/**
 * Nouns after a leader's bare name that make the name a modifier, not a mention of the person: "the
 * Trump administration", "the Putin regime", "Erdogan loyalists".
 */
export const NAME_AS_MODIFIER_NOUNS: string[] = (
  'administration administrations era regime government doctrine camp presidency years allies loyalists supporters ' +
  'critics family campaign foundation plan policy policies tariffs'
).split(' ');
