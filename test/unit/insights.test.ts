// Insights aggregates on generated data with known answers: working time across zones, DST and
// holidays; standards met or missed; weeks, colleagues, domains, streaks and milestones; empty
// periods, one request and ten thousand.
import { describe, expect, it } from 'vitest';
import { computeInsights, type InsightsInput } from '@/utils/insights';
import type { TrackedRequest } from '@/utils/db/types';
import { computeDue, standardFor } from '@/utils/schedule';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import { requestFixture } from '../fixtures';

const at = (iso: string) => Date.parse(iso);
const H = 3_600_000;
const M = 60_000;
const AMS = 'Europe/Amsterdam';
// Friday 27 November 2026, 15:00 in Amsterdam.
const NOW = at('2026-11-27T15:00:00+01:00');

let nextId = 1;
/** A request as tracking stores it, with due times from the default standard (4 h / 2 days). */
function request(
  received: string | number,
  fields: Partial<TrackedRequest> = {},
  settings: Settings = DEFAULT_SETTINGS,
  zone = AMS,
): TrackedRequest {
  const receivedAt = typeof received === 'number' ? received : at(received);
  const sender = fields.sender ?? { name: 'Ana Lima', email: 'ana@acme.example' };
  const standard = standardFor(sender.email, settings);
  const due = computeDue({ receivedAt, detectedDueAt: null, standard, settings, timeZone: zone });
  const id = nextId++;
  return requestFixture({ id, receivedAt, sender, standard, ...due, ...fields });
}

function insights(requests: TrackedRequest[], overrides: Partial<InsightsInput> = {}) {
  return computeInsights({
    requests,
    range: { kind: 'week' },
    now: NOW,
    timeZone: AMS,
    settings: DEFAULT_SETTINGS,
    ...overrides,
  });
}

