// The background's answers to each message of the protocol.
import type { Repository } from '@/utils/db/repository';
import { PermissionError, type Caller, type Handlers } from '@/utils/messaging/server';
import type { ThreadState } from '@/utils/messaging/protocol';
import type { TrackedRequest } from '@/utils/db/types';
import type { WebmailId } from '@/utils/webmail/types';
import { intentItem } from '@/utils/messaging/intent';
import type { Reminders } from './schedule';
import { markerHandlers } from './markers';
import { composeHandlers } from './compose';
import { snoozeHandlers } from './snooze';
import { loadSettings, resolveTimeZone } from '@/utils/settings/store';
import { dataHandlers, type DataDeps } from './data-handlers';
import { i18nHandlers } from './i18n-handlers';
import { BUILTIN_TEMPLATES } from '@/utils/templates';
import { owedPage } from '@/utils/requests/owed-page';
import { SUMMARY_DAYS, serviceSummary } from '@/utils/requests/summary';

export interface HandlerDeps {
  repo: Repository;
  now: () => number;
  /** Analyses a thread snapshot and tracks what it finds. */
  analyzeThread: Handlers['thread.analyze'];
  /** Called after any change to tracked requests (badge, alarms). */
  onChange: () => void;
  reminders: Pick<Reminders, 'check' | 'openThread'>;
  settings: Pick<DataDeps, 'loadSettings' | 'storeSettings' | 'clearSettings'>;
}

/** A content script may act only on requests of its own webmail. */
function assertMayTouch(caller: Caller, request: TrackedRequest): void {
  if (caller.kind === 'content-script' && caller.webmail !== request.webmail) {
    throw new PermissionError(`Request ${request.id} belongs to another webmail`);
  }
}

async function isAcknowledgeTemplate(repo: Repository, id: string): Promise<boolean> {
  if (/^builtin:[a-z]{2}:acknowledge$/.test(id)) return true;
  const stored = await repo.db.templates.get(id);
  return stored?.kind === 'acknowledge';
}

export async function threadState(repo: Repository, webmail: WebmailId, threadId: string): Promise<ThreadState> {
  return { webmail, threadId, requests: await repo.byThread(webmail, threadId), newest: null };
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { repo, now } = deps;
  return {
    ...markerHandlers(repo, now),
    ...composeHandlers({ repo, settings: loadSettings, timeZone: resolveTimeZone }),
    ...snoozeHandlers({ repo, now, settings: loadSettings, timeZone: resolveTimeZone, onChange: deps.onChange }),
    ...dataHandlers({ repo, now, onChange: deps.onChange, ...deps.settings }),
    ...i18nHandlers(),
    async 'thread.analyze'(snapshot, caller) {
      // The snapshot names its webmail; a content script may speak only for the site it runs on.
      if (caller.kind === 'content-script' && caller.webmail !== (snapshot as { webmail?: unknown })?.webmail) {
        throw new PermissionError('Thread belongs to another webmail');
      }
      return deps.analyzeThread(snapshot, caller);
    },

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

    async 'template.used'({ id, requestId }) {
      // Uses of a built-in are counted on a stored copy of it (the list still shows the shipped text).
      const builtin = BUILTIN_TEMPLATES.find((t) => t.id === id);
      if (builtin && !(await repo.db.templates.get(id))) await repo.putTemplate({ ...builtin, updatedAt: now() });
      await repo.recordTemplateUse(id, requestId ?? null, now());
      // An acknowledgement put into a reply draft: the user's next reply in the thread is that
      // acknowledgement (tracking.ts moves the request to acknowledged when it appears).
      if (requestId !== undefined && (await isAcknowledgeTemplate(repo, id))) {
        await repo.logEvent({ requestId, type: 'ack-drafted', at: now(), detail: id });
      }
      return null;
    },

    async 'schedule.check'() {
      return (await deps.reminders.check()).badge;
    },

    async 'request.openThread'({ id, intent }) {
      const request = await repo.require(id);
      if (intent === 'acknowledge') {
        await intentItem.setValue({
          requestId: id,
          webmail: request.webmail,
          threadId: request.threadId,
          action: 'acknowledge',
          at: now(),
        });
      }
      await deps.reminders.openThread(id);
      return null;
    },

    async 'owed.list'() {
      return repo.owed();
    },

    async 'service.summary'() {
      const at = now();
      const recent = await repo.db.requests
        .where('updatedAt')
        .aboveOrEqual(at - SUMMARY_DAYS * 86_400_000)
        .toArray();
      return serviceSummary(recent, at);
    },

    async 'owed.page'({ query, shown }) {
      const [owed, settings] = await Promise.all([repo.owed(), loadSettings()]);
      return owedPage(owed, { query: typeof query === 'string' ? query : '', shown }, now(), resolveTimeZone(settings));
    },
  };
}
