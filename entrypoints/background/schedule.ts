// Reminders that survive the service worker: alarms re-check owed replies, end snoozes, set the
// toolbar badge and notify once per due time when a request becomes overdue. All state is in the
// database; nothing here lives only in memory.
import type { WxtBrowser } from 'wxt/browser';
import type { Repository } from '@/utils/db/repository';
import type { TrackedRequest } from '@/utils/db/types';
import { badgeFor, classifyOwed, dueOf, isWithinWorkingHours, nextCheckAt } from '@/utils/schedule';
import type { Settings } from '@/utils/settings/model';

export const CHECK_ALARM = 'ackly:check';
export const PERIODIC_ALARM = 'ackly:periodic';
const NOTIFICATION_PREFIX = 'ackly-overdue-';
/** Chrome does not fire alarms sooner than 30 s ahead. */
const MIN_ALARM_DELAY = 30_000;

export interface ReminderDeps {
  browser: WxtBrowser;
  repo: Repository;
  now: () => number;
  settings: () => Promise<Settings>;
  timeZone: (settings: Settings) => string;
  translate: (key: string, substitutions?: string[]) => string;
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

  /** Re-computes everything time-dependent; safe to run at any moment and any number of times. */
  async function check(): Promise<CheckResult> {
    const now = deps.now();
    const settings = await deps.settings();
    const timeZone = deps.timeZone(settings);
    let woken = 0;
    for (const request of await repo.listByState(['snoozed'])) {
      if (request.snoozedUntil !== null && request.snoozedUntil <= now) {
        await repo.transition(request.id!, 'unsnooze', now, { detail: 'snooze ended' });
        woken += 1;
      }
    }
    const owed = await repo.owed();
    const badge = badgeFor(owed, now);
    await browser.action.setBadgeText({ text: badge.text });
    await browser.action.setBadgeBackgroundColor({ color: badge.color });

    let notified = 0;
    const quiet = settings.quietOutsideWorkingHours && !isWithinWorkingHours(now, settings, timeZone);
    if (settings.notifications && !quiet) {
      for (const request of owed) {
        if (classifyOwed(request, now, timeZone) !== 'overdue') continue;
        // Once per due time: a request overdue on its acknowledgement and later on its answer is told twice.
        const due = dueOf(request) ?? 0;
        if (request.overdueNotifiedAt !== null && request.overdueNotifiedAt >= due) continue;
        await notifyOverdue(request, now);
        notified += 1;
      }
    }

    const next = nextCheckAt(owed, now);
    if (next !== null) await browser.alarms.create(CHECK_ALARM, { when: Math.max(next, now + MIN_ALARM_DELAY) });
    else await browser.alarms.clear(CHECK_ALARM);
    return { badge, woken, notified, nextCheckAt: next };
  }

  async function openThread(id: number): Promise<void> {
    const request = await repo.get(id);
    if (request?.threadUrl) await browser.tabs.create({ url: request.threadUrl });
  }

  /** Registers listeners; call synchronously at service-worker start so events wake it. */
  function start(): void {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === CHECK_ALARM || alarm.name === PERIODIC_ALARM) void check();
    });
    browser.notifications.onClicked.addListener((notificationId) => {
      if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
      const id = Number(notificationId.slice(NOTIFICATION_PREFIX.length));
      void browser.notifications.clear(notificationId);
      if (Number.isInteger(id)) void openThread(id);
    });
    // A safety net in case a one-shot alarm was lost (browser restart, clock change).
    void browser.alarms.create(PERIODIC_ALARM, { periodInMinutes: 5 });
    void check();
  }

  return { check, start, openThread };
}

export type Reminders = ReturnType<typeof createReminders>;
