// The background's answers to each message of the protocol.
import type { Repository } from '@/utils/db/repository';
import { PermissionError, type Caller, type Handlers } from '@/utils/messaging/server';
import type { MessageName, RequestOf, ThreadState } from '@/utils/messaging/protocol';
import { TEMPLATE_KINDS, type EventType, type TemplateKind, type TrackedRequest } from '@/utils/db/types';
import type { WebmailId } from '@/utils/webmail/types';
import { intentItem } from '@/utils/messaging/intent';
import type { Reminders } from './schedule';
import { markerHandlers } from './markers';
import { composeHandlers } from './compose';
import { snoozeHandlers } from './snooze';
import { loadSettings, resolveTimeZone } from '@/utils/settings/store';
import type { Settings } from '@/utils/settings/model';
import { dataHandlers, type DataDeps } from './data-handlers';
import { i18nHandlers, stylesHandlers } from './i18n-handlers';
import { progressTimes } from './progress';
import { COACH_MAX_CHARS, coachDraft, type CoachDraft } from '@/utils/coach';
import { isLang } from '@/utils/languages';
import { insightsHandlers } from './insights-handlers';
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
  /** Where the handlers read the settings (the background keeps them in memory); storage by default. */
  readSettings?: () => Promise<Settings>;
  /** The zone due times are computed in (the background remembers the browser's); `resolveTimeZone` by default. */
  timeZone?: (settings: Settings) => string;
}

/** A content script may act only on requests of its own webmail. */
function assertMayTouch(caller: Caller, request: TrackedRequest): void {
  if (caller.kind === 'content-script' && caller.webmail !== request.webmail) {
    throw new PermissionError(`Request ${request.id} belongs to another webmail`);
  }
}

/** Messages that address a tracked request by its id (optional in some), and where they carry it. */
const REQUEST_ID: { [K in MessageName]?: (data: RequestOf<K>) => number | undefined } = {
  'request.act': (d) => d.id,
  'request.history': (d) => d.id,
  'request.snoozePreset': (d) => d.id,
  'template.used': (d) => d.requestId,
  'template.compose': (d) => d.requestId,
};

/**
 * Every message that names a request by id checks, before its handler runs, that a content script
 * asks only about a request of its own webmail (one place, whatever the handler's own checks).
 */
function guardRequestOwnership(handlers: Handlers, repo: Repository): Handlers {
  const guarded: Record<string, unknown> = { ...handlers };
  for (const [name, idOf] of Object.entries(REQUEST_ID) as [MessageName, (data: unknown) => number | undefined][]) {
    const handler = handlers[name] as (data: unknown, caller: Caller) => Promise<unknown>;
    guarded[name] = async (data: unknown, caller: Caller) => {
      const id = idOf(data);
      if (caller.kind === 'content-script' && id !== undefined) assertMayTouch(caller, await repo.require(id));
      return handler(data, caller);
    };
  }
  return guarded as Handlers;
}

/** The kind of a template by its id: built-ins say it in the id, the user's own in their row. */
async function templateKind(repo: Repository, id: string): Promise<TemplateKind | null> {
  const builtin = /^builtin:[a-z]{2}:([a-z]+)$/.exec(id)?.[1];
  if (builtin) return (TEMPLATE_KINDS as readonly string[]).includes(builtin) ? (builtin as TemplateKind) : null;
  return (await repo.db.templates.get(id))?.kind ?? null;
}

/** Templates whose use in a draft makes the user's next reply that kind of message (tracking.ts). */
const DRAFTED: Partial<Record<TemplateKind, EventType>> = {
  acknowledge: 'ack-drafted',
  progress: 'progress-drafted',
  nudge: 'nudge-drafted',
  thanks: 'thanks-drafted',
  closing: 'closing-drafted',
};

