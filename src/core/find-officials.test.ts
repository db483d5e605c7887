// Sentences of our own: who is an official (name, role, affiliation) and who is not.
import { describe, expect, test } from 'vitest';
import { extractFacts } from './extract';

const officials = (text: string) => extractFacts({ text }).officials.map((o) => [o.name, o.title, o.affiliation]);

describe('findOfficials', () => {
  test.each([
    ["Egypt's Foreign Minister, Sameh Shoukry, met the delegation.", ['Sameh Shoukry', 'Foreign Minister', 'Egypt']],
    ['Greek Prime Minister Kyriakos Mitsotakis welcomed the guests.', ['Kyriakos Mitsotakis', 'Prime Minister', 'Greece']],
    ['The talks were led by Ayman Safadi, Jordan’s foreign minister, and others.', ['Ayman Safadi', 'Foreign Minister', 'Jordan']],
    ['Foreign Minister Penny Wong of Australia arrived on Tuesday.', ['Penny Wong', 'Foreign Minister', 'Australia']],
    ['U.S. Secretary of State Antony Blinken said the talks went well.', ['Antony Blinken', 'Secretary of State', 'United States']],
    [
      'Lt Gen Rahim Khan, Afghanistan’s Director General of Military Operations, attended.',
      ['Rahim Khan', 'Director General of Military Operations', 'Afghanistan'],
    ],
    ['Chief of Army Staff (COAS), General Tariq Aziz Rana, chaired the meeting.', ['Tariq Aziz Rana', 'Chief of Army Staff', null]],
    [
      'Dr Sheikh Omar bin Salem Al Nuaimi, the Undersecretary for Political Affairs, signed for Oman.',
      ['Sheikh Omar bin Salem Al Nuaimi', 'Undersecretary for Political Affairs', 'Oman'],
    ],
    ['King Abdullah II of Jordan received the envoys.', ['Abdullah II', 'King', 'Jordan']],
    ['Indonesian acting president Budi Santoso spoke first.', ['Budi Santoso', 'Acting President', 'Indonesia']],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });

  test.each([
    'Breaking News from the General Headquarters in the capital.',
    'The Foreign Office said the Line of Control was calm.',
    'By Sana Malik, staff reporter',
    'Kane Williamson and Tom Latham added 116 runs before lunch.',
    "Bahrain's crown prince spoke to Qatar's emir by telephone.",
  ])('no official in: %s', (text) => {
    expect(officials(text)).toEqual([]);
  });

  test('merges short mentions and spelling drift into one person', () => {
    const f = extractFacts({
      text: 'Iranian Foreign Minister Hossein Amir-Abdollahian met General Syed Asim Munir. Later Abdolahian and Gen Asim Munir spoke again; General Munir thanked Amir Abdollahian.',
    });
    expect(f.officials.map((o) => o.name)).toEqual(['Hossein Amir-Abdollahian', 'Syed Asim Munir']);
    expect(f.officials[0]?.mentions.map((m) => m.text)).toEqual(['Hossein Amir-Abdollahian', 'Abdolahian', 'Amir Abdollahian']);
    expect(f.officials[1]?.mentions.map((m) => m.text)).toEqual(['General Syed Asim Munir', 'Gen Asim Munir', 'General Munir']);
  });

  test('a counterpart takes the title of the official before and the demonym as affiliation', () => {
    const f = extractFacts({
      text: 'Taking part were Maj Gen Ali Reza, Iraq’s Director General of Military Operations, and his Syrian counterpart, Brig Gen Omar Haddad.',
    });
    expect(f.officials[1]).toMatchObject({ name: 'Omar Haddad', title: 'Director General of Military Operations', affiliation: 'Syria' });
  });

  test.each([
    [
      'Chilean President Rosa Vidal and Peruvian President Luis Soto met. Their foreign ministers, Ana Perez and Jorge Ramos, signed the text.',
      [
        ['Ana Perez', 'Chile'],
        ['Jorge Ramos', 'Peru'],
      ],
    ],
    [
      'Peruvian President Luis Soto and Chilean President Rosa Vidal met; their defence ministers, Ana Perez and Jorge Ramos, also spoke.',
      [
        ['Ana Perez', 'Peru'],
        ['Jorge Ramos', 'Chile'],
      ],
    ],
    [
      'Chilean President Rosa Vidal met reporters. Their foreign ministers, Ana Perez and Jorge Ramos, signed the text.',
      [
        ['Ana Perez', null],
        ['Jorge Ramos', null],
      ],
    ],
  ])('"their ministers, A and B" pairs with the sides just named: %s', (text, expected) => {
    const f = extractFacts({ text });
    expect(expected.map(([n]) => [n, f.officials.find((o) => o.name === n)?.affiliation ?? null])).toEqual(expected);
  });

  test.each([
    [
      'The Omani side was led by Salim Harthy, secretary of the Supreme Defence Council, and others.',
      'Salim Harthy',
      'Secretary of the Supreme Defence Council',
    ],
    [
      "Egypt's top diplomat, Karim Fahmy, director of the Office of Regional Affairs, praised the deal.",
      'Karim Fahmy',
      'Top Diplomat, Director of the Office of Regional Affairs',
    ],
    ['Greek Prime Minister Nikos Raptis, head of the ruling party, spoke.', 'Nikos Raptis', 'Prime Minister, Head of the ruling party'],
    ['Greek Prime Minister Nikos Raptis, the Foreign Minister, spoke.', 'Nikos Raptis', 'Prime Minister'],
  ])('an office in apposition after the name: %s', (text, name, title) => {
    expect(extractFacts({ text }).officials.find((o) => o.name === name)?.title).toBe(title);
  });

  test.each([
    'Maria Lopez, director of the Centre for Policy Studies, said the deal was fragile.',
    'John Reed, head of research at a bank, said markets rose.',
  ])('an office word alone makes no official: %s', (text) => {
    expect(officials(text)).toEqual([]);
  });

  test.each([
    ['Kenyan President Daniel Mwangi sent Grace Atieno, the envoy of President Daniel Mwangi, to the talks.', 'Grace Atieno', 'Kenya'],
    [
      'Chilean President-elect Rosa Vidal met the press. Tomas Ruiz, the adviser of President-elect Rosa Vidal, joined the talks.',
      'Tomas Ruiz',
      'Chile',
    ],
    ['Grace Atieno, the envoy of the president, joined the talks.', 'Grace Atieno', null],
  ])('an official named in the title gives the side: %s', (text, name, aff) => {
    expect(extractFacts({ text }).officials.find((o) => o.name === name)?.affiliation).toBe(aff);
  });
});

