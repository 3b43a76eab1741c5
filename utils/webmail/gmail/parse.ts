// Reads Gmail's DOM into plain snapshots. Only text is read (textContent, in an inert copy), never
// HTML that could run; a required part that is missing raises SelectorError naming the selector.
import { SelectorError, type InboxRow, type MessageSnapshot, type Person, type ThreadSnapshot } from '../types';
import { inertCopy, textOf } from '../dom';
import { GMAIL } from './selectors';

function person(el: Element | null): Person | null {
  const email = el?.getAttribute('email')?.trim().toLowerCase();
  if (!email) return null;
  return { name: (el!.getAttribute('name') ?? '').trim() || email, email };
}

/** The signed-in user, from the account link or the page title "… - email - Gmail". */
export function readMe(doc: Document): Person | null {
  const label = doc.querySelector(GMAIL.account)?.getAttribute('aria-label') ?? '';
  const match = /:\s*(.*?)\s*\(([^()\s]+@[^()\s]+)\)/s.exec(label);
  if (match) return { name: match[1]!.trim(), email: match[2]!.toLowerCase() };
  const title = /\s-\s([^\s]+@[^\s]+)\s-\s/.exec(doc.title);
  return title ? { name: '', email: title[1]!.toLowerCase() } : null;
}

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

/** Gmail's full date title, e.g. "Mon, Mar 3, 2025, 10:42 AM" or "Mon, Mar 3, 2025 at 10:42 AM", in local time. */
export function parseGmailDate(title: string): Date | null {
  const m = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+(?:at\s+)?(\d{1,2}):(\d{2})\s*([AP]M)?/i.exec(title);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month !== undefined) {
      let hour = Number(m[4]);
      const pm = m[6]?.toUpperCase() === 'PM';
      if (m[6]) hour = (hour % 12) + (pm ? 12 : 0);
      return new Date(Number(m[3]), month, Number(m[2]), hour, Number(m[5]));
    }
  }
  const fallback = Date.parse(title.replace(/\s+at\s+/, ' '));
  return Number.isNaN(fallback) ? null : new Date(fallback);
}

function messageIdOf(item: Element): string | null {
  const ids = item.querySelector(GMAIL.messageIds);
  // data-message-id is there from the first render (a sent message gets its legacy id later).
  const sync = ids?.getAttribute('data-message-id')?.replace(/^#/, '');
  return sync || ids?.getAttribute('data-legacy-message-id') || null;
}

function readMessage(item: Element, threadId: string, subject: string, me: Person | null, now: Date): MessageSnapshot {
  const messageId = messageIdOf(item);
  if (!messageId) throw new SelectorError(GMAIL.messageIds, 'message id');
  const from = person(item.querySelector(GMAIL.sender));
  if (!from) throw new SelectorError(GMAIL.sender, 'message sender');
  const recipients = Array.from(item.querySelectorAll(GMAIL.recipients))
    .map(person)
    .filter((p): p is Person => p !== null);
  const dateTitle = item.querySelector(GMAIL.date)?.getAttribute('title') ?? '';
  const sentAt = parseGmailDate(dateTitle) ?? now;
  const body = item.querySelector(GMAIL.body);
  let bodyText = '';
  let quotedText: string | undefined;
  if (body) {
    // A copy in a document without a window: nothing in it loads or runs.
    const clone = inertCopy(body);
    const quotes = Array.from(clone.querySelectorAll(GMAIL.quote)).filter(
      (q) => !q.parentElement?.closest(GMAIL.quote),
    );
    quotedText =
      quotes
        .map((q) => textOf(q))
        .join('\n')
        .trim() || undefined;
    for (const q of quotes) q.remove();
    for (const c of Array.from(clone.querySelectorAll(GMAIL.bodyChrome))) c.remove();
    bodyText = textOf(clone);
  } else {
    // A collapsed message shows its snippet; with neither, Gmail changed and the text would be lost.
    const snippet = item.querySelector(GMAIL.snippet);
    if (!snippet) throw new SelectorError(`${GMAIL.body}, ${GMAIL.snippet}`, 'message body');
    bodyText = textOf(snippet);
  }
  const attachmentNames = Array.from(item.querySelectorAll(GMAIL.attachmentName))
    .map((a) => (a.textContent ?? '').trim())
    .filter(Boolean);
  return {
    messageId,
    threadId,
    from,
    to: recipients,
    cc: [],
    sentAt: sentAt.toISOString(),
    subject,
    bodyText,
    ...(quotedText ? { quotedText } : {}),
    hasAttachments: attachmentNames.length > 0,
    attachmentNames,
    isFromMe: me !== null && from.email === me.email,
  };
}

/** The open thread as a snapshot. Throws SelectorError when the page is not a readable thread. */
export function readThread(doc: Document, url: string, now: Date = new Date()): ThreadSnapshot {
  const thread = doc.querySelector(GMAIL.thread);
  if (!thread) throw new SelectorError(GMAIL.thread, 'open thread');
  const heading = thread.querySelector(GMAIL.threadSubject);
  if (!heading) throw new SelectorError(GMAIL.threadSubject, 'thread subject');
  const threadId = heading.getAttribute('data-legacy-thread-id') || heading.getAttribute('data-thread-perm-id');
  if (!threadId) throw new SelectorError(`${GMAIL.threadSubject}[data-legacy-thread-id]`, 'thread id');
  const subject = (heading.textContent ?? '').trim();
  const me = readMe(doc);
  const items = Array.from(thread.querySelectorAll(GMAIL.messageItem));
  if (items.length === 0) throw new SelectorError(GMAIL.messageItem, 'messages');
  return {
    webmail: 'gmail',
    threadId,
    subject,
    url,
    me,
    messages: items.map((item) => readMessage(item, threadId, subject, me, now)),
  };
}

/** Inbox rows with a thread id (rows of old Gmail without one are left out). */
export function readInboxRows(doc: Document): InboxRow[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(GMAIL.inboxRow)).flatMap((row) => {
    const threadId = row.querySelector(GMAIL.rowThreadId)?.getAttribute('data-legacy-thread-id');
    if (!threadId) return [];
    // The rest when first asked for (the row markers need only the id and the element).
    return [
      {
        threadId,
        element: row,
        get subject() {
          return (row.querySelector(GMAIL.rowSubject)?.textContent ?? '').trim();
        },
        get from() {
          return person(row.querySelector(GMAIL.rowSender));
        },
        get unread() {
          return row.classList.contains(GMAIL.rowUnread);
        },
      },
    ];
  });
}
