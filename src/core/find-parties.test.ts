// Sentences of our own: the sides of an agreement, not every state named beside them.
import { describe, expect, test } from 'vitest';
import { extractFacts } from './extract';

const parties = (text: string) =>
  extractFacts({ text })
    .parties.map((p) => p.name)
    .sort();

describe('parties', () => {
  test.each([
    [
      'Egypt and Sudan agreed on Tuesday to set up a joint committee on the Nile. The talks were hosted by the Egyptian foreign ministry.',
      ['Egypt', 'Sudan'],
    ],
    ['A truce brokered by Qatar was signed by Israel and Hamas in Doha. Qatar said the deal would hold.', ['Hamas', 'Israel']],
    [
      'Kinshasa and Kigali agreed to set up a joint security mechanism, in talks mediated by Angola in Luanda.',
      ['Democratic Republic of Congo', 'Rwanda'],
    ],
    [
      'The Chile-Peru commission agreed to reopen the crossing. Bolivia, which boycotted the talks in 2019, was not invited.',
      ['Chile', 'Peru'],
    ],
    [
      'The United States signed a deal with the Taliban in Doha under which U.S. troops will leave Afghanistan.',
      ['Taliban', 'United States'],
    ],
    [
      'Saudi Arabia and Russia agreed on the cut. The group accepted that Mexico would cut only a little.',
      ['Mexico', 'Russia', 'Saudi Arabia'],
    ],
    [
      'Leaders of Ukraine, Russia, France and Germany had reached agreement on a ceasefire in Minsk.',
      ['France', 'Germany', 'Russia', 'Ukraine'],
    ],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });

  test('capitals count as the state only when they act', () => {
    const f = extractFacts({ text: 'Tehran and Islamabad agreed to reopen the border. The meeting in Tehran lasted two hours.' });
    const iran = f.parties.find((p) => p.name === 'Iran');
    expect(iran?.mentions.map((m) => m.text)).toEqual(['Tehran']);
  });
});

