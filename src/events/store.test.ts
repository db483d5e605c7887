import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openEventStore } from './store';
import { people, report, sides } from './fixtures.test-helpers';

let n = 0;
const fresh = (limit?: number) => openEventStore({ name: `test-${++n}`, limit });
const story = {
  parties: sides('Ruritania', 'Freedonia'),
  officials: people('Anna Vogel'),
  measures: ['reopen the border crossing at Kanta'],
  date: '2025-03-04',
};

describe('the event store', () => {
  it('groups reports into events as they arrive, and finds a page’s event', async () => {
    const store = await fresh();
    const a = await store.add(report({ url: 'https://a.example/1', host: 'a.example', facts: story }));
    const b = await store.add(report({ url: 'http://b.example/2', host: 'b.example', facts: { ...story, place: 'Zenda' } }));
    const c = await store.add(
      report({ url: 'https://c.example/3', host: 'c.example', facts: { ...story, parties: sides('Elbonia', 'Kerplakistan') } }),
    );
    expect(b.eventId).toBe(a.eventId);
    expect(c.eventId).not.toBe(a.eventId);
    expect((await store.event((await store.get('http://b.example/2'))!.eventId)).map((r) => r.url).sort()).toEqual([
      'http://b.example/2',
      'https://a.example/1',
    ]);
    store.close();
  });

  it('keeps one report per page: reading it again replaces it', async () => {
    const store = await fresh();
    await store.add(report({ url: 'https://a.example/1', facts: story }));
    await store.add(report({ url: 'https://a.example/1', facts: { ...story, place: 'Strelsau' } }));
    expect(await store.count()).toBe(1);
    expect((await store.get('https://a.example/1'))!.facts.place).toBe('Strelsau');
    store.close();
  });

  it('is bounded: past the limit the oldest read are pruned', async () => {
    const store = await fresh(3);
    for (let i = 0; i < 5; i++) await store.add(report({ url: `https://a.example/${i}`, readAt: 100 + i, facts: story }));
    expect((await store.all()).map((r) => r.url)).toEqual(['https://a.example/2', 'https://a.example/3', 'https://a.example/4']);
    store.close();
  });

  it('forgets a site, or everything', async () => {
    const store = await fresh();
    await store.add(report({ url: 'https://a.example/1', host: 'a.example', facts: story }));
    await store.add(report({ url: 'https://a.example/2', host: 'a.example', facts: story }));
    await store.add(report({ url: 'https://b.example/1', host: 'b.example', facts: story }));
    expect(await store.forgetSite('a.example')).toBe(2);
    expect((await store.all()).map((r) => r.host)).toEqual(['b.example']);
    expect(await store.forgetAll()).toBe(1);
    expect(await store.count()).toBe(0);
    store.close();
  });

  it('keeps what it stored across openings (the same database, a new connection)', async () => {
    const first = await openEventStore({ name: 'persist' });
    await first.add(report({ url: 'https://a.example/1', facts: story }));
    first.close();
    const again = await openEventStore({ name: 'persist' });
    expect(await again.count()).toBe(1);
    again.close();
  });

  it('imports reports, grouping them again, and never overwrites a page read here', async () => {
    const store = await fresh();
    await store.add(report({ url: 'https://a.example/1', facts: { ...story, place: 'Strelsau' } }));
    const added = await store.import([
      report({ url: 'https://a.example/1', facts: { ...story, place: 'Forged' } }),
      report({ url: 'https://b.example/1', facts: story }),
    ]);
    expect(added).toBe(1);
    expect((await store.get('https://a.example/1'))!.facts.place).toBe('Strelsau');
    expect(new Set((await store.all()).map((r) => r.eventId)).size).toBe(1);
    store.close();
  });
});
