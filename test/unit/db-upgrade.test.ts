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

describe('database upgrades', () => {
  it('1 → 2 keeps every request, event and template and adds the empty cache', async () => {
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
    expect(db.verno).toBe(2);
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
});
