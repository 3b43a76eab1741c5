// The background's answers to each message of the protocol.
import type { Repository } from '@/utils/db/repository';
import { PermissionError, type Caller, type Handlers } from '@/utils/messaging/server';
import type { ThreadState } from '@/utils/messaging/protocol';
import type { TrackedRequest } from '@/utils/db/types';
import type { WebmailId } from '@/utils/webmail/types';

export interface HandlerDeps {
  repo: Repository;
  now: () => number;
  /** Analyses a thread snapshot and tracks what it finds. */
  analyzeThread: Handlers['thread.analyze'];
  /** Called after any change to tracked requests (badge, alarms). */
  onChange: () => void;
}

/** A content script may act only on requests of its own webmail. */
function assertMayTouch(caller: Caller, request: TrackedRequest): void {
  if (caller.kind === 'content-script' && caller.webmail !== request.webmail) {
    throw new PermissionError(`Request ${request.id} belongs to another webmail`);
  }
}

export async function threadState(repo: Repository, webmail: WebmailId, threadId: string): Promise<ThreadState> {
  return { webmail, threadId, requests: await repo.byThread(webmail, threadId) };
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { repo, now } = deps;
  return {
    'thread.analyze': deps.analyzeThread,

    async 'thread.state'({ webmail, threadId }, caller) {
      if (caller.kind === 'content-script' && caller.webmail !== webmail) {
        throw new PermissionError('Thread belongs to another webmail');
      }
      return threadState(repo, webmail, threadId);
    },

    async 'request.act'({ id, action, snoozedUntil }, caller) {
      assertMayTouch(caller, await repo.require(id));
      const updated = await repo.transition(id, action, now(), snoozedUntil === undefined ? {} : { snoozedUntil });
      deps.onChange();
      return updated;
    },

    async 'request.history'({ id }, caller) {
      assertMayTouch(caller, await repo.require(id));
      return repo.events(id);
    },

    async 'owed.list'() {
      return repo.owed();
    },
  };
}
