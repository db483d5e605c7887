// Sentences of our own: what counts as an agreed measure, and the near misses that do not.
import { describe, expect, test } from 'vitest';
import { BARE_CUE_VERB, DOMESTIC_ACT, LIST_HEADER, TERM_PARAGRAPHS, TIME_ONLY } from '../model/measure-grammar';
import { findMeasures, readMeasures } from './find-measures';
import { segmentSentences } from './segment';
import { tokenize } from './tokens';

const measures = (text: string) => findMeasures(text, segmentSentences(text, tokenize(text))).map((m) => m.text);

describe('findMeasures', () => {
  test.each([
    ['Chile and Peru agreed to reopen the border crossing at Chacalluta.', 'reopen the border crossing at Chacalluta'],
    [
      'The two sides reached an understanding that fishing boats would be released within a week.',
      'fishing boats would be released within a week',
    ],
    ['Both ministers pledged to set up a joint water commission, officials said.', 'set up a joint water commission'],
    ['It was agreed by both sides that a hotline would be installed.', 'hotline would be installed'],
    ['The decision to resume direct flights was made at the meeting.', 'resume direct flights'],
    ['Under the pact, Lima will supply gas to Santiago for ten years.', 'Lima will supply gas to Santiago for ten years'],
    [
      'Kenya and Ethiopia on Tuesday signed a memorandum of understanding on livestock trade.',
      'memorandum of understanding on livestock trade',
    ],
    ['Armenia and Georgia agreed on Friday to open two more checkpoints.', 'open two more checkpoints'],
    ['The two sides agreed a roadmap for phasing out tariffs on steel.', 'roadmap for phasing out tariffs on steel'],
    ['Japan and Australia sealed a defence pact on reciprocal troop access in Tokyo.', 'defence pact on reciprocal troop access in Tokyo'],
    ['Both sides will also cooperate on flood warnings along the river.', 'cooperate on flood warnings along the river'],
    // the same said by a side's official, in quotation marks
    ['"Both countries will deploy joint patrols on the river," the minister said.', 'deploy joint patrols on the river'],
    ['Kenya and Uganda put their names to a treaty on the shared lake.', 'treaty on the shared lake'],
    ['Kenya and Uganda signed what they called a "historic" memorandum on lake transport.', 'historic memorandum on lake transport'],
    ['The presidents of Kenya and Uganda signed agreements on Thursday to reopen the lake ports.', 'reopen the lake ports'],
    ['Russia and Ukraine exchanged 95 prisoners of war each on Friday.', 'exchanged 95 prisoners of war each'],
    ['Both sides reaffirmed their respect for the border drawn in the treaty.', 'respect for the border drawn in the treaty'],
    ['The two presidents also launched a joint investment fund for farmers.', 'joint investment fund for farmers'],
    ['Both leaders pledged support for a regional railway.', 'support for a regional railway'],
    ['The two countries settled on a joint patrol schedule.', 'joint patrol schedule'],
    ['Both countries agreed, in addition, to open two crossings.', 'open two crossings'],
    ['The two ministers also endorsed a roadmap for reopening the border.', 'roadmap for reopening the border'],
    ['The two governments also agreed, according to the statement, to free all detainees.', 'free all detainees'],
    ['Agreement was also reached on the exchange of prisoners.', 'the exchange of prisoners'],
    ['Chile and Peru agreed to a truce. Lima also promised to free the detained fishermen.', 'free the detained fishermen'],
    ['The two presidents put their signatures on March 3 to a protocol on transit fees.', 'protocol on transit fees'],
    ['The two leaders also signed memoranda of understanding on energy and health.', 'memoranda of understanding on energy and health'],
    ['Chile and Peru extended their fisheries agreement by five years on Tuesday.', 'extended their fisheries agreement by five years'],
    [
      'Colombia and the ELN agreed on Tuesday to a ceasefire that will take effect at midnight.',
      'ceasefire that will take effect at midnight',
    ],
    ['Chile on Monday extended the fisheries treaty with Peru for five years.', 'extended the fisheries treaty with Peru for five years'],
    ['The two sides had exchanged diplomatic notes on the extension.', 'exchanged diplomatic notes on the extension'],
    [
      'Chile and Peru exchanged instruments of ratification of their border treaty in Lima.',
      'exchanged instruments of ratification of their border treaty in Lima',
    ],
    [
      'Among the measures agreed were a joint border commission, a hotline between the armies and regular meetings of ministers.',
      'hotline between the armies',
    ],
    ['Among the other points agreed, the mediator listed the protection of civilians.', 'the protection of civilians'],
  ])('%s', (text, expected) => {
    expect(measures(text)).toContain(expected);
  });

  test.each([
    'The summit ended without agreement after the two leaders failed to agree on sanctions.',
    'Madrid proposed to hold talks on fishing quotas next month.',
    'The minister demanded the release of the detained sailors.',
    'Earlier this year, the two leaders agreed to restart talks.',
    'Click here if you agree to our use of cookies.',
    'We decided not to sign any of the options.',
    'The envoy, who had brokered the text, signed the deal as well.',
    'The two sides signed the initial peace agreement on Friday.',
    'Among the measures discussed were a joint border commission and a hotline.',
    'The club extended the contract of its coach by two years.',
    'The army extended the curfew by a week.',
    'The two rivals exchanged insults over the border.',
  ])('no measure in: %s', (text) => {
    expect(measures(text)).toEqual([]);
  });

  test('a bullet list under "the following steps were agreed:" gives one measure per bullet', () => {
    const text =
      'According to the mediator, the following steps were agreed:\n\n- prisoners will be exchanged within ten days;\n\n- a joint committee will meet monthly in Geneva.';
    expect(measures(text)).toEqual(['prisoners will be exchanged within ten days', 'joint committee will meet monthly in Geneva']);
  });

  test('nouns listed after a shared threat become measures', () => {
    const text = 'Both countries acknowledged smuggling as a common threat requiring joint patrols, data exchange, and better policing.';
    expect(measures(text)).toEqual([
      'joint patrols against smuggling',
      'data exchange against smuggling',
      'better policing against smuggling',
    ]);
  });
});