export async function threadState(
  repo: Repository,
  webmail: WebmailId,
  threadId: string,
  readSettings: () => Promise<Settings> = loadSettings,
  timeZone: (settings: Settings) => string = resolveTimeZone,
): Promise<ThreadState> {
  const requests = await repo.byThread(webmail, threadId);
  const settings = await readSettings();
  const progressAt = await progressTimes(repo, requests, settings, timeZone(settings));
  return { webmail, threadId, requests, newest: null, progressAt };
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return guardRequestOwnership(ownHandlers(deps), deps.repo);
}

function ownHandlers(deps: HandlerDeps): Handlers {
  const { repo, now } = deps;
  const readSettings = deps.readSettings ?? loadSettings;
  const timeZone = deps.timeZone ?? resolveTimeZone;
  return {
    ...markerHandlers(repo, now),
    ...composeHandlers({ repo, now, settings: readSettings, timeZone }),
    ...snoozeHandlers({ repo, now, settings: readSettings, timeZone, onChange: deps.onChange }),
    ...dataHandlers({ repo, now, onChange: deps.onChange, ...deps.settings }),
    ...i18nHandlers(),
    ...stylesHandlers(),
    ...insightsHandlers({ repo, now, settings: readSettings, timeZone }),
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
      return threadState(repo, webmail, threadId, readSettings, timeZone);
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

    async 'template.used'({ id, requestId }, caller) {
      if (requestId !== undefined) assertMayTouch(caller, await repo.require(requestId));
      // Uses of a built-in are counted on a stored copy of it (the list still shows the shipped text).
      const builtin = BUILTIN_TEMPLATES.find((t) => t.id === id);
      if (builtin && !(await repo.db.templates.get(id))) await repo.putTemplate({ ...builtin, updatedAt: now() });
      await repo.recordTemplateUse(id, requestId ?? null, now());
      // An acknowledgement (progress update, nudge, thank-you) put into a reply draft: the user's
      // next reply in the thread is that message (tracking.ts moves the request on when it appears).
      const drafted = requestId === undefined ? undefined : DRAFTED[(await templateKind(repo, id)) ?? 'please'];
      if (requestId !== undefined && drafted) await repo.logEvent({ requestId, type: drafted, at: now(), detail: id });
      return null;
    },

    async 'schedule.check'() {
      return (await deps.reminders.check()).badge;
    },

    async 'request.openThread'({ id, intent }) {
      const request = await repo.require(id);
      if (intent === 'acknowledge' || intent === 'nudge') {
        await intentItem.setValue({
          requestId: id,
          webmail: request.webmail,
          threadId: request.threadId,
          action: intent,
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
      const [owed, settings] = await Promise.all([repo.owed(), readSettings()]);
      const zone = timeZone(settings);
      const page = owedPage(owed, { query: typeof query === 'string' ? query : '', shown }, now(), zone);
      const onScreen = Object.values(page.groups).flatMap((g) => g.items);
      return { ...page, progressAt: await progressTimes(repo, onScreen, settings, zone) };
    },

    async 'coach.draft'(draft) {
      const d = (typeof draft === 'object' && draft !== null ? draft : {}) as Partial<CoachDraft>;
      if (typeof d.text !== 'string') throw new TypeError('coach.draft needs the draft text');
      return coachDraft({
        text: d.text.slice(0, COACH_MAX_CHARS),
        hasAttachments: d.hasAttachments === true,
        replyTo: typeof d.replyTo?.bodyText === 'string' ? { bodyText: d.replyTo.bodyText.slice(0, 50_000) } : null,
        ...(isLang(d.lang) ? { lang: d.lang } : {}),
      });
    },

    async 'waiting.list'({ limit }) {
      const waiting = (await repo.listByState(['waiting'])).sort(
        (a, b) => (a.replyDueAt ?? Infinity) - (b.replyDueAt ?? Infinity),
      );
      const max = Number.isInteger(limit) && limit! > 0 ? Math.min(limit!, 1000) : 100;
      return { total: waiting.length, items: waiting.slice(0, max) };
    },
  };
}
