// Reminders that survive the service worker: alarms re-check owed replies, end snoozes, set the
// toolbar badge and notify once per due time when a request becomes overdue. All state is in the
// database; nothing here lives only in memory.
import type { WxtBrowser } from 'wxt/browser';
import type { Repository } from '@/utils/db/repository';
import type { TrackedRequest } from '@/utils/db/types';
import {
  BADGE_OVERDUE,
  badgeOf,
  classifyOwed,
  dueOf,
  isWithinWorkingHours,
  nextCheckAt,
  owedCounts,
} from '@/utils/schedule';
import type { Settings } from '@/utils/settings/model';
import { intentItem } from '@/utils/messaging/intent';

export const CHECK_ALARM = 'ackly:check';
export const PERIODIC_ALARM = 'ackly:periodic';
const NOTIFICATION_PREFIX = 'ackly-overdue-';
const NUDGE_PREFIX = 'ackly-nudge-';
const SUMMARY_NOTIFICATION = 'ackly-overdue-many';
/** More requests than this becoming overdue at once get one notification together. */
export const MAX_SINGLE_NOTIFICATIONS = 3;
/** Chrome does not fire alarms sooner than 30 s ahead. */
const MIN_ALARM_DELAY = 30_000;

export interface ReminderDeps {
  browser: WxtBrowser;
  repo: Repository;
  now: () => number;
  settings: () => Promise<Settings>;
  timeZone: (settings: Settings) => string;
  translate: (key: string, substitutions?: string[]) => string;
  /** True after a write failed for lack of storage, until the next write succeeds: the button says so. */
  storageFull?: () => boolean;
}

export interface CheckResult {
  badge: { text: string; color: string };
  woken: number;
  notified: number;
  nextCheckAt: number | null;
}