describe('hyphenated name particles ("al-Burhan", "el-Sisi") stay in the name', () => {
  test.each([
    ['Egyptian President Abdel Fattah el-Sisi hosted the summit.', 'Abdel Fattah el-Sisi'],
    ["Sudan's army chief General Abdel Fattah al-Burhan rejected the plan.", 'Abdel Fattah al-Burhan'],
    ['Saudi Foreign Minister Prince Faisal bin Farhan al-Saud arrived.', 'Prince Faisal bin Farhan al-Saud'],
    ['Iraqi Prime Minister Mohammed Shia al-Sudani spoke on Monday.', 'Mohammed Shia al-Sudani'],
  ])('%s', (text, name) => {
    expect(officials(text).map((o) => o[0])).toContain(name);
  });

  test.each([
    ['Jordanian Foreign Minister Ayman Safadi said al-Qaeda was weakened.', 'Ayman Safadi'],
    ['Greek Prime Minister Kyriakos Mitsotakis spoke in de-escalation terms.', 'Kyriakos Mitsotakis'],
    ['Qatari Prime Minister Mohammed bin Abdulrahman al-thani spoke.', 'Mohammed bin Abdulrahman'],
  ])('no particle joined in: %s', (text, name) => {
    expect(officials(text).map((o) => o[0])).toEqual([name]);
  });
});

describe('"<organisation or demonym> chief <Name>" is a title', () => {
  test.each([
    ['IAEA chief Rafael Grossi said the inspectors would return.', ['Rafael Grossi', 'Chief', 'International Atomic Energy Agency']],
    ['NATO chief Jens Stoltenberg welcomed the step.', ['Jens Stoltenberg', 'Chief', 'NATO']],
    ['Hamas chief Ismail Haniyeh said the group accepted.', ['Ismail Haniyeh', 'Chief', 'Hamas']],
    ['Turkish spy chief Ibrahim Kalin met the delegation.', ['Ibrahim Kalin', 'Intelligence Chief', 'Turkey']],
    ["Pakistan's intelligence chief Nadeem Anjum attended.", ['Nadeem Anjum', 'Intelligence Chief', 'Pakistan']],
    ['Chief Executive John Lee opened the session.', ['John Lee', 'Chief Executive', null]],
    ['Chief Minister Maryam Nawaz inaugurated the road.', ['Maryam Nawaz', 'Chief Minister', null]],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });

  test.each([
    'The chief of the delegation arrived late.',
    'The chiefs of staff met in private.',
    'He was the chief architect of the Geneva plan.',
  ])('no official in: %s', (text) => {
    expect(officials(text)).toEqual([]);
  });
});

describe("a side written just before another official's title is that official's, not a neighbour's", () => {
  const affOf = (text: string, name: string) => extractFacts({ text }).officials.find((o) => o.name === name)?.affiliation ?? null;
  test.each([
    [
      'Fighting between army chief General Ali Musa and RSF commander Hamid Daglo resumed. The army and the RSF agreed to a truce.',
      'Ali Musa',
      'RSF',
    ],
    ['Army chief General Ali Musa and Hamas negotiator Khalil al-Hayya signed the truce with Israel on Monday.', 'Ali Musa', 'Hamas'],
  ])('%s', (text, name, not) => {
    expect(affOf(text, name)).not.toBe(not);
  });

  test.each([
    [
      'Caretaker Prime Minister Anwaar Kakar said Pakistan was ready. Iran and Pakistan agreed to restore ambassadors.',
      'Anwaar Kakar',
      'Pakistan',
    ],
    ['Army chief General Ali Musa and RSF commander Hamid Daglo signed the truce.', 'Hamid Daglo', 'RSF'],
  ])('still affiliated: %s', (text, name, aff) => {
    expect(affOf(text, name)).toBe(aff);
  });
});

describe('a state before an organ of several words gives the affiliation ("U.S. State Department spokesman")', () => {
  test.each([
    ['U.S. National Security Council spokesman John Kirby said so.', ['John Kirby', 'Spokesman', 'United States']],
    ['U.S. State Department spokesman Matthew Miller said so.', ['Matthew Miller', 'Spokesman', 'United States']],
    ["China's coast guard spokesman Gan Yu said so.", ['Gan Yu', 'Spokesman', 'China']],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });
  test.each([
    // too far: the state is not the organ's
    ['Ghana sent a note, and the security council spokesman Kofi Mensah replied.', ['Kofi Mensah', 'Spokesman', 'Ghana']],
  ])('no affiliation across a clause: %s', (text, notExpected) => {
    expect(officials(text)).not.toContainEqual(notExpected);
  });
});

describe('capital initials open a name ("AK Antony"); Indian civil-service titles', () => {
  test.each([
    ['Defence Minister AK Antony spoke first.', ['AK Antony', 'Defence Minister', null]],
    [
      'The deal was signed by SCL Das, Joint Secretary of the Home Ministry, and others.',
      ['SCL Das', 'Joint Secretary of the Home Ministry', null],
    ],
    ["India's External Affairs Minister S Jaishankar met him.", ['S Jaishankar', 'External Affairs Minister', 'India']],
    ['The note was sent by Permanent Secretary Amina Bello.', ['Amina Bello', 'Permanent Secretary', null]],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });
  test.each([
    'AFP reporter John Smith wrote the story.',
    'The BBC World Service carried the news.',
    'NEW DELHI: The MEA said talks went well.',
  ])('no official in: %s', (text) => {
    expect(officials(text)).toEqual([]);
  });
});

