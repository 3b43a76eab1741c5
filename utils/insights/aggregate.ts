// Insights: how well the user served colleagues over a period, from the tracked requests. Pure:
// the caller hands over the rows, `now` and the time zone. Times are working time per the
// settings (utils/schedule); "within standard" means by the time each request's own standard (or
// the sender's earlier deadline) said, as stored in ackDueAt / replyDueAt when it was tracked.
import { OWED_STATES, type TrackedRequest } from '../db/types';
import { dueOf, isSnoozedAt } from '../schedule/owed';
import { workingCalendar, type WorkingCalendar } from '../schedule/working-calendar';
import { workingDayMinutes } from '../schedule/working-time';
import type { Settings } from '../settings/model';
import { mondayOf, resolveRange } from './range';
import type {
  GroupRow,
  InsightsRange,
  InsightsResult,
  Milestone,
  OpenItem,
  TimeBucket,
  TimeStats,
  WaitingStats,
  WeekPoint,
} from './types';

export type InsightsRow = Pick<
  TrackedRequest,
  | 'webmail'
  | 'sender'
  | 'subject'
  | 'state'
  | 'stateBeforeSnooze'
  | 'snoozedUntil'
  | 'receivedAt'
  | 'timestamps'
  | 'standard'
  | 'ackDueAt'
  | 'replyDueAt'
> & { id?: number };

/** A nudge the user sent about one of their own requests (event type 'nudge'). */
export interface NudgeEvent {
  at: number;
  requestId: number | null;
}

export interface InsightsInput {
  requests: readonly InsightsRow[];
  nudges?: readonly NudgeEvent[];
  range: InsightsRange;
  now: number;
  timeZone: string;
  settings: Pick<Settings, 'workingHours' | 'holidays' | 'standard'>;
}

/** Rows per group list the page receives. */
export const GROUP_LIMIT = 100;
/** Open items listed. */
export const OPEN_LIMIT = 10;
/** Round numbers of colleagues worth a cheer. */
/** How many colleagues must have heard back in the range before the page cheers it. */
const COLLEAGUES_TO_CHEER = 10;
/** How far back the current streak may reach, in days. */
const STREAK_DAYS = 366;
const DAY = 86_400_000;

/** The states of the user's own requests to others. */
const OWN_STATES = new Set(['waiting', 'answered']);
const OWED = new Set<string>(OWED_STATES);

/** Upper edges of the time buckets, in working minutes: minutes, hours, then working days. */
export function bucketEdges(dayMinutes: number): number[] {
  const edges = [30, 60, 120, 240, dayMinutes, 2 * dayMinutes, 5 * dayMinutes];
  return [...new Set(edges)].sort((a, b) => a - b);
}

/** The median (mean of the middle two for an even count); null for none. Sorts `values`. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

/** The nearest-rank percentile (0 < p ≤ 1); null for none. Sorts `values`. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  return values[Math.min(values.length, Math.max(1, Math.ceil(p * values.length))) - 1]!;
}

const round = (minutes: number | null) => (minutes === null ? null : Math.round(minutes * 10) / 10);

class TimeAccumulator {
  readonly minutes: number[] = [];
  within = 0;
  readonly buckets: TimeBucket[];
  constructor(private readonly edges: number[]) {
    this.buckets = [...edges, null].map((upToMinutes) => ({ upToMinutes, within: 0, over: 0 }));
  }
  add(minutes: number, within: boolean) {
    this.minutes.push(minutes);
    if (within) this.within += 1;
    let i = 0;
    while (i < this.edges.length && minutes > this.edges[i]!) i++;
    const bucket = this.buckets[i]!;
    if (within) bucket.within += 1;
    else bucket.over += 1;
  }
  stats(): TimeStats {
    const count = this.minutes.length;
    return {
      count,
      withinStandard: this.within,
      share: count ? this.within / count : null,
      medianMinutes: round(median(this.minutes)),
      p90Minutes: round(percentile(this.minutes, 0.9)),
      buckets: this.buckets,
    };
  }
}

interface GroupAcc extends Omit<GroupRow, 'medianAckMinutes'> {
  ackMinutes: number[];
  lastSeen: number;
}

function groupRows(groups: Map<string, GroupAcc>): GroupRow[] {
  return [...groups.values()]
    .sort(
      (a, b) =>
        b.received - a.received ||
        b.acknowledged - a.acknowledged ||
        b.answered - a.answered ||
        (a.key < b.key ? -1 : 1),
    )
    .slice(0, GROUP_LIMIT)
    .map(({ ackMinutes, lastSeen: _lastSeen, ...row }) => ({ ...row, medianAckMinutes: round(median(ackMinutes)) }));
}

function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1);
}

/** The instant of the first reply: an acknowledgement, or the answer itself. */
function firstReplyAt(r: InsightsRow): number | null {
  const { acknowledged, done } = r.timestamps ?? {};
  const first = Math.min(acknowledged ?? Infinity, done ?? Infinity);
  return Number.isFinite(first) ? first : null;
}

