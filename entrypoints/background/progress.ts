// "Keep the requester informed": when each acknowledged request is due a progress update (halfway
// to the promised answer, in working time), until the user has sent one.
import type { Repository } from '@/utils/db/repository';
import type { TrackedRequest } from '@/utils/db/types';
import { progressUpdateAt } from '@/utils/schedule';
import type { Settings } from '@/utils/settings/model';

export async function progressTimes(
  repo: Repository,
  requests: readonly TrackedRequest[],
  settings: Settings,
  timeZone: string,
): Promise<Record<number, number>> {
  const out: Record<number, number> = {};
  const due: { id: number; acknowledgedAt: number; at: number }[] = [];
  for (const request of requests) {
    const acknowledgedAt = request.timestamps.acknowledged;
    if (request.state !== 'acknowledged' || request.id === undefined || !acknowledgedAt) continue;
    const at = progressUpdateAt(acknowledgedAt, request.replyDueAt, settings, timeZone);
    if (at === null) continue;
    due.push({ id: request.id, acknowledgedAt, at });
  }
  // The events of all of them in one read, not one read each.
  const events = await repo.eventsOf(due.map((d) => d.id));
  for (const { id, acknowledgedAt, at } of due) {
    if ((events.get(id) ?? []).some((e) => e.type === 'progress-sent' && e.at >= acknowledgedAt)) continue;
    out[id] = at;
  }
  return out;
}
