// 'insights.get' in the background: aggregates from the database for Ackly pages only, up to date
// after every change, and a clear error for a period it cannot read.
import { describe, expect, it } from 'vitest';
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
