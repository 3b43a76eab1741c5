// Every Outlook selector against the simulator — in English, translated, and with another build's
// class names — with the number of elements it should find. When one breaks, this test names it.
import { afterAll, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { OUTLOOK, type OutlookSelector } from '@/utils/webmail/outlook/selectors';
import { rebuild, translate } from '../fixtures/outlook/translate';
import { convPath, simPage, until } from './outlook-fixtures';

/** The simulator's own first conversation (3 messages, the newest open, quoted history in it). */
const Q3 = 'AAQkAGI2ZTk0NjZhLTcxZDYtNDhmYy1hOTQxLTQyYjVmNTkxN2Q0MAAQAJtqZ1VLpERAk3y0sim0001=';
/** Its second: one open message with an attachment. */
const OFFER = 'AAQkAGI2ZTk0NjZhLTcxZDYtNDhmYy1hOTQxLTQyYjVmNTkxN2Q0MAAQAJtqZ1VLpERAk3y0sim0002=';

async function replying(rewrite?: (html: string) => string): Promise<Window> {
  const window = await simPage(convPath(Q3), undefined, rewrite);
  const doc = window.document;
  const quickReply = doc.querySelectorAll('[data-icon-name="ArrowReplyRegular"]')[1]!.closest('button');
  (quickReply as unknown as HTMLElement).click();
  await until(() => doc.querySelector('[contenteditable="true"]') !== null, 'the reply to open');
  return window;
}

const pages: Record<string, () => Promise<Window>> = {
  list: () => simPage('/mail/inbox'),
  'list, nb': () => simPage('/mail/inbox', undefined, (html) => translate(html, 'nb')),
  thread: () => simPage(convPath(Q3)),
  'thread, de': () => simPage(convPath(Q3), undefined, (html) => translate(html, 'de')),
  'thread with attachment, nb': () => simPage(convPath(OFFER), undefined, (html) => translate(html, 'nb')),
  'thread, nl, classes renamed': () => simPage(convPath(Q3), undefined, (html) => rebuild(translate(html, 'nl'))),
  reply: () => replying(),
  'reply, pl': () => replying((html) => translate(html, 'pl')),
};

const LIST: Partial<Record<OutlookSelector, number>> = {
  mailboxRoot: 1,
  accountButton: 1,
  messageList: 2, // the section and #MailList inside it
  row: 4,
  rowUnread: 2,
  rowSender: 4,
  rowTitled: 12, // sender, subject and time of each row
  readingPane: 1,
};
const THREAD: Partial<Record<OutlookSelector, number>> = {
  ...LIST,
  rowUnread: 1, // opening the conversation marked it read
  conversation: 2, // the container and #ConversationReadingPaneContainer around it
  subject: 1,
  messageBox: 3, // two collapsed, one expanded
  messageClass: 3,
  sender: 3,
  recipients: 1,
  date: 3,
  body: 2, // [role="document"] and #UniqueMessageBody_<n> inside it
  quote: 2, // x_appendonsend and x_divRplyFwdMsg in the open message
  replyIcon: 2, // header toolbar and quick action of the newest message
  replyButton: 2,
};
const REPLY: Partial<Record<OutlookSelector, number>> = {
  ...THREAD,
  quote: 6, // + the editor's own #appendonsend, #divRplyFwdMsg and the quoted message's two
  editor: 1,
  sendButton: 1,
};

// Expected counts per page; selectors not listed for a page must find nothing there.
const EXPECTED: Record<string, Partial<Record<OutlookSelector, number>>> = {
  list: LIST,
  'list, nb': LIST,
  thread: THREAD,
  'thread, de': THREAD,
  'thread with attachment, nb': {
    ...THREAD,
    messageBox: 1,
    messageClass: 1,
    sender: 1,
    date: 1,
    quote: 0,
    attachment: 1,
  },
  'thread, nl, classes renamed': { ...THREAD, messageClass: 0 },
  reply: REPLY,
  // Whether a translated Outlook keeps name="Send" is unknown; the translated simulator drops it.
  'reply, pl': REPLY,
};

/** Row parts are counted inside rows, message parts inside the conversation; the rest page-wide. */
function count(doc: Document, key: OutlookSelector): number {
  const within = (scope: string) =>
    Array.from(doc.querySelectorAll(scope)).reduce((n, el) => n + el.querySelectorAll(OUTLOOK[key]).length, 0);
  if (key === 'rowSender' || key === 'rowTitled') return within(OUTLOOK.row);
  if (key === 'messageBox' || key === 'attachment') return within('[data-app-section="ConversationContainer"]');
  return doc.querySelectorAll(OUTLOOK[key]).length;
}

// Each page is drawn once and every selector counted on it.
const drawn = new Map<string, Promise<Window>>();
afterAll(async () => {
  await Promise.all(Array.from(drawn.values(), async (w) => (await w).happyDOM.close()));
});

describe.each(Object.keys(pages))('selectors on %s', (page) => {
  it.each(Object.keys(OUTLOOK) as OutlookSelector[])('%s', async (key) => {
    if (!drawn.has(page)) drawn.set(page, pages[page]!());
    const window = await drawn.get(page)!;
    expect(count(window.document as unknown as Document, key)).toBe(EXPECTED[page]![key] ?? 0);
  });
});
