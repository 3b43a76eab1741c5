import { describe, expect, it, vi } from 'vitest';
import { createRepository, MissingRecordError } from '@/utils/db/repository';
import { TransitionError } from '@/utils/requests/lifecycle';
import { freshDatabase, trackInput } from './helpers';

const NOW = Date.UTC(2026, 10, 24, 10, 0);

describe('repository', () => {
  it('tracks a request and logs the event', async () => {
    const repo = createRepository(freshDatabase());
    const { request, created } = await repo.track(trackInput(), NOW);
    expect(created).toBe(true);
    expect(request.id).toBeTypeOf('number');
    expect(request.state).toBe('new');
    expect(request.timestamps.new).toBe(NOW);
    const events = await repo.events(request.id!);
    expect(events.map((e) => e.type)).toEqual(['tracked']);
  });

  it('tracking the same message twice changes nothing', async () => {
    const repo = createRepository(freshDatabase());
    const first = await repo.track(trackInput(), NOW);
    const second = await repo.track(trackInput({ subject: 'Changed' }), NOW + 1000);
    expect(second.created).toBe(false);
    expect(second.request).toEqual(first.request);
    expect(await repo.db.requests.count()).toBe(1);
    expect(await repo.events(first.request.id!)).toHaveLength(1);
  });

  it('keeps the same message id apart across webmails', async () => {
    const repo = createRepository(freshDatabase());
    await repo.track(trackInput({ webmail: 'gmail' }), NOW);
    await repo.track(trackInput({ webmail: 'outlook' }), NOW);
    expect(await repo.db.requests.count()).toBe(2);
  });

  it('moves through the lifecycle with a timestamp and an event per transition', async () => {
    const repo = createRepository(freshDatabase());
    const { request } = await repo.track(trackInput(), NOW);
    const acked = await repo.transition(request.id!, 'acknowledge', NOW + 1);
    expect(acked.state).toBe('acknowledged');
    const done = await repo.transition(request.id!, 'done', NOW + 2);
    expect(done.state).toBe('done');
    expect(done.timestamps).toEqual({ new: NOW, acknowledged: NOW + 1, done: NOW + 2 });
    const events = await repo.events(request.id!);
    expect(events.map((e) => [e.from ?? null, e.to])).toEqual([
      [null, 'new'],
      ['new', 'acknowledged'],
      ['acknowledged', 'done'],
    ]);
  });

  it('repeating an action is idempotent', async () => {
    const repo = createRepository(freshDatabase());
    const { request } = await repo.track(trackInput(), NOW);
    await repo.transition(request.id!, 'acknowledge', NOW + 1);
    const again = await repo.transition(request.id!, 'acknowledge', NOW + 5);
    expect(again.timestamps.acknowledged).toBe(NOW + 1);
    expect(await repo.events(request.id!)).toHaveLength(2);
  });

  it('refuses to acknowledge a done request and says why', async () => {
    const repo = createRepository(freshDatabase());
    const { request } = await repo.track(trackInput(), NOW);
    await repo.transition(request.id!, 'done', NOW + 1);
    await expect(repo.transition(request.id!, 'acknowledge', NOW + 2)).rejects.toThrow(TransitionError);
    await expect(repo.transition(request.id!, 'acknowledge', NOW + 2)).rejects.toThrow(
      'Cannot acknowledge a request that is done',
    );
    expect((await repo.get(request.id!))!.state).toBe('done');
  });

  it('snoozes until a future time and restores the earlier state', async () => {
    const repo = createRepository(freshDatabase());
    const { request } = await repo.track(trackInput(), NOW);
    await repo.transition(request.id!, 'acknowledge', NOW + 1);
    await expect(repo.transition(request.id!, 'snooze', NOW + 2, { snoozedUntil: NOW })).rejects.toThrow(RangeError);
    const snoozed = await repo.transition(request.id!, 'snooze', NOW + 2, { snoozedUntil: NOW + 3_600_000 });
    expect(snoozed).toMatchObject({
      state: 'snoozed',
      stateBeforeSnooze: 'acknowledged',
      snoozedUntil: NOW + 3_600_000,
    });
    const back = await repo.transition(request.id!, 'unsnooze', NOW + 3_600_000);
    expect(back).toMatchObject({ state: 'acknowledged', snoozedUntil: null, stateBeforeSnooze: null });
  });

  it('queries by state and lists what is owed', async () => {
    const repo = createRepository(freshDatabase());
    const a = await repo.track(trackInput({ messageId: 'a' }), NOW);
    await repo.track(trackInput({ messageId: 'b' }), NOW);
    const c = await repo.track(trackInput({ messageId: 'c' }), NOW);
    await repo.transition(a.request.id!, 'acknowledge', NOW);
    await repo.transition(c.request.id!, 'dismiss', NOW);
    expect((await repo.listByState(['new'])).map((r) => r.messageId)).toEqual(['b']);
    expect((await repo.listByState(['dismissed'])).map((r) => r.messageId)).toEqual(['c']);
    expect((await repo.owed()).map((r) => r.messageId).sort()).toEqual(['a', 'b']);
    expect(await repo.countOwed()).toBe(2);
  });

  it('finds a thread’s requests oldest first', async () => {
    const repo = createRepository(freshDatabase());
    await repo.track(trackInput({ messageId: 'late', receivedAt: NOW }), NOW);
    await repo.track(trackInput({ messageId: 'early', receivedAt: NOW - 10 }), NOW);
    await repo.track(trackInput({ messageId: 'other', threadId: 'thread-2' }), NOW);
    expect((await repo.byThread('gmail', 'thread-1')).map((r) => r.messageId)).toEqual(['early', 'late']);
  });

  it('names the missing record', async () => {
    const repo = createRepository(freshDatabase());
    await expect(repo.transition(404, 'done', NOW)).rejects.toThrow(MissingRecordError);
    await expect(repo.transition(404, 'done', NOW)).rejects.toThrow('No request with id 404');
  });
});

