import { describe, expect, it } from 'vitest';
import {
  addWorkingMinutes,
  badgeFor,
  BADGE_CALM,
  BADGE_OVERDUE,
  classifyOwed,
  computeDue,
  formatDue,
  firstOwed,
  fromWallClock,
  groupOwed,
  isWithinWorkingHours,
  nextCheckAt,
  snoozeUntil,
  standardFor,
} from '@/utils/schedule';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import type { TrackedRequest } from '@/utils/db/types';
import { requestFixture } from '../fixtures';

const HOURS = DEFAULT_SETTINGS.workingHours; // Mon–Fri 09:00–17:00
const AMS = 'Europe/Amsterdam';
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number, tz = AMS) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: tz, dateStyle: 'short', timeStyle: 'short' }).format(ms);

describe('addWorkingMinutes', () => {
  it.each([
    // [sent (local Amsterdam), working minutes, due (local)]
    ['2026-11-24T10:00:00+01:00', 240, '2026-11-24 14:00'], // inside the day
    ['2026-11-24T15:00:00+01:00', 240, '2026-11-25 11:00'], // runs over into the next morning
    ['2026-11-24T20:30:00+01:00', 240, '2026-11-25 13:00'], // evening request starts next morning
    ['2026-11-24T06:00:00+01:00', 60, '2026-11-24 10:00'], // early morning waits for 09:00
    ['2026-11-27T16:00:00+01:00', 120, '2026-11-30 10:00'], // Friday afternoon → Monday
    ['2026-11-28T12:00:00+01:00', 30, '2026-11-30 09:30'], // Saturday → Monday
    ['2026-11-24T09:00:00+01:00', 2 * 8 * 60, '2026-11-25 17:00'], // two working days
  ])('%s + %i working minutes → %s', (sent, minutes, due) => {
    expect(iso(addWorkingMinutes(at(sent), minutes, HOURS, [], AMS))).toBe(due);
  });

  it('skips holidays', () => {
    const due = addWorkingMinutes(at('2026-12-24T16:00:00+01:00'), 120, HOURS, ['2026-12-25'], AMS);
    // Thu 24th 16–17 (1 h), Fri 25th holiday, weekend, Mon 28th 09–10.
    expect(iso(due)).toBe('2026-12-28 10:00');
  });

  it('counts in the user’s own time zone', () => {
    const sent = at('2026-11-24T10:00:00+01:00'); // 04:00 in New York, 18:00 in Tokyo
    expect(iso(addWorkingMinutes(sent, 60, HOURS, [], 'America/New_York'), 'America/New_York')).toBe(
      '2026-11-24 10:00',
    );
    expect(iso(addWorkingMinutes(sent, 60, HOURS, [], 'Asia/Tokyo'), 'Asia/Tokyo')).toBe('2026-11-25 10:00');
    expect(iso(addWorkingMinutes(sent, 60, HOURS, [], 'Europe/Warsaw'), 'Europe/Warsaw')).toBe('2026-11-24 11:00');
  });

  it('keeps working hours in wall-clock time across the DST changes', () => {
    // Europe springs forward on Sun 2026-03-29 and falls back on Sun 2026-10-25.
    const spring = addWorkingMinutes(at('2026-03-27T16:00:00+01:00'), 120, HOURS, [], AMS);
    expect(iso(spring)).toBe('2026-03-30 10:00');
    expect(spring).toBe(at('2026-03-30T10:00:00+02:00'));
    const autumn = addWorkingMinutes(at('2026-10-23T16:00:00+02:00'), 120, HOURS, [], AMS);
    expect(iso(autumn)).toBe('2026-10-26 10:00');
    expect(autumn).toBe(at('2026-10-26T10:00:00+01:00'));
  });

  it('treats missing working time as plain time', () => {
    const none = { days: [], start: '09:00', end: '17:00' };
    expect(addWorkingMinutes(0, 90, none, [], AMS)).toBe(90 * 60_000);
  });
});

describe('fromWallClock', () => {
  it('resolves a wall time that does not exist (spring forward) to the later side', () => {
    expect(fromWallClock({ year: 2026, month: 3, day: 29 }, 2 * 60 + 30, AMS)).toBe(at('2026-03-29T03:30:00+02:00'));
  });
  it('resolves an ambiguous wall time (fall back) to its first occurrence', () => {
    expect(fromWallClock({ year: 2026, month: 10, day: 25 }, 2 * 60 + 30, AMS)).toBe(at('2026-10-25T02:30:00+02:00'));
  });
});

