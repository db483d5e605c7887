// Sentences of our own: where the sides met or signed. A place is a known city or venue in a venue's
// position; never a person, a country, a heading fragment, a future venue, a scope or background.
import { describe, expect, test } from 'vitest';
import { extractFacts } from './extract';
import { PLACE_CUES } from '../model/place-cues';
import { tokenize } from './tokens';
import { phraseAt } from './find-place';
import { foldPlace, knownPlace, placeAt } from './place-index';
import { CITIES_DATA } from '../model/cities.generated';

const place = (text: string, title?: string) => extractFacts({ text, title }).location;

describe("the meeting's or signing's place", () => {
  test.each([
    ['Ghana and Togo signed a border agreement in Accra on Monday.', 'Accra'],
    ['The talks in Geneva ended with a joint statement in which Chile and Peru agreed to reopen the border.', 'Geneva'],
    ['Chile and Peru met at the foreign ministry in Lima and agreed to reopen the border.', 'Lima'],
    ['Chile and Peru agreed at Doha-hosted talks to exchange prisoners.', 'Doha'],
    ['Chile and Peru agreed to reopen the border at the summit in the Saudi capital on Sunday.', 'Riyadh'],
    ['The accord was signed in the Red Sea port of Jeddah by both foreign ministers.', 'Jeddah'],
    ['The two presidents signed the declaration at the White House on Friday.', 'Washington'],
    ['Talks at the Kremlin ended with an agreement to extend the truce.', 'Moscow'],
    ['The accord was signed in the capital Naypyitaw on Thursday by the government and eight armed groups.', 'Naypyitaw'],
    ['The agreement between the two governments was sealed in Kiev on Tuesday.', 'Kiev'],
    ['During a visit to Islamabad, the two foreign ministers agreed to set up a joint mechanism.', 'Islamabad'],
    ['The exchange of prisoners was carried out in Ankara, the Turkish capital, officials said.', 'Ankara'],
    ['Chile and Peru signed the accord on Tuesday in the Swiss resort of Bürgenstock.', 'Bürgenstock'],
    [
      'Bled, a lakeside town in Slovenia, was chosen as the venue for the talks at which Chile and Peru agreed to reopen the border.',
      'Bled',
    ],
    ['At the Jeddah talks, the two armies agreed to a week-long truce.', 'Jeddah'],
    ['After talks in Beijing last year failed, the two sides agreed on Monday in Jakarta to resume trade.', 'Jakarta'],
    ['The two delegations met at a hotel in Caux, a village above the lake, and agreed to swap prisoners.', 'Caux'],
    ['The two ministers met in Dar es Salaam and agreed to open a new border post.', 'Dar es Salaam'],
    ['Kenya and Ethiopia signed the treaty in NAIROBI on Monday.', 'Nairobi'],
  ])('%s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });

  test('the headline tells the place when the body does not', () => {
    expect(place('The two sides also agreed to reopen the border crossings.', 'Sudan and rebel groups sign peace deal in Juba')).toBe(
      'Juba',
    );
  });

  test("the meeting's place wins over the dateline's city", () => {
    expect(
      place(
        'WASHINGTON (AP) — Chile and Peru signed the pact on Friday at the signing ceremony in Buenos Aires, where the summit is being held.',
      ),
    ).toBe('Buenos Aires');
  });

  test("the place of this meeting wins over an earlier round's host", () => {
    expect(
      place(
        'Both sides agreed to continue the process. The statement came after a fourth round of talks held in Vienna on July 1.\nMoscow hosted the first round in January.',
      ),
    ).toBe('Vienna');
  });

  test('an institution resolves to its city only when the text names the city', () => {
    expect(place('The army chief received the minister at GHQ, where both sides agreed to set up liaison offices.')).toBeNull();
    expect(
      place('The army chief received the minister at GHQ, where both sides agreed to set up liaison offices. GHQ stands in Rawalpindi.'),
    ).toBe('Rawalpindi');
  });
});

describe('never a place', () => {
  test.each([
    // a person's name after "in"
    "In Jilani's view, both sides agreed to cooperate against terrorism.",
    // a country
    'Chile and Peru signed the agreement in Argentina on Monday.',
    // a heading fragment, states joined by a hyphen
    'Japan-South Korea talks end with an agreement to resume flights.',
    // a future venue
    'Chile and Peru agreed to reopen the border and will meet in Vienna next month.',
    'Chile and Peru agreed on a ceasefire; talks in Vienna next week are to settle the details.',
    'Chile and Peru agreed to reopen the border. Their presidents are due to sign the treaty in Lima in May.',
    // a measure's scope, not a venue
    'The two sides agreed to a ceasefire in Gaza.',
    'Both sides agreed to station liaison officers in Quetta and Zahedan.',
    // background
    'Chile and Peru, which signed a treaty in Lima in 2015, agreed on Monday to reopen the border.',
    'Last year, the two ministers met in Oslo. On Monday they agreed to reopen the border.',
    // cities and venues as actors
    'Moscow and Kyiv agreed to exchange prisoners.',
    'The White House said both sides agreed to extend the truce.',
    // the sentence's cities are actors; the hosts of the talks are states
    'Washington and Havana said on Wednesday they had agreed to restore relations after secret talks hosted by Canada.',
    // a town named like a month
    'The deal was signed in March by both sides.',
    // a capitalised word that is no known place
    'The two sides signed the agreement in Parliament on Monday.',
    // where a spokesman spoke is not where the sides agreed
    'In Beijing on Tuesday, a foreign ministry spokesperson confirmed that the two sides had reached a resolution.',
  ])('%s', (text) => {
    expect(place(text)).toBeNull();
  });
});

describe('the dateline is a weak fallback', () => {
  test('taken when the lead tells a meeting held and names no venue', () => {
    expect(
      place('GENEVA, Sept 14 - Chile and Peru agreed on a plan after three days of negotiations between their foreign ministers.'),
    ).toBe('Geneva');
  });
  test.each([
    // nothing says the sides met: agency copy carries its bureau's city
    'ISLAMABAD (Reuters) - Pakistan and Iran agreed on Monday to return their ambassadors.',
    // the meeting is still to come
    'ISLAMABAD (Reuters) - Pakistan and Iran agreed on Monday to return their ambassadors. Their foreign ministers are to meet next week.',
    // prisoners change hands at a border, not in the bureau's city
    'ISLAMABAD (Reuters) - Pakistan and India exchanged 95 prisoners on Friday, the foreign office said.',
    // the lead names another venue, if only a future one
    'ISLAMABAD (Reuters) - Pakistan and Iran agreed to return their ambassadors after talks, and will meet in Tehran next month.',
  ])('not in: %s', (text) => {
    expect(place(text)).not.toBe('Islamabad');
  });
});

describe('"in the <descriptor> city" is the dateline\'s city', () => {
  test.each([
    [
      'JEDDAH, Saudi Arabia (AP) — Chile and Peru signed a declaration on Thursday after talks in the Red Sea city, officials said.',
      'Jeddah',
    ],
    ['MOMBASA (Reuters) - Ghana and Togo agreed to reopen the border at talks in the coastal city on Monday.', 'Mombasa'],
  ])('%s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });
  test.each([
    // no dateline to point to
    'Chile and Peru agreed to reopen the border at talks in the coastal city on Monday.',
    // "the city of X" names another city; a future venue is no place either
    'JEDDAH (AP) — Chile and Peru signed a declaration after talks in the Saudi city of Taif.',
    'JEDDAH (AP) — Chile and Peru agreed to reopen the border. They will meet next month in the port city.',
  ])('no dateline city in: %s', (text) => {
    expect(place(text)).not.toBe('Jeddah');
  });
});

describe('the place lookup', () => {
  const at = (s: string) => {
    const toks = tokenize(s);
    const m = placeAt(toks, 0, toks.length);
    return m ? s.slice(toks[m.tokStart]!.start, toks[m.tokEnd - 1]!.end) : null;
  };
  test.each([
    ['Rawalpindi on Monday', 'Rawalpindi'],
    ['Nay Pyi Taw', 'Nay Pyi Taw'],
    ['Port-au-Prince', 'Port-au-Prince'],
    ['São Paulo', 'São Paulo'],
    ['Sao Paulo', 'Sao Paulo'],
    ['New York and', 'New York'],
    ['Great Hall of the People', 'Great Hall of the People'],
    ['Washington, D.C.', 'Washington'],
  ])('%s → %s', (s, expected) => {
    expect(at(s)).toBe(expected);
  });
  test.each(['Argentina', 'Japan', 'Parliament', 'Jilani', 'rawalpindi'])('%s is no place', (s) => {
    expect(at(s)).toBeNull();
  });
  test('every capital is known, with its country', () => {
    for (const [city, cc] of [
      ['Islamabad', 'PK'],
      ['Naypyidaw', 'MM'],
      ['Putrajaya', 'MY'],
      ['Washington', 'US'],
      ['Kyiv', 'UA'],
      ['Singapore', 'SG'],
    ]) {
      const p = knownPlace(foldPlace(city ?? ''));
      expect(p?.country, city).toBe(cc);
      expect(p?.capital, city).toBe(true);
    }
  });
});

test('the cities data is sorted by the folded name, as the lookup folds it, one line per name', () => {
  const keys = CITIES_DATA.split('\n').map((l) => foldPlace(l.slice(0, l.indexOf('|'))));
  for (let i = 1; i < keys.length; i++) expect(keys[i - 1]! < keys[i]!, `${keys[i - 1]} < ${keys[i]}`).toBe(true);
  // and the search finds every line
  const missed = keys.filter((k) => !knownPlace(k));
  expect(missed).toEqual([]);
});

describe('place cues (src/model/place-cues.ts) are lower-case phrases of single-spaced words', () => {
  test.each(Object.entries(PLACE_CUES))('%s', (_name, list) => {
    for (const p of list) expect(p, p).toMatch(/^[a-z][a-z']*(?: [a-z']+)*$/);
    expect(new Set(list).size).toBe(list.length);
  });
  test("phrases match the text's tokens, longest first", () => {
    const toks = tokenize('talks to be held in Geneva');
    expect(phraseAt(toks, 1, toks.length, PLACE_CUES.futureBefore)).toBe(3);
    expect(phraseAt(toks, 0, toks.length, PLACE_CUES.meeting)).toBe(1);
    expect(phraseAt(toks, 4, toks.length, PLACE_CUES.meeting)).toBe(0);
  });
});

describe('more wordings', () => {
  test.each([
    ['Turkey, Somalia Sign Defence Pact In Ankara To Boost Naval Cooperation', 'Ankara'],
    ['In Tashkent, the two presidents signed a protocol on the remaining sections of the border.', 'Tashkent'],
  ])('%s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });
  test.each([
    // a sentence opened by the place, whose clause turns on the agreement
    ['In Vienna, the two foreign ministers agreed to restore direct flights.', 'Vienna'],
    ['In Vienna on Monday, Chile and Peru agreed to restore direct flights.', 'Vienna'],
    // words of time between the agreement and the place
    ['Chile and Peru agreed on Monday evening in Lima to reopen the border.', 'Lima'],
    ['The deal was reached late on Monday in Lima.', 'Lima'],
    ['Chile and Peru agreed in principle on Monday in Lima to reopen the border.', 'Lima'],
    // a future marker in a clause set off by commas does not govern the place's clause
    ['The two sides, which will hold further talks, agreed in Lima to reopen the border.', 'Lima'],
    // the place's "where" clause tells the agreement
    ['The foreign minister travelled to Ankara, where the two sides agreed to boost trade.', 'Ankara'],
    // background in an earlier clause closed by a semicolon
    ['In 2020 the sides met in Quito; on Monday they agreed in Lima to reopen the border.', 'Lima'],
    // the place dated with the day of its clause's agreement
    ['Chile and Peru agreed to reopen the border in Lima on Monday, ending a decade-long dispute.', 'Lima'],
    ['Ghana and Togo agreed to a joint customs regime in Accra yesterday.', 'Accra'],
    // present-tense verbs, as headlines and leads use them
    ['Chile and Peru sign a deal to boost trade and energy links in Lima', 'Lima'],
    ['Chile, Peru seal long-awaited border agreement in Lima', 'Lima'],
    ['Chile and Peru reach a deal in Lima to reopen the border', 'Lima'],
    ['Lima hosts talks at which Chile and Peru agree to reopen the border', 'Lima'],
    // the city as its meeting's modifier
    ['The Lima talks ended with an agreement to reopen the border.', 'Lima'],
    ['Chile and Peru agree to reopen border after Lima talks', 'Lima'],
    // an earlier week's meeting, or a press conference, ranks below this meeting's place
    [
      'The foreign ministers of Chile and Peru, who held talks in Santiago last month, agreed in Lima on Monday to reopen the border.',
      'Lima',
    ],
    [
      'Chile and Peru agreed to reopen the border. Speaking at a news conference in Santiago, the Chilean president said the deal, signed in Lima, was historic.',
      'Lima',
    ],
    // but is still the place where it is the only one told
    ['The deal, signed in Lima last week, came into force on Monday.', 'Lima'],
    ['Chile and Peru agreed to reopen the border, the two ministers told a news conference in Lima.', 'Lima'],
    // small towns known as venues, whatever their size; English spellings of capitals
    ['Leaders signed the declaration at a summit in Sharm el-Sheikh on Monday.', 'Sharm el-Sheikh'],
    ['The two ministers met in Davos and agreed to resume trade talks.', 'Davos'],
    ['The two sides signed the accord in Ulaanbaatar.', 'Ulaanbaatar'],
    // more meeting and agreement words: plurals, a roadmap, a protocol, "conferred", "huddled"
    ['The two governments signed a joint roadmap in Lima on Tuesday.', 'Lima'],
    ['The deals were formalized in Lima on Tuesday.', 'Lima'],
    ['The two foreign ministers conferred in Lima before agreeing to reopen the border.', 'Lima'],
    ['The two presidents huddled in Lima for three hours and agreed to reopen the border.', 'Lima'],
    ['Five accords on trade and energy were concluded in Lima.', 'Lima'],
    // the city as the subject of a hosting verb, anywhere in its sentence
    ['After Doha hosted three rounds of talks, the two sides agreed to a deal.', 'Doha'],
    // a scope noun that is the object of a signing verb: the signing's place
    ['The two sides signed a ceasefire in Doha on Monday.', 'Doha'],
    // a text named after the signing's city, right after the signing verb
    ['Greece and Turkey signed the Athens Declaration on Thursday.', 'Athens'],
    ['The two presidents signed the Lima accord, ending the dispute.', 'Lima'],
    // a building the meeting was at, in its city
    ['The talks were held at the UN office in Geneva.', 'Geneva'],
    ['The two ministers met at the Turkish consulate in Istanbul and agreed to swap prisoners.', 'Istanbul'],
    // a future marker in a relative clause before the past-tense agreement verb
    ['The deal that could end the war was reached in Doha on Monday.', 'Doha'],
    ['A pact that is expected to boost trade was sealed in Lima.', 'Lima'],
    // a sentence opened by "In the <state> capital,"
    ['In the Peruvian capital, the two foreign ministers agreed to reopen the border.', 'Lima'],
    // welcomed to the place
    ['The Peruvian president welcomed his Chilean counterpart to Lima on Monday.', 'Lima'],
    // travelled to the place of the talks
    ['The foreign minister flew to Riyadh on Sunday for talks with his Saudi counterpart.', 'Riyadh'],
    ['The Peruvian president travelled to Santiago for talks with his Chilean counterpart.', 'Santiago'],
  ])('%s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });
  test.each([
    // the place opens a sentence about who spoke or reacted, not where the sides agreed
    'In Beijing, a foreign ministry spokesperson said the two sides had agreed to resume trade.',
    'In Beijing on Tuesday, diplomats praised the deal the two sides had reached.',
    // anything but time between the agreement and the place: the place is the measure's scope
    'Both sides agreed on Monday to station liaison officers in Quetta.',
    // the future marker governs the place's own clause
    'The two sides agreed to reopen the border, and their presidents will sign the treaty in Lima.',
    'Next month, in Lima, the two sides will sign the treaty.',
    // a "where" clause of the future, or of someone's reaction
    'The two sides agreed to meet again in Geneva, where the final agreement will be signed.',
    'The minister returned to Lima, where officials said the two sides had reached a deal.',
    // background before the place, in its own clause
    'In 2020 the sides met in Quito and agreed to reopen the border.',
    // a dated place in a clause of its own, or a measure's scope
    'Chile and Peru agreed to reopen the border, which was closed in Lima on Monday by protesters.',
    'The two sides agreed to a ceasefire in Gaza on Monday.',
    // a present-tense verb of the future
    'Chile and Peru agreed to reopen the border; their presidents will sign the treaty in Lima.',
    // a city's meeting still to come, a city as an actor
    'Ahead of the Lima summit, the two sides agreed to reopen the border.',
    'The upcoming Lima talks are expected to seal the deal.',
    'Moscow signs a deal with Kyiv to exchange prisoners.',
    // a scope noun of no signing
    'The two sides agreed on Monday to a ceasefire in Gaza.',
    'The two sides agreed to a deal that ends the war in Aleppo.',
    // a text named after a city, not signed here and now
    'The two sides agreed to implement the Minsk agreements.',
    'The two sides, which signed the Lima accord in 2015, agreed to reopen the border.',
    // an embassy or an ambassador in a city, no meeting at it
    'The two sides agreed to reopen the embassy in Lima.',
    'The ambassador in Lima said the two sides met and agreed.',
    // the agreement itself still to come
    'Chile and Peru said the deal will be reached in Lima.',
    'Officials said a pact is expected to be sealed in Lima.',
    // a welcome of a decision to move something to a city
    'Chile welcomed the decision to return its ambassador to Lima.',
    // places in a list are a measure's scope
    'The two sides agreed to expand energy deals in Lima and Santiago.',
    'Chile and Peru agreed to honour existing trade agreements in Lima or Santiago.',
    // travel still to come
    'Chile and Peru agreed to reopen the border; the ministers will travel to Lima next week to sign it.',
  ])('no place in: %s', (text) => {
    expect(place(text)).toBeNull();
  });
  test("a headline line's last word is its city, whatever opens the next line", () => {
    expect(place("Chile and Peru sign border deal in Lima\nPeru's foreign minister said on Monday the crossing would reopen.")).toBe(
      'Lima',
    );
  });
  test('a title-case city followed by a capitalised word is still read in plain sentences as another name', () => {
    expect(place('The two sides signed the accord at Independence Hall on Monday.')).toBeNull();
  });
});

describe('datelines in ordinary case, buildings, travel and other days', () => {
  test.each([
    ['Lima: Chile and Peru agreed on a border plan at a joint press briefing held here on Monday.', 'Lima'],
    ['Quito – Ecuador and Colombia agreed at a meeting held here to reopen the border.', 'Quito'],
    ['Lima, Peru, Jan 29 (Andina) -- Chile and Peru agreed at a meeting held here on Monday to reopen the border.', 'Lima'],
    ['Lima [Peru], January 29 (EFE): Chile and Peru agreed at a meeting held here on Monday to reopen the border.', 'Lima'],
    ['LIMA/SANTIAGO: Chile and Peru agreed at a meeting held here on Monday to reopen the border.', 'Lima'],
    ['UNITED NATIONS, March 6 (Reuters) - Chile and Peru signed a border treaty here on Tuesday.', 'New York'],
  ])('a known city before ":" or a spaced dash is a dateline: %s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });
  test.each([
    'Analysis: Ecuador and Colombia agreed at a meeting held here to reopen the border.',
    'Exclusive – Ecuador and Colombia agreed at a meeting held here to reopen the border.',
    // a city and a state that open a headline's sentence are no dateline
    'Quito, Colombia agree at a meeting held here to reopen the border',
  ])('a kicker is no dateline: %s', (text) => {
    expect(place(text)).toBeNull();
  });
  test.each([
    ['"We have agreed," the president said at the Quito Presidential Palace after talks with his Colombian counterpart.', 'Quito'],
    ['The two ministers signed the accord at the Lima Convention Centre on Monday.', 'Lima'],
  ])('a building named by its city stands in it: %s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });
  test('where a plane lands is no venue', () => {
    expect(place('Prisoners freed in swap deal land in Lima as Chile and Peru agree to exchange detainees.')).toBeNull();
  });
  test.each([
    [
      'The three river states signed a fisheries charter on March 31 at a meeting held in Arica. It follows a pact first agreed in La Paz on March 2, 2020, and a protocol the ministers signed in Lima on March 10.',
      'Arica',
    ],
    // a month with no day: "last December" is the one before the event, "in June" the nearest June
    [
      'The ministers of the three river states signed a fisheries charter on March 31 in Arica, building on a pact they had signed in Lima last December.',
      'Arica',
    ],
    [
      'Chile and Peru signed the border protocol in Arica on Saturday. A first draft had been agreed in Quito in June at a meeting of experts.',
      'Arica',
    ],
    // the event's own month, or a month that ends days before it, is still this meeting's
    ['Chile and Peru signed the border protocol in Lima in March after three days of talks.', 'Lima'],
    ['Chile and Peru, after talks that began in Quito last March, agreed on Monday to reopen the border.', 'Quito'],
  ])('a place dated to another day is another event: %s', (text, expected) => {
    expect(extractFacts({ text, publishedDate: '2024-04-01' }).location).toBe(expected);
  });
});

describe('what the review of these rules found', () => {
  test.each([
    ['The two ministers said at Chatham House that their countries had agreed to reopen the border.', null],
    ['Chile and Peru signed the accord at the Wellington Hotel on Monday.', null],
    ['The Peruvian foreign minister landed in Santiago on Sunday, where Chile and Peru signed the border accord on Monday.', 'Santiago'],
    ['LIMA: The detainees were held here for years. Chile and Peru agreed on Monday to free them.', null],
    ['Reading: Chile and Peru agreed at a meeting held here to reopen the border.', null],
    ['Rio de Janeiro – Brazil and Peru agreed at a meeting held here to reopen the border.', 'Rio de Janeiro'],
  ])('%s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });
  test('a day across the turn of the year is still the same meeting', () => {
    const text = 'Chile and Peru signed a border treaty on January 2 after talks held in Lima on December 31.';
    expect(extractFacts({ text, publishedDate: '2024-01-03' }).location).toBe('Lima');
  });
});

test('a word that only starts like a month dates no place ("on Junction 5")', () => {
  const text = 'Chile and Peru signed a border treaty on March 31 at a meeting held in Arica on Junction 5 of the highway.';
  expect(extractFacts({ text, publishedDate: '2024-04-01' }).location).toBe('Arica');
});

describe('signed objects, towns told by their state, other events, venues', () => {
  test.each([
    // a signing verb governs its whole object, however long: the place after it is the signing's
    ['Chile and Peru signed a permanent cessation of hostilities in Arica on Monday.', 'Arica'],
    ['Chile and Peru signed the final peace accord in Lima on Monday.', 'Lima'],
    // a town the gazetteer does not know, told by its state right after it
    ['On Thursday, in Puerto Natales, Chile, the two presidents held talks and agreed to reopen the border.', 'Puerto Natales'],
    ['The two ministers met in Valle Verde, Peru, and signed the border accord.', 'Valle Verde'],
    // a possessor before the descriptor stands where "the" would ("in the Saudi city of Jeddah")
    ["The two armies signed the declaration in Saudi Arabia's Red Sea city of Jeddah on Thursday.", 'Jeddah'],
    ["Chile and Peru agreed to reopen the border after a meeting in Peru's capital Lima.", 'Lima'],
    // a building's name, a comma, then its city
    ['Kenya and Somalia signed the pact at State House, Nairobi, on Friday.', 'Nairobi'],
    ['The two sides signed eight agreements at the Prime Minister House, Islamabad.', 'Islamabad'],
    // where someone spoke or reacted loses to where the sides signed
    [
      'Chile and Peru signed a border accord in Quito on Friday. The Peruvian foreign minister said in Lima that the deal was a turning point.',
      'Quito',
    ],
    ['Chile and Peru agreed to a ceasefire after talks in Quito. Peruvian officials in Lima welcomed the agreement.', 'Quito'],
    // the place in the agreeing clause wins over a side's capital where one side met later, or went back
    [
      'Chile and Peru agreed to end their row in talks in Quito on Wednesday. The Peruvian president held a cabinet meeting in Lima on Thursday to discuss the agreement.',
      'Quito',
    ],
    [
      'Chile and Peru signed a border accord in Quito on Sunday. Back in Lima after the talks, the minister told reporters the accord would hold.',
      'Quito',
    ],
    // … not a measure's scope in it
    [
      'Chile and Peru agreed to set up a demilitarised zone in Arica after talks between their presidents in the resort of Bariloche.',
      'Bariloche',
    ],
    // English spellings of cities the data writes otherwise, and small towns known as venues of talks
    ['Russia and Ukraine signed the grain deal at a ceremony in Odesa on Monday.', 'Odesa'],
    ['The two Libyan delegations signed the accord in Bouznika on Sunday.', 'Bouznika'],
    ['The presidents signed the Shusha Declaration at a ceremony in Shusha on Tuesday.', 'Shusha'],
    // ", where the two sides agreed" after the place outweighs where the visitor arrived
    [
      "Peru's foreign minister arrived in Santiago on Monday and held talks with the army chief at the barracks in Valparaiso, where the two sides agreed to enhance coordination.",
      'Valparaiso',
    ],
    // a city naming a visit, a part of a venue, a street number, an office a few words after "at"
    ['Chile and Peru agree to reopen the border during minister’s Lima visit', 'Lima'],
    ['The accord was signed in the East Room of the White House on Friday.', 'Washington'],
    ['The two prime ministers signed the declaration at 10 Downing Street.', 'London'],
    ["Chile and Peru signed the accord at the prime minister's office in Lima.", 'Lima'],
    // a venue named instead of its town
    ['Leaders of ten states signed the declaration at Bletchley Park on Wednesday.', 'Bletchley'],
    ['The two presidents met at Villa La Grange and agreed to restore direct flights.', 'Geneva'],
    // "two days after …" opens another event's clause: the place in it is that event's
    [
      'Chile and Peru signed the border accord at the summit in Lima, which comes two days after Bolivia signed a trade pact in La Paz.',
      'Lima',
    ],
  ])('%s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });
  test.each([
    // a ceasefire's scope after a clause break is no signing's place
    'Chile and Peru signed on Monday, while the ceasefire in Arica held.',
    // a capitalised word that opens the sentence is no town, and the names after it are a list, not its state
    'In Brief, Chile and Peru agreed to reopen the border.',
    // a known city's name cut short is no town of its own
    'Chile and Peru signed the border accord at the summit in Buenos, Argentina, on Friday.',
    // a possessor not governed by a venue's preposition
    "Peru's capital Lima agreed to host the talks.",
    // another event's place
    'The summit comes two days after Chile and Peru signed a border accord in Lima.',
    // a generic institution resolves only where the text names its city
    'The two ministers signed the accord at the State Department on Friday.',
  ])('%s → no place', (text) => {
    expect(place(text)).toBeNull();
  });
});

describe('a venue of the lead that no meeting word tells is a last resort', () => {
  test.each([
    ['Army and rebel leaders gather in Lima\n\nChile and Peru agreed to reopen the border.', 'Lima'],
    // an agreement's clause makes it a scope, not a venue
    ['Chile and Peru agreed to station observers in Arica.', null],
    // two such venues: no single one
    ['Crowds cheer in Lima and in Quito\n\nChile and Peru agreed to reopen the border.', null],
  ])('%s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });
});