describe('names of the other side found in more shapes', () => {
  test.each([
    // apposition after the name, with its/his side
    [
      'Chile was represented by Ana Ruiz, its national security adviser, at the signing.',
      ['Ana Ruiz', 'National Security Adviser', 'Chile'],
    ],
    ['Kenya was represented by Peter Otieno, its Foreign Minister, and others.', ['Peter Otieno', 'Foreign Minister', 'Kenya']],
    // titles that run on to the name
    [
      'The text was signed by Minister for Fisheries and Ocean Resources Development Amal Perera of Sri Lanka.',
      ['Amal Perera', 'Minister for Fisheries and Ocean Resources Development', 'Sri Lanka'],
    ],
    [
      'The talks were joined by U.N. Under-Secretary for Political Affairs Maria Keller.',
      ['Maria Keller', 'Under-Secretary for Political Affairs', 'United Nations'],
    ],
    ['They met the Commander of FARC, Pedro Alvarez, on Friday.', ['Pedro Alvarez', 'Commander of FARC', 'FARC']],
    ["The UN's special coordinator in Lebanon, Anna Novak, attended.", ['Anna Novak', 'special coordinator in Lebanon', 'United Nations']],
    [
      'The Chairman of the Sudan Sovereign Council, Gen. Idris Musa, witnessed it.',
      ['Idris Musa', 'Chairman of the Sudan Sovereign Council', 'Sudan'],
    ],
    // lower-case titles, institutions and organisations
    ['The deal was hailed by foreign minister Lena Berg of Sweden.', ['Lena Berg', 'Foreign Minister', 'Sweden']],
    ["White House aide Tom Baker, the president's son-in-law, was thanked.", ['Tom Baker', 'Aide', 'United States']],
    ['EU Enlargement Commissioner Karl Huber attended.', ['Karl Huber', 'Commissioner', 'European Union']],
    ['Secretary of State Mark Levin said the deal would hold.', ['Mark Levin', 'Secretary of State', 'United States']],
    ['Kazakh President Daniyar Akhmetov hosted the ceremony.', ['Daniyar Akhmetov', 'President', 'Kazakhstan']],
    ['The American mediator Dan Ross attended.', ['Dan Ross', 'Mediator', 'United States']],
    ["Peru's military chief Carlos Vega said so, according to Lima's defence chief Rosa Diaz.", ['Rosa Diaz', 'Chief', 'Peru']],
    // "led by", "heads the … delegation", "who has acted as"
    ['One is a faction of the movement headed by Ali Hassan Nur.', ['Ali Hassan Nur', 'Leader', null]],
    ['Signing were Omar Sadiq, who heads the rebel delegation, and others.', ['Omar Sadiq', 'Head of the rebel delegation', null]],
    ["Paul Novak, who has acted as the U.N.'s mediator in the dispute, attended.", ['Paul Novak', 'Mediator', 'United Nations']],
    // names with initials, particles and suffixes
    ['India was represented by R.K. Mehta, the Joint Intelligence Chief.', ['R.K. Mehta', 'Joint Intelligence Chief', 'India']],
    ["Manila's military chief Jose L. Cruz, Jr., spoke.", ['Jose L. Cruz, Jr.', 'Chief', 'Philippines']],
    [
      'Ma. Elena R. Santos, the Philippine Foreign Affairs spokesperson, declined to comment.',
      ['Ma. Elena R. Santos', 'Spokesperson', 'Philippines'],
    ],
    ['The deal was signed by chief negotiator Juan de la Vega.', ['Juan de la Vega', 'Chief Negotiator', null]],
    ['Myanmar army chief Senior General Than Aung attended.', ['Than Aung', 'Chief of Army Staff', 'Myanmar']],
    ["Myanmar's State Counsellor Daw Khin Aye met the envoy.", ['Daw Khin Aye', 'State Counsellor', 'Myanmar']],
    ["China's State Councilor and Foreign Minister Li Wen met them.", ['Li Wen', 'State Councilor and Foreign Minister', 'China']],
    ['The U.N. Under-Secretary Rosa Marin attended.', ['Rosa Marin', 'Under-Secretary', 'United Nations']],
    ["Egypt's top diplomat Karim Fahmy and the Jordanian premier Omar Haddad met.", ['Omar Haddad', 'Premier', 'Jordan']],
    ['A senior Hamas official, Omar Haddad, said the group accepted.', ['Omar Haddad', 'Official', 'Hamas']],
    ["Iran's top security official Ali Karimi met them.", ['Ali Karimi', 'top Security Official', 'Iran']],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });

  test('two officials in one phrase: "A of X and B of Y, the two prime ministers"', () => {
    const f = officials(
      'The accord was signed while Nikos Raptis of Greece and Ivan Petrov of Bulgaria, the two prime ministers, looked on.',
    );
    expect(f).toEqual([
      ['Nikos Raptis', 'Prime Minister', 'Greece'],
      ['Ivan Petrov', 'Prime Minister', 'Bulgaria'],
    ]);
  });

  test('a pair under one plural title takes the sides of the pair named next, in order', () => {
    const f = officials(
      'It was signed by the foreign ministers, Elena Dimou and Georgi Ivanov, while Nikos Raptis of Greece and Ivan Petrov of Bulgaria, the two prime ministers, looked on.',
    );
    expect(f.slice(0, 2)).toEqual([
      ['Elena Dimou', 'Foreign Minister', 'Greece'],
      ['Georgi Ivanov', 'Foreign Minister', 'Bulgaria'],
    ]);
  });

  test('no sides carried across a sentence', () => {
    const f = officials(
      'It was signed by the foreign ministers, Elena Dimou and Georgi Ivanov. Later Nikos Raptis of Greece and Ivan Petrov of Bulgaria, the two prime ministers, spoke.',
    );
    expect(f.slice(0, 2).map((o) => o[2])).toEqual([null, null]);
  });

  test('"represented by A, …, and B": both for the side', () => {
    expect(officials('Chile was represented by Ana Ruiz, its foreign minister, and Tomas Vidal, the army chief.')).toContainEqual([
      'Tomas Vidal',
      'Chief of Army Staff',
      'Chile',
    ]);
  });

  test('"the other, led by X, is a faction of Y"', () => {
    expect(officials('One faction stayed away; the other, led by Ali Hassan Nur, is a faction of the SPLM-N.')).toContainEqual([
      'Ali Hassan Nur',
      'Leader',
      "Sudan People's Liberation Movement-North",
    ]);
  });

  test('"Foreign Ministers A and B" share the title', () => {
    const f = officials(
      'Greek Prime Minister Nikos Raptis and Bulgarian Prime Minister Ivan Petrov met; their foreign ministers, Elena Dimou and Georgi Ivanov, signed.',
    );
    expect(f.map((o) => o[0])).toEqual(['Nikos Raptis', 'Ivan Petrov', 'Elena Dimou', 'Georgi Ivanov']);
    expect(f.slice(2).map((o) => o[1])).toEqual(['Foreign Minister', 'Foreign Minister']);
  });

  test('a possessive side carries over a coordinated title: "Sri Lanka\'s Minister A X and Minister B Y"', () => {
    const f = officials("They met Sri Lanka's Minister for Foreign Affairs Amal Perera and Minister for Fisheries Nimal Silva in Colombo.");
    expect(f).toContainEqual(['Nimal Silva', 'Minister for Fisheries', 'Sri Lanka']);
  });

  test('no possessive carried across "between A and B"', () => {
    const f = officials("Talks between Ghana's Foreign Minister Kofi Mensah and Foreign Minister Amina Bello went well.");
    expect(f.find((o) => o[0] === 'Amina Bello')?.[2]).not.toBe('Ghana');
  });
});