export function createReminders(deps: ReminderDeps) {
  const { browser, repo } = deps;

  async function notifyOverdue(request: TrackedRequest, now: number): Promise<void> {
    const ackStep = request.state === 'new' || request.stateBeforeSnooze === 'new';
    const name = request.sender.name || request.sender.email;
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${request.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: deps.translate(ackStep ? 'notifyAckOverdueTitle' : 'notifyReplyOverdueTitle', [name]),
      message: request.subject,
      contextMessage: deps.translate('notifyOverdueContext'),
      priority: 1,
    });
    await repo.patch(request.id!, { overdueNotifiedAt: now }, now);
  }

  /** The user's own request nobody has answered by its follow-up time: time for a friendly nudge. */
  async function notifyNudge(request: TrackedRequest, now: number): Promise<void> {
    await browser.notifications.create(`${NUDGE_PREFIX}${request.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: deps.translate('notifyNudgeTitle', [request.sender.name || request.sender.email]),
      message: request.subject,
      contextMessage: deps.translate('notifyNudgeContext'),
      priority: 0,
    });
    await repo.patch(request.id!, { overdueNotifiedAt: now }, now);
  }

  /** What this worker last put on the toolbar button; null when unknown. */
  let shown: { text: string; color: string; title: string } | null = null;

  // Checks run one after another: two at once (start-up and a data change) would both try to end
  // the same snooze, and the second would be refused by the lifecycle.
  let running: Promise<unknown> = Promise.resolve();

  async function notifyMany(requests: TrackedRequest[], now: number): Promise<void> {
    await browser.notifications.create(SUMMARY_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: deps.translate('notifyManyOverdueTitle', [String(requests.length)]),
      message: requests
        .slice(0, MAX_SINGLE_NOTIFICATIONS)
        .map((r) => r.subject)
        .join('\n'),
      contextMessage: deps.translate('notifyManyOverdueContext'),
      priority: 1,
    });
    const ids = requests.map((r) => r.id!);
    await repo.db.transaction('rw', repo.db.requests, async () => {
      for (const id of ids) await repo.db.requests.update(id, { overdueNotifiedAt: now, updatedAt: now });
    });
  }

  /**
   * The toolbar button: the badge of owed replies (or "!" while storage is full) and a tooltip that
   * says it in words. Set only when it differs from what this worker last set.
   */
  async function setButton(now: number) {
    const owed = await repo.owed();
    const counts = owedCounts(owed, now);
    const badge = badgeOf(counts);
    // The user's own requests whose follow-up time has come.
    const waiting = await repo.listByState(['waiting']);
    const nudges = waiting.filter((r) => r.replyDueAt !== null && r.replyDueAt <= now);
    // Storage full outranks the count: until a write succeeds again, nothing new can be tracked.
    const full = deps.storageFull?.() ?? false;
    // The toolbar button's tooltip says in words what the badge says in a number (the badge keeps
    // meaning "replies you owe"; the tooltip adds the nudges that are due).
    const owedTitle =
      counts.owed === 0
        ? deps.translate('actionTitleNone')
        : deps.translate('actionTitleOwed', [String(counts.owed), String(counts.overdue)]);
    const title =
      nudges.length === 0 ? owedTitle : `${owedTitle}\n${deps.translate('actionTitleNudges', [String(nudges.length)])}`;
    const button = {
      text: full ? '!' : badge.text,
      color: full ? BADGE_OVERDUE : badge.color,
      title: full ? `${deps.translate('actionTitleStorageFull')}\n${title}` : title,
    };
    if (button.text !== shown?.text || button.color !== shown.color || button.title !== shown.title) {
      shown = null;
      await browser.action.setBadgeText({ text: button.text });
      await browser.action.setBadgeBackgroundColor({ color: button.color });
      await browser.action.setTitle({ title: button.title });
      shown = button;
    }
    return { owed, badge, waiting, nudges };
  }

  /** Runs `job` after every check or button step before it has ended, whether it failed or not. */
  function inTurn<T>(job: () => Promise<T>): Promise<T> {
    const result = running.then(job);
    running = result.catch(() => undefined);
    return result;
  }

  /**
   * Only the toolbar button, in turn with the checks (storage full: it says so at once, without the
   * snoozes and notifications of a check, which would write).
   */
  function showButton(): Promise<void> {
    return inTurn(() => setButton(deps.now()).then(() => undefined));
  }

  /** Re-computes everything time-dependent; safe to run at any moment and any number of times. */
  function check(): Promise<CheckResult> {
    return inTurn(runCheck);
  }

  async function runCheck(): Promise<CheckResult> {
    const now = deps.now();
    const settings = await deps.settings();
    const timeZone = deps.timeZone(settings);
    let woken = 0;
    // Snoozed rows are owed rows: kept in memory by the repository between writes.
    for (const request of (await repo.owed()).filter((r) => r.state === 'snoozed')) {
      // A snooze without an end time (imported or damaged data) would otherwise never end.
      if (request.snoozedUntil === null || request.snoozedUntil <= now) {
        try {
          await repo.transition(request.id!, 'unsnooze', now, { detail: 'snooze ended' });
          woken += 1;
        } catch (error) {
          // One bad row must not stop the badge and the other reminders.
          console.warn('[ackly] could not end a snooze', request.id, errorName(error));
        }
      }
    }
    const { owed, badge, waiting, nudges } = await setButton(now);

    let notified = 0;
    const quiet = settings.quietOutsideWorkingHours && !isWithinWorkingHours(now, settings, timeZone);
    if (settings.notifications && !quiet) {
      const fresh = owed.filter((request) => {
        if (classifyOwed(request, now, timeZone) !== 'overdue') return false;
        // Once per due time: a request overdue on its acknowledgement and later on its answer is told twice.
        const due = dueOf(request) ?? 0;
        return request.overdueNotifiedAt === null || request.overdueNotifiedAt < due;
      });
      if (fresh.length > MAX_SINGLE_NOTIFICATIONS) {
        // Many at once (the first run after an import, a long weekend): one notification, not hundreds.
        try {
          await notifyMany(fresh, now);
          notified = fresh.length;
        } catch (error) {
          console.warn('[ackly] could not notify', errorName(error));
        }
      } else {
        for (const request of fresh) {
          try {
            await notifyOverdue(request, now);
            notified += 1;
          } catch (error) {
            console.warn('[ackly] could not notify', request.id, errorName(error));
          }
        }
      }
    }

    if (settings.notifications && !quiet) {
      // Once per follow-up time, like overdue replies; a few at most, the popup lists them all.
      const fresh = nudges.filter((r) => r.overdueNotifiedAt === null || r.overdueNotifiedAt < r.replyDueAt!);
      for (const request of fresh.slice(0, MAX_SINGLE_NOTIFICATIONS)) {
        try {
          await notifyNudge(request, now);
          notified += 1;
        } catch (error) {
          console.warn('[ackly] could not notify', request.id, errorName(error));
        }
      }
    }

    const followUps = waiting.map((r) => r.replyDueAt).filter((at): at is number => at !== null && at > now);
    const owedNext = nextCheckAt(owed, now);
    const next = Math.min(owedNext ?? Infinity, ...followUps);
    if (Number.isFinite(next))
      await browser.alarms.create(CHECK_ALARM, { when: Math.max(next, now + MIN_ALARM_DELAY) });
    else await browser.alarms.clear(CHECK_ALARM);
    return { badge, woken, notified, nextCheckAt: Number.isFinite(next) ? next : null };
  }

  async function openThread(id: number): Promise<void> {
    const request = await repo.get(id);
    // Only web addresses: a thread URL may come from an imported file.
    if (request && isWebUrl(request.threadUrl)) await browser.tabs.create({ url: request.threadUrl });
  }

  /** Opens the thread with the nudge already filled in (not sent). */
  async function nudgeFromNotification(id: number): Promise<void> {
    const request = await repo.get(id);
    if (!request) return;
    await intentItem.setValue({
      requestId: id,
      webmail: request.webmail,
      threadId: request.threadId,
      action: 'nudge',
      at: deps.now(),
    });
    await openThread(id);
  }

  /** Registers listeners; call synchronously at service-worker start so events wake it. */
  function start(): void {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === CHECK_ALARM || alarm.name === PERIODIC_ALARM) check().catch(logFailure);
    });
    browser.notifications.onClicked.addListener((notificationId) => {
      if (notificationId === SUMMARY_NOTIFICATION) {
        void browser.notifications.clear(notificationId);
        // The popup cannot be opened from here everywhere; its page in a tab shows the same list.
        void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
        return;
      }
      if (notificationId.startsWith(NUDGE_PREFIX)) {
        const id = Number(notificationId.slice(NUDGE_PREFIX.length));
        void browser.notifications.clear(notificationId);
        if (Number.isInteger(id)) void nudgeFromNotification(id);
        return;
      }
      if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
      const id = Number(notificationId.slice(NOTIFICATION_PREFIX.length));
      void browser.notifications.clear(notificationId);
      if (Number.isInteger(id)) void openThread(id);
    });
    // A safety net in case a one-shot alarm was lost (browser restart, clock change). Created only
    // when missing: re-creating it at every service-worker start would keep pushing it back.
    void browser.alarms.get(PERIODIC_ALARM).then((existing) => {
      if (!existing) return browser.alarms.create(PERIODIC_ALARM, { periodInMinutes: 5 });
    });
    check().catch(logFailure);
  }

  return { check, showButton, start, openThread };
}

export type Reminders = ReturnType<typeof createReminders>;

function logFailure(error: unknown): void {
  console.warn('[ackly] reminder check failed', errorName(error));
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'Error';
}

export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
