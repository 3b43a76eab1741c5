import { describe, expect, it } from 'vitest';
import { addWorkingMinutes, classifyOwed, parseLocalDateTime, snoozeUntil } from '@/utils/schedule';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';

// Working time and "today" in zones other than Amsterdam, and on the days that are 23 or 25 hours long.
const HOURS = DEFAULT_SETTINGS.workingHours; // Mon–Fri 09:00–17:00
const at = (iso: string) => Date.parse(iso);
const H = 3600_000;

describe('addWorkingMinutes in other zones', () => {
  it.each([
    // zone, received, minutes, holidays, expected
    ['Asia/Tokyo', '2026-11-27T16:00:00+09:00', 240, [], '2026-11-30T12:00:00+09:00'],
    ['Asia/Tokyo', '2026-11-20T17:30:00+09:00', 240, ['2026-11-23'], '2026-11-24T13:00:00+09:00'],
    // New York changes a week after Europe: EST starts on Sunday 2026-11-01, EDT on 2026-03-08.
    ['America/New_York', '2026-10-30T15:00:00-04:00', 240, [], '2026-11-02T11:00:00-05:00'],
    ['America/New_York', '2026-03-06T16:00:00-05:00', 240, [], '2026-03-09T12:00:00-04:00'],
    ['Europe/Warsaw', '2026-03-27T13:00:00+01:00', 960, [], '2026-03-31T13:00:00+02:00'],
    ['Europe/Warsaw', '2026-10-23T20:00:00+02:00', 60, [], '2026-10-26T10:00:00+01:00'],
  ] as const)('%s: %s + %i min → %s', (zone, received, minutes, holidays, expected) => {
    expect(addWorkingMinutes(at(received), minutes, HOURS, [...holidays], zone)).toBe(at(expected));
  });
});

describe('today on the DST change days', () => {
  const AMS = 'Europe/Amsterdam';
  const owed = (ackDueAt: number) => ({
    state: 'new' as const,
    stateBeforeSnooze: null,
    snoozedUntil: null,
    ackDueAt,
    replyDueAt: ackDueAt + 48 * H,
  });

  it.each([
    // 25-hour day: midnight is 23:00 UTC
    ['2026-10-25T10:00:00Z', '2026-10-25T22:30:00Z', 'today'],
    ['2026-10-25T10:00:00Z', '2026-10-25T23:00:00Z', 'upcoming'],
    // 23-hour day: midnight is 22:00 UTC
    ['2026-03-29T08:00:00Z', '2026-03-29T21:59:00Z', 'today'],
    ['2026-03-29T08:00:00Z', '2026-03-29T22:00:00Z', 'upcoming'],
  ] as const)('now %s, due %s → %s', (now, due, group) => {
    expect(classifyOwed(owed(at(due)), at(now), AMS)).toBe(group);
  });
});

describe('snooze presets in New York across the DST change', () => {
  const NY = 'America/New_York';
  it.each([
    ['tomorrow', '2026-10-30T20:00:00-04:00', '2026-11-02T09:00:00-05:00'],
    ['nextWeek', '2026-10-31T12:00:00-04:00', '2026-11-02T09:00:00-05:00'],
    ['1h', '2026-11-01T01:30:00-04:00', '2026-11-01T01:30:00-05:00'],
  ] as const)('%s from %s → %s', (preset, now, expected) => {
    expect(snoozeUntil(preset, at(now), DEFAULT_SETTINGS, NY)).toBe(at(expected));
  });
});

describe('parseLocalDateTime', () => {
  it.each([
    ['2026-11-24T09:30', 'Europe/Amsterdam', '2026-11-24T09:30:00+01:00'],
    ['2026-11-24T09:30', 'America/New_York', '2026-11-24T09:30:00-05:00'],
    ['2026-07-01T18:00', 'Europe/Oslo', '2026-07-01T18:00:00+02:00'],
    ['2026-11-24T09:30:15', 'UTC', '2026-11-24T09:30:00Z'],
    // 02:30 does not exist on the spring-forward day: the next valid wall time.
    ['2026-03-29T02:30', 'Europe/Warsaw', '2026-03-29T03:30:00+02:00'],
  ])('%s in %s', (value, zone, expected) => {
    expect(parseLocalDateTime(value, zone)).toBe(at(expected));
  });

  it.each(['', '2026-11-24', '2026-13-01T10:00', '2026-02-30T10:00', '2026-11-24T24:00', 'tomorrow'])(
    'refuses %j',
    (value) => {
      expect(parseLocalDateTime(value, 'Europe/Amsterdam')).toBeNull();
    },
  );
});
