import { describe, expect, it, vi } from 'vitest';
import { createRepository } from '@/utils/db/repository';
import { createThreadAnalyzer } from '@/entrypoints/background/tracking';
import type { Analysis, AnalyzeEmail } from '@/utils/detect/types';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import type { MessageSnapshot, ThreadSnapshot } from '@/utils/webmail/types';
import { freshDatabase } from './helpers';

const ME = { name: 'Piet de Vries', email: 'piet@acme.example' };
const ANA = { name: 'Ana Lima', email: 'ana@acme.example' };
const T0 = Date.parse('2026-11-23T10:00:00+01:00');

function msg(id: string, from = ANA, minutes = 0, body = 'Could you send me the figures?'): MessageSnapshot {
  return {
    messageId: id,
    threadId: 't1',
    from,
    to: [from === ME ? ANA : ME],
    cc: [],
    sentAt: new Date(T0 + minutes * 60_000).toISOString(),
    subject: 'Figures',
    bodyText: body,
    hasAttachments: false,
    isFromMe: from === ME,
  };
}

function thread(...messages: MessageSnapshot[]): ThreadSnapshot {
  return {
    webmail: 'gmail',
    threadId: 't1',
    subject: 'Figures',
    url: 'https://mail.google.com/mail/u/0/#inbox/t1',
    me: ME,
    messages,
  };
}

/** A test analyser: a request when the text contains a question mark; automated when it says so. */
const analyze: AnalyzeEmail = (message) =>
  ({
    isRequest: message.bodyText.includes('?') && !message.bodyText.includes('newsletter'),
    confidence: 0.9,
    kind: 'question',
    requestSpans: [{ start: 0, end: message.bodyText.length, text: message.bodyText }],
    due: null,
    dueText: null,
    urgent: false,
    automated: message.bodyText.includes('newsletter'),
    language: 'en',
    fromColleague: message.from.email.endsWith('@acme.example'),
    attachmentHint: null,
  }) satisfies Analysis;

function setup(overrides: Partial<Settings> = {}) {
  const repo = createRepository(freshDatabase());
  let now = T0 + 60 * 60_000;
  const onChange = vi.fn();
  const analyzeThread = createThreadAnalyzer({
    repo,
    now: () => now,
    settings: async () => ({ ...DEFAULT_SETTINGS, ...overrides }),
    timeZone: () => 'Europe/Amsterdam',
    analyze: vi.fn(analyze),
    onChange,
  });
  return { repo, analyzeThread, onChange, advance: (ms: number) => (now += ms) };
}

