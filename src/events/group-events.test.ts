import { describe, expect, it } from 'vitest';
import { groupReports, sameEvent, sameSides } from './group-events';
import { samePerson, sameMeasure, measureStems } from './compare';
import { people, report, sides } from './fixtures.test-helpers';

describe('samePerson', () => {
  it.each([
    ['Trump', 'Donald Trump'],
    ['Amir-Abdollahian', 'Hossein Amir Abdollahian'],
    ['Kim Jong-un', 'Kim Jong Un'],
    ['Mevlüt Çavuşoğlu', 'Mevlut Cavusoglu'],
    ['Sheikh Tamim bin Hamad', 'Tamim bin Hamad'],
  ])('%s and %s are one person', (a, b) => expect(samePerson(a, b)).toBe(true));
  it.each([
    ['Mohammed bin Zayed', 'Abdullah bin Zayed'],
    ['Donald Trump', 'Donald Tusk'],
    ['Kim Jong Un', 'Kim Yo Jong'],
  ])('%s and %s are not', (a, b) => expect(samePerson(a, b)).toBe(false));
});

describe('sameMeasure', () => {
  it.each([
    ['deploy military liaison officers', "station liaison officers in each other's capital"],
    ['reopen the border crossing at Kanta', 'the Kanta border crossing will reopen'],
  ])('"%s" ~ "%s"', (a, b) => expect(sameMeasure(measureStems(a), measureStems(b))).toBe(true));
  it.each([
    ['deploy military liaison officers', 'raise bilateral trade to $5 billion'],
    ['a ceasefire along the river', 'a prisoner exchange'],
  ])('"%s" differs from "%s"', (a, b) => expect(sameMeasure(measureStems(a), measureStems(b))).toBe(false));
});

describe('sameSides', () => {
  it('is equal for the same parties in any order, within for a subset of two or more, else false', () => {
    expect(sameSides(report({ facts: { parties: sides('A', 'B') } }).facts, report({ facts: { parties: sides('B', 'A') } }).facts)).toBe(
      'equal',
    );
    expect(
      sameSides(report({ facts: { parties: sides('A', 'B', 'C') } }).facts, report({ facts: { parties: sides('A', 'B') } }).facts),
    ).toBe('within');
    expect(sameSides(report({ facts: { parties: sides('A', 'B') } }).facts, report({ facts: { parties: sides('A', 'C') } }).facts)).toBe(
      false,
    );
  });
});

describe('sameEvent', () => {
  const base = {
    parties: sides('Ruritania', 'Freedonia'),
    officials: people('Anna Vogel', 'Rudolf Rassendyll'),
    measures: ['reopen the border crossing at Kanta'],
  };

  it('joins two dated reports of the same sides a day apart that share an official', () => {
    expect(
      sameEvent(
        report({ facts: { ...base, measures: [], date: '2025-03-04' } }),
        report({ facts: { ...base, measures: [], officials: people('Rassendyll'), date: '2025-03-05' } }),
      ),
    ).toBe(true);
  });

  it('uses the publication date where the page gives no event date', () => {
    expect(sameEvent(report({ published: '2025-03-05', facts: base }), report({ facts: { ...base, date: '2025-03-04' } }))).toBe(true);
  });

  it('keeps apart the same sides and people meeting again weeks later', () => {
    expect(sameEvent(report({ facts: { ...base, date: '2025-03-04' } }), report({ facts: { ...base, date: '2025-04-20' } }))).toBe(false);
  });

  it('keeps apart reports of different sides, even with the same people and measures', () => {
    expect(
      sameEvent(
        report({ facts: { ...base, date: '2025-03-04' } }),
        report({ facts: { ...base, parties: sides('Ruritania', 'Grand Fenwick'), date: '2025-03-04' } }),
      ),
    ).toBe(false);
  });

  it('asks undated reports for a shared measure, not only the same people', () => {
    expect(
      sameEvent(
        report({ facts: { ...base, measures: ['a prisoner exchange'] } }),
        report({ facts: { ...base, measures: ['open a consulate'] } }),
      ),
    ).toBe(false);
    expect(sameEvent(report({ facts: base }), report({ facts: { ...base, measures: ['the Kanta border crossing will reopen'] } }))).toBe(
      true,
    );
  });

  it('keeps an undated report told from within a larger set of sides apart', () => {
    expect(
      sameEvent(report({ facts: base }), report({ facts: { ...base, parties: sides('Ruritania', 'Freedonia', 'Grand Fenwick') } })),
    ).toBe(false);
  });

  it('follows the curated known event when both reports matched one', () => {
    const k = (id: string) => ({ id, title: id });
    expect(
      sameEvent(
        report({ facts: { parties: sides('A', 'B'), knownEvent: k('x') } }),
        report({ facts: { parties: sides('A'), knownEvent: k('x') } }),
      ),
    ).toBe(true);
    expect(
      sameEvent(
        report({ facts: { ...base, date: '2025-03-04', knownEvent: k('x') } }),
        report({ facts: { ...base, date: '2025-03-04', knownEvent: k('y') } }),
      ),
    ).toBe(false);
  });
});

describe('groupReports', () => {
  it('forms one event per story, whatever the order, and never joins unrelated reports', () => {
    const story = {
      parties: sides('Ruritania', 'Freedonia'),
      officials: people('Anna Vogel'),
      measures: ['reopen the border crossing at Kanta'],
      date: '2025-03-04',
    };
    const other = {
      parties: sides('Elbonia', 'Kerplakistan'),
      officials: people('Dilbert Adams'),
      measures: ['a water-sharing treaty'],
      date: '2025-03-04',
    };
    const reports = [
      report({ facts: story }),
      report({ facts: other }),
      report({ facts: { ...story, place: 'Strelsau' } }),
      report({ facts: { ...other, date: '2025-03-06' } }),
    ];
    const events = groupReports(reports);
    expect(events.map((e) => e.reports.length)).toEqual([2, 2]);
    expect(events[0]!.reports).toEqual([reports[0], reports[2]]);
  });

  it('leaves a report with no sides in an event of its own', () => {
    expect(groupReports([report({ facts: { parties: [] } }), report({ facts: { parties: [] } })]).length).toBe(2);
  });
});
