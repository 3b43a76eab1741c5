import { describe, expect, it, vi } from 'vitest';
import { progressTimes } from '@/entrypoints/background/progress';
import { createRepository } from '@/utils/db/repository';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import { freshDatabase, trackInput } from './helpers';

const MONDAY = Date.parse('2026-11-23T10:00:00+01:00');
const HOUR = 3_600_000;

describe('progress updates due', () => {
  it('for each acknowledged request without a progress update since, reading all their events at once', async () => {
    const repo = createRepository(freshDatabase());
    const track = async (messageId: string) =>
      (await repo.track(trackInput({ messageId, receivedAt: MONDAY, replyDueAt: MONDAY + 4 * 24 * HOUR }), MONDAY))
        .request.id!;
    const [pending, updated, updatedBefore, fresh] = [
      await track('a'),
      await track('b'),
      await track('c'),
      await track('d'),
    ];
    for (const id of [pending, updated, updatedBefore]) await repo.transition(id, 'acknowledge', MONDAY + HOUR);
    await repo.logEvent({ requestId: updated, type: 'progress-sent', at: MONDAY + 2 * HOUR, detail: 'm' });
    // Sent before the acknowledgement: it does not count.
    await repo.logEvent({ requestId: updatedBefore, type: 'progress-sent', at: MONDAY, detail: 'm' });
    const rows = await Promise.all([pending, updated, updatedBefore, fresh].map((id) => repo.require(id)));
    const events = vi.spyOn(repo, 'events');
    const at = await progressTimes(repo, rows, DEFAULT_SETTINGS, 'Europe/Amsterdam');
    expect(Object.keys(at).map(Number).sort()).toEqual([pending, updatedBefore].sort());
    expect(at[pending]).toBeGreaterThan(MONDAY + HOUR);
    expect(at[pending]).toBeLessThan(MONDAY + 4 * 24 * HOUR);
    expect(events).not.toHaveBeenCalled();
    expect(await progressTimes(repo, [], DEFAULT_SETTINGS, 'Europe/Amsterdam')).toEqual({});
  });
});