export function computeInsights(input: InsightsInput): InsightsResult {
  const { now, timeZone, settings } = input;
  const range = resolveRange(input.range, now, timeZone);
  const { start, end } = range;
  const inRange = (t: number | null | undefined): t is number =>
    typeof t === 'number' && t >= start && t < end && t <= now;
  const dayMinutes = workingDayMinutes(settings.workingHours);
  const edges = bucketEdges(dayMinutes);

  // One calendar for every question about working time: from the oldest request that matters
  // (within the calendar's reach) to the end of the range or now.
  const spanEnd = Math.max(now, end - 1);
  const reach = spanEnd - 3 * 365 * DAY;
  let spanStart = Math.min(start, now - STREAK_DAYS * DAY);
  for (const r of input.requests) {
    if (Number.isFinite(r.receivedAt) && r.receivedAt < spanStart) spanStart = r.receivedAt;
  }
  spanStart = Math.max(spanStart, reach);
  const calendar = calendarFor(spanStart, spanEnd, settings, timeZone);
  const between = (a: number, b: number) => calendar.workingMinutesBetween(a, b);

  const ack = new TimeAccumulator(edges);
  const reply = new TimeAccumulator(edges);
  const waitTimes: number[] = [];
  const waiting: WaitingStats = {
    present: false,
    asked: 0,
    answered: 0,
    medianMinutes: null,
    p90Minutes: null,
    stillWaiting: 0,
    nudges: 0,
  };

  // Weeks of the range, Monday first.
  const weeks: WeekPoint[] = [];
  const weekIndex = new Map<string, number>();
  const firstDay = calendar.dayIndex(start);
  const lastDay = calendar.dayIndex(Math.min(end, spanEnd + 1) - 1);
  if (firstDay >= 0) {
    for (let i = firstDay; i <= (lastDay < 0 ? calendar.days.length - 1 : lastDay); i++) {
      const week = mondayIso(calendar.days[i]!.iso, calendar.days[i]!.weekday);
      if (!weekIndex.has(week)) {
        weekIndex.set(week, weeks.length);
        weeks.push({
          week,
          ackCount: 0,
          ackWithin: 0,
          ackShare: null,
          replyCount: 0,
          replyWithin: 0,
          replyShare: null,
        });
      }
    }
  }
  const weekOf = (t: number): WeekPoint | undefined => {
    const i = calendar.dayIndex(t);
    if (i < 0) return undefined;
    const day = calendar.days[i]!;
    const index = weekIndex.get(mondayIso(day.iso, day.weekday));
    return index === undefined ? undefined : weeks[index];
  };

  const colleagues = new Map<string, GroupAcc>();
  const domains = new Map<string, GroupAcc>();
  const group = (map: Map<string, GroupAcc>, key: string, name: string, seen: number): GroupAcc => {
    let g = map.get(key);
    if (!g) {
      g = {
        key,
        name,
        received: 0,
        acknowledged: 0,
        ackWithin: 0,
        answered: 0,
        answerWithin: 0,
        ackMinutes: [],
        lastSeen: seen,
      };
      map.set(key, g);
    } else if (seen >= g.lastSeen) {
      g.lastSeen = seen;
      if (name) g.name = name;
    }
    return g;
  };
  const heard = new Set<string>();

  // Per calendar day: acknowledgements on time, and standards missed (at the moment they were missed).
  const goodDays = new Uint8Array(calendar.days.length);
  const missedDays = new Uint8Array(calendar.days.length);
  let earliest = Infinity;
  let received = 0;
  let acknowledged = 0;
  let answered = 0;
  const open: OpenItem[] = [];

  for (const r of input.requests) {
    if (!r || typeof r.receivedAt !== 'number' || !Number.isFinite(r.receivedAt)) continue;
    // "Not a request" is feedback on detection, not service.
    if (r.state === 'dismissed') continue;
    const ts = r.timestamps ?? {};
    if (OWN_STATES.has(r.state) || ts.waiting !== undefined) {
      waiting.present = true;
      if (inRange(r.receivedAt)) waiting.asked += 1;
      if (r.state === 'waiting') waiting.stillWaiting += 1;
      if (r.state === 'answered' && inRange(ts.answered)) {
        waiting.answered += 1;
        waitTimes.push(between(r.receivedAt, ts.answered));
      }
      continue;
    }
    earliest = Math.min(earliest, r.receivedAt);
    const email = (r.sender?.email ?? '').trim().toLowerCase();
    const name = (r.sender?.name ?? '').trim() || email;
    const domain = domainOf(email);
    const standard = r.standard ?? settings.standard;
    const colleague = () => group(colleagues, email, name, r.receivedAt);
    const org = () => group(domains, domain, domain, r.receivedAt);

    if (inRange(r.receivedAt)) {
      received += 1;
      colleague().received += 1;
      org().received += 1;
    }

    const first = firstReplyAt(r);
    if (inRange(first)) {
      const minutes = between(r.receivedAt, first);
      const within = r.ackDueAt !== null ? first <= r.ackDueAt : minutes <= standard.ackWithinMinutes;
      acknowledged += 1;
      ack.add(minutes, within);
      heard.add(email);
      const week = weekOf(first);
      if (week) {
        week.ackCount += 1;
        if (within) week.ackWithin += 1;
      }
      for (const g of [colleague(), org()]) {
        g.acknowledged += 1;
        if (within) g.ackWithin += 1;
        g.ackMinutes.push(minutes);
      }
    }
    // Streaks: a day with an acknowledgement on time, or a standard missed (the day it fell due).
    if (first !== null && (r.ackDueAt === null || first <= r.ackDueAt)) {
      const i = calendar.dayIndex(first);
      if (i >= 0 && first <= now) goodDays[i] = 1;
    }
    if (r.ackDueAt !== null && r.ackDueAt <= now && (first === null || first > r.ackDueAt)) {
      const i = calendar.dayIndex(r.ackDueAt);
      if (i >= 0) missedDays[i] = 1;
    }

    if (r.state === 'done' && inRange(ts.done)) {
      const minutes = between(r.receivedAt, ts.done);
      const within = r.replyDueAt !== null ? ts.done <= r.replyDueAt : minutes <= standard.replyWithinMinutes;
      answered += 1;
      reply.add(minutes, within);
      const week = weekOf(ts.done);
      if (week) {
        week.replyCount += 1;
        if (within) week.replyWithin += 1;
      }
      for (const g of [colleague(), org()]) {
        g.answered += 1;
        if (within) g.answerWithin += 1;
      }
    }

    if (OWED.has(r.state) && typeof r.id === 'number') {
      const due = dueOf(r);
      const snoozed = isSnoozedAt(r, now);
      open.push({
        id: r.id,
        webmail: r.webmail,
        subject: r.subject ?? '',
        senderName: name,
        senderEmail: email,
        receivedAt: r.receivedAt,
        waitedMinutes: 0,
        overdue: !snoozed && due !== null && due < now,
        snoozed,
      });
    }
  }

  for (const w of weeks) {
    w.ackShare = w.ackCount ? w.ackWithin / w.ackCount : null;
    w.replyShare = w.replyCount ? w.replyWithin / w.replyCount : null;
  }
  for (const nudge of input.nudges ?? []) {
    waiting.present = true;
    if (inRange(nudge.at)) waiting.nudges += 1;
  }
  waiting.medianMinutes = round(median(waitTimes));
  waiting.p90Minutes = round(percentile(waitTimes, 0.9));

  const openTotal = open.length;
  open.sort((a, b) => a.receivedAt - b.receivedAt || a.id - b.id);
  const longestOpen = open.slice(0, OPEN_LIMIT).map((item) => ({
    ...item,
    waitedMinutes: Math.round(between(item.receivedAt, now)),
  }));

  const streak = streaks(calendar, goodDays, missedDays, earliest, start, now);
  const ackStats = ack.stats();
  const replyStats = reply.stats();
  const milestones: Milestone[] = [];
  if (streak.current >= 3) milestones.push({ kind: 'ackStreak', value: streak.current });
  // The cheer says the true count, as the headline figure beside it does.
  if (heard.size >= COLLEAGUES_TO_CHEER) milestones.push({ kind: 'colleaguesHeard', value: heard.size });
  if (ackStats.count >= 3 && ackStats.withinStandard === ackStats.count)
    milestones.push({ kind: 'allAcksOnTime', value: ackStats.count });
  if (replyStats.count >= 3 && replyStats.withinStandard === replyStats.count)
    milestones.push({ kind: 'allAnswersOnTime', value: replyStats.count });
  if (ackStats.count >= 3 && ackStats.medianMinutes !== null && ackStats.medianMinutes <= 60)
    milestones.push({ kind: 'fastAck', value: ackStats.medianMinutes });

  return {
    range,
    timeZone,
    generatedAt: now,
    workingDayMinutes: dayMinutes,
    standard: {
      ackWithinMinutes: settings.standard.ackWithinMinutes,
      replyWithinMinutes: settings.standard.replyWithinMinutes,
    },
    totals: { received, acknowledged, answered, colleaguesHeard: heard.size, open: openTotal },
    ack: ackStats,
    reply: replyStats,
    weeks,
    colleagues: groupRows(colleagues),
    colleaguesTotal: colleagues.size,
    domains: groupRows(domains),
    domainsTotal: domains.size,
    waiting,
    longestOpen,
    streak,
    milestones,
  };
}

