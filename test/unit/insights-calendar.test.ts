// Working time between two instants, as the insights page counts it: the same arithmetic as
// addWorkingMinutes, across time zones, DST changes and holidays.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWorkingMinutes, workingCalendar } from '@/utils/schedule';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import { resolveRange } from '@/utils/insights';

const HOURS = DEFAULT_SETTINGS.workingHours; // Mon–Fri 09:00–17:00
const at = (iso: string) => Date.parse(iso);
const D = 86_400_000;

describe('workingCalendar', () => {
  it.each([
    // zone, from, to, holidays, working minutes
    ['Europe/Amsterdam', '2026-11-20T16:00:00+01:00', '2026-11-23T10:00:00+01:00', [], 120],
    // A holiday on Monday: the time runs on Tuesday.
    ['Europe/Amsterdam', '2026-11-20T16:00:00+01:00', '2026-11-24T10:00:00+01:00', ['2026-11-23'], 120],
    // Over the autumn DST change (Sunday 25 October): 25 wall-clock hours that day, no working time.
    ['Europe/Amsterdam', '2026-10-23T16:00:00+02:00', '2026-10-26T10:00:00+01:00', [], 120],
    // Over the spring change (29 March).
    ['Europe/Amsterdam', '2026-03-27T16:30:00+01:00', '2026-03-30T09:30:00+02:00', [], 60],
    // Evening to morning counts nothing but the morning.
    ['America/New_York', '2026-11-23T19:00:00-05:00', '2026-11-24T09:45:00-05:00', [], 45],
    ['Asia/Tokyo', '2026-11-23T09:00:00+09:00', '2026-11-23T15:00:00+09:00', [], 360],
    // Backwards or equal: nothing.
    ['Asia/Tokyo', '2026-11-23T15:00:00+09:00', '2026-11-23T09:00:00+09:00', [], 0],
  ] as const)('%s: %s → %s = %i min', (zone, from, to, holidays, minutes) => {
    const cal = workingCalendar(at(from) - 7 * D, at(to) + D, HOURS, [...holidays], zone);
    expect(cal.workingMinutesBetween(at(from), at(to))).toBe(minutes);
  });

  it('counts plain minutes when no working time is configured', () => {
    const cal = workingCalendar(0, 10 * D, { days: [], start: '09:00', end: '17:00' }, [], 'UTC');
    expect(cal.hasWorkingTime).toBe(false);
    expect(cal.workingMinutesBetween(D, D + 90 * 60_000)).toBe(90);
  });

  it('finds the day of an instant in the zone, on 23- and 25-hour days too', () => {
    const zone = 'Europe/Amsterdam';
    const cal = workingCalendar(at('2026-10-20T12:00:00Z'), at('2026-10-30T12:00:00Z'), HOURS, [], zone);
    expect(cal.days[cal.dayIndex(at('2026-10-25T22:30:00Z'))]!.iso).toBe('2026-10-25');
    expect(cal.days[cal.dayIndex(at('2026-10-25T23:00:00Z'))]!.iso).toBe('2026-10-26');
    expect(
      cal.days.find((d) => d.iso === '2026-10-25')!.end - cal.days.find((d) => d.iso === '2026-10-25')!.start,
    ).toBe(25 * 3_600_000);
    expect(cal.dayIndex(at('2020-01-01T00:00:00Z'))).toBe(-1);
  });

  it('agrees with addWorkingMinutes in any zone, with holidays', () => {
    const zones = ['Europe/Amsterdam', 'America/New_York', 'Asia/Tokyo', 'Europe/Warsaw', 'Australia/Sydney'];
    const holidays = ['2026-03-30', '2026-10-26', '2026-12-25'];
    const base = at('2026-01-05T00:00:00Z');
    const calendars = new Map(zones.map((z) => [z, workingCalendar(base, base + 400 * D, HOURS, holidays, z)]));
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 340 * 24 * 60 }),
        fc.integer({ min: 0, max: 5 * 480 }),
        (zone, offset, minutes) => {
          const start = base + offset * 60_000;
          const end = addWorkingMinutes(start, minutes, HOURS, holidays, zone);
          expect(calendars.get(zone)!.workingMinutesBetween(start, end)).toBeCloseTo(minutes, 6);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('resolveRange', () => {
  // Friday 27 November 2026, 15:00 in Amsterdam.
  const NOW = at('2026-11-27T15:00:00+01:00');

  it.each([
    ['week', '2026-11-23', '2026-11-27'],
    ['4weeks', '2026-11-02', '2026-11-27'],
    ['quarter', '2026-10-01', '2026-11-27'],
  ] as const)('%s runs from %s to %s', (kind, from, to) => {
    const r = resolveRange({ kind }, NOW, 'Europe/Amsterdam');
    expect([r.from, r.to]).toEqual([from, to]);
    expect(r.start).toBe(at(`${from}T00:00:00${kind === 'quarter' ? '+02:00' : '+01:00'}`));
    expect(r.end).toBe(at('2026-11-28T00:00:00+01:00'));
  });

  it('starts the week on Monday in the user’s zone: Sunday night in New York is Monday in Tokyo', () => {
    const sundayNightNy = at('2026-11-29T20:00:00-05:00');
    expect(resolveRange({ kind: 'week' }, sundayNightNy, 'America/New_York').from).toBe('2026-11-23');
    expect(resolveRange({ kind: 'week' }, sundayNightNy, 'Asia/Tokyo').from).toBe('2026-11-30');
  });

  it('takes custom dates in either order, and refuses unreadable ones', () => {
    const r = resolveRange({ kind: 'custom', from: '2026-11-20', to: '2026-11-02' }, NOW, 'UTC');
    expect([r.from, r.to, r.start, r.end]).toEqual([
      '2026-11-02',
      '2026-11-20',
      at('2026-11-02T00:00:00Z'),
      at('2026-11-21T00:00:00Z'),
    ]);
    expect(() => resolveRange({ kind: 'custom', from: '2026-02-30', to: '2026-03-01' }, NOW, 'UTC')).toThrow(
      RangeError,
    );
    expect(() => resolveRange({ kind: 'custom' }, NOW, 'UTC')).toThrow(RangeError);
    expect(() => resolveRange({ kind: 'nope' as 'week' }, NOW, 'UTC')).toThrow(RangeError);
  });

  it('caps a custom period at two years', () => {
    const r = resolveRange({ kind: 'custom', from: '2000-01-01', to: '2026-11-27' }, NOW, 'UTC');
    // 732 days, both ends included.
    expect(r.from).toBe('2024-11-26');
  });
});