describe('thread analysis pipeline', () => {
  it('tracks a colleague’s request with due times from the service standard', async () => {
    const { analyzeThread, onChange } = setup();
    const state = await analyzeThread(thread(msg('m1')));
    expect(state.requests).toHaveLength(1);
    const [request] = state.requests;
    expect(request).toMatchObject({ state: 'new', messageId: 'm1', sender: ANA, language: 'en' });
    expect(request!.ackDueAt).toBeGreaterThan(T0);
    expect(request!.replyDueAt).toBeGreaterThanOrEqual(request!.ackDueAt!);
    expect(state.newest).toMatchObject({ messageId: 'm1', isRequest: true, tracked: true });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reads a thread in one transaction and stores a new request in one more, whatever the database holds', async () => {
    // Dexie keeps the database's own method once open: watched from before.
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    try {
      const { analyzeThread, repo } = setup();
      // Rows of other threads, and the background's check of the owed rows in between.
      for (let i = 0; i < 50; i += 1) await analyzeThread({ ...thread(msg(`other-${i}`)), threadId: `other-${i}` });
      await repo.owed();
      transaction.mockClear();
      const state = await analyzeThread(thread(msg('m1'), msg('m2', ANA, 5, 'FYI, all done.')));
      expect(state.requests.map((r) => r.messageId)).toEqual(['m1']);
      expect(transaction.mock.calls.map(([, mode]) => mode ?? 'readonly')).toEqual(['readonly', 'readwrite']);
      transaction.mockClear();
      // Known already: one read.
      expect((await analyzeThread(thread(msg('m1'), msg('m2', ANA, 5, 'FYI, all done.')))).requests).toEqual(
        state.requests,
      );
      expect(transaction).toHaveBeenCalledTimes(1);
    } finally {
      transaction.mockRestore();
    }
  });

  it('analysing the same thread again changes nothing', async () => {
    const { analyzeThread, repo, onChange } = setup();
    await analyzeThread(thread(msg('m1')));
    await analyzeThread(thread(msg('m1')));
    expect(await repo.db.requests.count()).toBe(1);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('does not track newsletters, non-requests or external senders by default', async () => {
    const { analyzeThread, repo } = setup();
    const outsider = { name: 'Vendor', email: 'sales@vendor.example' };
    const state = await analyzeThread(
      thread(
        msg('n1', ANA, 0, 'Our newsletter? Click here'),
        msg('n2', ANA, 1, 'FYI, all done.'),
        msg('n3', outsider, 2),
      ),
    );
    expect(await repo.db.requests.count()).toBe(0);
    expect(state.newest).toMatchObject({ messageId: 'n3', isRequest: true, fromColleague: false, tracked: false });
  });

  it('tracks external senders when the user chose to', async () => {
    const { analyzeThread } = setup({ trackExternal: true });
    const state = await analyzeThread(thread(msg('x1', { name: 'Vendor', email: 'sales@vendor.example' })));
    expect(state.requests).toHaveLength(1);
  });

  it('does not track a request the user had already answered', async () => {
    const { analyzeThread } = setup();
    const state = await analyzeThread(thread(msg('m1'), msg('r1', ME, 30, 'Here they are.')));
    expect(state.requests).toHaveLength(0);
  });

  it('an acknowledgement drafted and then sent moves the request to acknowledged; the answer closes it', async () => {
    const { analyzeThread, repo, advance } = setup();
    const [request] = (await analyzeThread(thread(msg('m1')))).requests;
    await repo.logEvent({ requestId: request!.id!, type: 'ack-drafted', at: T0 + 61 * 60_000 });
    advance(5 * 60_000);
    let state = await analyzeThread(thread(msg('m1'), msg('ack', ME, 65, 'Got it, thanks!')));
    expect(state.requests[0]!.state).toBe('acknowledged');
    // Seeing the same acknowledgement again changes nothing.
    state = await analyzeThread(thread(msg('m1'), msg('ack', ME, 65, 'Got it, thanks!')));
    expect(state.requests[0]!.state).toBe('acknowledged');
    advance(60 * 60_000);
    state = await analyzeThread(
      thread(msg('m1'), msg('ack', ME, 65, 'Got it, thanks!'), msg('answer', ME, 120, 'Here are the figures.')),
    );
    expect(state.requests[0]!.state).toBe('done');
    const transitions = (await repo.events(request!.id!)).filter((e) => e.type === 'transition');
    expect(transitions.map((e) => e.to)).toEqual(['acknowledged', 'done']);
  });

  it('a plain reply without an acknowledgement draft is the answer', async () => {
    const { analyzeThread } = setup();
    await analyzeThread(thread(msg('m1')));
    const state = await analyzeThread(thread(msg('m1'), msg('answer', ME, 65, 'Here you go.')));
    expect(state.requests[0]!.state).toBe('done');
  });

  it('with automatic closing off, a reply only acknowledges', async () => {
    const { analyzeThread } = setup({ autoDoneOnReply: false });
    await analyzeThread(thread(msg('m1')));
    const state = await analyzeThread(thread(msg('m1'), msg('answer', ME, 65, 'Here you go.')));
    expect(state.requests[0]!.state).toBe('acknowledged');
  });

  it('refuses malformed snapshots with a clear error', async () => {
    const { analyzeThread } = setup();
    await expect(analyzeThread({ webmail: 'gmail', threadId: 't', messages: 'nope' } as never)).rejects.toThrow(
      'thread.messages must be a list',
    );
    const bad = thread(msg('m1'));
    (bad.messages[0] as unknown as Record<string, unknown>).sentAt = 'yesterday-ish';
    await expect(analyzeThread(bad)).rejects.toThrow('thread.messages[0].sentAt is not a date');
  });
});