describe('service standards', () => {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    overrides: [
      { match: 'acme.example', ackWithinMinutes: 60, replyWithinMinutes: 480 },
      { match: 'ceo@acme.example', ackWithinMinutes: 15, replyWithinMinutes: 120 },
    ],
  };

  it.each([
    ['ceo@acme.example', 'person', 15],
    ['Ana@Sales.Acme.example', 'domain', 60],
    ['ana@acme.example', 'domain', 60],
    ['bob@notacme.example', 'default', 240],
  ])('%s gets the %s standard', (email, source, ack) => {
    expect(standardFor(email, settings)).toMatchObject({ source, ackWithinMinutes: ack });
  });

  it('lets an earlier detected deadline win over the standard', () => {
    const receivedAt = at('2026-11-24T10:00:00+01:00');
    const standard = standardFor('bob@x.example', settings);
    const byStandard = computeDue({ receivedAt, detectedDueAt: null, standard, settings, timeZone: AMS });
    expect(iso(byStandard.ackDueAt)).toBe('2026-11-24 14:00');
    expect(iso(byStandard.replyDueAt)).toBe('2026-11-26 10:00');
    const deadline = at('2026-11-24T12:00:00+01:00');
    const early = computeDue({ receivedAt, detectedDueAt: deadline, standard, settings, timeZone: AMS });
    expect(early).toEqual({ ackDueAt: deadline, replyDueAt: deadline });
    const late = computeDue({
      receivedAt,
      detectedDueAt: at('2026-12-24T12:00:00+01:00'),
      standard,
      settings,
      timeZone: AMS,
    });
    expect(late).toEqual(byStandard);
  });
});

function req(overrides: Partial<TrackedRequest>): TrackedRequest {
  return requestFixture({ messageId: Math.random().toString(36), ...overrides });
}

describe('owed replies', () => {
  const now = at('2026-11-24T12:00:00+01:00');
  const h = 3600_000;

  it('classifies by the step that is due next', () => {
    expect(classifyOwed(req({ ackDueAt: now - h, replyDueAt: now + 48 * h }), now, AMS)).toBe('overdue');
    expect(classifyOwed(req({ state: 'acknowledged', ackDueAt: now - h, replyDueAt: now + 48 * h }), now, AMS)).toBe(
      'upcoming',
    );
    expect(classifyOwed(req({ ackDueAt: now + 2 * h }), now, AMS)).toBe('today');
    expect(classifyOwed(req({ ackDueAt: now + 13 * h }), now, AMS)).toBe('upcoming'); // 01:00 tomorrow
    expect(
      classifyOwed(
        req({ state: 'snoozed', stateBeforeSnooze: 'new', snoozedUntil: now + h, ackDueAt: now - h }),
        now,
        AMS,
      ),
    ).toBe('snoozed');
    expect(
      classifyOwed(
        req({ state: 'snoozed', stateBeforeSnooze: 'new', snoozedUntil: now - 1, ackDueAt: now - h }),
        now,
        AMS,
      ),
    ).toBe('overdue');
    expect(classifyOwed(req({ state: 'done', ackDueAt: now - h }), now, AMS)).toBeNull();
    expect(classifyOwed(req({ state: 'dismissed' }), now, AMS)).toBeNull();
  });

  it('groups soonest first', () => {
    const a = req({ ackDueAt: now - 2 * h });
    const b = req({ ackDueAt: now - 5 * h });
    const c = req({ ackDueAt: now + h });
    const d = req({ state: 'snoozed', stateBeforeSnooze: 'new', snoozedUntil: now + h });
    const e = req({ state: 'done' });
    const groups = groupOwed([a, b, c, d, e], now, AMS);
    expect(groups.overdue).toEqual([b, a]);
    expect(groups.today).toEqual([c]);
    expect(groups.upcoming).toEqual([]);
    expect(groups.snoozed).toEqual([d]);
  });

  it("puts each group's first items in groupOwed's order without sorting it all (ties, nulls, limits)", () => {
    // Few distinct due times, so ties are common; every state, snoozed ones awake and asleep.
    const states = ['new', 'acknowledged', 'snoozed', 'done', 'waiting'] as const;
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 30; round++) {
      const rows = Array.from({ length: 1 + rand(300) }, (_, i) =>
        req({
          id: i + 1,
          state: states[rand(states.length)]!,
          stateBeforeSnooze: rand(2) ? 'acknowledged' : null,
          snoozedUntil: rand(4) ? now + (rand(5) - 1) * h : null,
          ackDueAt: rand(5) ? now + (rand(9) - 4) * 6 * h : null,
          replyDueAt: rand(5) ? now + (rand(9) - 3) * 12 * h : null,
        }),
      );
      const limit = { overdue: rand(12), today: rand(12), upcoming: rand(400), snoozed: rand(3) };
      const whole = groupOwed(rows, now, AMS);
      const first = firstOwed(rows, now, AMS, limit);
      for (const group of ['overdue', 'today', 'upcoming', 'snoozed'] as const) {
        expect(first[group].count).toBe(whole[group].length);
        expect(first[group].items).toEqual(whole[group].slice(0, limit[group]));
      }
    }
  });

  it.each([
    [[], '', BADGE_CALM],
    [[req({ ackDueAt: now + 1 })], '1', BADGE_CALM],
    [[req({ ackDueAt: now - 1 }), req({ ackDueAt: now + 1 })], '2', BADGE_OVERDUE],
    [Array.from({ length: 100 }, () => req({ ackDueAt: now + 1 })), '99+', BADGE_CALM],
    [
      [req({ state: 'done', ackDueAt: now - 1 }), req({ state: 'snoozed', snoozedUntil: now + 1, ackDueAt: now - 1 })],
      '',
      BADGE_CALM,
    ],
  ])('badge for %#', (requests, text, color) => {
    expect(badgeFor(requests as TrackedRequest[], now)).toEqual({ text, color });
  });

  it('knows when to look again', () => {
    expect(nextCheckAt([req({ ackDueAt: now + 5 * h }), req({ state: 'snoozed', snoozedUntil: now + h })], now)).toBe(
      now + h,
    );
    expect(nextCheckAt([req({ ackDueAt: now - h }), req({ state: 'done', ackDueAt: now + h })], now)).toBeNull();
  });
});

