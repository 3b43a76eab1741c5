// The 'thread.analyze' pipeline: analyse each message a colleague sent in the open thread, track
// the requests, give them due times from the service standard, and move requests on when the
// user's own reply appears (acknowledgement sent → acknowledged; an answer → done).
import type { Repository, TrackInput } from '@/utils/db/repository';
import type { EventRow, StoredAnalysis, TrackedRequest } from '@/utils/db/types';
import type { Analysis, AnalyzeEmail } from '@/utils/detect/types';
import type { NewestMessageVerdict, ThreadState } from '@/utils/messaging/protocol';
import type { Settings } from '@/utils/settings/model';
import { computeDue, standardFor } from '@/utils/schedule';
import type { MessageSnapshot, ThreadSnapshot } from '@/utils/webmail/types';
import { validateThread } from '@/utils/webmail/validate';

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

/** Whether the latest acknowledgement draft for this request came after the last reply already seen. */
function ackDraftPending(events: EventRow[]): boolean {
  let pending = false;
  for (const event of events) {
    if (event.type === 'ack-drafted') pending = true;
    if (event.type === 'reply-seen') pending = false;
  }
  return pending;
}

export function createThreadAnalyzer(deps: TrackingDeps) {
  const { repo } = deps;

  /** Moves a tracked request on for each reply of the user that appeared after it. */
  async function followReplies(request: TrackedRequest, myReplies: MessageSnapshot[], settings: Settings) {
    const later = myReplies.filter((m) => time(m.sentAt) >= request.receivedAt);
    if (later.length === 0 || request.id === undefined) return false;
    let events = await repo.events(request.id);
    const seen = new Set(events.filter((e) => e.type === 'reply-seen').map((e) => e.detail));
    let changed = false;
    for (const reply of later) {
      if (seen.has(reply.messageId)) continue;
      const current = await repo.require(request.id);
      const wasAcknowledgement = ackDraftPending(events);
      await repo.logEvent({ requestId: request.id, type: 'reply-seen', at: deps.now(), detail: reply.messageId });
      changed = true;
      if (['done', 'dismissed', 'answered', 'waiting'].includes(current.state)) {
        events = await repo.events(request.id);
        continue;
      }
      if (wasAcknowledgement) {
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

    for (const [index, message] of thread.messages.entries()) {
      if (isMine(message, mine)) continue;
      const existing = await repo.byMessage(thread.webmail, message.messageId);
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
      changed ||= result.created;
    }

    for (const request of await repo.byThread(thread.webmail, thread.threadId)) {
      changed = (await followReplies(request, myReplies, settings)) || changed;
    }
    if (changed) deps.onChange();
    return {
      webmail: thread.webmail,
      threadId: thread.threadId,
      requests: await repo.byThread(thread.webmail, thread.threadId),
      newest,
    };
  };
}
