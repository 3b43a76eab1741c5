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

  it('keeps the owed rows in memory across its own writes, and reads them anew after any other', async () => {
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
    await repo.db.requests.update(request.id!, { state: 'new' });
    expect((await repo.owed()).map((r) => r.messageId).sort()).toEqual(['msg-1', 'msg-2']);
    expect(stateReads()).toBeGreaterThan(0);
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