describe('near-duplicate measures', () => {
  // a word repeated in one phrase counts once: two distinct measures that share one word stay apart
  test.each([
    [
      'Chile and Peru agreed that an attack on either would be treated as an attack on both.\nThe treaty aims to deepen naval exercises and to reduce attack risks at sea.',
      'reduce attack risks at sea',
    ],
    [
      'Kenya and Uganda agreed that trade in trade zones would be free of trade duties.\nThe deal seeks to build a rail link and to harmonise trade rules.',
      'harmonise trade rules',
    ],
  ])('%s', (text, expected) => {
    expect(measures(text)).toContain(expected);
  });
  // a reworded repeat still merges
  test.each([
    ['Chile and Peru agreed to reopen the border crossing at Chacalluta.\nThe two sides also agreed to reopen the Chacalluta crossing.', 1],
    ['Ghana and Togo agreed to set up a joint border commission.\nThey agreed that a joint commission on the border would be set up.', 1],
  ])('%s', (text, n) => {
    expect(measures(text)).toHaveLength(n);
  });
});

describe('a joint emphasis coordinated inside an agreed clause', () => {
  test.each([
    [
      'It was agreed that border markets would reopen next month, and both sides stressed cooperation against smuggling.',
      ['border markets would reopen next month', 'cooperation against smuggling'],
    ],
    [
      'The two ministers agreed to restore direct flights, and the two countries also emphasised student exchanges.',
      ['restore direct flights', 'student exchanges'],
    ],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });
  test.each([
    // no agreement cue governs the emphasis: nothing is a measure
    'The ministers met in Lima, and both sides stressed cooperation against smuggling.',
  ])('%s', (text) => {
    expect(measures(text)).toEqual([]);
  });
});

describe('a background year dates only its own clause', () => {
  test.each([
    ['The two leaders agreed to revive the joint commission, which has not met since 2015.', 'revive the joint commission'],
    ['Ghana and Togo agreed to reopen the border post that was closed in 2020.', 'reopen the border post that was closed in 2020'],
  ])('%s', (text, expected) => {
    expect(measures(text)).toContain(expected);
  });
  test.each([
    'In 2019, Ghana and Togo agreed to reopen the border post.',
    'Last year the two leaders agreed to revive the joint commission.',
    'Chile and Peru signed a fisheries treaty in 2012 on shared stocks.',
  ])('%s', (text) => {
    expect(measures(text)).toEqual([]);
  });
});