describe('computeInsights', () => {
  it('an empty period: zeros, no shares, one empty week, nothing to celebrate', () => {
    const r = insights([]);
    expect(r.totals).toEqual({ received: 0, acknowledged: 0, answered: 0, colleaguesHeard: 0, open: 0 });
    expect(r.ack).toMatchObject({ count: 0, withinStandard: 0, share: null, medianMinutes: null, p90Minutes: null });
    expect(r.ack.buckets.every((b) => b.within + b.over === 0)).toBe(true);
    expect(r.weeks).toEqual([
      {
        week: '2026-11-23',
        ackCount: 0,
        ackWithin: 0,
        ackShare: null,
        replyCount: 0,
        replyWithin: 0,
        replyShare: null,
      },
    ]);
    expect(r.colleagues).toEqual([]);
    expect(r.domains).toEqual([]);
    expect(r.longestOpen).toEqual([]);
    expect(r.streak).toEqual({ current: 0, best: 0 });
    expect(r.milestones).toEqual([]);
    expect(r.waiting.present).toBe(false);
    expect(r.range).toMatchObject({ from: '2026-11-23', to: '2026-11-27' });
  });

  it('one request: acknowledged in 90 working minutes, answered in 540 (over the night)', () => {
    const r = insights([
      request('2026-11-23T10:00:00+01:00', {
        state: 'done',
        timestamps: { acknowledged: at('2026-11-23T11:30:00+01:00'), done: at('2026-11-24T11:00:00+01:00') },
      }),
    ]);
    expect(r.totals).toMatchObject({ received: 1, acknowledged: 1, answered: 1, colleaguesHeard: 1, open: 0 });
    expect(r.ack).toMatchObject({ count: 1, withinStandard: 1, share: 1, medianMinutes: 90, p90Minutes: 90 });
    expect(r.reply).toMatchObject({ count: 1, withinStandard: 1, share: 1, medianMinutes: 540, p90Minutes: 540 });
    // Buckets: ≤30, ≤60, ≤120, ≤240, ≤480 (a day), ≤960, ≤2400, longer.
    expect(r.ack.buckets.map((b) => b.upToMinutes)).toEqual([30, 60, 120, 240, 480, 960, 2400, null]);
    expect(r.ack.buckets[2]).toEqual({ upToMinutes: 120, within: 1, over: 0 });
    expect(r.reply.buckets[5]).toEqual({ upToMinutes: 960, within: 1, over: 0 });
    expect(r.weeks[0]).toMatchObject({ ackCount: 1, ackWithin: 1, ackShare: 1, replyCount: 1, replyShare: 1 });
    expect(r.colleagues).toEqual([
      {
        key: 'ana@acme.example',
        name: 'Ana Lima',
        received: 1,
        acknowledged: 1,
        ackWithin: 1,
        answered: 1,
        answerWithin: 1,
        medianAckMinutes: 90,
      },
    ]);
    expect(r.domains[0]).toMatchObject({ key: 'acme.example', received: 1 });
  });

  it('counts working time over a weekend, a holiday and the DST change, and judges by the stored due time', () => {
    const settings = { ...DEFAULT_SETTINGS, holidays: ['2026-10-26'] };
    const now = at('2026-10-30T12:00:00+01:00');
    const rows = [
      // Friday 16:00 (CEST) → Tuesday 10:00 (CET), Monday a holiday: 60 + 60 working minutes.
      request(
        '2026-10-23T16:00:00+02:00',
        { state: 'acknowledged', timestamps: { acknowledged: at('2026-10-27T10:00:00+01:00') } },
        settings,
      ),
      // The due time said 11:00 and the reply came at 11:30: over, though only 150 working minutes.
      request('2026-10-27T09:00:00+01:00', {
        state: 'acknowledged',
        ackDueAt: at('2026-10-27T11:00:00+01:00'),
        timestamps: { acknowledged: at('2026-10-27T11:30:00+01:00') },
      }),
    ];
    const r = computeInsights({
      requests: rows,
      range: { kind: 'custom', from: '2026-10-19', to: '2026-10-30' },
      now,
      timeZone: AMS,
      settings,
    });
    expect(r.ack).toMatchObject({ count: 2, withinStandard: 1, share: 0.5, medianMinutes: 135, p90Minutes: 150 });
    expect(r.ack.buckets[2]).toEqual({ upToMinutes: 120, within: 1, over: 0 });
    expect(r.ack.buckets[3]).toEqual({ upToMinutes: 240, within: 0, over: 1 });
    expect(r.weeks.map((w) => [w.week, w.ackCount, w.ackWithin])).toEqual([
      ['2026-10-19', 0, 0],
      ['2026-10-26', 2, 1],
    ]);
  });

  it('reads working time and weeks in the user’s zone', () => {
    // Monday 00:00 UTC → 04:30 UTC: 09:00–13:30 in Tokyo, Sunday evening in New York.
    const received = at('2026-11-23T00:00:00Z');
    const acknowledged = at('2026-11-23T04:30:00Z');
    const row = requestFixture({
      id: 1,
      receivedAt: received,
      ackDueAt: null,
      replyDueAt: null,
      state: 'acknowledged',
      timestamps: { acknowledged },
    });
    const range = { kind: 'custom' as const, from: '2026-11-16', to: '2026-11-29' };
    const now = at('2026-11-30T12:00:00Z');
    const tokyo = computeInsights({ requests: [row], range, now, timeZone: 'Asia/Tokyo', settings: DEFAULT_SETTINGS });
    const newYork = computeInsights({
      requests: [row],
      range,
      now,
      timeZone: 'America/New_York',
      settings: DEFAULT_SETTINGS,
    });
    expect(tokyo.ack.medianMinutes).toBe(270);
    expect(newYork.ack.medianMinutes).toBe(0);
    // Without a stored due time, the standard (240 working minutes) decides.
    expect(tokyo.ack.withinStandard).toBe(0);
    expect(newYork.ack.withinStandard).toBe(1);
    expect(tokyo.weeks.find((w) => w.ackCount)!.week).toBe('2026-11-23');
    expect(newYork.weeks.find((w) => w.ackCount)!.week).toBe('2026-11-16');
  });

  it('leaves out dismissed requests and events outside the period; counts an answer as the first reply', () => {
    const r = insights([
      request('2026-11-24T09:00:00+01:00', { state: 'dismissed', timestamps: { dismissed: NOW - H } }),
      // Answered straight away: a first reply and an answer.
      request('2026-11-24T09:00:00+01:00', { state: 'done', timestamps: { done: at('2026-11-24T09:20:00+01:00') } }),
      // Last week.
      request('2026-11-16T09:00:00+01:00', {
        state: 'done',
        timestamps: { acknowledged: at('2026-11-16T09:30:00+01:00'), done: at('2026-11-17T09:30:00+01:00') },
      }),
      // Received last week, acknowledged this week (late: due at 13:00 on Friday the 20th).
      request('2026-11-20T09:00:00+01:00', {
        state: 'acknowledged',
        timestamps: { acknowledged: at('2026-11-23T10:00:00+01:00') },
      }),
    ]);
    expect(r.totals).toMatchObject({ received: 1, acknowledged: 2, answered: 1 });
    expect(r.ack).toMatchObject({ count: 2, withinStandard: 1, medianMinutes: (20 + 480 + 60) / 2 });
    expect(r.reply).toMatchObject({ count: 1, withinStandard: 1, medianMinutes: 20 });
  });

  it('groups by colleague (address in any case, latest name) and by domain, most requests first', () => {
    const mk = (email: string, name: string, received: string, ackMinutes: number | null) =>
      request(received, {
        sender: { name, email },
        state: ackMinutes === null ? 'new' : 'acknowledged',
        timestamps: ackMinutes === null ? {} : { acknowledged: at(received) + ackMinutes * M },
      });
    const r = insights([
      mk('ana@acme.example', 'Ana', '2026-11-23T09:00:00+01:00', 30),
      mk('ANA@acme.example', 'Ana Lima', '2026-11-24T09:00:00+01:00', 300),
      mk('ana@acme.example', 'Ana L.', '2026-11-25T09:00:00+01:00', null),
      mk('bo@beta.example', 'Bo', '2026-11-23T09:00:00+01:00', 60),
      mk('cy@acme.example', 'Cy', '2026-11-26T09:00:00+01:00', 10),
    ]);
    expect(
      r.colleagues.map((c) => [c.key, c.name, c.received, c.acknowledged, c.ackWithin, c.medianAckMinutes]),
    ).toEqual([
      ['ana@acme.example', 'Ana L.', 3, 2, 1, 165],
      ['bo@beta.example', 'Bo', 1, 1, 1, 60],
      ['cy@acme.example', 'Cy', 1, 1, 1, 10],
    ]);
    expect(r.domains.map((d) => [d.key, d.received, d.acknowledged, d.ackWithin])).toEqual([
      ['acme.example', 4, 3, 2],
      ['beta.example', 1, 1, 1],
    ]);
    expect(r.totals.colleaguesHeard).toBe(3);
    expect(r.colleaguesTotal).toBe(3);
  });

  it('lists the longest-waiting open requests, oldest first, with working time waited', () => {
    const r = insights([
      request('2026-11-26T09:00:00+01:00', { subject: 'Newer', timestamps: {} }),
      request('2026-11-25T16:00:00+01:00', {
        subject: 'Older, snoozed',
        state: 'snoozed',
        stateBeforeSnooze: 'new',
        snoozedUntil: NOW + H,
      }),
      request('2026-11-27T14:00:00+01:00', { subject: 'Just in', state: 'acknowledged' }),
      request('2026-11-20T09:00:00+01:00', { subject: 'Done', state: 'done', timestamps: { done: NOW - H } }),
    ]);
    expect(r.totals.open).toBe(3);
    expect(r.longestOpen.map((o) => [o.subject, o.waitedMinutes, o.overdue, o.snoozed])).toEqual([
      // Wed 16:00 → Fri 15:00: 60 + 480 + 360.
      ['Older, snoozed', 900, false, true],
      // Thu 09:00 → Fri 15:00: 480 + 360; due Thu 13:00.
      ['Newer', 840, true, false],
      ['Just in', 60, false, false],
    ]);
    expect(r.longestOpen[0]).toMatchObject({
      senderName: 'Ana Lima',
      senderEmail: 'ana@acme.example',
      webmail: 'gmail',
    });
  });

  it('keeps a streak of working days with every acknowledgement on time, and celebrates it', () => {
    const rows: TrackedRequest[] = [
      // Thursday 12 November: acknowledged the next morning, after its 13:00 due time.
      request('2026-11-12T09:00:00+01:00', {
        state: 'acknowledged',
        timestamps: { acknowledged: at('2026-11-13T10:00:00+01:00') },
      }),
    ];
    // Every working day from Monday 16 to Friday 27 November: acknowledged at 10:00, due 13:30.
    for (const day of ['16', '17', '18', '19', '20', '23', '24', '25', '26', '27']) {
      rows.push(
        request(`2026-11-${day}T09:30:00+01:00`, {
          state: 'acknowledged',
          timestamps: { acknowledged: at(`2026-11-${day}T10:00:00+01:00`) },
        }),
      );
    }
    const r = insights(rows);
    // Friday 13th (nothing missed that day) and the ten days after.
    expect(r.streak).toEqual({ current: 11, best: 5 });
    expect(r.milestones).toContainEqual({ kind: 'ackStreak', value: 11 });
    expect(r.milestones).toContainEqual({ kind: 'allAcksOnTime', value: 5 });
    expect(r.milestones).toContainEqual({ kind: 'fastAck', value: 30 });
    // A standard missed today ends it.
    const missed = insights([
      ...rows,
      request('2026-11-27T09:00:00+01:00', { ackDueAt: at('2026-11-27T11:00:00+01:00') }),
    ]);
    expect(missed.streak.current).toBe(0);
    expect(missed.milestones.some((m) => m.kind === 'ackStreak')).toBe(false);
  });

  it('celebrates once ten or more colleagues heard back', () => {
    const rows = Array.from({ length: 27 }, (_, i) =>
      request('2026-11-24T09:00:00+01:00', {
        sender: { name: `P${i}`, email: `p${i}@acme.example` },
        state: 'acknowledged',
        timestamps: { acknowledged: at('2026-11-24T09:10:00+01:00') },
      }),
    );
    // The cheer names the true count (27), as the headline figure does; under ten there is none.
    expect(insights(rows).milestones).toContainEqual({ kind: 'colleaguesHeard', value: 27 });
    expect(insights(rows.slice(0, 9)).milestones.some((m) => m.kind === 'colleaguesHeard')).toBe(false);
  });

  it('waiting on others: how fast colleagues answered and nudges sent, when such requests exist', () => {
    const own = (sent: string, fields: Partial<TrackedRequest>) =>
      request(sent, { sender: { name: 'Bo', email: 'bo@acme.example' }, ...fields });
    const r = insights(
      [
        own('2026-11-23T09:00:00+01:00', {
          state: 'answered',
          timestamps: { waiting: at('2026-11-23T09:00:00+01:00'), answered: at('2026-11-23T11:00:00+01:00') },
        }),
        own('2026-11-24T09:00:00+01:00', {
          state: 'answered',
          timestamps: { waiting: at('2026-11-24T09:00:00+01:00'), answered: at('2026-11-24T13:00:00+01:00') },
        }),
        own('2026-11-25T09:00:00+01:00', {
          state: 'waiting',
          timestamps: { waiting: at('2026-11-25T09:00:00+01:00') },
        }),
      ],
      {
        nudges: [
          { at: at('2026-11-26T10:00:00+01:00'), requestId: 3 },
          { at: at('2026-11-01T10:00:00+01:00'), requestId: 3 },
        ],
      },
    );
    expect(r.waiting).toEqual({
      present: true,
      asked: 3,
      answered: 2,
      medianMinutes: 180,
      p90Minutes: 240,
      stillWaiting: 1,
      nudges: 1,
    });
    // The user's own requests are not service they gave.
    expect(r.totals).toMatchObject({ received: 0, acknowledged: 0, open: 0 });
  });

  it('survives rows with missing or broken fields', () => {
    const broken = [
      { ...request('2026-11-24T09:00:00+01:00'), receivedAt: Number.NaN },
      { ...request('2026-11-24T09:00:00+01:00'), timestamps: undefined as unknown as TrackedRequest['timestamps'] },
      { ...request('2026-11-24T09:00:00+01:00'), sender: undefined as unknown as TrackedRequest['sender'] },
    ];
    const r = insights(broken);
    expect(r.totals.received).toBe(2);
  });

  it('ten thousand requests over four weeks: the counts and shares add up', () => {
    const start = at('2026-11-02T09:00:00+01:00');
    const rows: TrackedRequest[] = [];
    let expectAcked = 0;
    let expectWithin = 0;
    for (let i = 0; i < 10_000; i++) {
      // Spread over the working hours of 19 working days before today (Mon 2 → Thu 26 November).
      const day = i % 19;
      const weekday = day % 5;
      const week = Math.floor(day / 5);
      const receivedAt = start + (week * 7 + weekday) * 24 * H + (i % 7) * H;
      const late = i % 4 === 0;
      const acked = i % 10 !== 9;
      if (acked) {
        expectAcked += 1;
        if (!late) expectWithin += 1;
      }
      rows.push(
        requestFixture({
          id: i + 1,
          receivedAt,
          sender: { name: `P${i % 300}`, email: `p${i % 300}@d${(i % 300) % 7}.example` },
          state: acked ? 'acknowledged' : 'new',
          ackDueAt: receivedAt + 30 * M,
          replyDueAt: receivedAt + 16 * H,
          timestamps: acked ? { acknowledged: receivedAt + (late ? 40 : 20) * M } : {},
        }),
      );
    }
    const r = insights(rows, { range: { kind: '4weeks' } });
    expect(r.totals.received).toBe(10_000);
    expect(r.totals.acknowledged).toBe(expectAcked);
    expect(r.ack.withinStandard).toBe(expectWithin);
    expect(r.ack.share).toBeCloseTo(expectWithin / expectAcked, 10);
    expect(r.ack.medianMinutes).toBe(20);
    expect(r.ack.p90Minutes).toBe(40);
    expect(r.weeks).toHaveLength(4);
    expect(r.weeks.reduce((n, w) => n + w.ackCount, 0)).toBe(expectAcked);
    expect(r.colleaguesTotal).toBe(300);
    expect(r.domainsTotal).toBe(7);
    // Acknowledged or not, none is answered yet: all still owed.
    expect(r.totals.open).toBe(10_000);
    expect(r.longestOpen).toHaveLength(10);
    // The page gets aggregates, not rows: a few kilobytes for ten thousand requests.
    expect(JSON.stringify(r).length).toBeLessThan(40_000);
  });
});
