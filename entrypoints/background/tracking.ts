// The 'thread.analyze' pipeline: analyse each message a colleague sent in the open thread, track
// the requests, give them due times from the service standard, and move requests on when the
// user's own reply appears (acknowledgement sent → acknowledged; an answer → done; a progress
// update is recorded). Both directions: a message from the user that asks a colleague for
// something is tracked as waiting (the same detection, roles reversed) until the colleague's reply
// appears (answered).
import type { Repository, TrackInput } from '@/utils/db/repository';
import type { EventRow, StoredAnalysis, TrackedRequest } from '@/utils/db/types';
import type { Analysis, AnalyzeEmail } from '@/utils/detect/types';
import type { NewestMessageVerdict, ThreadState } from '@/utils/messaging/protocol';
import type { Settings } from '@/utils/settings/model';
import { computeDue, followUpAt, standardFor } from '@/utils/schedule';
import type { MessageSnapshot, ThreadSnapshot } from '@/utils/webmail/types';
import { validateThread } from '@/utils/webmail/validate';
import { progressTimes } from './progress';

export interface TrackingDeps {
  repo: Repository;
  now: () => number;
  settings: () => Promise<Settings>;
  timeZone: (settings: Settings) => string;
  analyze: AnalyzeEmail;
  onChange: () => void;
}

export function storedAnalysis(analysis: Analysis): StoredAnalysis {
  return {
    isRequest: analysis.isRequest,
    confidence: analysis.confidence,
    kind: analysis.kind,
    requestSentences: analysis.requestSpans.map((s) => s.text).slice(0, 10),
    dueAt: analysis.due ? analysis.due.getTime() : null,
    dueText: analysis.dueText,
    urgent: analysis.urgent,
    automated: analysis.automated,
    fromColleague: analysis.fromColleague,
    attachmentHint: analysis.attachmentHint,
  };
}

function myAddressesOf(thread: ThreadSnapshot, settings: Settings): string[] {
  const all = [thread.me?.email ?? '', ...settings.myAddresses].map((a) => a.trim().toLowerCase()).filter(Boolean);
  return [...new Set(all)];
}

function isMine(message: MessageSnapshot, mine: readonly string[]): boolean {
  return message.isFromMe || mine.includes(message.from.email.toLowerCase());
}

const time = (iso: string) => Date.parse(iso);

/** Which kind of message the user's next reply is, by the latest template drafted since the last reply seen. */
const DRAFTS = {
  'ack-drafted': 'acknowledge',
  'progress-drafted': 'progress',
  'nudge-drafted': 'nudge',
  'thanks-drafted': 'thanks',
  'closing-drafted': 'closing',
} as const;
type Draft = (typeof DRAFTS)[keyof typeof DRAFTS];

/** The draft still waiting for its reply, and the replies that were written from a template. */
function readDrafts(events: EventRow[]): { pending: Draft | null; fromTemplate: Set<string> } {
  let pending: Draft | null = null;
  const fromTemplate = new Set<string>();
  for (const event of events) {
    if (event.type in DRAFTS) pending = DRAFTS[event.type as keyof typeof DRAFTS];
    if (event.type === 'reply-seen') {
      if (pending && event.detail) fromTemplate.add(event.detail);
      pending = null;
    }
  }
  return { pending, fromTemplate };
}

/** The rows a run of the analyzer knows: the thread's (as `byThread` orders them) and its messages'. */
interface KnownRows {
  rows: TrackedRequest[];
  byMessage: Map<string, TrackedRequest>;
  /** A row this run tracked or moved on, as stored. */
  remember(row: TrackedRequest): void;
}

function knownRows(
  start: { rows: TrackedRequest[]; byMessage: Map<string, TrackedRequest> },
  threadId: string,
): KnownRows {
  const known: KnownRows = {
    rows: [...start.rows],
    byMessage: new Map(start.byMessage),
    remember(row) {
      known.byMessage.set(row.messageId, row);
      if (row.threadId !== threadId) return;
      const at = known.rows.findIndex((r) => r.id === row.id);
      if (at >= 0) known.rows[at] = row;
      else {
        // Stored after every row already known (a higher id): a stable sort puts it where a read would.
        known.rows.push(row);
        known.rows.sort((a, b) => a.receivedAt - b.receivedAt);
      }
    },
  };
  return known;
}