describe('a counterpart takes the same title and the other side', () => {
  test.each([
    ["Russian President Igor Volkov met Volkov's Ukrainian counterpart Taras Bondar.", ['Taras Bondar', 'President', 'Ukraine']],
    ['Greek Foreign Minister Nikos Raptis met his Turkish counterpart Emre Kaya.', ['Emre Kaya', 'Foreign Minister', 'Turkey']],
    [
      'Greek Foreign Minister Nikos Raptis welcomed Emre Kaya, his Turkish counterpart, in Athens.',
      ['Emre Kaya', 'Foreign Minister', 'Turkey'],
    ],
    [
      'Greece and Turkey agreed to talk. Greek Foreign Minister Nikos Raptis met his counterpart Emre Kaya.',
      ['Emre Kaya', 'Foreign Minister', 'Turkey'],
    ],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });
});

describe('never an official', () => {
  test.each([
    'Reporting by Sara Holm; editing by Tom Reid.',
    'Reporting by Sara Holm in Geneva; Additional reporting by Ali Khan.',
    '"The truce is fragile," writes Sara Holm, the paper\'s diplomatic editor.',
    'Political analyst Omar Farouk said the deal would not hold.',
    'Omar Farouk, a senior fellow at the Centre for Strategy, said the minister erred.',
    'Reuters correspondent Anna Berg, who covers the ministry, said the talks stalled.',
    'The minister said nothing. Former ambassador turned commentator John Hale disagreed.',
    'The History of the Foreign Ministry was published in 1990.',
    'The software is released under the GNU General Public License.',
    'The Chief of the Cabinet Office spoke.',
    'The Kiwi captain Kane Williamson scored a century.',
    'Hong Kong and Macau are special administrative regions.',
    'The President spoke about the Sovereign Council and the Peace Council.',
    // a lone word after a title or rank is no name unless the text writes a fuller one or it is a leader's
    'General Motors and General Electric reported profits; Admiral Insurance paid out.',
    'King Kong is a film. The President Cup was played in May.',
    'The minister spoke in a statement broadcast by the official Al Ekhbariya TV on Monday.',
    'Foreign ministers met, said the official Tasnim Agency.',
  ])('%s', (text) => {
    expect(officials(text)).toEqual([]);
  });
});

test.each([
  ['President Erdogan welcomed the deal.', ['Erdogan', 'President', 'Turkey']],
  ['Leaders met. Defence Minister Ali Rana signed; Minister Rana later said more.', ['Ali Rana', 'Defence Minister', null]],
  ['Iranian FM Amir-Rahimi arrived in Islamabad.', ['Amir-Rahimi', 'Foreign Minister', 'Iran']],
  [
    'Foreign Minister Fahmy said the talks went well. Fahmy added that more would follow. Fahmy then left.',
    ['Fahmy', 'Foreign Minister', null],
  ],
])('a lone surname after a title, known from a leader or a fuller name: %s', (text, expected) => {
  expect(officials(text)).toContainEqual(expected);
});

describe('one person per name', () => {
  test('"King Salman" and "Prince Abdulaziz bin Salman" are two people', () => {
    const f = extractFacts({
      text: 'Saudi Energy Minister Prince Abdulaziz bin Salman, a son of King Salman, agreed. Trump thanked Saudi King Salman.',
    });
    // (Trump, a well-known leader, is an official too)
    expect(f.officials.map((o) => [o.name, o.title])).toEqual([
      ['Prince Abdulaziz bin Salman', 'Energy Minister'],
      ['Salman', 'King'],
      ['Trump', 'Leader'],
    ]);
    expect(f.officials[1]?.mentions.map((m) => m.text)).toEqual(['Salman', 'Salman']);
  });
  test('"King Salman" after "King Salman bin Abdulaziz" is the same king', () => {
    const f = extractFacts({ text: "Saudi Arabia's King Salman bin Abdulaziz hosted the signing. King Salman thanked the leaders." });
    expect(f.officials.map((o) => o.name)).toEqual(['Salman bin Abdulaziz']);
  });
  test('"Kim You-geun" is not the leader Kim Jong-un', () => {
    const f = extractFacts({ text: 'Kim You-geun, the deputy national security adviser, said the office was destroyed.' });
    expect(f.officials[0]?.affiliation).not.toBe('North Korea');
  });
});

describe('an office and its "of …", "to …" or "who is …" around the name', () => {
  test.each([
    [
      'The head of the Hamas political bureau, Omar Haddad, said the group agreed.',
      ['Omar Haddad', 'Head of the Hamas political bureau', 'Hamas'],
    ],
    ["Iran's ambassador to Pakistan, Reza Karimi, attended.", ['Reza Karimi', 'ambassador to Pakistan', 'Iran']],
    ["Ali Rana, who is also Pakistan's foreign minister, spoke.", ['Ali Rana', 'Foreign Minister', 'Pakistan']],
    ['The foreign ministers of India and Pakistan, Ram Singh and Ali Rana, agreed.', ['Ali Rana', 'Foreign Minister', 'Pakistan']],
    [
      "The talks were led by Ukraine's Taras Bondar. Foreign Minister Bondar said no progress was made.",
      ['Taras Bondar', 'Foreign Minister', 'Ukraine'],
    ],
    [
      "Nimal Kumara Perera won. Perera, leader of the National People's Front, thanked voters.",
      ['Nimal Kumara Perera', "Leader of the National People's Front", null],
    ],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });
  test.each([
    'The director of the Centre for Policy Studies, Maria Lopez, said the deal was fragile.',
    "Argentina's Lionel Messi scored twice.",
    'Ali Khan won the match. Khan, a cricketer, said so.',
    'The head of the United Nations Mission in South Sudan was also present.',
  ])('no official in: %s', (text) => {
    expect(officials(text)).toEqual([]);
  });
  test('a common surname is not a leader\'s: "Jalil Khan" is not "Imran Khan"', () => {
    expect(officials('Foreign Ministers Ali Reza and Jalil Khan signed the accord.')).toContainEqual([
      'Jalil Khan',
      'Foreign Minister',
      null,
    ]);
  });
});

describe('offices that are titles by themselves: "executive director", "assistant secretary", "co-chair"', () => {
  test.each([
    [
      'The accord was signed by Lena Horvat, executive director of the Danube Basin Authority, and the two ministers.',
      ['Lena Horvat', 'Executive Director of the Danube Basin Authority', null],
    ],
    ['Deputy Director Omar Haddad of the Jordanian border police signed for his side.', ['Omar Haddad', 'Deputy Director', 'Jordan']],
    [
      'Ama Owusu, the co-chair of the joint boundary commission, said the two sides agreed.',
      ['Ama Owusu', 'Co-Chair of the joint boundary commission', null],
    ],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });
  test.each([
    "The film's executive director, Sam Lee, praised the cast.",
    "The club's managing director, Tom Reed, said the transfer was done.",
    'The director of the Centre for Policy Studies, Maria Lopez, said the deal was fragile.',
  ])('no official in: %s', (text) => {
    expect(officials(text)).toEqual([]);
  });
});

