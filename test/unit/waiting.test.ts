// Both directions: the user's own request to a colleague is tracked as waiting (the same detection,
// roles reversed), answered when the colleague writes back, and followed up in working time; a
// progress update, a nudge and a thank-you sent from a template are recorded and move nothing on.
import { describe, expect, it, vi } from 'vitest';
import { createRepository } from '@/utils/db/repository';
import { createThreadAnalyzer } from '@/entrypoints/background/tracking';
import { analyzeEmail } from '@/utils/detect';
import type { Lang } from '@/utils/languages';
import { followUpAt, progressUpdateAt, workingMinutesBetween } from '@/utils/schedule';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import type { MessageSnapshot, Person, ThreadSnapshot } from '@/utils/webmail/types';
import { freshDatabase } from './helpers';

const ME = { name: 'Alex Morgan', email: 'alex@acme.example' };
const DANA = { name: 'Dana Whitfield', email: 'dana@acme.example' };
const OUTSIDER = { name: 'Sam Vendor', email: 'sam@vendor.example' };
const ZONE = 'Europe/Amsterdam';
/** Monday 23 November 2026, 10:00 in Amsterdam. */
const MONDAY = Date.parse('2026-11-23T10:00:00+01:00');
const HOUR = 3_600_000;

function message(id: string, from: Person, at: number, body: string, to: Person[] = [from === ME ? DANA : ME]) {
  return {
    messageId: id,
    threadId: 't1',
    from,
    to,
    cc: [],
    sentAt: new Date(at).toISOString(),
    subject: 'Figures',
    bodyText: body,
    hasAttachments: false,
    isFromMe: from === ME,
  } satisfies MessageSnapshot;
}

function thread(...messages: MessageSnapshot[]): ThreadSnapshot {
  return {
    webmail: 'gmail',
    threadId: 't1',
    subject: 'Figures',
    url: 'https://mail.google.com/#inbox/t1',
    me: ME,
    messages,
  };
}

function setup(overrides: Partial<Settings> = {}, start = MONDAY + HOUR) {
  const repo = createRepository(freshDatabase());
  let now = start;
  const analyzeThread = createThreadAnalyzer({
    repo,
    now: () => now,
    settings: async () => ({ ...DEFAULT_SETTINGS, ...overrides }),
    timeZone: () => ZONE,
    analyze: analyzeEmail,
    onChange: vi.fn(),
  });
  return { repo, analyzeThread, setNow: (at: number) => (now = at) };
}

// The user's own messages, by language: a request to the colleague, and one that asks nothing.
const OWN: Record<Lang, { ask: string; fyi: string }> = {
  en: {
    ask: 'Hi Dana,\n\nCould you send me the signed contract for the Leeds office?\n\nThanks,\nAlex',
    fyi: 'Hi Dana,\n\nJust so you know: the contract for the Leeds office is signed and filed.\n\nBest,\nAlex',
  },
  nl: {
    ask: 'Hoi Dana,\n\nKun je me het getekende contract voor het kantoor in Leeds sturen?\n\nGroet,\nAlex',
    fyi: 'Hoi Dana,\n\nTer info: het contract voor het kantoor in Leeds is getekend en gearchiveerd.\n\nGroet,\nAlex',
  },
  de: {
    ask: 'Hallo Dana,\n\nkannst du mir bitte den unterschriebenen Vertrag für das Büro in Leeds schicken?\n\nDanke,\nAlex',
    fyi: 'Hallo Dana,\n\nzur Info: Der Vertrag für das Büro in Leeds ist unterschrieben und abgelegt.\n\nViele Grüße\nAlex',
  },
  pl: {
    ask: 'Cześć Dana,\n\nczy możesz mi przesłać podpisaną umowę dla biura w Leeds?\n\nDzięki,\nAlex',
    fyi: 'Cześć Dana,\n\ndla informacji: umowa dla biura w Leeds jest podpisana i zarchiwizowana.\n\nPozdrawiam\nAlex',
  },
  nb: {
    ask: 'Hei Dana,\n\nkan du sende meg den signerte kontrakten for kontoret i Leeds?\n\nTakk,\nAlex',
    fyi: 'Hei Dana,\n\nTil orientering: kontrakten for kontoret i Leeds er signert og arkivert.\n\nHilsen\nAlex',
  },
};