describe('an agreement as passive subject, and its stated consequence', () => {
  test.each([
    ['Officials said an agreement had been arrived at on grazing rights along the river.', ['grazing rights along the river']],
    [
      'Chile and Peru agreed on joint patrols along the coast, leading to a reduction of illegal fishing.',
      ['joint patrols along the coast', 'reduction of illegal fishing'],
    ],
    [
      'A consensus has been reached on water sharing in the basin, leading to the resumption of talks on dams.',
      ['water sharing in the basin', 'the resumption of talks on dams'],
    ],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });
  test.each([
    // a consequence that is not a nominalised step stays inside the phrase, not a measure of its own
    [
      'Chile and Peru agreed on joint patrols along the coast, leading to protests in Arica.',
      ['joint patrols along the coast, leading to protests in Arica'],
    ],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });
  test.each([
    'No agreement has been reached on grazing rights along the river.',
    'Officials hoped an understanding would be reached on grazing rights.',
  ])('%s', (text) => {
    expect(measures(text)).toEqual([]);
  });
});

describe("one side's steps inside an agreed package", () => {
  const withStatus = (text: string) => findMeasures(text, segmentSentences(text, tokenize(text))).map((m) => `${m.status}: ${m.text}`);
  test.each([
    [
      'Chile and Peru agreed to reopen the border. Lima said it would release the detained fishermen. In return, Santiago will drop its lawsuit at the court.',
      ['agreed: reopen the border', 'agreed: release the detained fishermen', 'agreed: Santiago will drop its lawsuit at the court'],
    ],
    [
      'Ghana and Togo agreed to resume trade talks. Accra, for its part, will cut tariffs on cement. Lome said that its government would reopen two crossings.',
      ['agreed: resume trade talks', 'agreed: cut tariffs on cement', 'agreed: reopen two crossings'],
    ],
    [
      'Chile and Peru agreed to reopen the border. Lima said it would lift the curbs on three goods: copper, salt and fish.',
      ['agreed: reopen the border'],
    ],
  ])('%s', (text, expected) => {
    expect(withStatus(text)).toEqual(expected);
  });
  test.each([
    // a lone "X said it would …" with no counterpart is one side's own act
    'Chile and Peru agreed to reopen the border. Lima said it would release the detained fishermen.',
    // no agreement reported: a pair of unilateral steps is not a package measure
    'Lima said it would release the detained fishermen. In return, Santiago will drop its lawsuit.',
  ])('%s', (text) => {
    expect(withStatus(text).filter((m) => m.includes('fishermen'))).toEqual([]);
  });
  test('a short list after a colon closing the sentence stays in the phrase', () => {
    expect(measures('Chile and Peru agreed to lift duties on three goods: copper, salt and fish.')).toEqual([
      'lift duties on three goods: copper, salt and fish',
    ]);
  });
});

describe('"reached a <modifiers> arrangement/truce/protocol …": the instrument reached is the measure', () => {
  test.each([
    [
      'Chile and Peru have reached a provisional arrangement for resupply flights to the island.',
      'provisional arrangement for resupply flights to the island',
    ],
    ['Ghana and Togo reached a "temporary arrangement" on fishing rights, officials said.', 'temporary arrangement on fishing rights'],
    ['The two sides reached a humanitarian truce covering the northern districts.', 'humanitarian truce covering the northern districts'],
    ['Chile and Peru reached a new border protocol for customs checks.', 'new border protocol for customs checks'],
  ])('%s', (text, expected) => {
    expect(measures(text)).toContain(expected);
  });
  test.each([
    'The rebels reached the town before the truce collapsed.',
    'The talks reached a stalemate over the arrangement.',
    'Chile and Peru failed to reach a provisional arrangement for resupply flights.',
    'The convoy reached the border crossing at dawn.',
  ])('no measure in: %s', (text) => {
    expect(measures(text)).toEqual([]);
  });
});