let lastCalendar: { key: string; calendar: WorkingCalendar } | null = null;

/**
 * The working calendar for a span, reused while the settings and zone stay the same and the span
 * fits in the last one (building one takes a few thousand Intl calls; asking again for another
 * period or a minute later needs none).
 */
function calendarFor(
  from: number,
  to: number,
  settings: Pick<Settings, 'workingHours' | 'holidays'>,
  timeZone: string,
): WorkingCalendar {
  const key = JSON.stringify([timeZone, settings.workingHours, settings.holidays]);
  const cached = lastCalendar?.key === key ? lastCalendar.calendar : null;
  if (cached) {
    const first = cached.days[0]!;
    const last = cached.days[cached.days.length - 1]!;
    // Starting at most a week earlier than asked keeps the calendar reusable for a week.
    if (first.start <= from && from - first.start < 7 * DAY && last.end > to) return cached;
  }
  // A week of room at the end: now moves on.
  const calendar = workingCalendar(from, to + 7 * DAY, settings.workingHours, settings.holidays, timeZone);
  lastCalendar = { key, calendar };
  return calendar;
}

const mondayCache = new Map<string, string>();
/** ISO date of the Monday of the week that holds the ISO date `iso` (a `weekday`). */
function mondayIso(iso: string, weekday: number): string {
  let monday = mondayCache.get(iso);
  if (monday === undefined) {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    const m = mondayOf({ year, month, day, weekday });
    monday = `${String(m.year).padStart(4, '0')}-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}`;
    if (mondayCache.size > 5000) mondayCache.clear();
    mondayCache.set(iso, monday);
  }
  return monday;
}