describe('the user’s own requests', () => {
  it.each(Object.entries(OWN))('%s: a request to a colleague waits; an FYI waits for nothing', async (lang, own) => {
    const { analyzeThread } = setup();
    const asked = await analyzeThread(thread(message('m1', ME, MONDAY, own.ask)));
    expect(asked.requests).toHaveLength(1);
    expect(asked.requests[0]).toMatchObject({ state: 'waiting', sender: DANA, language: lang, ackDueAt: null });
    // Two working days later, in working time.
    expect(asked.requests[0]!.replyDueAt).toBe(Date.parse('2026-11-25T10:00:00+01:00'));

    const { analyzeThread: again } = setup();
    const fyi = await again(thread(message('m2', ME, MONDAY, own.fyi)));
    expect(fyi.requests).toHaveLength(0);
  });

  it('follows up at the deadline the user gave', async () => {
    const { analyzeThread } = setup();
    const state = await analyzeThread(
      thread(
        message('m1', ME, MONDAY, 'Hi Dana,\n\nCould you send me the signed contract by Wednesday 12:00?\n\nAlex'),
      ),
    );
    const [own] = state.requests;
    expect(own!.analysis.dueText).toMatch(/Wednesday 12:00/);
    expect(own!.replyDueAt).toBe(own!.analysis.dueAt);
    expect(own!.replyDueAt).toBeLessThan(Date.parse('2026-11-25T17:00:00+01:00'));
  });

  it('turns answered when the colleague writes back, once', async () => {
    const { analyzeThread, repo } = setup();
    const ask = message('m1', ME, MONDAY, OWN.en.ask);
    await analyzeThread(thread(ask));
    const reply = message('m2', DANA, MONDAY + 2 * HOUR, 'Here it is, signed and scanned.');
    const state = await analyzeThread(thread(ask, reply));
    const own = state.requests.find((r) => r.messageId === 'm1')!;
    expect(own.state).toBe('answered');
    expect(own.timestamps.answered).toBeDefined();
    await analyzeThread(thread(ask, reply));
    const transitions = (await repo.events(own.id!)).filter((e) => e.type === 'transition');
    expect(transitions.map((e) => e.to)).toEqual(['answered']);
  });

  it('waits on for the colleague asked when someone else in the thread writes', async () => {
    const { analyzeThread } = setup();
    const ask = message('m1', ME, MONDAY, OWN.en.ask);
    const other = message('m2', { name: 'Sam Okafor', email: 'sam@acme.example' }, MONDAY + HOUR, 'Dana is out today.');
    const state = await analyzeThread(thread(ask, other));
    expect(state.requests.find((r) => r.messageId === 'm1')!.state).toBe('waiting');
  });

  it('counts mail sent before Ackly: answered already, or closed by the user’s thanks', async () => {
    const ask = message('m1', ME, MONDAY - 48 * HOUR, OWN.en.ask);
    const reply = message('m2', DANA, MONDAY - 40 * HOUR, 'Here it is, signed and scanned.');
    const thanks = message('m3', ME, MONDAY - 39 * HOUR, 'Great, thank you!');
    const { analyzeThread } = setup();
    expect((await analyzeThread(thread(ask, reply))).requests.map((r) => r.state)).toEqual(['answered']);
    const { analyzeThread: closed } = setup();
    expect((await closed(thread(ask, reply, thanks))).requests).toEqual([]);
  });

  it('tracks nobody outside the organisation unless external senders count', async () => {
    const ask = message('m1', ME, MONDAY, OWN.en.ask.replace('Dana', 'Sam'), [OUTSIDER]);
    expect((await setup().analyzeThread(thread(ask))).requests).toEqual([]);
    expect((await setup({ trackExternal: true }).analyzeThread(thread(ask))).requests).toHaveLength(1);
  });

  it('records a nudge sent from the template, and the nudge is not a second request', async () => {
    const { analyzeThread, repo } = setup();
    const ask = message('m1', ME, MONDAY, OWN.en.ask);
    const [own] = (await analyzeThread(thread(ask))).requests;
    await repo.logEvent({
      requestId: own!.id!,
      type: 'nudge-drafted',
      at: MONDAY + 50 * HOUR,
      detail: 'builtin:en:nudge',
    });
    const nudge = message(
      'm2',
      ME,
      MONDAY + 51 * HOUR,
      'Hi Dana,\n\nJust a friendly reminder — could you let me know when you’ll have a moment for it?\n\nThank you!\nAlex',
    );
    const state = await analyzeThread(thread(ask, nudge));
    expect(state.requests).toHaveLength(1);
    expect(state.requests[0]!.state).toBe('waiting');
    expect((await repo.events(own!.id!)).map((e) => e.type)).toContain('nudge-sent');
  });
});

describe('replies written from a template', () => {
  it('never become the user’s own request, whatever they ask, however often the thread is read', async () => {
    const { analyzeThread, repo } = setup();
    const ask = message('m1', DANA, MONDAY, 'Hi Alex,\n\nCould you review the budget plan?\n\nDana');
    const [request] = (await analyzeThread(thread(ask))).requests;
    await repo.logEvent({
      requestId: request!.id!,
      type: 'ack-drafted',
      at: MONDAY + HOUR,
      detail: 'builtin:en:acknowledge',
    });
    // The acknowledgement asks by when she needs it: a question, but part of the template.
    const ack = message(
      'm2',
      ME,
      MONDAY + 2 * HOUR,
      'Hi Dana,\n\nThanks for your email — I’m on it. If you need it by a particular time, could you tell me when?\n\nAlex',
      [DANA],
    );
    for (let i = 0; i < 3; i++) {
      const state = await analyzeThread(thread(ask, ack));
      expect(state.requests.map((r) => [r.messageId, r.state])).toEqual([['m1', 'acknowledged']]);
    }
  });
});

