// Answers for the inbox row markers: which threads of the caller's webmail have an owed reply,
// and whether it is overdue. Thread ids only, never email content.
import type { Repository } from '@/utils/db/repository';
import type { OwedThread } from '@/utils/messaging/protocol';
import { PermissionError, type Handlers } from '@/utils/messaging/server';

export function markerHandlers(repo: Repository, now: () => number): Pick<Handlers, 'owed.threads'> {
  return {
    async 'owed.threads'({ webmail }, caller) {
      if (caller.kind === 'content-script' && caller.webmail !== webmail) {
        throw new PermissionError('Threads of another webmail');
      }
      const at = now();
      const byThread = new Map<string, boolean>();
      for (const r of await repo.owed()) {
        if (r.webmail !== webmail || r.state === 'snoozed') continue;
        const due = r.state === 'new' ? (r.ackDueAt ?? r.replyDueAt) : r.replyDueAt;
        const overdue = due !== null && due < at;
        byThread.set(r.threadId, (byThread.get(r.threadId) ?? false) || overdue);
      }
      return [...byThread].map(([threadId, overdue]): OwedThread => ({ threadId, overdue }));
    },
  };
}