describe('owed rows cache', () => {
  it('serves repeated reads from memory and sees every kind of write', async () => {
    const repo = createRepository(freshDatabase());
    const { request } = await repo.track(trackInput(), 1);
    expect(await repo.owed()).toHaveLength(1);
    const spy = vi.spyOn(repo.db.requests, 'where');
    expect(await repo.owed()).toHaveLength(1);
    expect(spy).not.toHaveBeenCalled();

    await repo.track(trackInput({ messageId: 'msg-2' }), 2);
    expect(await repo.owed()).toHaveLength(2);
    await repo.transition(request.id!, 'done', 3);
    expect((await repo.owed()).map((r) => r.messageId)).toEqual(['msg-2']);
    await repo.db.requests.clear();
    expect(await repo.owed()).toEqual([]);
  });

  it('lists the owed rows in memory in the order a fresh read gives them, after any write', async () => {
    const db = freshDatabase();
    const repo = createRepository(db);
    const ids: number[] = [];
    for (const messageId of ['a', 'b', 'c']) ids.push((await repo.track(trackInput({ messageId }), 1)).request.id!);
    await repo.owed();
    // Written through the repository (kept in memory) and by another writer (read again in part).
    await repo.patch(ids[0]!, { note: 'later' }, 2);
    await repo.transition(ids[1]!, 'acknowledge', 3);
    await db.requests.update(ids[2]!, { updatedAt: 4 });
    const kept = (await repo.owed()).map((r) => r.messageId);
    expect(kept).toEqual((await createRepository(db).owed()).map((r) => r.messageId));
    expect(kept).toEqual(['b', 'a', 'c']);
  });

  it('keeps the owed rows in memory across its own writes, and reads again only what any other wrote', async () => {
    const repo = createRepository(freshDatabase());
    const { request } = await repo.track(trackInput(), 1);
    await repo.owed();
    const spy = vi.spyOn(repo.db.requests, 'where');
    await repo.track(trackInput({ messageId: 'msg-2' }), 2);
    await repo.transition(request.id!, 'acknowledge', 3);
    await repo.patch(request.id!, { note: 'call back' }, 4);
    const owed = await repo.owed();
    const stateReads = () => spy.mock.calls.filter(([index]) => (index as unknown) === 'state').length;
    expect(stateReads()).toBe(0);
    expect(owed.map((r) => [r.messageId, r.state, r.note]).sort()).toEqual([
      ['msg-1', 'acknowledged', 'call back'],
      ['msg-2', 'new', ''],
    ]);
    // Exactly what is stored.
    const byId = (a: { id?: number }, b: { id?: number }) => a.id! - b.id!;
    expect([...owed].sort(byId)).toEqual((await repo.db.requests.toArray()).sort(byId));
    await repo.transition(request.id!, 'done', 5);
    expect((await repo.owed()).map((r) => r.messageId)).toEqual(['msg-2']);
    spy.mockClear();
    // Another write (not the repository's): only the row it wrote is read again, not every owed row.
    const bulkGet = vi.spyOn(repo.db.requests, 'bulkGet');
    await repo.db.requests.update(request.id!, { state: 'new' });
    expect((await repo.owed()).map((r) => r.messageId).sort()).toEqual(['msg-1', 'msg-2']);
    expect(stateReads()).toBe(0);
    expect(bulkGet.mock.calls).toEqual([[[request.id]]]);
    expect([...(await repo.owed())].sort(byId)).toEqual((await repo.db.requests.toArray()).sort(byId));
    // A write whose rows are not known (a range cleared): everything is read anew.
    await repo.db.requests.clear();
    expect(await repo.owed()).toEqual([]);
    expect(stateReads()).toBeGreaterThan(0);
  });

  it('keeps the owed rows right when writes overlap the reads, and reads only the rows written', async () => {
    const repo = createRepository(freshDatabase());
    const ids: number[] = [];
    for (let i = 0; i < 20; i += 1) ids.push((await repo.track(trackInput({ messageId: `base-${i}` }), i)).request.id!);
    await repo.owed();
    const spy = vi.spyOn(repo.db.requests, 'where');
    // Tracking, moving on and reading all at once, as the badge and the inbox markers read while
    // threads are analysed.
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i += 1) {
      work.push(repo.track(trackInput({ messageId: `more-${i}` }), 100 + i));
      work.push(repo.owed());
      if (i % 4 === 0) work.push(repo.transition(ids[i]!, 'done', 200 + i));
      if (i % 5 === 0) work.push(repo.db.requests.update(ids[i + 1]!, { note: `other ${i}` }));
    }
    await Promise.all(work);
    const byId = (a: { id?: number }, b: { id?: number }) => a.id! - b.id!;
    const stored = (await repo.db.requests.toArray()).filter((r) => r.state !== 'done').sort(byId);
    expect([...(await repo.owed())].sort(byId)).toEqual(stored);
    expect(stored).toHaveLength(35);
    expect(spy.mock.calls.filter(([index]) => (index as unknown) === 'state')).toHaveLength(0);
  });

  it('hands out copies of the list and rows nobody can change by accident', async () => {
    const repo = createRepository(freshDatabase());
    await repo.track(trackInput(), 1);
    const first = await repo.owed();
    first.pop();
    const again = await repo.owed();
    expect(again).toHaveLength(1);
    expect(() => {
      (again[0] as { state: string }).state = 'done';
    }).toThrow(TypeError);
  });
});