describe('progress updates on a colleague’s request', () => {
  it('are recorded when sent from the template and leave the request open', async () => {
    const { analyzeThread, repo } = setup();
    const ask = message('m1', DANA, MONDAY, 'Hi Alex,\n\nCould you review the budget plan by Friday?\n\nDana');
    const [request] = (await analyzeThread(thread(ask))).requests;
    await repo.transition(request!.id!, 'acknowledge', MONDAY + HOUR);
    await repo.logEvent({ requestId: request!.id!, type: 'progress-drafted', at: MONDAY + 30 * HOUR });
    const update = message('m2', ME, MONDAY + 31 * HOUR, 'Quick update: halfway through, all on track.', [DANA]);
    const state = await analyzeThread(thread(ask, update));
    expect(state.requests.find((r) => r.messageId === 'm1')!.state).toBe('acknowledged');
    expect((await repo.events(request!.id!)).map((e) => e.type)).toContain('progress-sent');
    expect(state.progressAt?.[request!.id!]).toBeUndefined();
  });

  it('are suggested halfway to the promised answer, in working time', async () => {
    // A generous standard, so the colleague's own deadline (Friday) is the promised answer.
    const { analyzeThread, repo } = setup({ standard: { ackWithinMinutes: 240, replyWithinMinutes: 10 * 8 * 60 } });
    const ask = message('m1', DANA, MONDAY, 'Hi Alex,\n\nCould you review the budget plan by Friday 17:00?\n\nDana');
    const [request] = (await analyzeThread(thread(ask))).requests;
    await repo.transition(request!.id!, 'acknowledge', MONDAY + HOUR);
    const state = await analyzeThread(thread(ask));
    // Acknowledged Monday 11:00, due Friday 17:00: 4 days 6 hours of working time, halfway is Wednesday 14:00.
    expect(state.progressAt?.[request!.id!]).toBe(Date.parse('2026-11-25T14:00:00+01:00'));
  });
});

describe('follow-up and progress times', () => {
  const settings = { ...DEFAULT_SETTINGS };

  it('follow up after the working days the settings give, over weekends and holidays', () => {
    const friday = Date.parse('2026-11-27T16:00:00+01:00');
    expect(followUpAt(friday, null, settings, ZONE)).toBe(Date.parse('2026-12-01T16:00:00+01:00'));
    expect(followUpAt(friday, null, { ...settings, followUpWorkingDays: 1, holidays: ['2026-11-30'] }, ZONE)).toBe(
      Date.parse('2026-12-01T16:00:00+01:00'),
    );
    // After hours counts from the next working morning.
    const evening = Date.parse('2026-11-23T20:00:00+01:00');
    expect(followUpAt(evening, null, settings, ZONE)).toBe(Date.parse('2026-11-25T17:00:00+01:00'));
    // A deadline already past when sent is no follow-up time.
    expect(followUpAt(friday, friday - HOUR, settings, ZONE)).toBe(Date.parse('2026-12-01T16:00:00+01:00'));
  });

  it('follow up in the user’s zone across a DST change', () => {
    const beforeDst = Date.parse('2026-10-23T15:00:00+02:00');
    // Friday 15:00 CEST + 2 working days = Tuesday 15:00, now in CET.
    expect(followUpAt(beforeDst, null, settings, ZONE)).toBe(Date.parse('2026-10-27T15:00:00+01:00'));
  });

  it('suggest progress only when the answer is more than a working day away', () => {
    const ack = Date.parse('2026-11-23T10:00:00+01:00');
    expect(progressUpdateAt(ack, Date.parse('2026-11-24T09:00:00+01:00'), settings, ZONE)).toBeNull();
    expect(progressUpdateAt(ack, Date.parse('2026-11-25T10:00:00+01:00'), settings, ZONE)).toBe(
      Date.parse('2026-11-24T10:00:00+01:00'),
    );
    expect(progressUpdateAt(ack, null, settings, ZONE)).toBeNull();
    expect(
      progressUpdateAt(ack, Date.parse('2026-11-25T10:00:00+01:00'), { ...settings, suggestProgress: false }, ZONE),
    ).toBeNull();
    expect(workingMinutesBetween(ack, Date.parse('2026-11-24T10:00:00+01:00'), settings, ZONE)).toBe(8 * 60);
  });
});