describe('an attribution after a closing quote ends the measure', () => {
  test.each([
    [
      '"Chile has agreed to reopen the crossing as soon as possible," the minister told reporters.',
      'reopen the crossing as soon as possible',
    ],
    ['“Ghana and Togo agreed to cut tariffs on cement,” he said.', 'cut tariffs on cement'],
    ['"Peru agreed to release the fishermen," Foreign Minister Ana Torres said on Monday.', 'release the fishermen'],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual([expected]);
  });
  test.each([['Chile and Peru agreed to set up a "green corridor" for trucks and buses.', 'set up a green corridor for trucks and buses']])(
    'a quote inside the measure stays: %s',
    (text, expected) => {
      expect(measures(text)).toEqual([expected]);
    },
  );
});

describe('"Under the deal, X agreed to …": the inner agreement verb starts the measure', () => {
  test.each([
    ['Under the agreement, the two sides agreed that up to 500 trucks can cross daily.', ['up to 500 trucks can cross daily']],
    ['Under the declaration, both armies pledged to let civilians leave the city.', ['let civilians leave the city']],
    ['According to the deal, Chile and Peru agreed to reopen the crossing.', ['reopen the crossing']],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });
  test.each([
    ['Under the agreement, Peru will release the fishermen.', ['Peru will release the fishermen']],
    [
      'Under the deal, talks on the pipeline that both sides agreed last year will resume.',
      ['talks on the pipeline that both sides agreed last year will resume'],
    ],
  ])('the lead-in still yields its clause: %s', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });
});

describe('negative commitments and "Under a joint statement issued …," lead-ins', () => {
  test.each([
    ['Chile and Peru agreed not to use force against each other.', ['not to use force against each other']],
    [
      'Chile and Peru agreed to reopen the border. Peru also pledged not to arm the rebels.',
      ['reopen the border', 'not to arm the rebels'],
    ],
    [
      "Chile and Peru agreed to reopen the border. Under a joint statement issued after the meeting, Peru will back Chile's bid to join the bloc.",
      ['reopen the border', "Peru will back Chile's bid to join the bloc"],
    ],
    ['Under a new deal, Ghana will supply power to Togo.', ['Ghana will supply power to Togo']],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });
  test.each([
    ['Ghana and Togo resumed ties, according to a statement issued by the Ghanaian foreign ministry.', []],
    ['According to the statement issued by the ministry, the talks were frank.', []],
    ['Chile has not agreed to drop the lawsuit.', []],
    ['Peru decided not to sign the pact.', []],
  ])('no extra measure: %s', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });
});

describe('", and both / the two <sides> agreed …" ends the clause before it', () => {
  test.each([
    [
      "Under the deal, Peru will back Chile's bid, and the two countries agreed to set up a joint fund.",
      ["Peru will back Chile's bid", 'set up a joint fund'],
    ],
    ['Chile agreed to drop the lawsuit, and both sides pledged to free the fishermen.', ['drop the lawsuit', 'free the fishermen']],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });
  test.each([['Chile and Peru agreed to share data on the two rivers and the lakes.', ['share data on the two rivers and the lakes']]])(
    'an inner "and the two" stays: %s',
    (text, expected) => {
      expect(measures(text)).toEqual(expected);
    },
  );
});

describe('a body or step approved together', () => {
  test.each([
    [
      'The two ministers approved the creation of a joint commission on cross-border trade.',
      ['the creation of a joint commission on cross-border trade'],
    ],
    [
      'Chile and Peru adopted the establishment of a rapid-response team for floods.',
      ['the establishment of a rapid-response team for floods'],
    ],
    // or announced together
    ['The two governments announced the resumption of direct flights.', ['the resumption of direct flights']],
    // or by its noun phrase, when the subject is the sides together
    ['The allies approved a new training mission for the coast guard.', ['new training mission for the coast guard']],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });
  test.each([
    'The regional parliament approved the creation of a new tax office.',
    'Voters approved the opening of a casino in the capital.',
    'The cabinet approved a new tax on fuel.',
    'Ghana pledged support for the plan.',
  ])("one body's vote is no joint step: %s", (text) => {
    expect(measures(text)).toEqual([]);
  });
});