describe('each item of a list after a plural title takes the title: "the three ministers, A of X, B of Y and C of Z"', () => {
  test('every item, with its own side', () => {
    const f = officials(
      'The pact was signed by the three trade ministers, Ivo Petrov of Bulgaria, Ana Lupu of Romania and Eleni Papas of Greece.',
    );
    expect(f).toContainEqual(['Ana Lupu', 'Trade Minister', 'Romania']);
    expect(f).toContainEqual(['Eleni Papas', 'Trade Minister', 'Greece']);
  });
  test('not after a single title', () => {
    const f = officials('Foreign Minister Ivo Petrov of Bulgaria, Ana Lupu and Eleni Papas watched the signing.');
    expect(f.map((o) => o[0])).toEqual(['Ivo Petrov']);
  });
});

describe('meeting the other side', () => {
  test("in a report on two sides, an official who meets a side's official is on the other side", () => {
    const f = officials(
      "India and Sri Lanka agreed on a group. Minister of Agriculture Ram Kumar held talks with Sri Lanka's Minister for Foreign Affairs Amal Perera.",
    );
    expect(f).toContainEqual(['Ram Kumar', 'Agriculture Minister', 'India']);
  });
  test('no side from a meeting when the report has more than two sides', () => {
    const f = officials(
      "India, Nepal and Sri Lanka agreed on a group. Minister of Agriculture Ram Kumar held talks with Sri Lanka's Minister for Foreign Affairs Amal Perera.",
    );
    expect(f.find((o) => o[0] === 'Ram Kumar')?.[2]).not.toBe('Sri Lanka');
  });
});

describe('a role in apposition after the name, past an age or a possessor that is not a side', () => {
  test.each([
    ["Jorge Ramos, 54, Peru's foreign minister, signed it.", ['Jorge Ramos', 'Foreign Minister', 'Peru']],
    ["Steve Witkoff, Trump's special envoy, flew to Doha.", ['Steve Witkoff', 'Special Envoy', 'United States']],
    ['Dmitry Peskov, the Kremlin spokesman, said so.', ['Dmitry Peskov', 'Spokesman', 'Russia']],
    [
      "Iran's Foreign Minister Abbas Araghchi met Salim Al Harthi, the sultanate's foreign minister.",
      ['Salim Al Harthi', 'Foreign Minister', null],
    ],
    ["Tomas Ruiz, the president's chief of staff, joined the talks.", ['Tomas Ruiz', 'Chief of Staff', null]],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });
  test.each([
    'Jorge Ramos, 54, said the deal was fair.',
    "Maria Lopez, the company's spokeswoman said nothing.",
    "Ana Ruiz, Messi's agent, said the deal was fair.",
  ])('no official in: %s', (text) => {
    expect(officials(text).filter((o) => o[0] !== 'Messi')).toEqual([]);
  });
});

describe('an office word or a lower-case rank is a role when its "of/in …" names a side and nothing more', () => {
  test.each([
    ['Rafael Grossi, head of the IAEA, signed it.', ['Rafael Grossi', 'Head of the IAEA', 'International Atomic Energy Agency']],
    [
      "Kirill Dmitriev, head of Russia's sovereign wealth fund, signed it.",
      ['Kirill Dmitriev', "Head of Russia's sovereign wealth fund", 'Russia'],
    ],
    ['Jorge Ramos, a colonel in the Peruvian army, was released.', ['Jorge Ramos', 'Colonel in the Peruvian army', 'Peru']],
    ['Jorge Ramos, the head of the Peruvian delegation, signed the deal.', ['Jorge Ramos', 'Head of the Peruvian delegation', 'Peru']],
    ['Jorge Ramos, a member of the Hamas political bureau, said so.', ['Jorge Ramos', 'Member of the Hamas political bureau', 'Hamas']],
    // a side's body with its posting: "to <place>", "in <place>"
    [
      "Ines Berg, head of the EU's delegation to Armenia, signed it.",
      ['Ines Berg', "Head of the EU's delegation to Armenia", 'European Union'],
    ],
    [
      "Paul Okafor, head of the UN's refugee office in Juba, welcomed it.",
      ['Paul Okafor', "Head of the UN's refugee office in Juba", 'United Nations'],
    ],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });
  test.each([
    'Maria Lopez, head of the Iran desk at the Crisis Group, said the deal was fair.',
    'Maria Lopez, a member of the public, said the deal was fair.',
    'Maria Lopez, an officer at a bank, said the deal was fair.',
    "Maria Lopez, director of Peru's Institute of Economics, said the deal was fair.",
    'Maria Lopez, a member of the Peru team that won the cup, said so.',
    "Maria Lopez, head of the EU's delegation to the talks on fisheries quotas and a researcher, said so.",
  ])('no official in: %s', (text) => {
    expect(officials(text)).toEqual([]);
  });
});

describe('a well-known leader named without a role is an official', () => {
  test.each([
    [
      'At talks in Sochi, Putin and Erdogan agreed to create a buffer zone.',
      [
        ['Putin', 'Russia'],
        ['Erdogan', 'Turkey'],
      ],
    ],
    ['The ceremony was overseen by Donald Trump.', [['Donald Trump', 'United States']]],
  ])('%s', (text, expected) => {
    const f = extractFacts({ text }).officials.map((o) => [o.name, o.affiliation]);
    for (const e of expected) expect(f).toContainEqual(e);
  });
  test('the role written elsewhere in the text wins', () => {
    const f = extractFacts({ text: 'Putin met the press. Later Russian President Vladimir Putin signed the accord.' }).officials;
    expect(f.map((o) => [o.name, o.title])).toEqual([['Vladimir Putin', 'President']]);
  });
  test.each([
    'Khan said the pitch was slow.',
    'Kim and Moon walked to the shop in May.',
    'Joe Trump, a plumber from Ohio, fixed the sink.',
  ])('no official in: %s', (text) => {
    expect(extractFacts({ text }).officials.map((o) => o.name)).toEqual([]);
  });
});

