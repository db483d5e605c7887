// The event store: reports kept in the browser's IndexedDB (through `idb`), grouped into events as
// they arrive. Lives in the extension's own origin, so only the extension's pages and background
// can open it: content scripts run in the page's origin and cannot. Writes of new reports come only
// from the background (facts the engine produced there); the Events page imports and forgets.
//
// Schema (DB_VERSION 1): one object store, `reports`, keyed by the page's URL, indexed by event,
// host, read time and a multi-entry `keys` index (party names, known event id) that finds the
// reports a new one could share an event with: `p:<party>|<date>` (the date a report stands for, ''
// when none) and `k:<known event id>`, so that a dated report reads only the reports of its parties
// within the date window (and the undated ones), never every report of its parties. A new version adds a step to MIGRATIONS; each step
// upgrades from the version before it, so a browser holding any older version is brought up in order.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { REPORT_SCHEMA, type Report } from './report';
import { MAX_DAYS_APART, matchEvent, reportDate, type EventGroup } from './group-events';

export const DB_NAME = 'accord-lens-events';
export const DB_VERSION = 1;
/** Reports kept at most; the oldest read are pruned first. */
export const DEFAULT_LIMIT = 5000;

interface EventsDb extends DBSchema {
  reports: {
    key: string;
    value: Report & { keys: string[] };
    indexes: { byEvent: string; byHost: string; byReadAt: number; byKey: string };
  };
}

type Db = IDBPDatabase<EventsDb>;
type UpgradeTx = IDBPTransaction<EventsDb, StoreNames<EventsDb>[], 'versionchange'>;

/** MIGRATIONS[n] upgrades a database from version n to n + 1. */
export const MIGRATIONS: Array<(db: Db, tx: UpgradeTx) => void> = [
  (db) => {
    const reports = db.createObjectStore('reports', { keyPath: 'url' });
    reports.createIndex('byEvent', 'eventId');
    reports.createIndex('byHost', 'host');
    reports.createIndex('byReadAt', 'readAt');
    reports.createIndex('byKey', 'keys', { multiEntry: true });
  },
];

/** The index keys that find a report's possible event mates: its parties with its date, and its known event. */
export const reportKeys = (r: Report): string[] => {
  const date = reportDate(r) ?? '';
  return [...new Set(r.facts.parties.map((p) => `p:${p.name}|${date}`)), ...(r.facts.knownEvent ? [`k:${r.facts.knownEvent.id}`] : [])];
};

const shiftDate = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The key ranges that hold every report `r` could share an event with (see sameEventScore). */
function candidateRanges(r: Report): (string | IDBKeyRange)[] {
  const date = reportDate(r);
  const valid = date !== null && !Number.isNaN(Date.parse(`${date}T00:00:00Z`));
  const ranges: (string | IDBKeyRange)[] = [];
  for (const name of new Set(r.facts.parties.map((p) => p.name))) {
    if (valid) {
      ranges.push(IDBKeyRange.bound(`p:${name}|${shiftDate(date, -MAX_DAYS_APART)}`, `p:${name}|${shiftDate(date, MAX_DAYS_APART)}`));
      ranges.push(`p:${name}|`); // the undated reports of the party
    } else ranges.push(IDBKeyRange.bound(`p:${name}|`, `p:${name}|\uffff`));
  }
  if (r.facts.knownEvent) ranges.push(`k:${r.facts.knownEvent.id}`);
  return ranges;
}