export function createThreadAnalyzer(deps: TrackingDeps) {
  const { repo } = deps;

  /** Moves a tracked request on for each reply of the user that appeared after it. */
  async function followReplies(request: TrackedRequest, myReplies: MessageSnapshot[], settings: Settings) {
    const later = myReplies.filter((m) => time(m.sentAt) >= request.receivedAt && m.messageId !== request.messageId);
    if (later.length === 0 || request.id === undefined) return false;
    let events = await repo.events(request.id);
    const seen = new Set(events.filter((e) => e.type === 'reply-seen').map((e) => e.detail));
    let changed = false;
    for (const reply of later) {
      if (seen.has(reply.messageId)) continue;
      const current = await repo.require(request.id);
      const draft = readDrafts(events).pending;
      await repo.logEvent({ requestId: request.id, type: 'reply-seen', at: deps.now(), detail: reply.messageId });
      changed = true;
      // A progress update, a nudge or a thank-you was sent: recorded, and the request stays where it is.
      if (draft === 'progress' || draft === 'nudge' || draft === 'thanks') {
        await repo.logEvent({ requestId: request.id, type: `${draft}-sent`, at: deps.now(), detail: reply.messageId });
        events = await repo.events(request.id);
        continue;
      }
      if (['done', 'dismissed', 'answered', 'waiting'].includes(current.state)) {
        events = await repo.events(request.id);
        continue;
      }
      if (draft === 'acknowledge') {
        if (current.state === 'new' || current.state === 'snoozed') {
          await repo.transition(request.id, 'acknowledge', deps.now(), { detail: 'acknowledgement sent' });
        }
      } else if (settings.autoDoneOnReply) {
        await repo.transition(request.id, 'done', deps.now(), { detail: 'reply sent' });
      } else if (current.state === 'new') {
        await repo.transition(request.id, 'acknowledge', deps.now(), { detail: 'reply sent' });
      }
      events = await repo.events(request.id);
    }
    return changed;
  }

  /**
   * The user's own message in the thread: when it asks a colleague for something (the same
   * detection with roles reversed: the colleague is the reader), it is tracked as waiting, with a
   * follow-up time. Mail sent before Ackly was installed counts too, when its thread is opened.
   */
  async function trackOwnRequest(
    thread: ThreadSnapshot,
    index: number,
    mine: readonly string[],
    settings: Settings,
    timeZone: string,
    known: KnownRows,
  ): Promise<boolean> {
    const message = thread.messages[index]!;
    if (known.byMessage.has(message.messageId)) return false;
    const asked = message.to.filter((p) => p.email && !mine.includes(p.email.toLowerCase()));
    const colleague = asked[0];
    if (!colleague) return false;
    const sentAt = time(message.sentAt);
    // The colleague's answer, and the user's word after it, close the loop: nothing to track.
    const after = thread.messages.slice(index + 1);
    const askedEmails = new Set(asked.map((p) => p.email.toLowerCase()));
    const answer = after.findIndex((m) => !isMine(m, mine) && askedEmails.has(m.from.email.toLowerCase()));
    if (answer >= 0 && after.slice(answer + 1).some((m) => isMine(m, mine))) return false;
    const sameColleague = known.rows.filter((r) => r.sender.email === colleague.email.toLowerCase());
    // A second ask of the same colleague while the first still waits is a follow-up, not a new request.
    if (sameColleague.some((r) => r.state === 'waiting')) return false;
    // A reply written from a template (acknowledgement, progress update, answer, thank-you) to the
    // colleague's own request is that reply, whatever questions it quotes or closes with.
    for (const r of sameColleague) {
      if (r.id === undefined || r.receivedAt > sentAt) continue;
      const drafts = readDrafts(await repo.events(r.id));
      if (drafts.pending || drafts.fromTemplate.has(message.messageId)) return false;
    }
    const analysis = deps.analyze(
      { ...message, isFromMe: false },
      {
        now: new Date(sentAt),
        myAddresses: asked.map((p) => p.email.toLowerCase()),
        myName: colleague.name,
        orgDomains: settings.orgDomains,
        defaultLanguage: settings.defaultLanguage,
      },
    );
    if (!analysis.isRequest || analysis.automated || !(analysis.fromColleague || settings.trackExternal)) return false;
    const deadline = analysis.due ? analysis.due.getTime() : null;
    const { request, created } = await repo.track(
      {
        webmail: thread.webmail,
        messageId: message.messageId,
        threadId: thread.threadId,
        threadUrl: thread.url,
        sender: colleague,
        subject: message.subject || thread.subject,
        language: analysis.language,
        analysis: storedAnalysis(analysis),
        receivedAt: sentAt,
        standard: null,
        ackDueAt: null,
        replyDueAt: followUpAt(sentAt, deadline, settings, timeZone),
        state: 'waiting',
      },
      deps.now(),
    );
    known.remember(request);
    if (created && answer >= 0) {
      known.remember(await repo.transition(request.id!, 'answered', deps.now(), { detail: 'answer seen' }));
    }
    return created;
  }

  /** A waiting request whose colleague has written since: answered (someone else in the thread does not count). */
  async function followAnswers(request: TrackedRequest, thread: ThreadSnapshot, mine: readonly string[]) {
    if (request.state !== 'waiting' || request.id === undefined) return false;
    const colleague = request.sender.email.toLowerCase();
    const answered = thread.messages.some(
      (m) => !isMine(m, mine) && m.from.email.toLowerCase() === colleague && time(m.sentAt) > request.receivedAt,
    );
    if (!answered) return false;
    await repo.transition(request.id, 'answered', deps.now(), { detail: 'answer seen' });
    return true;
  }

  return async function analyzeThread(input: ThreadSnapshot): Promise<ThreadState> {
    const thread = validateThread(input);
    const settings = await deps.settings();
    const timeZone = deps.timeZone(settings);
    const mine = myAddressesOf(thread, settings);
    const myName = settings.myName || thread.me?.name || '';
    const myReplies = thread.messages.filter((m) => isMine(m, mine));
    const now = deps.now();
    let changed = false;
    let newest: NewestMessageVerdict | null = null;
    // The thread's rows and its messages' rows, read once and kept up to date with this run's own writes.
    const known = knownRows(
      await repo.threadRows(
        thread.webmail,
        thread.threadId,
        thread.messages.map((m) => m.messageId),
      ),
      thread.threadId,
    );

    for (const [index, message] of thread.messages.entries()) {
      if (isMine(message, mine)) {
        changed = (await trackOwnRequest(thread, index, mine, settings, timeZone, known)) || changed;
        continue;
      }
      const existing = known.byMessage.get(message.messageId);
      const analysis = existing
        ? null
        : deps.analyze(message, {
            now: new Date(now),
            myAddresses: mine,
            myName,
            orgDomains: settings.orgDomains,
            defaultLanguage: settings.defaultLanguage,
          });
      const isNewest = thread.messages.slice(index + 1).every((m) => isMine(m, mine));
      if (existing) {
        if (isNewest) {
          newest = {
            messageId: message.messageId,
            isRequest: existing.analysis.isRequest,
            automated: existing.analysis.automated,
            fromColleague: existing.analysis.fromColleague,
            tracked: true,
          };
        }
        continue;
      }
      if (!analysis) continue;
      const trackable = analysis.isRequest && !analysis.automated && (analysis.fromColleague || settings.trackExternal);
      // A request the user had already replied to before Ackly saw it is not owed.
      const answeredBefore = myReplies.some((m) => time(m.sentAt) > time(message.sentAt));
      const tracked = trackable && !answeredBefore;
      if (isNewest) {
        newest = {
          messageId: message.messageId,
          isRequest: analysis.isRequest,
          automated: analysis.automated,
          fromColleague: analysis.fromColleague,
          tracked,
        };
      }
      if (!tracked) continue;
      const receivedAt = time(message.sentAt);
      const standard = standardFor(message.from.email, settings);
      const due = computeDue({
        receivedAt,
        detectedDueAt: analysis.due ? analysis.due.getTime() : null,
        standard,
        settings,
        timeZone,
      });
      const input: TrackInput = {
        webmail: thread.webmail,
        messageId: message.messageId,
        threadId: thread.threadId,
        threadUrl: thread.url,
        sender: message.from,
        subject: message.subject || thread.subject,
        language: analysis.language,
        analysis: storedAnalysis(analysis),
        receivedAt,
        standard,
        ackDueAt: due.ackDueAt,
        replyDueAt: due.replyDueAt,
      };
      const result = await repo.track(input, now);
      known.remember(result.request);
      changed ||= result.created;
    }

    let followed = false;
    for (const request of [...known.rows]) {
      followed = (await followAnswers(request, thread, mine)) || followed;
      followed = (await followReplies(request, myReplies, settings)) || followed;
    }
    changed ||= followed;
    if (changed) deps.onChange();
    // Read again only when a reply or an answer moved a request on; else the rows are the ones known.
    const requests = followed ? await repo.byThread(thread.webmail, thread.threadId) : known.rows;
    const progressAt = await progressTimes(repo, requests, settings, timeZone);
    return { webmail: thread.webmail, threadId: thread.threadId, requests, newest, progressAt };
  };
}