describe('the side of a titled official from the sentence around the title', () => {
  test.each([
    ['A Peruvian delegation led by Foreign Minister Jorge Ramos arrived on Monday.', ['Jorge Ramos', 'Foreign Minister', 'Peru']],
    ['The Peruvian side was led by Deputy Minister Jorge Ramos.', ['Jorge Ramos', 'Deputy Minister', 'Peru']],
    ['Peru was represented by its foreign minister, Jorge Ramos.', ['Jorge Ramos', 'Foreign Minister', 'Peru']],
    ["Jorge Ramos, who serves as Peru's ambassador, signed it.", ['Jorge Ramos', 'Ambassador', 'Peru']],
    ["Jorge Ramos, Peru's vice minister of foreign affairs, signed it.", ['Jorge Ramos', 'Vice Minister of foreign affairs', 'Peru']],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });
  test.each([
    [
      'Peruvian and Chilean foreign ministers Jorge Ramos and Ana Perez signed the deal.',
      [
        ['Jorge Ramos', 'Peru'],
        ['Ana Perez', 'Chile'],
      ],
    ],
    [
      'Foreign ministers Ana Perez of Chile and Jorge Ramos of Peru signed the deal.',
      [
        ['Ana Perez', 'Chile'],
        ['Jorge Ramos', 'Peru'],
      ],
    ],
  ])('one side each, in order: %s', (text, expected) => {
    const f = extractFacts({ text }).officials.map((o) => [o.name, o.affiliation]);
    expect(f).toEqual(expected);
  });
  test('no side from "its" across a sentence', () => {
    expect(officials('Peru objected. Its foreign minister, Jorge Ramos, said so.')).toContainEqual([
      'Jorge Ramos',
      'Foreign Minister',
      null,
    ]);
  });
});

describe('more appositions and name shapes', () => {
  test.each([
    ["Peru objected. The country's foreign minister, Jorge Ramos, said so.", ['Jorge Ramos', 'Foreign Minister', 'Peru']],
    ["Jorge Ramos, who became Peru's president in 2021, signed it.", ['Jorge Ramos', 'President', 'Peru']],
    ["Jorge Ramos, Peru's foreign minister since 2021, signed it.", ['Jorge Ramos', 'Foreign Minister', 'Peru']],
    ["Irish Foreign Minister Simon O'Brien signed it.", ["Simon O'Brien", 'Foreign Minister', 'Ireland']],
    ['Secretary for Foreign Affairs Ana Reyes signed it.', ['Ana Reyes', 'Secretary for Foreign Affairs', null]],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });
  test('"A and B, the foreign ministers of X and Y": one side each, in order', () => {
    const f = extractFacts({ text: 'Jorge Ramos and Ana Perez, the foreign ministers of Peru and Chile, signed it.' });
    expect(f.officials.map((o) => [o.name, o.title, o.affiliation])).toEqual([
      ['Jorge Ramos', 'Foreign Minister', 'Peru'],
      ['Ana Perez', 'Foreign Minister', 'Chile'],
    ]);
  });
  test.each(["The company's chief, Ana Reyes, said so.", "Iran's O'Neill Cup was played on Sunday."])('no official in: %s', (text) => {
    expect(officials(text)).toEqual([]);
  });
});

describe('the list of well-known leaders', () => {
  const affOf = (text: string, name: string) => extractFacts({ text }).officials.find((o) => o.name === name)?.affiliation ?? null;
  test.each([
    ['President Cyril Ramaphosa hosted the talks.', 'Cyril Ramaphosa', 'South Africa'],
    ['Prime Minister Pushpa Kamal Dahal signed the deal.', 'Pushpa Kamal Dahal', 'Nepal'],
    ['Foreign Minister Abbas Araghchi arrived.', 'Abbas Araghchi', 'Iran'],
  ])('gives the side of a titled official the text does not place: %s', (text, name, aff) => {
    expect(affOf(text, name)).toBe(aff);
  });
  test('a side known only from the list leaves the state offices to that state', () => {
    const f = extractFacts({
      text: 'Myanmar signed a ceasefire with eight armed groups, among them the Karen National Union. Senior General Min Aung Hlaing signed. President Thein Sein praised it.',
    });
    expect(f.officials.find((o) => o.name === 'Thein Sein')?.affiliation).toBe('Myanmar');
  });
  test('a bare leader takes a plural title written after the pair', () => {
    const f = extractFacts({
      text: 'The accord was signed while Alexis Tsipras of Greece and Zoran Zaev of North Macedonia, the two prime ministers, looked on.',
    });
    expect(f.officials.map((o) => [o.name, o.title, o.affiliation])).toContainEqual(['Alexis Tsipras', 'Prime Minister', 'Greece']);
  });
});

describe('a leader shown by a possessive or by the group named after them', () => {
  test.each([
    ["Mohamed Hamdan Dagalo's RSF signed the truce.", ['Mohamed Hamdan Dagalo', 'Leader', 'RSF']],
    ['The truce was signed by the Rapid Support Forces (RSF) of Mohamed Hamdan Dagalo.', ['Mohamed Hamdan Dagalo', 'Leader', 'RSF']],
    ["The talks between Russia's Sergey Lavrov and Ukraine's Dmytro Kuleba ended.", ['Sergey Lavrov', 'Leader', 'Russia']],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });
  test.each(["Argentina's Lionel Messi scored twice.", "Jorge Ramos's Peru won the cup.", 'The Republic of Jorge Ramos is a novel.'])(
    'no official in: %s',
    (text) => {
      expect(officials(text)).toEqual([]);
    },
  );
});

describe('a former office of a written side is a past role', () => {
  const affOf = (text: string, name: string) => extractFacts({ text }).officials.find((o) => o.name === name)?.affiliation ?? null;
  test('"former Kenyan President X" assisting an AU envoy is on the AU side, never Kenya\'s from the leaders list', () => {
    const text =
      "Ethiopia and the TPLF agreed to stop fighting. The AU's High Representative, former Nigerian President Olusegun Obasanjo, was assisted by former Kenyan President Uhuru Kenyatta and former South African Deputy President Phumzile Mlambo-Ngcuka. Prime Minister Abiy Ahmed welcomed it.";
    expect(affOf(text, 'Uhuru Kenyatta')).toBe('African Union');
    expect(affOf(text, 'Phumzile Mlambo-Ngcuka')).toBe('African Union');
  });
  test('a former leader with no side written keeps the list side', () => {
    expect(affOf('Sudan and the rebels signed a deal that ended the era of former President Omar al-Bashir.', 'Omar al-Bashir')).toBe(
      'Sudan',
    );
  });
});

describe("an owner's side found later, and agencies that stand for their state", () => {
  test.each([
    [
      'Putin was accompanied by Foreign Minister Sergei Lavrov and his foreign policy aide Yuri Ushakov.',
      ['Yuri Ushakov', 'Aide', 'Russia'],
    ],
    ['Israeli negotiators led by Mossad chief David Barnea flew to Doha.', ['David Barnea', 'Chief', 'Israel']],
    ['CIA chief William Burns flew to Doha.', ['William Burns', 'Chief', 'United States']],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });
});

