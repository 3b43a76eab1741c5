// The background answers the Gmail content script needs beyond the pipeline: owed threads for
// the inbox markers, and reply templates filled for the open thread.
import { describe, expect, it, vi } from 'vitest';
import { createRepository } from '@/utils/db/repository';
import type { Caller } from '@/utils/messaging/server';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import { markerHandlers } from '@/entrypoints/background/markers';
import { composeHandlers } from '@/entrypoints/background/compose';
import { freshDatabase, trackInput } from './helpers';

const NOW = Date.UTC(2026, 10, 24, 10, 0);
const GMAIL: Caller = { kind: 'content-script', webmail: 'gmail', tabId: 1 };
const OUTLOOK: Caller = { kind: 'content-script', webmail: 'outlook', tabId: 2 };

async function setup(settings: Partial<Settings> = {}) {
  const repo = createRepository(freshDatabase());
  const markers = markerHandlers(repo, () => NOW);
  const compose = composeHandlers({
    repo,
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    timeZone: () => 'Europe/Amsterdam',
  });
  return { repo, markers, compose };
}

describe('owed.threads', () => {
  it('lists threads with an owed reply, overdue when past due, never other webmails or closed ones', async () => {
    const { repo, markers } = await setup();
    await repo.track(trackInput({ messageId: 'a', threadId: 'late', ackDueAt: NOW - 1, replyDueAt: NOW + 1e6 }), NOW);
    await repo.track(trackInput({ messageId: 'b', threadId: 'fine', ackDueAt: NOW + 1e6, replyDueAt: NOW + 2e6 }), NOW);
    await repo.track(trackInput({ messageId: 'c', threadId: 'elsewhere', webmail: 'outlook' }), NOW);
    const closed = await repo.track(trackInput({ messageId: 'd', threadId: 'closed' }), NOW);
    await repo.transition(closed.request.id!, 'done', NOW);
    const rows = await markers['owed.threads']({ webmail: 'gmail' }, GMAIL);
    expect(rows.sort((x, y) => x.threadId.localeCompare(y.threadId))).toEqual([
      { threadId: 'fine', overdue: false },
      { threadId: 'late', overdue: true },
    ]);
  });

  it('refuses another webmail’s threads to a content script', async () => {
    const { markers } = await setup();
    await expect(markers['owed.threads']({ webmail: 'gmail' }, OUTLOOK)).rejects.toThrow(/another webmail/);
  });
});

describe('template.compose', () => {
  it('fills the acknowledgement in the request’s language, addressed by first name, naming the due time', async () => {
    const { repo, compose } = await setup({ myName: 'Alex' });
    const { request } = await repo.track(
      trackInput({
        language: 'nl',
        sender: { name: 'Pieter van Dijk', email: 'p@example.com' },
        subject: 'Offerte',
        replyDueAt: Date.UTC(2026, 10, 27, 16, 0),
      }),
      NOW,
    );
    const out = await compose['template.compose'](
      { kind: 'acknowledge', webmail: 'gmail', requestId: request.id! },
      GMAIL,
    );
    expect(out?.language).toBe('nl');
    expect(out?.templateId).toBe('builtin:nl:acknowledge');
    expect(out?.text).toMatch(/^Hoi Pieter,/);
    expect(out?.text).toContain('Offerte');
    expect(out?.text).toContain('27');
    expect(out?.text).toContain('Alex');
  });

  it('uses the user’s own template over the built-in, and the default language without a request', async () => {
    const { repo, compose } = await setup({ defaultLanguage: 'de' });
    await repo.putTemplate({
      id: 'user:1',
      kind: 'thanks',
      language: 'de',
      title: 'Mein Dank',
      body: 'Danke dir, {firstName}!',
      builtin: false,
      uses: 3,
      updatedAt: NOW,
    });
    const out = await compose['template.compose'](
      { kind: 'thanks', webmail: 'gmail', to: { name: 'Jonas Weber', email: 'j@example.com' }, subject: 'X' },
      GMAIL,
    );
    expect(out).toEqual({ templateId: 'user:1', language: 'de', text: 'Danke dir, Jonas!' });
  });

  it('refuses a request of another webmail', async () => {
    const { repo, compose } = await setup();
    const { request } = await repo.track(trackInput({ webmail: 'outlook' }), NOW);
    await expect(
      compose['template.compose']({ kind: 'acknowledge', webmail: 'outlook', requestId: request.id! }, GMAIL),
    ).rejects.toThrow(/another webmail/);
  });
});

describe('request.snoozePreset', () => {
  it('snoozes until the next working morning in the user’s zone, and tells the others', async () => {
    const { snoozeHandlers } = await import('@/entrypoints/background/snooze');
    const repo = createRepository(freshDatabase());
    const onChange = vi.fn();
    // 2026-11-27 is a Friday: the next working morning is Monday 30 November, 09:00 in Amsterdam.
    const friday = Date.UTC(2026, 10, 27, 15, 0);
    const handlers = snoozeHandlers({
      repo,
      now: () => friday,
      settings: async () => DEFAULT_SETTINGS,
      timeZone: () => 'Europe/Amsterdam',
      onChange,
    });
    const { request } = await repo.track(trackInput(), friday);
    const snoozed = await handlers['request.snoozePreset']({ id: request.id!, preset: 'tomorrow' }, GMAIL);
    expect(snoozed.state).toBe('snoozed');
    expect(snoozed.snoozedUntil).toBe(Date.UTC(2026, 10, 30, 8, 0));
    expect(onChange).toHaveBeenCalledTimes(1);
    await expect(handlers['request.snoozePreset']({ id: request.id!, preset: 'tomorrow' }, OUTLOOK)).rejects.toThrow(
      /another webmail/,
    );
  });
});
