// How well the user has served their colleagues lately: how many got a first reply within the
// service standard, and how many got their answer by the time it was due. Shown in the popup to
// celebrate what went well.
import type { TrackedRequest } from '../db/types';

export const SUMMARY_DAYS = 7;

export interface ServiceSummary {
  /** Start of the window (the window ends now). */
  since: number;
  /** Requests that got their first reply (acknowledgement or answer) in the window… */
  firstReplies: number;
  /** …of which before the acknowledgement was due. */
  firstRepliesOnTime: number;
  /** Requests answered (done) in the window… */
  answered: number;
  /** …of which before the answer was due. */
  answeredOnTime: number;
}

type SummaryFields = Pick<TrackedRequest, 'state' | 'timestamps' | 'ackDueAt' | 'replyDueAt'>;

const inWindow = (at: number | undefined, since: number, now: number): at is number =>
  typeof at === 'number' && at >= since && at <= now;

export function serviceSummary(requests: readonly SummaryFields[], now: number, days = SUMMARY_DAYS): ServiceSummary {
  const since = now - days * 86_400_000;
  const summary: ServiceSummary = { since, firstReplies: 0, firstRepliesOnTime: 0, answered: 0, answeredOnTime: 0 };
  for (const r of requests) {
    // "Not a request" is feedback on detection, not service.
    if (r.state === 'dismissed') continue;
    const { acknowledged, done } = r.timestamps ?? {};
    const firstReply = Math.min(acknowledged ?? Infinity, done ?? Infinity);
    if (inWindow(firstReply, since, now)) {
      summary.firstReplies += 1;
      if (r.ackDueAt === null || firstReply <= r.ackDueAt) summary.firstRepliesOnTime += 1;
    }
    if (r.state === 'done' && inWindow(done, since, now)) {
      summary.answered += 1;
      if (r.replyDueAt === null || done <= r.replyDueAt) summary.answeredOnTime += 1;
    }
  }
  return summary;
}
