// The one map of messages between Ackly's contexts and the background. Each entry names its
// request and response; PRIVILEGE says who may send it. Content scripts run inside webmail pages,
// so they get only what the open thread needs, never the whole database.
import type { TrackedRequest, EventRow, TemplateRow } from '../db/types';
import type { Action } from '../requests/lifecycle';
import type { ThreadSnapshot, WebmailId } from '../webmail/types';

/** What the sidebar shows for one thread. */
export interface ThreadState {
  webmail: WebmailId;
  threadId: string;
  /** Tracked requests in this thread, oldest first. */
  requests: TrackedRequest[];
  /** What analysis said of the newest message not written by the user (null: none analysed). */
  newest: NewestMessageVerdict | null;
}

export interface NewestMessageVerdict {
  messageId: string;
  isRequest: boolean;
  automated: boolean;
  fromColleague: boolean;
  /** Whether it is tracked (a request from a colleague, or from anyone when external senders are tracked). */
  tracked: boolean;
}

export interface Protocol {
  /** A content script hands over the open thread; the background analyses and tracks it. */
  'thread.analyze': { request: ThreadSnapshot; response: ThreadState };
  'thread.state': { request: { webmail: WebmailId; threadId: string }; response: ThreadState };
  /** Lifecycle action on one request (acknowledge, done, snooze…). */
  'request.act': {
    request: { id: number; action: Action; snoozedUntil?: number };
    response: TrackedRequest;
  };
  'request.history': { request: { id: number }; response: EventRow[] };
  /** All templates, the user's own and the built-ins (edited built-ins replace the originals). */
  'templates.list': { request: Record<string, never>; response: TemplateRow[] };
  /** A template was inserted into a reply; counts towards "most used first". */
  'template.used': { request: { id: string; requestId?: number }; response: null };
  /** Re-checks owed replies now (snoozes, badge, reminders); answers with the badge shown. */
  'schedule.check': { request: Record<string, never>; response: { text: string; color: string } };
  /** Opens a request's thread in webmail; with 'acknowledge' the thread opens with the acknowledgement ready. */
  'request.openThread': { request: { id: number; intent: 'view' | 'acknowledge' }; response: null };
  /** Every request the user owes a reply to. */
  'owed.list': { request: Record<string, never>; response: TrackedRequest[] };
}

export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = Protocol[K]['request'];
export type ResponseOf<K extends MessageName> = Protocol[K]['response'];

/** true: only extension pages (popup, options, insights) may send it. */
export const PRIVILEGED: Record<MessageName, boolean> = {
  'thread.analyze': false,
  'thread.state': false,
  'request.act': false,
  'request.history': false,
  'templates.list': false,
  'template.used': false,
  'owed.list': true,
  'schedule.check': true,
  'request.openThread': true,
};

export interface Envelope<K extends MessageName = MessageName> {
  ackly: 1;
  name: K;
  data: RequestOf<K>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: { name: string; message: string } };

export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Envelope>;
  return v.ackly === 1 && typeof v.name === 'string' && Object.hasOwn(PRIVILEGED, v.name);
}
