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
    ['Lt Gen Rahim Khan, Afghanistan’s Director General of Military Operations, attended.', ['Rahim Khan', 'Director General of Military Operations', 'Afghanistan']],
    ['Chief of Army Staff (COAS), General Tariq Aziz Rana, chaired the meeting.', ['Tariq Aziz Rana', 'Chief of Army Staff', null]],
    ['Dr Sheikh Omar bin Salem Al Nuaimi, the Undersecretary for Political Affairs, signed for Oman.', ['Sheikh Omar bin Salem Al Nuaimi', 'Undersecretary for Political Affairs', 'Oman']],
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
    const f = extractFacts({ text: 'Iranian Foreign Minister Hossein Amir-Abdollahian met General Syed Asim Munir. Later Abdolahian and Gen Asim Munir spoke again; General Munir thanked Amir Abdollahian.' });
    expect(f.officials.map((o) => o.name)).toEqual(['Hossein Amir-Abdollahian', 'Syed Asim Munir']);
    expect(f.officials[0]?.mentions.map((m) => m.text)).toEqual(['Hossein Amir-Abdollahian', 'Abdolahian', 'Amir Abdollahian']);
    expect(f.officials[1]?.mentions.map((m) => m.text)).toEqual(['General Syed Asim Munir', 'Gen Asim Munir', 'General Munir']);
  });

  test('a counterpart takes the title of the official before and the demonym as affiliation', () => {
    const f = extractFacts({ text: 'Taking part were Maj Gen Ali Reza, Iraq’s Director General of Military Operations, and his Syrian counterpart, Brig Gen Omar Haddad.' });
    expect(f.officials[1]).toMatchObject({ name: 'Omar Haddad', title: 'Director General of Military Operations', affiliation: 'Syria' });
  });

  test.each([
    ['Chilean President Rosa Vidal and Peruvian President Luis Soto met. Their foreign ministers, Ana Perez and Jorge Ramos, signed the text.', [['Ana Perez', 'Chile'], ['Jorge Ramos', 'Peru']]],
    ['Peruvian President Luis Soto and Chilean President Rosa Vidal met; their defence ministers, Ana Perez and Jorge Ramos, also spoke.', [['Ana Perez', 'Peru'], ['Jorge Ramos', 'Chile']]],
    ['Chilean President Rosa Vidal met reporters. Their foreign ministers, Ana Perez and Jorge Ramos, signed the text.', [['Ana Perez', null], ['Jorge Ramos', null]]],
  ])('"their ministers, A and B" pairs with the sides just named: %s', (text, expected) => {
    const f = extractFacts({ text });
    expect(expected.map(([n]) => [n, f.officials.find((o) => o.name === n)?.affiliation ?? null])).toEqual(expected);
  });

  test.each([
    ['The Omani side was led by Salim Harthy, secretary of the Supreme Defence Council, and others.', 'Salim Harthy', 'Secretary of the Supreme Defence Council'],
    ["Egypt's top diplomat, Karim Fahmy, director of the Office of Regional Affairs, praised the deal.", 'Karim Fahmy', 'Foreign Minister, Director of the Office of Regional Affairs'],
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
    ['Chilean President-elect Rosa Vidal met the press. Tomas Ruiz, the adviser of President-elect Rosa Vidal, joined the talks.', 'Tomas Ruiz', 'Chile'],
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
    ['Fighting between army chief General Ali Musa and RSF commander Hamid Daglo resumed. The army and the RSF agreed to a truce.', 'Ali Musa', 'RSF'],
    ['Army chief General Ali Musa and Hamas negotiator Khalil al-Hayya signed the truce with Israel on Monday.', 'Ali Musa', 'Hamas'],
  ])('%s', (text, name, not) => {
    expect(affOf(text, name)).not.toBe(not);
  });

  test.each([
    ['Caretaker Prime Minister Anwaar Kakar said Pakistan was ready. Iran and Pakistan agreed to restore ambassadors.', 'Anwaar Kakar', 'Pakistan'],
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
    ['The deal was signed by SCL Das, Joint Secretary of the Home Ministry, and others.', ['SCL Das', 'Joint Secretary of the Home Ministry', null]],
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
