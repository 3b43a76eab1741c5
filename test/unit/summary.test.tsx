// The popup's "your last 7 days": what counts as a first reply and an answer, what is on time,
// and what a person sees.
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ServiceSummary } from '@/components/popup/ServiceSummary';
import { serviceSummary } from '@/utils/requests/summary';
import { dispatch } from '@/utils/messaging/server';
import { createHandlers, threadState } from '@/entrypoints/background/handlers';
import { createRepository } from '@/utils/db/repository';
import { requestFixture } from '../fixtures';
import { freshDatabase, trackInput } from './helpers';

const NOW = Date.parse('2026-11-24T12:00:00+01:00');
const H = 3_600_000;
const D = 24 * H;

describe('serviceSummary', () => {
  it('counts first replies and answers in the last seven days, on time against their due times', () => {
    const summary = serviceSummary(
      [
        // Acknowledged in time, answered late.
        requestFixture({
          state: 'done',
          timestamps: { acknowledged: NOW - 3 * D, done: NOW - D },
          ackDueAt: NOW - 3 * D + H,
          replyDueAt: NOW - 2 * D,
        }),
        // Answered straight away, in time for both.
        requestFixture({ state: 'done', timestamps: { done: NOW - H }, ackDueAt: NOW, replyDueAt: NOW + D }),
        // Acknowledged late, not answered yet.
        requestFixture({ state: 'acknowledged', timestamps: { acknowledged: NOW - 2 * H }, ackDueAt: NOW - 3 * H }),
        // Before the window.
        requestFixture({ state: 'done', timestamps: { acknowledged: NOW - 9 * D, done: NOW - 8 * D } }),
        // No standard at all counts as on time.
        requestFixture({ state: 'done', timestamps: { done: NOW - D }, ackDueAt: null, replyDueAt: null }),
        // Not a request: feedback, not service.
        requestFixture({ state: 'dismissed', timestamps: { dismissed: NOW - H } }),
        // Still new.
        requestFixture({ state: 'new', timestamps: { new: NOW - H } }),
      ],
      NOW,
    );
    expect(summary).toEqual({
      since: NOW - 7 * D,
      firstReplies: 4,
      firstRepliesOnTime: 3,
      answered: 3,
      answeredOnTime: 2,
    });
  });

  it('counts a request reopened after its answer only while it is done', () => {
    const reopened = requestFixture({
      state: 'acknowledged',
      timestamps: { acknowledged: NOW - 2 * D, done: NOW - D },
    });
    expect(serviceSummary([reopened], NOW)).toMatchObject({ firstReplies: 1, answered: 0 });
  });

  it('survives rows without timestamps', () => {
    const broken = { ...requestFixture(), timestamps: undefined } as never;
    expect(serviceSummary([broken], NOW)).toMatchObject({ firstReplies: 0, answered: 0 });
  });
});

describe('ServiceSummary', () => {
  const t = (key: string, subs?: string | string[]) => (subs ? `${key}(${[subs].flat().join(',')})` : key);
  const mount = (summary: Parameters<typeof serviceSummary>[0]) => {
    const root = document.createElement('div');
    render(<ServiceSummary summary={serviceSummary(summary, NOW)} locale="de" t={t} />, root);
    return root;
  };

  it('shows counts with the share on time in the locale, and no cheer when something was late', () => {
    const root = mount([
      requestFixture({ state: 'done', timestamps: { done: NOW - H }, ackDueAt: NOW, replyDueAt: NOW }),
      requestFixture({ state: 'done', timestamps: { done: NOW - H }, ackDueAt: NOW - 2 * H, replyDueAt: NOW }),
      requestFixture({ state: 'done', timestamps: { done: NOW - H }, ackDueAt: NOW, replyDueAt: NOW - 2 * H }),
    ]);
    const text = root.textContent!;
    // German puts a (non-breaking) space before the percent sign.
    expect(text).toMatch(/popupWeekFirstReplies3 · popupWeekOnTime\(67\s%\)/u);
    expect(text).toMatch(/popupWeekAnswered3 · popupWeekOnTime\(67\s%\)/u);
    expect(text).not.toContain('popupWeekCheer');
  });

  it('cheers when everyone heard back in time', () => {
    const root = mount([
      requestFixture({ state: 'done', timestamps: { done: NOW - H }, ackDueAt: NOW, replyDueAt: NOW }),
    ]);
    expect(root.textContent).toContain('popupWeekCheer');
  });

  it('shows nothing without any reply in the window', () => {
    expect(mount([requestFixture({ state: 'new' })]).innerHTML).toBe('');
  });
});

describe("'service.summary' in the background", () => {
  it('summarises the stored requests for Ackly pages only', async () => {
    const repo = createRepository(freshDatabase());
    const handlers = createHandlers({
      repo,
      now: () => NOW,
      analyzeThread: async (thread) => threadState(repo, thread.webmail, thread.threadId),
      onChange: () => {},
      reminders: { check: async () => ({}) as never, openThread: async () => {} },
      settings: {
        loadSettings: async () => ({}) as never,
        storeSettings: async () => {},
        clearSettings: async () => {},
      },
    });
    const { request } = await repo.track(trackInput({ ackDueAt: NOW + H, replyDueAt: NOW + D }), NOW - 2 * H);
    await repo.transition(request.id!, 'acknowledge', NOW - H);
    await repo.transition(request.id!, 'done', NOW - 30 * 60_000);
    expect(
      await dispatch(handlers, { ackly: 1, name: 'service.summary', data: {} }, { kind: 'extension-page' }),
    ).toEqual({
      ok: true,
      value: { since: NOW - 7 * D, firstReplies: 1, firstRepliesOnTime: 1, answered: 1, answeredOnTime: 1 },
    });
    expect(
      await dispatch(
        handlers,
        { ackly: 1, name: 'service.summary', data: {} },
        { kind: 'content-script', webmail: 'gmail', tabId: 1 },
      ),
    ).toMatchObject({ ok: false, error: { name: 'PermissionError' } });
  });
});