describe('an arrangement or protocol reached is an agreement for the sides that reached it', () => {
  test.each([
    ['Chile and Peru reached a provisional arrangement for resupply flights to the island.', ['Chile', 'Peru']],
    ['Ghana and Togo have reached a new customs protocol for the border crossing.', ['Ghana', 'Togo']],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
  test.each([
    'Chile and Peru discussed security arrangements at the border.',
    'The convoy from Chile reached the border with Peru at dawn.',
  ])('no agreement in: %s', (text) => {
    expect(extractFacts({ text }).isAgreement).toBe(false);
  });
});

describe('a state whose leader welcomes, praises or condemns the deal is not a side', () => {
  test.each([
    [
      'Chile and Peru agreed to a ceasefire on Saturday. Brazilian President Lula da Silva welcomed the ceasefire and urged calm.',
      ['Chile', 'Peru'],
    ],
    ['Ghana and Togo signed a border accord in Lome. The French foreign ministry hailed the accord as historic.', ['Ghana', 'Togo']],
    ['Chile and Peru agreed to reopen the border. Bolivia condemned the deal on Sunday.', ['Chile', 'Peru']],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
  test.each([
    ['Chile and Peru agreed to reopen the border. Chilean President Gabriel Boric welcomed the deal he signed.', ['Chile', 'Peru']],
    ['Chile welcomed the deal it signed with Peru to reopen the border.', ['Chile', 'Peru']],
  ])('a side that welcomes its own deal stays: %s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe('the second of two named mediators is a mediator too', () => {
  test.each([
    [
      'Chile and Peru signed a declaration committing them to reopen the border, U.S. and Brazilian officials said. The declaration was signed after talks brokered by Brazil and the United States. The United States said the declaration was a first step.',
      ['Chile', 'Peru'],
    ],
    [
      'Ghana and Togo agreed to a truce in talks mediated by Nigeria and the African Union. The African Union said the truce would be monitored.',
      ['Ghana', 'Togo'],
    ],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
  test.each([
    [
      'A truce brokered by Qatar and signed by Israel and Hamas took effect. Israel and Hamas agreed to free hostages.',
      ['Hamas', 'Israel'],
    ],
  ])('sides after "brokered by X and" a verb stay: %s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe('every name of a list of sides is a side', () => {
  test.each([
    [
      'The convention, signed by representatives of Chile, Peru, Bolivia, Ecuador and Colombia in Lima, sets the rules for the shared lake.',
      ['Bolivia', 'Chile', 'Colombia', 'Ecuador', 'Peru'],
    ],
    [
      'Ghana and Togo signed the prisoner accord on Friday. Benin, Niger and Mali also took part in the deal alongside Ghana and Togo.',
      ['Benin', 'Ghana', 'Mali', 'Niger', 'Togo'],
    ],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe('the people who act for a side show the side', () => {
  test.each([
    [
      'At talks in Sochi, Putin and Erdogan agreed to create a buffer zone. Syrian President Bashar al-Assad had feared a Russian-Syrian assault on the city, and Syria said so often.',
      ['Russia', 'Turkey'],
    ],
    ['Iranian officials agreed with Saudi Arabia on Friday to reopen the two embassies.', ['Iran', 'Saudi Arabia']],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
  test('a common surname is no leader: "Jalil Khan" does not make Pakistan a side', () => {
    expect(parties('Chile and Peru agreed to reopen the border. Jalil Khan signed the accord as a witness.')).toEqual(['Chile', 'Peru']);
  });
});

describe('onlookers, future meetings and fights are not sides', () => {
  test.each([
    [
      'Chile and Peru signed a border accord in Lima. Observers witnessed the signing, among them representatives from Brazil and Argentina. Brazil was represented by Foreign Minister Mauro Vieira and Brazil welcomed the accord.',
      ['Chile', 'Peru'],
    ],
    [
      'Chile and Peru agreed to reopen the border on Friday. The deal comes ahead of a summit between Peru and Brazil, expected in May, and Brazil hopes for more.',
      ['Chile', 'Peru'],
    ],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe('the headline names the sides', () => {
  test('"Chile, Peru sign border deal": the headline subject is a side even if the body names it once', () => {
    const f = extractFacts({
      title: 'Chile, Peru sign border deal',
      text: 'Chile signed the border deal on Friday, officials said. Peru said the crossing would reopen. Brazil had urged a deal for months, and Brazil said it was pleased.',
    });
    expect(f.parties.map((p) => p.name).sort()).toEqual(['Chile', 'Peru']);
  });
});

describe('third sides told by their own act or role are not sides', () => {
  test.each([
    [
      'Israel and Hamas agreed to a ceasefire on Wednesday after weeks of talks. Qatar, which mediated the talks with Egypt, said the truce would start on Sunday. Qatari Prime Minister Mohammed Al Thani announced the deal in Doha.',
      ['Hamas', 'Israel'],
    ],
    [
      'Qatar announced on Wednesday that Israel and Hamas had agreed to a ceasefire. The deal was reached after talks in Doha with Egyptian and American mediators. Qatari Prime Minister Mohammed Al Thani said the truce would begin on Sunday.',
      ['Hamas', 'Israel'],
    ],
    [
      'The Colombian government and the ELN agreed to a six-month ceasefire at talks in Havana, with Cuba and Norway acting as guarantors of the deal.',
      ['Colombia', 'ELN'],
    ],
    [
      'Israel and Lebanon agreed to a ceasefire on Tuesday, ending more than a year of fighting between Israel and Hezbollah. The deal requires Hezbollah to withdraw.',
      ['Israel', 'Lebanon'],
    ],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
  test('"the Ethiopian government and the TPLF signed": a side named by its government', () => {
    expect(
      parties(
        "The Ethiopian government and the Tigray People's Liberation Front signed a peace deal in Pretoria, in talks convened by the African Union. South Africa hosted the talks.",
      ),
    ).toEqual(['Ethiopia', 'TPLF']);
  });
});

describe('a third side named as a modifier of the mediation is no side', () => {
  test.each([
    [
      'Israel and Hamas agreed to extend the truce by two days following Qatari-Egyptian mediation. Qatar said the extension would allow more hostages to be freed.',
      ['Hamas', 'Israel'],
    ],
    [
      'Israel and Hamas agreed to the first phase of a US-backed plan to end the war, US President Donald Trump said. The United States will send troops to monitor the ceasefire. Egypt, Qatar and Turkey signed the plan as guarantors.',
      ['Hamas', 'Israel'],
    ],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

test('"Iran\'s foreign minister and his Pakistani counterpart agreed": both sides through their people', () => {
  expect(
    parties(
      "Iran's foreign minister and his Pakistani counterpart agreed on Monday to set up a joint mechanism. Afghanistan was discussed, and Afghanistan's rulers said they hoped for calm.",
    ),
  ).toEqual(['Iran', 'Pakistan']);
});

test('"talks between representatives of X and Y\'s Z": both sides of between, through their people', () => {
  expect(
    parties(
      "The ceasefire came out of talks between military representatives of the Government of National Accord (GNA) of Fayez al-Sarraj and Khalifa Haftar's Libyan National Army (LNA) in Geneva.",
    ),
  ).toEqual(['Government of National Accord', 'Libyan National Army']);
});

describe('every signatory of a multilateral deal, and no arena state', () => {
  test.each([
    [
      'Signatories include Chile, Peru and Bolivia — all three hit by the drought of 2019 — along with Ecuador, Colombia and Paraguay.',
      ['Bolivia', 'Chile', 'Colombia', 'Ecuador', 'Paraguay', 'Peru'],
    ],
    ['The charter was signed by Mali, Niger and Chad, along with Senegal.', ['Chad', 'Mali', 'Niger', 'Senegal']],
    [
      'The Lakeland government signed a truce with rebels. The groups that signed were the Hill People’s Front, the River Liberation Army and the Northern Union - East.',
      ['Hill People’s Front', 'Northern Union - East', 'River Liberation Army'],
    ],
    // an alliance or organisation acts through its members, allies or leaders
    ['ASEAN members and China agreed on guidelines for a code of conduct at sea.', ['ASEAN', 'China']],
    ['NATO allies agreed to set up a fund for Ukraine at the summit in Vilnius, Lithuania said.', ['NATO']],
    ['ASEAN foreign ministers signed a treaty with Japan. Chinese officials criticised the deal.', ['ASEAN', 'Japan']],
    // the subject past an aside, or in a reporting frame; the state that only watches is no side
    [
      'Chile and Peru, two long-time rivals, agreed to reopen the border. Bolivia followed the talks closely, and Bolivian officials said Bolivia would study the agreement.',
      ['Chile', 'Peru'],
    ],
    [
      'Chile and Peru said they had agreed to reopen the border. Bolivia followed the talks closely, and Bolivian officials said Bolivia would study the agreement.',
      ['Chile', 'Peru'],
    ],
    // two officials coordinated, the second with its title, share the verb
    [
      'Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan initialled the peace treaty.',
      ['Armenia', 'Azerbaijan'],
    ],
    // what the sides act against is no side
    ['Under the accord, the Taliban commit to prevent al-Qaeda from operating in areas they control.', ['Taliban']],
    // a name's acronym in brackets, and a describing word in a list
    [
      'Representatives of the Sudanese Armed Forces (SAF) and the paramilitary Rapid Support Forces (RSF) had signed the declaration in Jeddah, Saudi Arabia and the United States said.',
      ['RSF', 'Sudanese Armed Forces'],
    ],
    // the sides are one state's own groups: the state is where they fight, not a side
    [
      'Libya’s rival camps, the Government of National Accord and the Libyan National Army, signed a ceasefire in Geneva covering all of Libya. Libyans welcomed the accord across Libya.',
      ['Government of National Accord', 'Libyan National Army'],
    ],
    // … unless its government is one of them
    [
      'Sudan’s transitional government, the Sudan Revolutionary Front and the Justice and Equality Movement signed a peace deal in Juba.',
      ['Justice and Equality Movement', 'Sudan', 'Sudan Revolutionary Front'],
    ],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe('a list of members or signatories names every side', () => {
  const seven = ['Chile', 'Peru', 'Bolivia', 'Ecuador', 'Colombia', 'Panama', 'Cuba'];
  test.each([
    'Seven Andean and Caribbean states signed a fisheries charter on Monday in Lima, pledging to share data on catches. The seven members are Chile, Peru, Bolivia, Ecuador, Colombia, Panama and Cuba.',
    'Leaders of the seven member states — Chile (President Gabriel Boric), Peru, Bolivia, Ecuador, Colombia, Panama and Cuba — signed a declaration on Monday committing them to share data on catches.',
  ])('%s', (text) => {
    expect(new Set(parties(text))).toEqual(new Set(seven));
  });
});

describe('a name that only qualifies or reports is no side', () => {
  test.each([
    // an organisation after a count qualifies the member states the text counts
    [
      'Chile and Peru signed a declaration on friendly relations in Lima on Thursday. The two NATO allies pledged to resolve their disputes.',
      ['Chile', 'Peru'],
    ],
    // the source that closes the sentence only reports it
    [
      'The two neighbours agreed to an immediate ceasefire, the Bolivian foreign ministry said on Sunday. Chilean Defence Minister Maya Fernandez led her country’s delegation.',
      ['Chile'],
    ],
  ])('%s', (text, expected) => {
    expect(parties(text).sort()).toEqual(expected);
  });
  test('the guests of a host are the sides, the host is not', () => {
    expect(
      parties(
        'The two neighbours agreed to end their dispute. Bolivian President Luis Arce announced the deal after hosting Chilean President Gabriel Boric and Peruvian President Dina Boluarte.',
      ),
    ).toEqual(['Chile', 'Peru']);
  });
  test('a state that supports the deal from outside is not a side', () => {
    expect(
      parties(
        'Chile and Peru will reopen their border under a deal announced on Friday. A spokesman for Brazilian President Lula said Brasilia supported the deal.',
      ),
    ).toEqual(['Chile', 'Peru']);
  });
  test('a minister and "his counterpart" named after him share the agreement verb', () => {
    expect(
      parties(
        "Pakistan's Foreign Minister Jalil Abbas Jilani and his Iranian counterpart Hossein Amir-Abdollahian agreed on Monday to post liaison officers in each other's capitals. The two ministers told a joint news conference that the decision would prevent misunderstandings. US State Department spokesman Matthew Miller said Washington was following the situation.",
      ),
    ).toEqual(['Iran', 'Pakistan']);
  });
  test('"the two sides agreed" names the sides the sentence tells through their people', () => {
    expect(
      parties(
        "Peru's foreign minister arrived in Santiago on Monday and held talks with Chilean Foreign Minister Alberto van Klaveren at the foreign ministry, where the two sides agreed to enhance coordination against smuggling.",
      ),
    ).toEqual(['Chile', 'Peru']);
  });
  test('a side that reports its own deal is still a side', () => {
    expect(parties('Chile and Peru agreed to reopen the border, the Peruvian foreign ministry said on Sunday.').sort()).toEqual([
      'Chile',
      'Peru',
    ]);
  });
});

describe('organisations named by the shape of their names', () => {
  test.each([
    [
      'The government of Chad and the Lake Basin Liberation Front (LBLF) signed a ceasefire in N’Djamena on Monday. The LBLF agreed to hand over its heavy weapons.',
      ['Chad', 'Lake Basin Liberation Front'],
    ],
    // a name seen only by its mentions, never in a side's wording, is no party
    [
      'Chad and Niger agreed on Monday to reopen their border. The Sahel Herders Alliance said it would watch the crossing closely, and the Sahel Herders Alliance asked for a seat at future talks.',
      ['Chad', 'Niger'],
    ],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe('third sides named by a mediating wording, with the names coordinated with them', () => {
  test.each([
    ['Israel and Hamas agreed to the truce, which was mediated by Qatar, Egypt and the United States.', ['Hamas', 'Israel']],
    ['Israel and Hamas agreed to a ceasefire on Sunday after mediation by Qatar and Egypt.', ['Hamas', 'Israel']],
    [
      'Saudi Arabia and the United States, the mediators, said Sudan and South Sudan had agreed to reopen the border.',
      ['South Sudan', 'Sudan'],
    ],
    ['Mediators Qatar and Egypt said Israel and Hamas had agreed to a truce that Egypt helped negotiate.', ['Hamas', 'Israel']],
    ['Oman, which has been mediating for months, said the United States and Iran agreed to continue the talks.', ['Iran', 'United States']],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe('where no wording sees a side, a list of signatories in the agreement’s clause', () => {
  test.each([
    [
      'The leaders of Bolivia, Brazil, Colombia and Peru, meeting in Belem for two days, set out a joint plan against deforestation in a declaration.',
      ['Bolivia', 'Brazil', 'Colombia', 'Peru'],
    ],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe('a name the headline casts as a third side is no side unless seen as one', () => {
  test('"Qatar-brokered pause …": Qatar gains nothing from the headline', () => {
    const facts = extractFacts({
      title: 'Qatar-brokered pause in Gaza fighting takes hold',
      text: 'The pause in the agreement began on Friday morning. Israel confirmed the pause in the agreement, and Hamas said the agreement would hold. Qatar said the agreement would be extended, and Qatar officials will monitor the agreement.',
    });
    expect(facts.parties.map((p) => p.name).sort()).toEqual(['Hamas', 'Israel']);
  });
});