describe('the writes to requests the database lists', () => {
  it('names the rows written since a version, waits for a running write, and gives up on unknown rows', async () => {
    const repo = createRepository(freshDatabase());
    const db = repo.db;
    const a = (await repo.track(trackInput({ messageId: 'a' }), 1)).request.id!;
    const since = db.requestsVersion;
    expect(db.requestsWrittenSince(since)).toEqual({ ids: new Set() });
    const b = (await repo.track(trackInput({ messageId: 'b' }), 2)).request.id!;
    await repo.patch(a, { note: 'x' }, 3);
    expect(db.requestsWrittenSince(since)).toEqual({ ids: new Set([a, b]) });
    // While a write runs, the promise of its end.
    const row = await repo.require(a);
    let running: ReturnType<typeof db.requestsWrittenSince> = null;
    await db.transaction('rw', db.requests, async () => {
      const writing = db.requests.put({ ...row, note: 'y' });
      running = db.requestsWrittenSince(since);
      await writing;
    });
    expect(running && 'running' in running).toBe(true);
    await (running as unknown as { running: Promise<void> }).running;
    expect(db.requestsWrittenSince(since)).toEqual({ ids: new Set([a, b]) });
    // A failed write (a second row for the same message) and a cleared range: not known.
    const failedAt = db.requestsVersion;
    await expect(db.requests.add({ ...(await repo.require(b)), id: undefined })).rejects.toThrow();
    expect(db.requestsWrittenSince(failedAt)).toBeNull();
    const clearedAt = db.requestsVersion;
    await db.requests.clear();
    expect(db.requestsWrittenSince(clearedAt)).toBeNull();
    expect(db.requestsWrittenSince(db.requestsVersion)).toEqual({ ids: new Set() });
  });
});