describe('"A will X, while B will Y" under an agreement cue: B\'s step is a measure too', () => {
  test.each([
    [
      'Under the agreement, Chilean troops will withdraw within 60 days, while the Peruvian army will deploy 5,000 soldiers on the border.',
      ['Chilean troops will withdraw within 60 days', 'the Peruvian army will deploy 5,000 soldiers on the border'],
    ],
    ['Chile agreed to drop the lawsuit, while Peru is to free the fishermen.', ['drop the lawsuit', 'Peru is to free the fishermen']],
    // the counterpart in the present of the terms
    [
      'Under the deal, Chile will pull its troops back 20 km, while Peru hands over the two disputed wells.',
      ['Chile will pull its troops back 20 km', 'Peru hands over the two disputed wells'],
    ],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });
  test.each([
    ['Chile and Peru agreed to reopen the border, while talks on fishing continue.', ['reopen the border']],
    ['Chile agreed to drop the lawsuit, while Peru said it would study the offer.', ['drop the lawsuit']],
    ['Chile agreed to drop the lawsuit, while critics warned it would fail.', ['drop the lawsuit']],
    ['Chile and Peru are rivals, while Bolivia will host the games.', []],
  ])('no counterpart step in: %s', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });
});

describe('", two years after a war broke out" is an aside, not part of the measure', () => {
  test.each([
    [
      'Chile and Peru agreed to a permanent cessation of hostilities, two years after a war broke out on the border.',
      ['permanent cessation of hostilities'],
    ],
    ['Ghana and Togo agreed to reopen the border, 18 months into the conflict.', ['reopen the border']],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });
  test.each([['Chile and Peru agreed to hold a referendum within two years.', ['hold a referendum within two years']]])(
    'a time inside the measure stays: %s',
    (text, expected) => {
      expect(measures(text)).toEqual(expected);
    },
  );
});

describe('a list under any line ending in a colon', () => {
  const list = '\n- joint patrols on the river\n- a hotline between the two coast guards\n- more customs officers at the bridge';
  test('counts in a report that agrees something elsewhere', () => {
    const text = `Ruritania and Borduria agreed on Monday to reopen their border.\n\nThe package also contains:${list}`;
    expect(measures(text)).toEqual(
      expect.arrayContaining(['joint patrols on the river', 'hotline between the two coast guards', 'more customs officers at the bridge']),
    );
  });
  test('yields nothing where nothing is agreed', () => {
    expect(measures(`The ministers met in the capital.\n\nThe agenda covered:${list}`)).toEqual([]);
  });
  test('yields nothing under a demand, even in an agreement report', () => {
    const text = `Ruritania and Borduria agreed on Monday to reopen their border.\n\nThe opposition demanded:${list}`;
    expect(measures(text)).toEqual(['reopen their border']);
  });
});

describe('the impersonal passive with its agent: "it has been agreed by X that …"', () => {
  test.each([
    [
      'It has been agreed by Quito and Lima that fishing boats seized last month will be returned.',
      ['fishing boats seized last month will be returned'],
    ],
    [
      'It had also been agreed by the two neighbours, whose ties were frozen for years, that a hotline would be set up.',
      ['hotline would be set up'],
    ],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });
  test.each(['It was decided by the council to postpone the vote.', 'It was agreed by nobody at the summit.'])('no measure: %s', (text) => {
    expect(measures(text)).toEqual([]);
  });
});

describe('lead-ins that name the instrument (support only: beside a measure of another cue)', () => {
  const agreed = 'Ghana and Togo agreed to reopen the border. ';
  test.each([
    [`${agreed}As part of the deal, Togo will free 40 detained traders.`, 'Togo will free 40 detained traders'],
    [`${agreed}Under the terms of the accord, customs posts will stay open at night.`, 'customs posts will stay open at night'],
    [
      `${agreed}Under the two new transport agreements, buses will run daily between the capitals.`,
      'buses will run daily between the capitals',
    ],
    [`${agreed}In line with the memorandum, both sides will share weather data.`, 'both sides will share weather data'],
  ])('%s', (text, expected) => {
    expect(measures(text)).toContain(expected);
  });
  test.each([
    'As part of the deal, Togo will free 40 detained traders.',
    `${agreed}Under a plan proposed by the mediators, Togo would free the traders.`,
    `${agreed}According to the statement, the talks were frank and cordial.`,
    `${agreed}Under the deal, which took months to negotiate, tariffs fall.`,
  ])('no lead-in measure: %s', (text) => {
    expect(measures(text).filter((m) => !/reopen the border/.test(m))).toEqual([]);
  });
});

