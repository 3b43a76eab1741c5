import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECK_ALARM } from '@/entrypoints/background/schedule';
import { BADGE_CALM, BADGE_OVERDUE } from '@/utils/schedule';
import { NOON, setupReminders, trackInput } from './helpers';

const H = 3600_000;
const setup = setupReminders;

async function badge() {
  return {
    text: await fakeBrowser.action.getBadgeText({}),
    color: await fakeBrowser.action.getBadgeBackgroundColor({}),
  };
}

describe('reminders', () => {
  it('shows the number owed, calm while nothing is overdue, red once something is', async () => {
    const { repo, reminders, setNow } = setup();
    await repo.track(trackInput({ messageId: 'a', ackDueAt: NOON + H, replyDueAt: NOON + 24 * H }), NOON);
    await repo.track(trackInput({ messageId: 'b', ackDueAt: NOON + 2 * H, replyDueAt: NOON + 24 * H }), NOON);
    const first = await reminders.check();
    expect(first.badge).toEqual({ text: '2', color: BADGE_CALM });
    expect(first.nextCheckAt).toBe(NOON + H);
    expect((await fakeBrowser.alarms.get(CHECK_ALARM))?.scheduledTime).toBe(NOON + H);
    expect(await badge()).toMatchObject({ text: '2' });
    // The tooltip says it in words (the test's translate shows key and substitutions).
    expect(await fakeBrowser.action.getTitle({})).toBe('actionTitleOwed:2,0');

    setNow(NOON + H + 1);
    const later = await reminders.check();
    expect(later.badge).toEqual({ text: '2', color: BADGE_OVERDUE });
    expect(later.notified).toBe(1);
    expect(await fakeBrowser.action.getTitle({})).toBe('actionTitleOwed:2,1');
  });

  it('tells once when a nudge is due, keeps the badge for replies owed and adds nudges to the tooltip', async () => {
    const { repo, reminders, setNow } = setup();
    const { request } = await repo.track(
      trackInput({ messageId: 'own', state: 'waiting', ackDueAt: null, replyDueAt: NOON + 2 * H }),
      NOON,
    );
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const first = await reminders.check();
    expect(first.badge.text).toBe('');
    expect(first.nextCheckAt).toBe(NOON + 2 * H);
    expect(await fakeBrowser.action.getTitle({})).toBe('actionTitleNone:');

    setNow(NOON + 2 * H + 1);
    const due = await reminders.check();
    expect(due.notified).toBe(1);
    expect(create).toHaveBeenCalledWith(
      `ackly-nudge-${request.id}`,
      expect.objectContaining({ title: 'notifyNudgeTitle:Ana Lima', message: 'Budget figures' }),
    );
    expect(due.badge.text).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('actionTitleNone:\nactionTitleNudges:1');
    expect((await reminders.check()).notified).toBe(0);
    // Answered: nothing more to nudge.
    await repo.transition(request.id!, 'answered', NOON + 3 * H);
    await reminders.check();
    expect(await fakeBrowser.action.getTitle({})).toBe('actionTitleNone:');
  });

  it('says all caught up in the tooltip when nothing is owed', async () => {
    const { reminders } = setup();
    await reminders.check();
    expect(await fakeBrowser.action.getTitle({})).toBe('actionTitleNone:');
  });

  it('notifies once per due time, and not when turned off', async () => {
    const { repo, reminders, setNow } = setup();
    const { request } = await repo.track(trackInput({ ackDueAt: NOON - H, replyDueAt: NOON + 2 * H }), NOON);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    expect((await reminders.check()).notified).toBe(1);
    expect(create).toHaveBeenCalledWith(
      `ackly-overdue-${request.id}`,
      expect.objectContaining({ title: 'notifyAckOverdueTitle:Ana Lima', message: 'Budget figures' }),
    );
    expect((await reminders.check()).notified).toBe(0);
    // Acknowledged, then the answer becomes overdue too: a second, different reminder.
    await repo.transition(request.id!, 'acknowledge', NOON);
    setNow(NOON + 3 * H);
    expect((await reminders.check()).notified).toBe(1);

    const off = setup({ notifications: false });
    await off.repo.track(trackInput({ ackDueAt: NOON - H }), NOON);
    expect((await off.reminders.check()).notified).toBe(0);
  });

  it('keeps quiet outside working hours and tells at the start of the next', async () => {
    const { repo, reminders, setNow } = setup();
    setNow(Date.parse('2026-11-24T21:00:00+01:00'));
    await repo.track(trackInput({ ackDueAt: NOON }), NOON);
    expect((await reminders.check()).notified).toBe(0);
    setNow(Date.parse('2026-11-25T09:00:00+01:00'));
    expect((await reminders.check()).notified).toBe(1);
  });

  it('ends snoozes whose time has come', async () => {
    const { repo, reminders, setNow } = setup();
    const { request } = await repo.track(trackInput({ ackDueAt: NOON + 10 * H }), NOON);
    await repo.transition(request.id!, 'snooze', NOON, { snoozedUntil: NOON + H });
    expect((await reminders.check()).badge.text).toBe('');
    setNow(NOON + H);
    const result = await reminders.check();
    expect(result.woken).toBe(1);
    expect(result.badge.text).toBe('1');
    expect((await repo.get(request.id!))!.state).toBe('new');
  });

  it('opens the thread when a reminder is clicked', async () => {
    const { repo, reminders } = setup();
    const { request } = await repo.track(trackInput(), NOON);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await reminders.openThread(request.id!);
    expect(create).toHaveBeenCalledWith({ url: 'https://mail.google.com/mail/u/0/#inbox/thread-1' });
  });

  it('sets the toolbar button only when it changes', async () => {
    const { repo, reminders } = setup();
    await repo.track(trackInput({ messageId: 'a', ackDueAt: NOON + H, replyDueAt: NOON + 24 * H }), NOON);
    const setText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const setTitle = vi.spyOn(fakeBrowser.action, 'setTitle');
    await reminders.check();
    expect(setText).toHaveBeenCalledTimes(1);
    await reminders.check();
    expect(setText).toHaveBeenCalledTimes(1);
    expect(setTitle).toHaveBeenCalledTimes(1);
    await repo.track(trackInput({ messageId: 'b', ackDueAt: NOON + H, replyDueAt: NOON + 24 * H }), NOON);
    await reminders.check();
    expect(await badge()).toMatchObject({ text: '2' });
    expect(setTitle).toHaveBeenCalledTimes(2);
    // The button alone (storage full shows this way): unchanged, so not set again.
    await reminders.showButton();
    expect(setText).toHaveBeenCalledTimes(2);
    expect(await fakeBrowser.action.getTitle({})).toBe('actionTitleOwed:2,0');
  });
});
