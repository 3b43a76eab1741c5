// 'insights.get' in the background: aggregates from the database for Ackly pages only, up to date
// after every change, and a clear error for a period it cannot read.
import { describe, expect, it, vi } from 'vitest';
import { insightsHandlers } from '@/entrypoints/background/insights-handlers';
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

describe('the insights’ stored copy of the rows', () => {
  it('serves a restarted background, brought up to date, and is dropped by a wipe', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { insightsSnapshot } = await import('@/entrypoints/background/insights-handlers');
    const repo = createRepository(freshDatabase());
    let now = NOW - 4 * H;
    const start = () =>
      insightsHandlers({
        repo,
        now: () => now,
        settings: async () => DEFAULT_SETTINGS,
        timeZone: () => 'Europe/Amsterdam',
      })['insights.get'];
    const received = async (get: ReturnType<typeof start>) =>
      (await get({ range: { kind: 'week' } }, { kind: 'extension-page' })).totals;
    const a = await repo.track(trackInput({ messageId: 'a', receivedAt: NOW - 5 * H }), now);
    expect(await received(start())).toMatchObject({ received: 1, acknowledged: 0 });
    await expect.poll(async () => (await insightsSnapshot.get())?.rows.length).toBe(1);

    // A new background (the service worker was stopped): the copy plus what changed since.
    now = NOW - 2 * H;
    await repo.transition(a.request.id!, 'acknowledge', now);
    await repo.track(trackInput({ messageId: 'b', receivedAt: NOW - 3 * H }), now);
    const read = vi.spyOn(repo.db.requests, 'toArray');
    expect(await received(start())).toMatchObject({ received: 2, acknowledged: 1 });
    expect(read).not.toHaveBeenCalled();

    // A copy that no longer adds up (a row gone behind its back) is read anew.
    await repo.db.requests.delete(a.request.id!);
    expect(await received(start())).toMatchObject({ received: 1, acknowledged: 0 });
    expect(read).toHaveBeenCalled();

    await insightsSnapshot.clear();
    expect(await insightsSnapshot.get()).toBeNull();
    expect(fakeBrowser.storage.session).toBeDefined();
  });
});