describe('a list written inside one line (a paragraph whose line breaks a page collapsed)', () => {
  const agreed = 'Ghana and Togo signed a border accord on Monday.\n\n';
  const three = [
    'reopen the Aflao crossing within a week',
    'Togo will release 40 detained traders',
    'joint commission will meet every three months in Lome',
  ];
  test.each([
    [
      `${agreed}The accord includes the following points: - reopen the Aflao crossing within a week; - Togo will release 40 detained traders; - a joint commission will meet every three months in Lome.`,
    ],
    [
      `${agreed}The accord includes the following points:\n\n- reopen the Aflao crossing within a week. - Togo will release 40 detained traders. - A joint commission will meet every three months in Lome.`,
    ],
    [
      `${agreed}Under the accord, the sides agreed as follows: 1. Reopen the Aflao crossing within a week. 2. Togo will release 40 detained traders. 3. A joint commission will meet every three months in Lome.`,
    ],
    [
      `${agreed}The accord includes the following points:\n\n1. Reopen the Aflao crossing within a week. 2. Togo will release 40 detained traders. 3. A joint commission will meet every three months in Lome.`,
    ],
  ])('one measure per item: %s', (text) => {
    const got = measures(text).map((m) => m.replace(/^R/, 'r'));
    for (const m of three) expect(got).toContain(m);
  });
  test('a second sentence in a bullet line keeps the list open', () => {
    const text = `${agreed}The accord includes the following points:\n- Both sides will reopen the crossing. Trucks will be checked once.\n- Togo will release 40 detained traders.`;
    expect(measures(text)).toContain('Togo will release 40 detained traders');
  });
  test.each([
    'The minister said: - we will never sign; - we will fight on.',
    `${agreed}Rebels demanded the following: - the release of all prisoners; - the withdrawal of troops.`,
  ])('no item measures: %s', (text) => {
    expect(measures(text).filter((m) => m !== 'border accord')).toEqual([]);
  });
});

describe('an adverbial between "agreed" and its complement', () => {
  test.each([
    ['Chile and Peru agreed in Geneva on Thursday to reopen the border crossing.', 'reopen the border crossing'],
    ['The two sides also agreed during the talks that the prisoners would be freed.', 'the prisoners would be freed'],
    ['Ghana and Togo agreed at a meeting in Accra to set up a joint commission.', 'set up a joint commission'],
    ['Kenya agreed with Uganda on 3 May to share rail data.', 'share rail data'],
    ['Chile and Peru pledged in a joint statement to reopen the border.', 'reopen the border'],
    ['The two leaders committed on Monday to building a railway.', 'building a railway'],
    ['The ministers decided at the meeting to set up a hotline.', 'set up a hotline'],
  ])('%s', (text, expected) => {
    expect(measures(text)).toContain(expected);
  });
  test.each([
    'Ghana agreed with the view that the talks were useful.',
    'Both agreed with Peru to the letter.',
    'Peru decided at the meeting to leave the bloc.',
    'Markets fell a day after leaders of the bloc agreed in Rome to tax imports.',
    'The two leaders committed on Monday to peace.',
  ])('no measure: %s', (text) => {
    expect(measures(text)).toEqual([]);
  });
});

describe('a year inside an infinitive step dates the step; "committed to" takes a concrete noun phrase', () => {
  test.each([
    ['Chile and Peru agreed to hold a referendum on the border in 2027.', 'hold a referendum on the border in 2027'],
    ['Both sides agreed to restore flights suspended since 2011.', 'restore flights suspended since 2011'],
    ['The two sides committed to a ceasefire along the river.', 'ceasefire along the river'],
  ])('%s', (text, expected) => {
    expect(measures(text)).toContain(expected);
  });
  test.each([
    'Last year, Chile and Peru agreed to share water.',
    'Chile and Peru signed a water treaty in 2015.',
    'They also committed to peace and stability.',
    'The two sides committed to the path of dialogue.',
    'Both reaffirmed their commitment to a peaceful settlement.',
  ])('no measure: %s', (text) => {
    expect(measures(text)).toEqual([]);
  });
});

