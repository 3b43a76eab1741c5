// Every Gmail selector against every fixture, with the number of elements it should find.
import { afterAll, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { GMAIL, type GmailSelector } from '@/utils/webmail/gmail/selectors';
import { savedPage, simPage } from './gmail-fixtures';

const pages: Record<string, () => Promise<Window> | Window> = {
  'inbox-2014': () => savedPage('injected-thread-identifier.html'),
  'addon-2017-06': () => savedPage('gmail-2017-06-22-gmail-addon-sidebar.html'),
  'addon-2017-09': () => savedPage('gmail-2017-09-08-gmail-addon-sidebar.html'),
  'sim-inbox': () => simPage('#inbox'),
  'sim-thread': () => simPage('#inbox/1957c2a4e8b10f01'),
};

// Expected counts per page; selectors not listed for a page must find nothing there.
const EXPECTED: Record<string, Partial<Record<GmailSelector, number>>> = {
  'inbox-2014': { contentRoot: 1, main: 1, inboxRow: 16, rowSender: 16, rowSubject: 16, rowMarkerCell: 16 },
  'addon-2017-06': {},
  'addon-2017-09': {},
  'sim-inbox': {
    account: 1,
    contentRoot: 1,
    main: 1,
    inboxRow: 4,
    rowSender: 5,
    rowThreadId: 4,
    rowSubject: 4,
    rowMarkerCell: 4,
  },
  'sim-thread': {
    account: 1,
    contentRoot: 1,
    main: 1,
    thread: 1,
    threadSubject: 1,
    messageItem: 3,
    messageIds: 3,
    sender: 3,
    recipients: 2,
    date: 3,
    body: 1,
    snippet: 2,
    quote: 3, // the gmail_quote wrapper, its blockquote and the trimmed-content box
    composeQuote: 2, // quotes in message bodies; the coach looks for it only inside a compose editor
    bodyChrome: 1,
    replyLink: 1,
    replyButton: 1,
  },
};

const opened: Window[] = [];
afterAll(async () => {
  await Promise.all(opened.map((w) => w.happyDOM.close()));
});

describe.each(Object.keys(pages))('selectors on %s', (page) => {
  it.each(Object.keys(GMAIL).filter((k) => k !== 'rowUnread') as GmailSelector[])('%s', async (key) => {
    const window = await pages[page]!();
    opened.push(window);
    const count = window.document.querySelectorAll(GMAIL[key]).length;
    expect(count).toBe(EXPECTED[page]![key] ?? 0);
  });
});

describe('unread rows', () => {
  it('tells unread from read rows on the saved inbox', () => {
    const window = savedPage('injected-thread-identifier.html');
    opened.push(window);
    expect(window.document.querySelectorAll(`tr.zA.${GMAIL.rowUnread}`).length).toBe(13);
  });
});
