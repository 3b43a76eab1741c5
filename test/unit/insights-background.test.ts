// 'insights.get' in the background: aggregates from the database for Ackly pages only, up to date
// after every change, and a clear error for a period it cannot read.
import { describe, expect, it, vi } from 'vitest';
import { insightsCache, insightsHandlers } from '@/entrypoints/background/insights-handlers';
import { createRepository } from '@/utils/db/repository';
import { dispatch, type Handlers } from '@/utils/messaging/server';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import { freshDatabase, trackInput } from './helpers';

const NOW = Date.parse('2026-11-27T15:00:00+01:00');
const H = 3_600_000;

describe("'insights.get' in the background", () => {
  it('answers Ackly pages with aggregates that follow every change, and refuses content scripts', async () => {
    const repo = createRepository(freshDatabase());
    const handlers = insightsHandlers({
      repo,
      now: () => NOW,
      settings: async () => DEFAULT_SETTINGS,
      timeZone: () => 'Europe/Amsterdam',
    }) as Handlers;
    const ask = (data: unknown, caller: Parameters<typeof dispatch>[2] = { kind: 'extension-page' }) =>
      dispatch(handlers, { ackly: 1, name: 'insights.get', data: data as never }, caller);
    const { request } = await repo.track(
      trackInput({ receivedAt: NOW - 5 * H, ackDueAt: NOW - H, replyDueAt: NOW + 24 * H }),
      NOW - 5 * H,
    );
    const first = (await ask({ range: { kind: 'week' } })) as { ok: true; value: { totals: object } };
    expect(first.value.totals).toMatchObject({ received: 1, acknowledged: 0, open: 1 });

    // A change is seen at once (the cached rows go with the write).
    await repo.transition(request.id!, 'acknowledge', NOW - 2 * H);
    const second = (await ask({ range: { kind: 'week' } })) as {
      ok: true;
      value: { totals: object; ack: { medianMinutes: number } };
    };
    expect(second.value.totals).toMatchObject({ received: 1, acknowledged: 1 });
    expect(second.value.ack.medianMinutes).toBe(180);
    // Rows never leave the background: just aggregates and the few open items.
    expect(JSON.stringify(second.value)).not.toContain('requestSentences');

    expect(await ask({ range: { kind: 'custom', from: 'soon', to: 'later' } })).toMatchObject({
      ok: false,
      error: { name: 'RangeError' },
    });
    expect(await ask({ range: { kind: 'everything' } })).toMatchObject({ ok: false, error: { name: 'RangeError' } });
    expect(
      await ask({ range: { kind: 'week' } }, { kind: 'content-script', webmail: 'gmail', tabId: 1 }),
    ).toMatchObject({
      ok: false,
      error: { name: 'PermissionError' },
    });
  });
});

describe('the insights’ cache in the database', () => {
  const startOn = (repo: ReturnType<typeof createRepository>, clock: () => number) =>
    insightsHandlers({
      repo,
      now: clock,
      settings: async () => DEFAULT_SETTINGS,
      timeZone: () => 'Europe/Amsterdam',
    })['insights.get'];
  const totals = async (get: ReturnType<typeof startOn>, kind: 'week' | '4weeks' = 'week') =>
    (await get({ range: { kind } }, { kind: 'extension-page' })).totals;

  it('serves a restarted background from its copy of the rows, brought up to date, and a wipe empties it', async () => {
    const repo = createRepository(freshDatabase());
    let now = NOW - 4 * H;
    const a = await repo.track(trackInput({ messageId: 'a', receivedAt: NOW - 5 * H }), now);
    expect(await totals(startOn(repo, () => now))).toMatchObject({ received: 1, acknowledged: 0 });
    await expect.poll(async () => (await insightsCache.rows(repo.db))?.rows.length).toBe(1);

    // A new background (the service worker was stopped): the copy plus what changed since.
    now = NOW - 2 * H;
    await repo.transition(a.request.id!, 'acknowledge', now);
    await repo.track(trackInput({ messageId: 'b', receivedAt: NOW - 3 * H }), now);
    const read = vi.spyOn(repo.db.requests, 'toArray');
    expect(await totals(startOn(repo, () => now))).toMatchObject({ received: 2, acknowledged: 1 });
    expect(read).not.toHaveBeenCalled();

    // A copy that no longer adds up (a row gone behind its back) is read anew.
    await repo.db.requests.delete(a.request.id!);
    expect(await totals(startOn(repo, () => now))).toMatchObject({ received: 1, acknowledged: 0 });
    expect(read).toHaveBeenCalled();

    const { dataHandlers } = await import('@/entrypoints/background/data-handlers');
    const data = dataHandlers({
      repo,
      now: () => now,
      onChange: () => undefined,
      loadSettings: async () => DEFAULT_SETTINGS,
      storeSettings: async () => undefined,
      clearSettings: async () => undefined,
    } as never);
    await data['data.wipe']({ confirm: 'WIPE' }, { kind: 'extension-page' });
    expect(await repo.db.cache.count()).toBe(0);
    expect(await insightsCache.rows(repo.db)).toBeNull();
    // Nor is it ever exported.
    expect(Object.keys(await data['data.export']({}, { kind: 'extension-page' }))).not.toContain('cache');
  });

  it('answers again from the last answer while nothing was written and less than a minute passed', async () => {
    const repo = createRepository(freshDatabase());
    let now = NOW - 4 * H;
    const { request } = await repo.track(trackInput({ messageId: 'a', receivedAt: NOW - 5 * H }), now);
    const get = startOn(repo, () => now);
    const week = () => get({ range: { kind: 'week' } }, { kind: 'extension-page' });
    const first = await week();
    expect(first.totals).toMatchObject({ received: 1, acknowledged: 0 });
    await expect.poll(async () => (await insightsCache.results(repo.db)).length).toBe(1);

    // Same period, nothing written, 30 s later: the same answer, not worked out again — and a
    // restarted background finds it stored, without reading a single row.
    now += 30_000;
    expect(await week()).toBe(first);
    const read = vi.spyOn(repo.db.requests, 'toArray');
    const where = vi.spyOn(repo.db.requests, 'where');
    expect(await startOn(repo, () => now)({ range: { kind: 'week' } }, { kind: 'extension-page' })).toEqual(first);
    expect(read).not.toHaveBeenCalled();
    expect(where).not.toHaveBeenCalled();

    // Another period is its own answer; a write changes the answer at once.
    expect((await totals(get, '4weeks')).received).toBe(1);
    await repo.transition(request.id!, 'acknowledge', now);
    const acknowledged = await week();
    expect(acknowledged.totals).toMatchObject({ received: 1, acknowledged: 1 });

    // A minute later "now" has moved on: worked out anew; so is it for a clock set back.
    now += 61_000;
    const later = await week();
    expect(later).not.toBe(acknowledged);
    expect(later.totals).toEqual(acknowledged.totals);
    now -= 10 * 60_000;
    expect(await week()).not.toBe(later);
  });
});