describe('a span naming only a time (model/measure-grammar.ts TIME_ONLY)', () => {
  test.each(TIME_ONLY.should.map((t) => [t]))('no measure in: %s', (text) => {
    expect(measures(text)).toEqual([]);
  });
  test.each(TIME_ONLY.shouldNot.map(([t, m]) => [t, m]))('%s keeps "%s"', (text, expected) => {
    expect(measures(text)).toContain(expected);
  });
});

describe("one side's own law signed is no measure (model/measure-grammar.ts DOMESTIC_ACT)", () => {
  test.each(DOMESTIC_ACT.should.map((t) => [t]))('no measure in: %s', (text) => {
    expect(measures(`Chile and Peru agreed to reopen the border. ${text}`)).toEqual(['reopen the border']);
  });
  test.each(DOMESTIC_ACT.shouldNot.map(([t, m]) => [t, m]))('%s keeps "%s"', (text, expected) => {
    expect(measures(text)).toContain(expected);
  });
});

describe("a title's paraphrase of the body's measure", () => {
  test("gives way to the body's wording", () => {
    const text =
      'Chile and Peru sign deal to settle border row\n\nChile and Peru agreed on Monday to redraw their shared border along the river.';
    expect(measures(text)).toEqual(['redraw their shared border along the river']);
  });
  test('stays where the body has no measure of its own', () => {
    const text = 'Chile and Peru agree to open two new border crossings\n\nThe ministers met in Lima on Monday.';
    expect(measures(text)).toEqual(['open two new border crossings']);
  });
});

describe("one side's stated position is not agreed", () => {
  test('"took note of X\'s position that it is committed to …"', () => {
    expect(
      measures(
        "Chile and Peru agreed to refrain from the use of force. They took note of Chile's position that it is committed to the court process.",
      ),
    ).toEqual(['refrain from the use of force']);
  });
});

describe('a counterfactual passive signs nothing', () => {
  test('"could not have been signed"', () => {
    expect(
      measures('Chile and Peru agreed to reopen the border. He said such a deal could not have been signed with anyone else.'),
    ).toEqual(['reopen the border']);
  });
});

describe("a commitment that stays one side's is no measure", () => {
  test.each(['Chile remained committed to deepening its ties with Peru.', 'The minister spoke of his commitment to strengthening ties.'])(
    '%s',
    (text) => {
      expect(measures(`Chile and Peru agreed to reopen the border. ${text}`)).toEqual(['reopen the border']);
    },
  );
  test('a joint commitment still is', () => {
    expect(measures('Both sides committed to sharing intelligence on smugglers.')).toEqual(['sharing intelligence on smugglers']);
  });
});

describe("a list's header is no item (model/measure-grammar.ts LIST_HEADER)", () => {
  test.each(LIST_HEADER.should.map((t) => [t]))('no header in: %s', (text) => {
    const found = measures(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((m) => LIST_HEADER.re.test(m))).toBe(false);
  });
  test.each(LIST_HEADER.shouldNot.map(([t, m]) => [t, m]))('%s keeps "%s"', (text, expected) => {
    expect(measures(text)).toContain(expected);
  });
});

describe('"is to" of an arrangement or a span is no term (model/cues.ts ARE_TO_LOGISTICS)', () => {
  test.each([
    'Chile and Peru agreed to reopen the border. The next summit is to be held in Lima in May.',
    'Chile and Peru agreed to reopen the border. The first phase is to last 42 days.',
    'Chile and Peru agreed to reopen the border. Political talks are to follow in Lima next month.',
    'Chile and Peru agreed to reopen the border. An aide likened it to the treaties Chile concluded with Bolivia decades ago.',
  ])('%s', (text) => {
    expect(measures(text)).toEqual(['reopen the border']);
  });
  test('a term told with "are to" stays', () => {
    expect(measures('Chile and Peru agreed to reopen the border. Both armies are to pull back 10 km.')).toContain(
      'Both armies to pull back 10 km',
    );
  });
});

describe('a signed instrument with nothing said about it', () => {
  test('is no measure, but its terms told beside it are', () => {
    const text =
      'The government and the rebels signed the initial peace agreement on Monday. Under the deal, the militias are to be disbanded within a year.';
    expect(measures(text)).toEqual(['the militias are to be disbanded within a year']);
  });
});

