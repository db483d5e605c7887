import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import schema from '../../docs/events.schema.json';
import { readExport, toCsv, toJson, toMarkdown } from './exchange';
import { mergeEvent, type Translate } from './merge';
import { groupReports } from './group-events';
import { translateFrom } from './translate';
import messages from '../../_locales/en/messages.json';
import { people, report, sides } from './fixtures.test-helpers';

const tr = translateFrom(messages) as Translate;
const story = {
  parties: sides('Ruritania', 'Freedonia'),
  officials: people('Anna Vogel'),
  measures: ['reopen the border crossing at Kanta'],
  date: '2025-03-04',
};
const reports = [
  report({
    url: 'https://a.example/1',
    site: 'Daily Star',
    title: '=HYPERLINK("x") Border, reopened',
    facts: { ...story, place: 'Strelsau' },
  }),
  report({ url: 'https://b.example/2', site: 'Anadolu', facts: { ...story, place: 'Zenda' } }),
];
const events = groupReports(reports).map((e) => mergeEvent(e.id, e.reports));

describe('exports', () => {
  it('JSON round-trips through import, and the events form again', () => {
    const text = JSON.stringify(toJson(events, tr));
    const back = readExport(text)!;
    expect(back.map((r) => r.url).sort()).toEqual(['https://a.example/1', 'https://b.example/2']);
    expect(back[0]!.facts).toEqual(reports.find((r) => r.url === back[0]!.url)!.facts);
    expect(groupReports(back)).toHaveLength(1);
    expect(JSON.parse(text).events[0].differences).toContain('Place: Zenda (1 source) · Strelsau (1 source)');
  });

  it('JSON follows the documented schema (docs/events.schema.json)', () => {
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const data = JSON.parse(JSON.stringify(toJson(events, tr)));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(readFileSync(new URL('../../docs/events.md', import.meta.url), 'utf8')).toContain('events.schema.json');
  });

  it('import refuses what is not an export, or a record of the wrong shape', () => {
    expect(readExport('not json')).toBeNull();
    expect(readExport(JSON.stringify({ format: 'other', version: 1, events: [] }))).toBeNull();
    const bad = toJson(events, tr);
    (bad.events[0]!.reports[0]!.facts as unknown as { parties: unknown }).parties = [{ name: 1 }];
    expect(readExport(JSON.stringify(bad))).toBeNull();
    const script = toJson(events, tr);
    script.events[0]!.reports[0]!.url = 'javascript:alert(1)';
    expect(readExport(JSON.stringify(script))).toBeNull();
  });

  it('CSV has a row per report, quotes commas and defuses formulas', () => {
    const lines = toCsv(events).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^event,url,site,title/);
    expect(toCsv(events)).toContain(`"'=HYPERLINK(""x"") Border, reopened"`);
  });

  it('Markdown has a section per event with its sources and differences', () => {
    const md = toMarkdown(events, tr, () => 'Ruritania and Freedonia');
    expect(md).toMatch(/^## Ruritania and Freedonia/);
    expect(md).toContain('(<https://a.example/1>)');
    expect(md).toContain('Place: Zenda (1 source) · Strelsau (1 source)');
  });
});
