// Checks a thread snapshot that arrives from a content script before the background trusts it:
// right shape, sane sizes. A bad snapshot gets a clear error naming the field, never a crash.
import type { MessageSnapshot, Person, ThreadSnapshot, WebmailId } from './types';

export const LIMITS = {
  messages: 200,
  bodyChars: 200_000,
  fieldChars: 2_000,
  recipients: 500,
} as const;

export class SnapshotError extends TypeError {
  override name = 'SnapshotError';
}

const WEBMAILS: readonly WebmailId[] = ['gmail', 'outlook'];

function str(value: unknown, path: string, max: number = LIMITS.fieldChars): string {
  if (typeof value !== 'string') throw new SnapshotError(`${path} must be a string`);
  return value.length > max ? value.slice(0, max) : value;
}

function person(value: unknown, path: string): Person {
  if (typeof value !== 'object' || value === null) throw new SnapshotError(`${path} must be a person`);
  const p = value as Record<string, unknown>;
  return { name: str(p.name ?? '', `${path}.name`), email: str(p.email ?? '', `${path}.email`).toLowerCase() };
}

function people(value: unknown, path: string): Person[] {
  if (!Array.isArray(value)) throw new SnapshotError(`${path} must be a list`);
  return value.slice(0, LIMITS.recipients).map((p, i) => person(p, `${path}[${i}]`));
}

function message(value: unknown, path: string): MessageSnapshot {
  if (typeof value !== 'object' || value === null) throw new SnapshotError(`${path} must be a message`);
  const m = value as Record<string, unknown>;
  const sentAt = str(m.sentAt, `${path}.sentAt`);
  if (Number.isNaN(Date.parse(sentAt))) throw new SnapshotError(`${path}.sentAt is not a date`);
  const attachmentNames = Array.isArray(m.attachmentNames)
    ? m.attachmentNames.slice(0, 100).map((n, i) => str(n, `${path}.attachmentNames[${i}]`))
    : undefined;
  return {
    messageId: str(m.messageId, `${path}.messageId`),
    threadId: str(m.threadId, `${path}.threadId`),
    from: person(m.from, `${path}.from`),
    to: people(m.to ?? [], `${path}.to`),
    cc: people(m.cc ?? [], `${path}.cc`),
    sentAt,
    subject: str(m.subject ?? '', `${path}.subject`),
    bodyText: str(m.bodyText ?? '', `${path}.bodyText`, LIMITS.bodyChars),
    ...(typeof m.quotedText === 'string'
      ? { quotedText: str(m.quotedText, `${path}.quotedText`, LIMITS.bodyChars) }
      : {}),
    hasAttachments: m.hasAttachments === true,
    ...(attachmentNames ? { attachmentNames } : {}),
    isFromMe: m.isFromMe === true,
  };
}

export function validateThread(value: unknown): ThreadSnapshot {
  if (typeof value !== 'object' || value === null) throw new SnapshotError('thread must be an object');
  const t = value as Record<string, unknown>;
  if (!WEBMAILS.includes(t.webmail as WebmailId)) throw new SnapshotError('thread.webmail is not a supported webmail');
  if (!Array.isArray(t.messages)) throw new SnapshotError('thread.messages must be a list');
  const threadId = str(t.threadId, 'thread.threadId');
  if (!threadId) throw new SnapshotError('thread.threadId is empty');
  // Huge threads: the newest messages are the ones that can still be owed.
  const messages = t.messages.slice(-LIMITS.messages).map((m, i) => message(m, `thread.messages[${i}]`));
  return {
    webmail: t.webmail as WebmailId,
    threadId,
    subject: str(t.subject ?? '', 'thread.subject'),
    url: str(t.url ?? '', 'thread.url'),
    me: t.me === null || t.me === undefined ? null : person(t.me, 'thread.me'),
    messages,
  };
}