/**
 * Working days in a row with no acknowledgement late: the run that reaches today (`current`) and
 * the longest run inside the range (`best`). Days before the first request do not count, and a run
 * counts only once it holds an acknowledgement on time.
 */
function streaks(
  calendar: WorkingCalendar,
  good: Uint8Array,
  missed: Uint8Array,
  earliest: number,
  rangeStart: number,
  now: number,
): { current: number; best: number } {
  const today = calendar.dayIndex(now);
  if (today < 0 || !Number.isFinite(earliest)) return { current: 0, best: 0 };
  const firstDay = Math.max(0, calendar.dayIndex(earliest));
  const countsAsDay = (i: number) => !calendar.hasWorkingTime || calendar.days[i]!.work !== null;
  let run = 0;
  let runHasGood = false;
  let best = 0;
  const rangeFirst = calendar.dayIndex(rangeStart);
  for (let i = Math.max(firstDay, rangeFirst < 0 ? 0 : rangeFirst); i <= today; i++) {
    if (missed[i]) {
      run = 0;
      runHasGood = false;
      continue;
    }
    if (good[i]) runHasGood = true;
    if (countsAsDay(i)) run += 1;
    if (runHasGood) best = Math.max(best, run);
  }
  let current = 0;
  let currentHasGood = false;
  // A missed standard today ends the streak; a day off neither ends nor lengthens it.
  for (let i = today; i >= firstDay; i--) {
    if (missed[i]) break;
    if (good[i]) currentHasGood = true;
    if (countsAsDay(i)) current += 1;
  }
  return { current: currentHasGood ? current : 0, best };
}
