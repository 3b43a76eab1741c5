// Reads Outlook on the web's DOM into plain snapshots. Only text is read (textContent, in an inert
// copy), never HTML that could run; a required part that is missing raises SelectorError naming the selector.
import { SelectorError, type InboxRow, type MessageSnapshot, type Person, type ThreadSnapshot } from '../types';
import { $, $$, inertCopy, textOf } from '../dom';
import * as S from './selectors';

const EMAIL = /[^\s<>()[\];:,"']+@[^\s<>()[\];:,"']+\.[^\s<>()[\];:,"']+/;
// "From: …" and, within a few lines, "Sent: …" (or "Date: …"), with an "_____" or "-----Original
// Message-----" line above: a quoted header in plain text, on its own lines or run into a preview.
const HEADER = new RegExp(
  `(?:^|\\s)(?:(?:_{5,}|-{3,}[^\\n-]*-{3,})\\s+)?(?:${S.LABELS.from.join('|')}):\\s[^]{0,300}?\\s(?:${S.LABELS.sent.join('|')}):`,
  'i',
);
const CC = /^(?:b?cc|u?dw|(?:blind)?kopi)$/i;
// What makes an expandable box a message: any one of these, so a broken hook still raises its own error.
const MESSAGE_PART = `${S.sender},${S.body},${S.date}`;

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** "Name <a@b.c>", "a@b.c" or a bare name; a bare name gets its address from `known` when the thread shows it. */
function personOf(text: string, known?: Map<string, string>): Person | null {
  const t = clean(text);
  const email = EMAIL.exec(t)?.[0].toLowerCase() ?? '';
  const name = clean(t.replace(/<[^>]*>/g, '').replace(EMAIL, '')).replace(/^["']+|["']+$/g, '');
  return name || email ? { name: name || email, email: email || known?.get(name.toLowerCase()) || '' } : null;
}

/** The signed-in user: address from the folder tree's mailbox root, name from the account button. */
export function readMe(doc: Document): Person | null {
  const root = $(doc, S.mailboxRoot);
  const label = $(doc, S.accountButton)?.getAttribute('aria-label') ?? '';
  const email =
    EMAIL.exec(`${root?.getAttribute('data-folder-name')} ${root?.title} ${label}`)?.[0].toLowerCase() ?? '';
  // "Account manager for Alex Morgan" / "… für …" / "… voor …" / "… dla …"
  const name = clean(/\b(?:for|für|voor|dla)\b:?\s+([^(<]+)/i.exec(label)?.[1]);
  return email || name ? { name, email } : null;
}

/**
 * A date as Outlook shows it, in local time: "Mon 3/3/2025 10:31 AM" (en-US), "Mo 03.03.2025 10:31",
 * "ma 3-3-2025 10:31", "2025-03-03 10:31". Slashes put the month first only for US English (`lang`
 * "en"/"en-US"/none) and only when the first number can be a month. Null without a full date.
 */
export function parseOutlookDate(text: string, lang = ''): Date | null {
  const m = /(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?:\D+?(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\b)?)?/i.exec(text);
  if (!m) {
    // Long English forms, e.g. "Monday, March 3, 2025 10:31 AM".
    const long = /\d{4}/.test(text) ? Date.parse(text.replace(/[\u00a0\u202f]|\sat\s/g, ' ')) : NaN;
    return long ? new Date(long) : null;
  }
  let [day, month, year] = [+m[1]!, +m[3]!, +m[4]!];
  if (m[1]!.length === 4) [day, year] = [year, day];
  else if (m[2] === '/' && /^(?:en(?:-us)?)?$/i.test(lang) && day <= 12) [day, month] = [month, day];
  const hour = (+(m[5] ?? 0) % (m[7] ? 12 : 24)) + (/p/i.test(m[7] ?? '') ? 12 : 0);
  const date = new Date(year < 100 ? 2000 + year : year, month - 1, day, hour, +(m[6] ?? 0));
  return date.getDate() === day && date.getMonth() === month - 1 ? date : null;
}

/** Splits text at a plain-text quoted header (HEADER) into new text and quoted text. */
export function splitQuotedHeaders(text: string): [string, string | undefined] {
  const m = HEADER.exec(text);
  if (!m) return [text, undefined];
  const at = m.index + (/^\s/.test(m[0]) ? 1 : 0);
  return [text.slice(0, at).trim(), text.slice(at).trim()];
}

/** New text and quoted history: everything from the first quote marker or quoted header on is history. */
function splitText(el: Element, drop: string): { bodyText: string; quotedText?: string } {
  // A copy in a document without a window: nothing in it loads or runs.
  const copy = inertCopy(el);
  for (const d of $$(copy, drop)) d.remove();
  const cut = $(copy, S.quote);
  let quoted = '';
  if (cut) {
    const range = copy.ownerDocument.createRange();
    range.setStartBefore(cut);
    range.setEnd(copy, copy.childNodes.length);
    quoted = textOf(range.extractContents());
  }
  const [bodyText, header] = splitQuotedHeaders(textOf(copy));
  const quotedText = [header, quoted].filter(Boolean).join('\n\n');
  return quotedText ? { bodyText, quotedText } : { bodyText };
}

/** The messages of a conversation element, as the page orders them (see S.messageBox). */
export function messageItems(conversation: Element): Element[] {
  const boxes = $$(conversation, S.messageBox).filter(
    (el) =>
      !el.parentElement?.closest(S.messageBox) &&
      !el.closest('[contenteditable]') &&
      !$(el, '[contenteditable="true"]') &&
      $(el, MESSAGE_PART),
  );
  return boxes.length ? boxes : $$(conversation, S.messageClass);
}

/** The open conversation: its container, else a reading pane that shows a message sender. */
export function findConversation(doc: Document): Element | null {
  const pane = $(doc, S.readingPane);
  return $(doc, S.conversation) ?? (pane && $(pane, S.sender) ? pane : null);
}

/** The conversation id of the open conversation: the selected row's data-convid, else the `/id/<…>` of the address. */
export function openConversationId(doc: Document, href: string): string | null {
  const selected = $(doc, `${S.row}[aria-selected="true"]`)?.getAttribute('data-convid');
  if (selected) return selected;
  try {
    return decodeURIComponent(/\/id\/([^/?#]+)/.exec(href)?.[1] ?? '') || null;
  } catch {
    return null;
  }
}

/** The address that opens the conversation again: the current one when it names a conversation. */
export function conversationUrl(href: string, convId: string): string {
  if (/\/id\/[^/?#]/.test(href)) return href;
  const { origin, pathname } = new URL(href);
  return `${origin}${/^\/mail\/(?:\d+\/)?/.exec(pathname)?.[0] ?? '/mail/'}inbox/id/${encodeURIComponent(convId)}`;
}

/** A short, stable hash (FNV-1a) so message ids stay small. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

interface Read {
  item: Element;
  from: Person;
  date: Date | null;
  /** The date as shown, to key a message whose date cannot be read. */
  shown: string;
  text: { bodyText: string; quotedText?: string };
}

function readItem(item: Element, lang: string): Read {
  const senderEl = $(item, S.sender);
  const labelled = personOf(senderEl?.getAttribute('aria-label')?.replace(/^[^:]*:/, '') ?? '');
  if (!labelled) throw new SelectorError(S.sender, 'message sender');
  const from = { name: clean(senderEl!.textContent?.replace(/<[^>]*>/g, '')) || labelled.name, email: labelled.email };
  const dateEl = $(item, S.date);
  const shown = clean(dateEl?.title) || clean(dateEl?.textContent);
  const date = parseOutlookDate(shown, lang) ?? parseOutlookDate(clean(dateEl?.textContent), lang);
  const body = $(item, S.body);
  // Collapsed: what is left once sender, date and decoration are gone is the preview line.
  const text = body
    ? splitText(body, 'button, [aria-hidden="true"]')
    : splitText(item, `${S.sender}, ${S.date}, [aria-hidden="true"], button`);
  return { item, from, date, shown, text };
}

function recipientsOf(item: Element, known: Map<string, string>): { to: Person[]; cc: Person[] } {
  const out = { to: [] as Person[], cc: [] as Person[] };
  const well = $(item, S.recipients);
  for (const line of well ? textOf(well).split('\n') : []) {
    const m = /^([^:;@<]{1,24}):\s*(.*)$/.exec(line);
    for (const part of (m ? m[2]! : line).split(';')) {
      const p = personOf(part, known);
      if (p) (m && CC.test(m[1]!.trim()) ? out.cc : out.to).push(p);
    }
  }
  return out;
}

/**
 * The open conversation as a snapshot, oldest message first (whatever order the reading pane is set
 * to). Throws SelectorError when the page is not a readable conversation.
 *
 * Message ids: Outlook's DOM has no per-message id that survives a reload (UniqueMessageBody_<n>
 * counts renders), so a message is keyed by conversation id + sender + sent minute, hashed, with
 * "~2", "~3" … for repeats of the same key. The key is the same collapsed or expanded as long as
 * the date element gives the full date in both (its title does on the simulator).
 */
export function readThread(doc: Document, href: string, now: Date = new Date()): ThreadSnapshot {
  const conversation = findConversation(doc);
  if (!conversation) throw new SelectorError(S.conversation, 'open conversation');
  const heading = $(doc, S.subject);
  if (!heading) throw new SelectorError(S.subject, 'conversation subject');
  const threadId = openConversationId(doc, href);
  if (!threadId) throw new SelectorError(`${S.row}[aria-selected="true"]`, 'conversation id');
  const subject = clean(heading.textContent);
  const me = readMe(doc);
  const items = messageItems(conversation);
  if (items.length === 0) throw new SelectorError(S.messageBox, 'messages');
  const read = items.map((item) => readItem(item, doc.documentElement.lang));
  read.sort((a, b) => (a.date?.getTime() ?? Infinity) - (b.date?.getTime() ?? Infinity));
  // Names shown without an address get one from the senders, quoted headers and the user.
  const known = new Map<string, string>();
  const quoted = read.map((r) => r.text.quotedText).join('\n');
  for (const p of [
    ...read.map((r) => r.from),
    ...[...quoted.matchAll(/[^\n<>;:]+<[^\s<>]+@[^\s<>]+>/g)].map((m) => personOf(m[0])),
    me,
  ]) {
    if (p?.email && p.name) known.set(p.name.toLowerCase(), p.email);
  }
  const seen = new Map<string, number>();
  const messages = read.map((r): MessageSnapshot => {
    const key = `${threadId}\n${r.from.email || r.from.name}\n${r.date?.toISOString() ?? r.shown}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const attachmentNames = $$(r.item, S.attachment)
      .map((o) => clean($(o, '[title]')?.title) || textOf(o).split('\n')[0]!)
      .filter(Boolean);
    return {
      messageId: `owa-${hash(key)}${n > 1 ? `~${n}` : ''}`,
      threadId,
      from: r.from,
      ...recipientsOf(r.item, known),
      sentAt: (r.date ?? now).toISOString(),
      subject,
      ...r.text,
      hasAttachments: attachmentNames.length > 0,
      attachmentNames,
      isFromMe: !!me && (me.email ? r.from.email === me.email : !!me.name && r.from.name === me.name),
    };
  });
  return { webmail: 'outlook', threadId, subject, url: conversationUrl(href, threadId), me, messages };
}

function rowSubject(row: Element): HTMLElement | null {
  const sender = $(row, S.rowSender);
  return (
    $$(row, S.rowTitled).find(
      (el) =>
        el !== sender &&
        !(sender && sender.compareDocumentPosition(el) & 2) &&
        clean(el.title) === clean(el.textContent),
    ) ?? null
  );
}

/** Message list rows with their conversation ids. The list is virtualised: only rows on screen are there. */
export function readInboxRows(doc: Document): InboxRow[] {
  // The id and the element at once; the rest when first asked for (the row markers need neither,
  // and reading every row's text as the page loads would cost the page more than the markers).
  return $$(doc, S.row).map((row) => ({
    threadId: row.getAttribute('data-convid')!,
    element: row,
    get subject() {
      const subject = rowSubject(row);
      return subject ? clean(subject.textContent) : (textOf(row).split('\n')[1] ?? '');
    },
    get from() {
      const sender = $(row, S.rowSender);
      return sender && personOf(`${sender.textContent} <${sender.title}>`);
    },
    get unread() {
      return row.matches(S.rowUnread);
    },
  }));
}

/** Where a row's marker goes: the line that holds the subject (before the subject). */
export function rowMarkerSlot(row: Element): HTMLElement | null {
  const subject = rowSubject(row);
  const line = subject?.parentElement;
  return line && line !== row ? line : subject;
}