describe('a given name that is also a state\'s name, right after a title ("Defence Minister Israel Katz")', () => {
  test.each([
    ['Defence Minister Israel Katz signed it.', 'Israel Katz'],
    ['President Jordan Smith met the Foreign Minister.', 'Jordan Smith'],
  ])('%s', (text, name) => {
    expect(officials(text).map((o) => o[0])).toContain(name);
  });
  test.each(['The Prime Minister Israel and Iran rejected it.', 'Israel Katz signed it.'])('no official in: %s', (text) => {
    expect(officials(text)).toEqual([]);
  });
});

describe('more titles as news writes them: portfolio secretaries, Irish offices, captains, special advisers', () => {
  test.each([
    ['British Home Secretary Jane Doyle signed the treaty in Kigali.', ['Jane Doyle', 'Home Secretary', 'United Kingdom']],
    ['US Agriculture Secretary Mark Ellis welcomed the deal.', ['Mark Ellis', 'Agriculture Secretary', 'United States']],
    ['Bangladesh commerce secretary Rafiq Alam signed the memorandum.', ['Rafiq Alam', 'Commerce Secretary', 'Bangladesh']],
    ['The memorandum was signed by Rafiq Alam, commerce secretary of Bangladesh.', ['Rafiq Alam', 'Commerce Secretary', 'Bangladesh']],
    ['Irish Taoiseach Sean Byrne said the decision was historic.', ['Sean Byrne', 'Taoiseach', 'Ireland']],
    ['Goita signed alongside Burkina Faso’s junta leader Captain Idrissa Kone.', ['Idrissa Kone', 'Leader', 'Burkina Faso']],
    ['Colombian peace commissioner Luis Mora led the government team.', ['Luis Mora', 'Peace Commissioner', 'Colombia']],
    ['Ukrainian delegation head Petro Bondar said the talks were constructive.', ['Petro Bondar', 'Head of Delegation', 'Ukraine']],
    ['Hamas political bureau chief Samir Nassar welcomed the deal.', ['Samir Nassar', 'Chief', 'Hamas']],
    ["Brazil's special adviser Paulo Reis attended.", ['Paulo Reis', 'special Adviser', 'Brazil']],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });

  test.each([
    'Major League teams agreed on the calendar.',
    'The home secretary said the border was calm.',
    'Captain Marvel opened in cinemas on Friday.',
  ])('no official in: %s', (text) => {
    expect(officials(text)).toEqual([]);
  });
});

describe('a side read through an organ, a body, a signer’s "for X" or a rank', () => {
  const one = (text: string, name: string) => {
    const o = extractFacts({ text }).officials.find((x) => x.name === name);
    return o ? [o.title, o.affiliation] : null;
  };
  test.each([
    ["Tesfaye Alemu, the Ethiopian government's chief negotiator, signed the text.", 'Tesfaye Alemu', ['Chief Negotiator', 'Ethiopia']],
    ["The Ethiopian government's chief negotiator, Tesfaye Alemu, signed the text.", 'Tesfaye Alemu', ['Chief Negotiator', 'Ethiopia']],
    [
      "Reza Karimi, secretary of Iran's Supreme National Security Council, signed the text.",
      'Reza Karimi',
      ["Secretary of Iran's Supreme National Security Council", 'Iran'],
    ],
    [
      'Omar Fathy, who heads Egypt’s intelligence service, joined the talks.',
      'Omar Fathy',
      ['Head of Egypt’s intelligence service', 'Egypt'],
    ],
    ['Tom Hale, who leads the U.S. negotiating team, flew to Doha.', 'Tom Hale', ['Head of the U.S. negotiating team', 'United States']],
    [
      'Dan Price, senior adviser for Africa at the U.S. State Department, attended.',
      'Dan Price',
      ['Senior Adviser for Africa', 'United States'],
    ],
    [
      "Salem Al Kuwari, Qatar's minister of state at the Ministry of Foreign Affairs, spoke.",
      'Salem Al Kuwari',
      ['Minister of State', 'Qatar'],
    ],
    [
      'Minister of National Defence Ahmet Kaya signed the document on behalf of Türkiye.',
      'Ahmet Kaya',
      ['Minister of National Defence', 'Turkey'],
    ],
    [
      'The text was signed for the RSF by Brigadier General Omar Hamid and for the army by others.',
      'Omar Hamid',
      ['Brigadier General', 'RSF'],
    ],
    ['Envoy Lena Berg, signing for the UN, thanked both sides.', 'Lena Berg', ['Envoy', 'United Nations']],
    [
      "Fatah's delegation was led by Rami Nasser, and Hamas's by senior official Yusuf Haddad.",
      'Yusuf Haddad',
      ['senior Official', 'Hamas'],
    ],
    ["Goita signed alongside Niger's General Amadou Sani.", 'Amadou Sani', ['General', 'Niger']],
    ['European Council President Piet Janssens announced the decision.', 'Piet Janssens', ['President', 'European Union']],
    ['Deputy Secretary of State Carl Moss met the delegation.', 'Carl Moss', ['Deputy Secretary of State', 'United States']],
    [
      "Paulo Reis, special adviser and personal envoy of Brazil's President, attended.",
      'Paulo Reis',
      ["special Adviser and personal Envoy of Brazil's President", 'Brazil'],
    ],
    [
      "It was signed by Bangladesh's civil aviation and tourism secretary Karim Uddin.",
      'Karim Uddin',
      ['Civil Aviation And Tourism Secretary', 'Bangladesh'],
    ],
    ["It was signed by Bangladesh's cultural affairs secretary Karim Uddin.", 'Karim Uddin', ['Cultural Affairs Secretary', 'Bangladesh']],
  ])('%s', (text, name, expected) => {
    expect(one(text, name)).toEqual(expected);
  });

  test.each([
    ['The Iranian envoy in Islamabad, Reza Tavakoli, attended.', 'Reza Tavakoli', ['envoy in Islamabad', 'Iran']],
    ['Secretary-General Anna Berg of the United Nations welcomed the deal.', 'Anna Berg', ['Secretary-General', 'United Nations']],
    ["Chinese President Xi Jinping's special envoy Zhou Ming visited Kyiv.", 'Zhou Ming', ['Special Envoy', 'China']],
    ["The Kremlin's foreign policy aide Ivan Petrov said the summit was useful.", 'Ivan Petrov', ['Aide', 'Russia']],
    ['Lebanese parliament speaker Karim Haddad negotiated for Hezbollah.', 'Karim Haddad', ['Speaker', 'Lebanon']],
  ])('more sides around the title: %s', (text, name, expected) => {
    expect(one(text, name)).toEqual(expected);
  });

  test.each([
    ['Maria Lopez, director of the Iranian Institute for Policy Studies, said the deal was fragile.', 'Maria Lopez'],
    ['John Reed signed for the company on Monday.', 'John Reed'],
  ])('no official in: %s', (text, name) => {
    expect(one(text, name)).toBeNull();
  });

  test.each([['Prime Minister Ali Hassan signed for the company on Monday.', 'Ali Hassan', ['Prime Minister', null]]])(
    'the side a signer acts for is read only for that signer: %s',
    (text, name, expected) => {
      expect(one(text, name)).toEqual(expected);
    },
  );
});