describe('snooze presets and working hours', () => {
  const tuesdayNoon = at('2026-11-24T12:00:00+01:00');
  const fridayNoon = at('2026-11-27T12:00:00+01:00');
  it.each([
    ['1h', tuesdayNoon, '2026-11-24 13:00'],
    ['tomorrow', tuesdayNoon, '2026-11-25 09:00'],
    ['tomorrow', fridayNoon, '2026-11-30 09:00'],
    ['nextWeek', tuesdayNoon, '2026-11-30 09:00'],
    ['nextWeek', at('2026-11-30T12:00:00+01:00'), '2026-12-07 09:00'],
  ] as const)('%s from %s → %s', (preset, now, expected) => {
    expect(iso(snoozeUntil(preset, now, DEFAULT_SETTINGS, AMS))).toBe(expected);
  });

  it('tells working hours from quiet hours', () => {
    expect(isWithinWorkingHours(tuesdayNoon, DEFAULT_SETTINGS, AMS)).toBe(true);
    expect(isWithinWorkingHours(at('2026-11-24T20:00:00+01:00'), DEFAULT_SETTINGS, AMS)).toBe(false);
    expect(isWithinWorkingHours(at('2026-11-28T12:00:00+01:00'), DEFAULT_SETTINGS, AMS)).toBe(false);
  });
});

describe('formatDue', () => {
  const now = at('2026-11-24T12:00:00+01:00');
  const due = at('2026-11-27T17:00:00+01:00');
  it.each([
    ['en', /Fri/, /in 3 days/, /5:00\sPM|17:00/],
    ['nl', /vr/, /over 3 dagen/, /17:00/],
    ['de', /Fr/, /in 3 Tagen/, /17:00/],
    ['pl', /pt/, /za 3 dni/, /17:00/],
    ['nb', /fre/, /om 3 døgn|om 3 dager/, /17[:.]00/],
  ])('%s', (locale, weekday, relative, time) => {
    const f = formatDue(due, now, locale, AMS);
    expect(f.absolute).toMatch(weekday);
    expect(f.absolute).toMatch(time);
    expect(f.relative).toMatch(relative);
  });
  it('says overdue times in the past tense', () => {
    expect(formatDue(now - 2 * 3600_000, now, 'en', AMS).relative).toBe('2 hours ago');
  });
});
