// Rows of Ackly's database. Times are epoch milliseconds so they index and sort directly.
import type { RequestKind } from '../detect/types';
import type { Lang } from '../languages';
import type { ServiceStandard } from '../settings/model';
import type { Person, WebmailId } from '../webmail/types';

/**
 * The three phases of a service interaction: new (opening owed) → acknowledged (performing) →
 * done (closed). `snoozed` hides a request until `snoozedUntil`; `dismissed` means "not a request
 * after all" and is kept as feedback for detection. The user's own requests to others are
 * `waiting` → `answered`.
 */
export const REQUEST_STATES = ['new', 'acknowledged', 'done', 'snoozed', 'dismissed', 'waiting', 'answered'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** States in which the user still owes a reply. */
export const OWED_STATES: readonly RequestState[] = ['new', 'acknowledged', 'snoozed'];

/** The analysis as stored: spans as text, the deadline as epoch ms. */
export interface StoredAnalysis {
  isRequest: boolean;
  confidence: number;
  kind: RequestKind;
  requestSentences: string[];
  dueAt: number | null;
  dueText: string | null;
  urgent: boolean;
  automated: boolean;
  fromColleague: boolean;
  attachmentHint: 'requested' | 'missing' | null;
}

export interface AppliedStandard extends ServiceStandard {
  /** Where the standard came from: the default, a domain or a person override. */
  source: 'default' | 'domain' | 'person';
}

/**
 * One request: a colleague's to the user (new → acknowledged → done), or the user's own to a
 * colleague (waiting → answered). `sender` is always the colleague on the other side: who asked,
 * or who was asked. For a waiting request `replyDueAt` is when to follow up.
 */
export interface TrackedRequest {
  id?: number;
  webmail: WebmailId;
  messageId: string;
  threadId: string;
  /** Opens the thread again in webmail. */
  threadUrl: string;
  sender: Person;
  subject: string;
  language: Lang;
  analysis: StoredAnalysis;
  state: RequestState;
  /** The state to return to when a snooze ends. */
  stateBeforeSnooze: RequestState | null;
  /** When the message was sent. */
  receivedAt: number;
  createdAt: number;
  updatedAt: number;
  /** When each state was last entered. */
  timestamps: Partial<Record<RequestState, number>>;
  standard: AppliedStandard | null;
  ackDueAt: number | null;
  replyDueAt: number | null;
  snoozedUntil: number | null;
  /** Set once a reminder for being overdue was shown, so it is shown once. */
  overdueNotifiedAt: number | null;
  note: string;
}

/** The user's own requests to colleagues, waiting for their answer. */
export const WAITING_STATES: readonly RequestState[] = ['waiting', 'answered'];

/**
 * '<kind>-drafted': a template of that kind was put in a reply draft, so the user's next reply in
 * the thread is that acknowledgement / progress update / nudge / thank-you ('<kind>-sent' when it
 * appears). 'ack-drafted' is the acknowledgement's (kept from the first version).
 */
export const EVENT_TYPES = [
  'tracked',
  'transition',
  'reply-seen',
  'template-used',
  'ack-drafted',
  'imported',
  'progress-drafted',
  'progress-sent',
  'nudge-drafted',
  'nudge-sent',
  'thanks-drafted',
  'thanks-sent',
  'closing-drafted',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Append-only log of what happened to requests; never holds email text. */
export interface EventRow {
  id?: number;
  requestId: number | null;
  type: EventType;
  at: number;
  from?: RequestState | null;
  to?: RequestState | null;
  detail?: string;
}

export const TEMPLATE_KINDS = ['acknowledge', 'please', 'thanks', 'progress', 'closing', 'nudge'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export interface TemplateRow {
  /** Built-ins: "builtin:<lang>:<kind>"; the user's own: "user:<uuid>". */
  id: string;
  kind: TemplateKind;
  language: Lang;
  title: string;
  body: string;
  builtin: boolean;
  /** Times used, for "most used first". */
  uses: number;
  updatedAt: number;
}

/**
 * Work the background keeps to answer faster, never the only copy of anything: derived from the
 * other tables, emptied by a wipe or an import, left out of exports.
 */
export interface CacheRow {
  key: string;
  /** JSON: one string reads back faster than many objects. */
  value: string;
}