describe('a report found to tell an agreement without a strong cue of its own', () => {
  const read = (text: string) => readMeasures(text, segmentSentences(text, tokenize(text)));
  test('reads the terms told beside the evidence', () => {
    const r = read('Two Peruvian sailors were set free on Monday in an exchange. Under the swap, Peru will also return the seized boats.');
    expect(r.measures).toEqual([]);
    expect(r.agreed([0]).map((m) => m.text)).toEqual(['Peru will also return the seized boats']);
  });
  test('reads the terms under "Under the swap:" once the report is known to tell an agreement', () => {
    const text =
      'Two Peruvian sailors were set free on Monday in an exchange.\n\nUnder the swap:\n\nBoth sides recognise that the river stays shared.\n\nChile will also put $5 million into a flood defence project.\n\nThe leaders then had lunch.';
    const r = read(text);
    expect(r.measures.filter((m) => /recognise|flood/.test(m.text))).toEqual([]);
    expect(r.agreed([0]).map((m) => m.text)).toEqual(
      expect.arrayContaining([
        'Both sides recognise that the river stays shared',
        'Chile will also put $5 million into a flood defence project',
      ]),
    );
    expect(r.agreed([0]).some((m) => m.text.includes('lunch'))).toBe(false);
  });
  test('reads nothing more without evidence', () => {
    const r = read('Two Peruvian sailors were set free on Monday in an exchange. Under the swap, Peru will also return the seized boats.');
    expect(r.agreed([])).toEqual([]);
  });
});

describe('a list item with its own agreement verb', () => {
  test('reads the verb across an aside', () => {
    const text =
      'According to the account, the two ministers:\n\n- agreed to open a consulate;\n- agreed, noting the risks of delay, to open a trade office in the capital.';
    expect(measures(text)).toEqual(['open a consulate', 'open a trade office in the capital']);
  });
  test('is read as a sentence, and the list stays open', () => {
    const text =
      'According to the ministry, the two ministers:\n\n- agreed to open a consulate in the port city;\n- also agreed to set up a joint commission on water;\n- a visa waiver for students.';
    expect(measures(text)).toEqual(['open a consulate in the port city', 'set up a joint commission on water', 'visa waiver for students']);
  });
});

describe('an agreement verb left alone (model/measure-grammar.ts BARE_CUE_VERB)', () => {
  test.each(BARE_CUE_VERB.should.map((t) => [t]))('"%s" is no measure', (t) => {
    expect(BARE_CUE_VERB.re.test(t)).toBe(true);
  });
  test.each(BARE_CUE_VERB.shouldNot.map((t) => [t]))('"%s" may be one', (t) => {
    expect(BARE_CUE_VERB.re.test(t)).toBe(false);
  });
  test('a list item cut after its verb yields no bare verb', () => {
    const text =
      'According to the account, the two ministers:\n\n- agreed to open a consulate;\n- agreed, noting the risks of a long and costly delay for the traders of both provinces, to open a trade office in the capital.';
    expect(measures(text)).not.toContain('agreed');
  });
});

describe('a paragraph of terms under "Under it:" (model/measure-grammar.ts TERM_PARAGRAPHS)', () => {
  const under = (para: string) =>
    `Chile and Peru signed a treaty on Monday that settles their border.\n\nUnder it:\n\n${para}\n\nThe leaders then had lunch.`;
  const fromParagraph = (para: string) => measures(under(para)).filter((m) => para.includes(m));
  for (const rule of TERM_PARAGRAPHS) {
    test.each(rule.should.map((t) => [t]))(`${rule.name}: "%s" is a term`, (para) => {
      expect(fromParagraph(para)).not.toEqual([]);
    });
    test.each(rule.shouldNot.map((t) => [t]))(`${rule.name}: "%s" is no term`, (para) => {
      expect(fromParagraph(para)).toEqual([]);
    });
  }
  test('the story after the terms ends the list', () => {
    const text = under('Lima releases 12 Peruvian fishermen.\n\nLima released 40 others in 2019.\n\nPeru supports the bid of Chile.');
    expect(measures(text).some((m) => m.includes('supports'))).toBe(false);
  });
  test('without a line that introduces terms, a present-tense paragraph is no term', () => {
    expect(measures('Peru supports the bid of Chile to host the games.\n\nChile releases 12 fishermen.')).toEqual([]);
  });
});
