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
  for (const request of requests) {
    const acknowledgedAt = request.timestamps.acknowledged;
    if (request.state !== 'acknowledged' || request.id === undefined || !acknowledgedAt) continue;
    const at = progressUpdateAt(acknowledgedAt, request.replyDueAt, settings, timeZone);
    if (at === null) continue;
    const events = await repo.events(request.id);
    if (events.some((e) => e.type === 'progress-sent' && e.at >= acknowledgedAt)) continue;
    out[request.id] = at;
  }
  return out;
}
