// The one map of messages between Ackly's contexts and the background. Each entry names its
// request and response; PRIVILEGE says who may send it. Content scripts run inside webmail pages,
// so they get only what the open thread needs, never the whole database.
import type { TrackedRequest, EventRow } from '../db/types';
import type { Action } from '../requests/lifecycle';
import type { ThreadSnapshot, WebmailId } from '../webmail/types';

/** What the sidebar shows for one thread. */
export interface ThreadState {
  webmail: WebmailId;
  threadId: string;
  /** Tracked requests in this thread, oldest first. */
  requests: TrackedRequest[];
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
  'owed.list': true,
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
