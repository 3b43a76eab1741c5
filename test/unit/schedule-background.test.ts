// The reminder side of the background beyond the basics in reminders.test.ts: checks that overlap,
// damaged rows, failing notifications, the alarms it keeps and the notification click.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECK_ALARM, MAX_SINGLE_NOTIFICATIONS, PERIODIC_ALARM, isWebUrl } from '@/entrypoints/background/schedule';
import { BADGE_CALM, BADGE_OVERDUE } from '@/utils/schedule';
import { NOON, setupReminders, trackInput } from './helpers';

const H = 3600_000;
const setup = setupReminders;

/** Lets queued promise callbacks (listeners started with `void`) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('reminder checks', () => {
  it('runs overlapping checks one after another, so a snooze ends once and neither fails', async () => {
    const { repo, reminders, setNow } = setup();
    const { request } = await repo.track(trackInput({ ackDueAt: NOON + 10 * H, replyDueAt: NOON + 20 * H }), NOON);
    await repo.transition(request.id!, 'acknowledge', NOON);
    await repo.transition(request.id!, 'snooze', NOON, { snoozedUntil: NOON + H });
    setNow(NOON + 2 * H);
    // Start-up and a data change at the same moment: the second must not try to end the snooze again.
    const [first, second] = await Promise.all([reminders.check(), reminders.check()]);
    expect(first.woken + second.woken).toBe(1);
    expect(second.badge).toEqual({ text: '1', color: BADGE_CALM });
    expect((await repo.get(request.id!))!.state).toBe('acknowledged');
    const unsnoozes = (await repo.events(request.id!)).filter((e) => e.from === 'snoozed');
    expect(unsnoozes).toHaveLength(1);
  });

  it('wakes a snoozed request that has no end time instead of hiding it for ever', async () => {
    const { repo, reminders } = setup();
    const { request } = await repo.track(trackInput({ ackDueAt: NOON + H }), NOON);
    await repo.transition(request.id!, 'snooze', NOON, { snoozedUntil: NOON + H });
    // As an import or an older version could leave it.
    await repo.db.requests.update(request.id!, { snoozedUntil: null });
    const result = await reminders.check();
    expect(result.woken).toBe(1);
    expect((await repo.get(request.id!))!.state).toBe('new');
    expect(result.badge.text).toBe('1');
  });

  it('still sets the badge and tries again later when a notification cannot be shown', async () => {
    const { repo, reminders } = setup();
    const { request } = await repo.track(trackInput({ ackDueAt: NOON - H }), NOON);
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(new Error('no permission'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failed = await reminders.check();
    expect(failed.notified).toBe(0);
    expect(failed.badge).toEqual({ text: '1', color: BADGE_OVERDUE });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await repo.get(request.id!))!.overdueNotifiedAt).toBeNull();
    // The log names the error, never the email.
    expect(JSON.stringify(warn.mock.calls)).not.toContain('Budget figures');
    expect((await reminders.check()).notified).toBe(1);
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('tells about many newly overdue requests in one notification, once', async () => {
    const { repo, reminders } = setup();
    const count = MAX_SINGLE_NOTIFICATIONS + 2;
    for (let i = 0; i < count; i++) {
      await repo.track(trackInput({ messageId: `m${i}`, subject: `Subject ${i}`, ackDueAt: NOON - H - i }), NOON);
    }
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    expect((await reminders.check()).notified).toBe(count);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(
      'ackly-overdue-many',
      expect.objectContaining({ title: `notifyManyOverdueTitle:${count}` }),
    );
    expect((await repo.owed()).every((r) => r.overdueNotifiedAt === NOON)).toBe(true);
    expect((await reminders.check()).notified).toBe(0);
    expect(create).toHaveBeenCalledTimes(1);

    // Clicking it shows the whole list.
    reminders.start();
    await settle();
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('ackly-overdue-many');
    await settle();
    expect(tabs).toHaveBeenCalledWith({ url: expect.stringMatching(/\/popup\.html$/) });
  });

  it('tells about a few newly overdue requests one by one', async () => {
    const { repo, reminders } = setup();
    for (let i = 0; i < MAX_SINGLE_NOTIFICATIONS; i++) {
      await repo.track(trackInput({ messageId: `m${i}`, ackDueAt: NOON - H }), NOON);
    }
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    expect((await reminders.check()).notified).toBe(MAX_SINGLE_NOTIFICATIONS);
    expect(create).toHaveBeenCalledTimes(MAX_SINGLE_NOTIFICATIONS);
    expect(create.mock.calls.map((c) => c[0])).not.toContain('ackly-overdue-many');
  });

  it('counts past 99 as 99+ and clears the badge and the alarm when nothing is owed', async () => {
    const { repo, reminders } = setup();
    for (let i = 0; i < 100; i++) {
      await repo.track(trackInput({ messageId: `m${i}`, ackDueAt: NOON + H + i }), NOON);
    }
    expect((await reminders.check()).badge.text).toBe('99+');
    for (const r of await repo.owed()) await repo.transition(r.id!, 'done', NOON);
    const empty = await reminders.check();
    expect(empty.badge.text).toBe('');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(empty.nextCheckAt).toBeNull();
    expect(await fakeBrowser.alarms.get(CHECK_ALARM)).toBeUndefined();
  });

  it('never sets an alarm sooner than the browser allows', async () => {
    const { repo, reminders } = setup();
    await repo.track(trackInput({ ackDueAt: NOON + 5_000 }), NOON);
    await reminders.check();
    expect((await fakeBrowser.alarms.get(CHECK_ALARM))!.scheduledTime).toBe(NOON + 30_000);
  });
});

describe('reminder start-up', () => {
  it('keeps the periodic safety alarm where it is when the service worker starts again', async () => {
    const { reminders } = setup();
    reminders.start();
    await settle();
    const first = await fakeBrowser.alarms.get(PERIODIC_ALARM);
    expect(first?.periodInMinutes).toBe(5);
    await fakeBrowser.alarms.create(PERIODIC_ALARM, { when: 42, periodInMinutes: 5 });
    reminders.start();
    await settle();
    expect((await fakeBrowser.alarms.get(PERIODIC_ALARM))!.scheduledTime).toBe(42);
  });

  it('re-checks when its alarm fires', async () => {
    const { repo, reminders } = setup();
    reminders.start();
    await settle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await repo.track(trackInput({ ackDueAt: NOON - H }), NOON);
    await fakeBrowser.alarms.onAlarm.trigger({ name: CHECK_ALARM, scheduledTime: NOON, persistAcrossSessions: false });
    await settle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([217, 48, 37, 255]);
  });

  it('opens the thread and clears the notification when one is clicked', async () => {
    const { repo, reminders } = setup();
    const { request } = await repo.track(trackInput({ ackDueAt: NOON - H }), NOON);
    reminders.start();
    await settle();
    const id = `ackly-overdue-${request.id}`;
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions?.() ?? {})).toContain(id);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(id);
    await settle();
    expect(create).toHaveBeenCalledWith({ url: 'https://mail.google.com/mail/u/0/#inbox/thread-1' });
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions?.() ?? {})).not.toContain(id);
    // Someone else's notification is not ours to act on.
    create.mockClear();
    await fakeBrowser.notifications.onClicked.trigger('other-extension-thing');
    await settle();
    expect(create).not.toHaveBeenCalled();
  });

  it('opens only web addresses', async () => {
    const { repo, reminders } = setup();
    const { request } = await repo.track(trackInput({ threadUrl: 'javascript:alert(1)' }), NOON);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await reminders.openThread(request.id!);
    await reminders.openThread(9999);
    expect(create).not.toHaveBeenCalled();
    expect(isWebUrl('https://mail.google.com/mail/u/0/#inbox/x')).toBe(true);
    expect(isWebUrl('http://localhost:8080/sim#t1')).toBe(true);
    expect(isWebUrl('chrome://settings')).toBe(false);
    expect(isWebUrl('not a url')).toBe(false);
  });
});