describe('a clause after the name is no apposition', () => {
  test.each([
    ['The Rwandan foreign minister, Paul Habimana, told reporters the deal would hold.', ['Paul Habimana', 'Foreign Minister', 'Rwanda']],
    ['The Kenyan envoy, Grace Atieno, speaking to journalists, said the talks went well.', ['Grace Atieno', 'Envoy', 'Kenya']],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });
  test.each(['Senior analyst Paul Habimana, a researcher at the institute, said the talks went well.', 'By Grace Atieno, staff reporter'])(
    'still no official in: %s',
    (text) => {
      expect(officials(text)).toEqual([]);
    },
  );
});

describe('an apposition after a spaced dash or in brackets; a side alone in brackets', () => {
  test.each([
    ["Aram Petrosyan – Armenia's foreign minister – said the talks went well.", ['Aram Petrosyan', 'Foreign Minister', 'Armenia']],
    ["Aram Petrosyan (Armenia's foreign minister) said the talks went well.", ['Aram Petrosyan', 'Foreign Minister', 'Armenia']],
    ['Foreign ministers Reza Karimi (Iran) and Ali Raza (Pakistan) signed the minutes.', ['Ali Raza', 'Foreign Minister', 'Pakistan']],
    ['Foreign ministers Reza Karimi (Iran) and Ali Raza (Pakistan) signed the minutes.', ['Reza Karimi', 'Foreign Minister', 'Iran']],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });
  test.each(['Reza Karimi (Iran) and Ali Raza (Pakistan) scored twice.', 'Aram Petrosyan-Armenia road talks stalled.'])(
    'no official in: %s',
    (text) => {
      expect(officials(text)).toEqual([]);
    },
  );
});

describe('surnames that are also words; more titles', () => {
  test.each([
    ['British Prime Minister Theresa May met the Irish delegation.', ['Theresa May', 'Prime Minister', 'United Kingdom']],
    ['South Korean Foreign Minister Park Jin met his counterpart in May.', ['Park Jin', 'Foreign Minister', 'South Korea']],
    ['Bangladeshi State Minister Karim Alam signed.', ['Karim Alam', 'State Minister', 'Bangladesh']],
    ['AU Commission chair Moussa Diallo welcomed the deal.', ['Moussa Diallo', 'Chair', 'African Union']],
    ['Russian presidential emissary Ivan Petrov arrived.', ['Ivan Petrov', 'presidential Emissary', 'Russia']],
    // a plural title, then each item with its side's possessive or as the other's counterpart
    ["The foreign ministers, Ghana's Kofi Asante and Togo's Ama Dogbe, signed.", ['Ama Dogbe', 'Foreign Minister', 'Togo']],
    [
      "The defence ministers, Ghana's Kofi Asante and his Togolese counterpart Ama Dogbe, signed.",
      ['Kofi Asante', 'Defence Minister', 'Ghana'],
    ],
    // a modifier keeps the capital the text gives it
    ['Kwame Boateng, the Special Presidential Envoy, signed for Ghana.', ['Kwame Boateng', 'Special Presidential Envoy', 'Ghana']],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });
  test.each(['Talks were held at Bletchley Park on May 5.', 'The summit opened in May.'])('no official in: %s', (text) => {
    expect(officials(text)).toEqual([]);
  });
});

describe("a side's team, and the companions of a sided official", () => {
  const affOf = (text: string, name: string) => extractFacts({ text }).officials.find((o) => o.name === name)?.affiliation ?? null;
  test.each([
    [
      "The AU's chief mediator, Paul Mensah, led an AU mediation team that also included former Kenyan President Joseph Otieno.",
      'Joseph Otieno',
      'African Union',
    ],
    ['The Iranian delegation comprised Deputy Foreign Minister Reza Karimi and Ambassador Omid Rahimi.', 'Omid Rahimi', 'Iran'],
    ['Iranian Foreign Minister Ali Rezaei, accompanied by Ambassador Omid Rahimi, met the press.', 'Omid Rahimi', 'Iran'],
  ])('%s', (text, name, aff) => {
    expect(affOf(text, name)).toBe(aff);
  });
  test.each([
    ['Iranian Foreign Minister Ali Rezaei was received by Ambassador Omid Rahimi.', 'Omid Rahimi'],
    ['The talks included Ambassador Omid Rahimi.', 'Omid Rahimi'],
  ])('no side from: %s', (text, name) => {
    expect(affOf(text, name)).toBeNull();
  });
});

describe('"was represented by" a titled official', () => {
  test.each([
    ['The Pakistani side was represented by Foreign Secretary Omar Qazi.', ['Omar Qazi', 'Foreign Secretary', 'Pakistan']],
    ['India was represented by Foreign Secretary Anil Mehta.', ['Anil Mehta', 'Foreign Secretary', 'India']],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });
});

describe("a leader's name used as a modifier is no mention of the leader", () => {
  test.each([
    'The Trump administration had sought conditions before Russia and the US agreed.',
    'Critics of the Putin regime said Russia and Ukraine agreed.',
  ])('no bare leader in: %s', (text) => {
    expect(officials(text)).toEqual([]);
  });
  test('the leader named bare as a person still counts', () => {
    expect(officials('Putin and Erdogan agreed on a buffer zone.').map(([n]) => n)).toEqual(['Putin', 'Erdogan']);
  });
});

describe('two modifiers before a title', () => {
  test.each([
    ["Li Ming, China's most senior diplomat, called it a victory.", ['Li Ming', 'most senior Diplomat', 'China']],
    ["China's most senior diplomat Li Ming called it a victory.", ['Li Ming', 'most senior Diplomat', 'China']],
  ])('%s', (text, expected) => {
    expect(officials(text)).toContainEqual(expected);
  });
});

describe('a plural possessive before a plural title after two names', () => {
  test('both names take the title', () => {
    const found = officials("The accord was initialled by Kofi Asante and Ama Dogbe, the two countries' foreign ministers.");
    expect(found.map(([name, title]) => [name, title])).toEqual([
      ['Kofi Asante', 'Foreign Minister'],
      ['Ama Dogbe', 'Foreign Minister'],
    ]);
  });
});
