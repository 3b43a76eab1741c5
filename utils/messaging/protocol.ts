// The one map of messages between Ackly's contexts and the background. Each entry names its
// request and response; PRIVILEGED says who may send it, and validate.ts the shape its data must
// have. Content scripts run inside webmail pages, so they get only what the open thread needs,
// never the whole database.
import type { TrackedRequest, EventRow, TemplateKind, TemplateRow } from '../db/types';
import type { ExportFile } from '../data/schema';
import type { ImportPlan } from '../data/merge';
import type { Lang } from '../languages';
import type { LocaleTable } from '../i18n/t';
import type { SnoozePreset } from '../schedule/owed';
import type { Action } from '../requests/lifecycle';
import type { OwedPage, OwedShown } from '../requests/owed-page';
import type { ServiceSummary } from '../requests/summary';
import type { InsightsRange, InsightsResult } from '../insights/types';
import type { Person, ThreadSnapshot, WebmailId } from '../webmail/types';
import type { ThreadIntentAction } from './intent';
import type { CoachDraft, CoachHint } from '../coach';

/** What the sidebar shows for one thread. */
export interface ThreadState {
  webmail: WebmailId;
  threadId: string;
  /** Tracked requests in this thread, oldest first. */
  requests: TrackedRequest[];
  /** What analysis said of the newest message not written by the user (null: none analysed). */
  newest: NewestMessageVerdict | null;
  /** When to send a progress update, per acknowledged request (by id) that has not had one yet. */
  progressAt?: Record<number, number>;
}

export interface NewestMessageVerdict {
  messageId: string;
  isRequest: boolean;
  automated: boolean;
  fromColleague: boolean;
  /** Whether it is tracked (a request from a colleague, or from anyone when external senders are tracked). */
  tracked: boolean;
}

/** What a reply template is filled from: the tracked request, or the open thread's newest sender. */
export interface ComposeRequest {
  kind: TemplateKind;
  webmail: WebmailId;
  requestId?: number;
  /** Without a request: the person to address and the subject. */
  to?: Person | null;
  subject?: string;
  /** The signed-in user as the page shows them (for {myName} when the setting is empty). */
  me?: Person | null;
}

export interface ComposedTemplate {
  templateId: string;
  language: Lang;
  text: string;
}

/** One thread with an owed reply: just enough for an inbox row marker. */
export interface OwedThread {
  threadId: string;
  overdue: boolean;
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
  /** Opens the request's thread; with an intent the content script acknowledges or nudges when it opens. */
  'request.openThread': { request: { id: number; intent: 'view' | ThreadIntentAction }; response: null };
  /** Everything Ackly stores, as one versioned file. */
  'data.export': { request: Record<string, never>; response: ExportFile };
  /** Checks a whole export file, then merges it in, all or nothing. */
  'data.import': { request: { file: string | object }; response: ImportPlan['counts'] };
  /** Deletes all data; needs confirm: 'WIPE'. */
  'data.wipe': { request: { confirm: string }; response: null };
  /** Creates (no id) or changes a template; a built-in's id stores the user's edit of it. */
  'template.save': {
    request: { template: { id?: string; kind: TemplateKind; language: Lang; title: string; body: string } };
    response: TemplateRow;
  };
  /** Deletes the user's template, or resets an edited built-in. */
  'template.delete': { request: { id: string }; response: null };
  /** Every request the user owes a reply to. */
  'owed.list': { request: Record<string, never>; response: TrackedRequest[] };
  /** The popup's view of the owed replies: searched, grouped, and the first items of each group. */
  'owed.page': {
    request: { query: string; shown: OwedShown };
    response: OwedPage & { progressAt: Record<number, number> };
  };
  /** Hints on the user's draft while they write (the coach runs in the background: it is too big for a page). */
  'coach.draft': { request: CoachDraft; response: CoachHint[] };
  /** The user's own requests still waiting for a colleague, soonest follow-up first. */
  'waiting.list': { request: { limit?: number }; response: { total: number; items: TrackedRequest[] } };
  /** How the user served colleagues over the last days: first replies and answers, and how many on time. */
  'service.summary': { request: Record<string, never>; response: ServiceSummary };
  /**
   * Fills the best template of a kind for a reply in the open thread (email's language, else the
   * default), so content scripts need not carry templates; null when there is none.
   */
  'template.compose': { request: ComposeRequest; response: ComposedTemplate | null };
  /** Snoozes a request until a preset time worked out in the background from the user's working hours. */
  'request.snoozePreset': { request: { id: number; preset: SnoozePreset }; response: TrackedRequest };
  /** One interface language's strings, for content scripts when the user overrides the language. */
  'i18n.messages': { request: { lang: Lang }; response: LocaleTable };
  /**
   * The sidebar's style sheet, for content scripts when the sidebar first shows: a page that never
   * shows it (an inbox, a page Ackly cannot read) does not carry it.
   */
  'ui.styles': { request: Record<string, never>; response: { css: string } };
  /** Threads of one webmail with an owed reply, for the inbox row markers (no email content). */
  'owed.threads': { request: { webmail: WebmailId }; response: OwedThread[] };
  /** How the user served colleagues over a period: aggregates for the insights page, never the rows. */
  'insights.get': { request: { range: InsightsRange }; response: InsightsResult };
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
  // The whole templates table (the user's own text): the options page's; content scripts compose instead.
  'templates.list': true,
  'template.used': false,
  'owed.list': true,
  'owed.page': true,
  'waiting.list': true,
  'coach.draft': false,
  'service.summary': true,
  'data.export': true,
  'data.import': true,
  'data.wipe': true,
  'template.save': true,
  'template.delete': true,
  'owed.threads': false,
  'template.compose': false,
  'i18n.messages': false,
  'ui.styles': false,
  'request.snoozePreset': false,
  'schedule.check': true,
  'request.openThread': true,
  'insights.get': true,
};

export interface Envelope<K extends MessageName = MessageName> {
  ackly: 1;
  name: K;
  data: RequestOf<K>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: { name: string; message: string } };