const newEventId = () => `ev-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

const strip = ({ keys: _keys, ...report }: Report & { keys?: string[] }): Report => report;

export interface EventStore {
  /** Stores (or replaces) a page's report, in the event it matches or a new one; returns it with its event id. */
  add(report: Report): Promise<Report>;
  /** The report of a page, if remembered. */
  get(url: string): Promise<Report | undefined>;
  /** Every report of an event. */
  event(eventId: string): Promise<Report[]>;
  /** Every report, oldest read first. */
  all(): Promise<Report[]>;
  /** The reports of the `n` events read last, the most recently read event first. */
  recentEvents(n: number): Promise<Report[][]>;
  count(): Promise<number>;
  /** Forgets every report of a host; returns how many. */
  forgetSite(host: string): Promise<number>;
  /** Forgets everything; returns how many reports were forgotten. */
  forgetAll(): Promise<number>;
  /** Adds reports from an export (grouped again as they arrive, oldest first); returns how many were added. */
  import(reports: readonly Report[]): Promise<number>;
  close(): void;
}

export async function openEventStore(options: { name?: string; limit?: number } = {}): Promise<EventStore> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const db = await openDB<EventsDb>(options.name ?? DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < DB_VERSION; v++) MIGRATIONS[v]!(database, tx);
    },
  });

  /** Adds one report inside a read-write transaction (match, write, prune). */
  async function addIn(tx: IDBPTransaction<EventsDb, ['reports'], 'readwrite'>, input: Report): Promise<Report> {
    const store = tx.objectStore('reports');
    const keys = reportKeys(input);
    const candidates = new Map<string, Report>();
    for (const key of candidateRanges(input)) {
      for (const r of await store.index('byKey').getAll(key))
        if (r.url !== input.url && r.schema === REPORT_SCHEMA) candidates.set(r.url, r);
    }
    const events = new Map<string, EventGroup>();
    for (const r of candidates.values()) {
      const e = events.get(r.eventId) ?? { id: r.eventId, reports: [] };
      e.reports.push(r);
      events.set(r.eventId, e);
    }
    const match = matchEvent(input, events.values());
    const report: Report = { ...strip(input), eventId: match?.id ?? newEventId() };
    await store.put({ ...report, keys });
    return report;
  }

  async function prune(): Promise<void> {
    const tx = db.transaction('reports', 'readwrite');
    const store = tx.objectStore('reports');
    let excess = (await store.count()) - limit;
    if (excess > 0) {
      let cursor = await store.index('byReadAt').openCursor();
      while (cursor && excess > 0) {
        await cursor.delete();
        excess--;
        cursor = await cursor.continue();
      }
    }
    await tx.done;
  }

  return {
    async add(report) {
      const tx = db.transaction('reports', 'readwrite');
      const stored = await addIn(tx, report);
      await tx.done;
      await prune();
      return stored;
    },
    async get(url) {
      const r = await db.get('reports', url);
      return r && r.schema === REPORT_SCHEMA ? strip(r) : undefined;
    },
    async event(eventId) {
      return (await db.getAllFromIndex('reports', 'byEvent', eventId)).filter((r) => r.schema === REPORT_SCHEMA).map(strip);
    },
    async all() {
      return (await db.getAllFromIndex('reports', 'byReadAt')).filter((r) => r.schema === REPORT_SCHEMA).map(strip);
    },
    async recentEvents(n) {
      const tx = db.transaction('reports');
      const ids: string[] = [];
      let cursor = await tx.store.index('byReadAt').openCursor(null, 'prev');
      while (cursor && ids.length < n) {
        if (!ids.includes(cursor.value.eventId)) ids.push(cursor.value.eventId);
        cursor = await cursor.continue();
      }
      const events = await Promise.all(ids.map((id) => tx.store.index('byEvent').getAll(id)));
      await tx.done;
      return events.map((rs) => rs.filter((r) => r.schema === REPORT_SCHEMA).map(strip));
    },
    count: () => db.count('reports'),
    async forgetSite(host) {
      const tx = db.transaction('reports', 'readwrite');
      const keys = await tx.store.index('byHost').getAllKeys(host);
      for (const key of keys) await tx.store.delete(key);
      await tx.done;
      return keys.length;
    },
    async forgetAll() {
      const n = await db.count('reports');
      await db.clear('reports');
      return n;
    },
    async import(reports) {
      const ordered = [...reports].sort((a, b) => a.readAt - b.readAt);
      const tx = db.transaction('reports', 'readwrite');
      let added = 0;
      for (const r of ordered) {
        if (await tx.store.get(r.url)) continue; // what this browser read itself wins
        await addIn(tx, r);
        added++;
      }
      await tx.done;
      await prune();
      return added;
    },
    close: () => db.close(),
  };
}
