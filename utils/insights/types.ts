// What the insights page asks for and what it gets back: aggregates only, never the rows.
import type { WebmailId } from '../webmail/types';

export const RANGE_KINDS = ['week', '4weeks', 'quarter', 'custom'] as const;
export type RangeKind = (typeof RANGE_KINDS)[number];

/** A period to look back on; `custom` takes two ISO dates ("2026-11-02"), both included. */
export interface InsightsRange {
  kind: RangeKind;
  from?: string;
  to?: string;
}

/** The period as resolved in the user's time zone: [start, end), and its first and last dates. */
export interface ResolvedRange {
  kind: RangeKind;
  start: number;
  end: number;
  /** ISO dates of the first and the last day, both included. */
  from: string;
  to: string;
}

/** One bar of a time distribution: how many took at most `upToMinutes` (null: longer than the last edge). */
export interface TimeBucket {
  upToMinutes: number | null;
  within: number;
  over: number;
}

/** Acknowledgement or reply times over the range, in working minutes. */
export interface TimeStats {
  count: number;
  /** How many met the request's own standard (or the sender's stated deadline). */
  withinStandard: number;
  /** withinStandard / count; null when there is nothing to measure. */
  share: number | null;
  medianMinutes: number | null;
  p90Minutes: number | null;
  buckets: TimeBucket[];
}

/** One week (Monday to Sunday in the user's zone) of the trend. */
export interface WeekPoint {
  /** ISO date of the Monday. */
  week: string;
  ackCount: number;
  ackWithin: number;
  ackShare: number | null;
  replyCount: number;
  replyWithin: number;
  replyShare: number | null;
}

/** How the user did for one colleague or one organisation domain. */
export interface GroupRow {
  /** The address (colleagues) or the domain. */
  key: string;
  /** The colleague's name as last seen; the domain again for domains. */
  name: string;
  received: number;
  acknowledged: number;
  ackWithin: number;
  answered: number;
  answerWithin: number;
  medianAckMinutes: number | null;
}

/** The user's own requests to colleagues (states `waiting` → `answered`), if any are tracked. */
export interface WaitingStats {
  /** False when there are no such requests and no nudges: the page leaves the section out. */
  present: boolean;
  /** Requests the user sent in the range. */
  asked: number;
  /** Answers the user got in the range, and how long they took in working time. */
  answered: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  /** Still waiting now. */
  stillWaiting: number;
  /** Nudges the user sent in the range. */
  nudges: number;
}

/** An open request the user owes a reply to: the oldest first. */
export interface OpenItem {
  id: number;
  webmail: WebmailId;
  subject: string;
  senderName: string;
  senderEmail: string;
  receivedAt: number;
  /** Working minutes since it arrived. */
  waitedMinutes: number;
  overdue: boolean;
  snoozed: boolean;
}

export type Milestone =
  /** Working days in a row, up to today, with every acknowledgement within the standard. */
  | { kind: 'ackStreak'; value: number }
  /** Ten or more different colleagues got a first reply in the range (value: how many). */
  | { kind: 'colleaguesHeard'; value: number }
  /** Every acknowledgement in the range was within the standard (value: how many). */
  | { kind: 'allAcksOnTime'; value: number }
  /** Every answer in the range was within the standard (value: how many). */
  | { kind: 'allAnswersOnTime'; value: number }
  /** Half the acknowledgements went out within this many working minutes. */
  | { kind: 'fastAck'; value: number };

export interface InsightsResult {
  range: ResolvedRange;
  timeZone: string;
  generatedAt: number;
  /** Length of one working day in minutes (for labels). */
  workingDayMinutes: number;
  /** The default standard, in working minutes. */
  standard: { ackWithinMinutes: number; replyWithinMinutes: number };
  totals: {
    /** Requests that arrived in the range. */
    received: number;
    /** First replies (acknowledgement or answer) given in the range. */
    acknowledged: number;
    /** Requests answered (done) in the range. */
    answered: number;
    /** Different colleagues who got a first reply in the range. */
    colleaguesHeard: number;
    /** Owed now. */
    open: number;
  };
  ack: TimeStats;
  reply: TimeStats;
  weeks: WeekPoint[];
  /** Most requests first; at most GROUP_LIMIT rows. */
  colleagues: GroupRow[];
  colleaguesTotal: number;
  domains: GroupRow[];
  domainsTotal: number;
  waiting: WaitingStats;
  longestOpen: OpenItem[];
  streak: { current: number; best: number };
  milestones: Milestone[];
}
