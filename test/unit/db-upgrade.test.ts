// Every schema version opens a database of the version before it with all its data kept. Each
// test writes a database with the older schema exactly as that release declared it, then opens it
// with today's AcklyDatabase.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AcklyDatabase } from '@/utils/db/database';
import { createRepository } from '@/utils/db/repository';
import { requestFixture } from '../fixtures';

/** Version 1 as released: requests, templates and events. */
const V1 = {
  requests: '++id, &[webmail+messageId], state, threadId, receivedAt, replyDueAt, updatedAt',
  templates: 'id, kind, language',
  events: '++id, requestId, at, type',
};

/** Version 2 as released: version 1 and the insights' cache. */
const V2 = { ...V1, cache: 'key' };

describe('database upgrades', () => {
  it('1 → today keeps every request, event and template and adds the empty cache', async () => {
    const name = `ackly-upgrade-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(1).stores(V1);
    await old.open();
    const rows = Array.from({ length: 50 }, (_, i) =>
      requestFixture({ messageId: `m${i}`, threadId: `t${i % 7}`, state: i % 3 ? 'acknowledged' : 'new' }),
    );
    const ids = await old.table('requests').bulkAdd(rows, { allKeys: true });
    await old.table('events').add({ requestId: ids[0], type: 'tracked', at: 1, detail: null });
    await old.table('templates').put({ id: 'mine-1', kind: 'ack', language: 'nl', title: 'Kort', body: 'Dank je!' });
    old.close();

    const db = new AcklyDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.requests.count()).toBe(50);
    expect((await db.requests.get(ids[3] as number))?.messageId).toBe('m3');
    expect(await db.requests.where('state').equals('new').count()).toBe(17);
    expect(
      await db.events
        .where('requestId')
        .equals(ids[0] as number)
        .count(),
    ).toBe(1);
    expect((await db.templates.get('mine-1'))?.body).toBe('Dank je!');
    expect(await db.cache.count()).toBe(0);
    // The unique index still holds after the upgrade: tracking a stored message again adds nothing.
    const repo = createRepository(db);
    const again = await repo.track({ ...rows[5]!, id: undefined } as never, 2);
    expect(again.created).toBe(false);
    expect(await db.requests.count()).toBe(50);
    db.close();
  });

  it('2 → 3 drops the unused indexes and keeps every row, the cache and the indexes queries use', async () => {
    const name = `ackly-upgrade-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(2).stores(V2);
    await old.open();
    const rows = Array.from({ length: 40 }, (_, i) =>
      requestFixture({
        messageId: `m${i}`,
        threadId: `t${i % 5}`,
        state: i % 4 ? 'new' : 'done',
        updatedAt: 1_000 + i,
      }),
    );
    const ids = (await old.table('requests').bulkAdd(rows, { allKeys: true })) as number[];
    await old.table('events').bulkAdd([
      { requestId: ids[0], type: 'tracked', at: 5, detail: null },
      { requestId: ids[0], type: 'nudged', at: 9, detail: null },
      { requestId: ids[1], type: 'tracked', at: 7, detail: null },
    ]);
    await old.table('cache').put({ key: 'insights', value: { takenAt: 3 } });
    old.close();

    const db = new AcklyDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    const requestIndexes = db.requests.schema.indexes.map((i) => i.name).sort();
    expect(requestIndexes).toEqual(['[webmail+messageId]', 'state', 'threadId', 'updatedAt']);
    expect(db.events.schema.indexes.map((i) => i.name).sort()).toEqual(['requestId', 'type']);
    // In IndexedDB itself, not only in Dexie's declaration.
    const idb = db.backendDB();
    const tx = idb.transaction(['requests', 'events'], 'readonly');
    expect([...tx.objectStore('requests').indexNames].sort()).toEqual(requestIndexes);
    expect([...tx.objectStore('events').indexNames].sort()).toEqual(['requestId', 'type']);

    expect(await db.requests.count()).toBe(40);
    expect((await db.requests.get(ids[7]!))?.messageId).toBe('m7');
    expect(await db.requests.where('state').equals('done').count()).toBe(10);
    expect(await db.requests.where('threadId').equals('t2').count()).toBe(8);
    expect(await db.requests.where('updatedAt').aboveOrEqual(1_030).count()).toBe(10);
    expect((await db.events.where('requestId').equals(ids[0]!).sortBy('at')).map((e) => e.type)).toEqual([
      'tracked',
      'nudged',
    ]);
    expect(await db.events.where('type').equals('nudged').count()).toBe(1);
    expect(await db.cache.get('insights')).toEqual({ key: 'insights', value: { takenAt: 3 } });
    const again = await createRepository(db).track({ ...rows[3]!, id: undefined } as never, 2);
    expect(again.created).toBe(false);
    db.close();
  });
});
