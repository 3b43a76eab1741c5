// Every Gmail selector Ackly uses, with what it finds, where it comes from and the page it was
// checked on. When Gmail changes, this file changes and test/unit/gmail-selectors.test.ts says
// which selector broke. Sources: InboxSDK (MIT/Apache-2.0) and gmail.js (MIT), see
// test/fixtures/gmail/README.md. "sim" = test/fixtures/gmail/sim/gmail.html (2026-11),
// "inbox-2014" = injected-thread-identifier.html (saved 2014-12-18).
export const GMAIL = {
  /** The signed-in account link; its aria-label holds "Google Account: Name (email)". sim. */
  account: 'a[href*="SignOutOptions"][aria-label*="@"]',
  /** The view container both list and thread views are drawn in (SDK-EG). sim; observed for changes. */
  contentRoot: 'div.aeF',
  /** Main region of the current view. inbox-2014: 1, sim inbox: 1. */
  main: '[role="main"]',

  /** Inbox rows (read and unread). inbox-2014: 16, sim inbox: one per thread with INBOX. */
  inboxRow: 'tr.zA',
  /** A row's sender(s) with email/name attributes. inbox-2014: 16 (one per row). */
  rowSender: '.yW span[email]',
  /** A row's subject span with the thread id (newer Gmail, span.bog > span.bqe). sim: one per row; inbox-2014: 0. */
  rowThreadId: '.y6 [data-legacy-thread-id]',
  /** A row's subject text. inbox-2014: 16. */
  rowSubject: '.y6 > span:first-child',
  /** The subject line's cell, where Ackly's row marker goes (before the subject). inbox-2014: 16, sim inbox: 4. */
  rowMarkerCell: 'td.a4W .y6',
  /** Unread rows carry zE. inbox-2014: 13. */
  rowUnread: 'zE',

  /** The open thread's body (SDK-EG l.336, GJS view_thread). sim thread: 1. */
  thread: '.a98.iY',
  /** Thread subject with its ids (SDK-TV). sim thread: 1. */
  threadSubject: 'h2.hP',
  /** One message per list item, expanded (.h7) or collapsed (.kv) (SDK-TV l.919, SDK-MV). */
  messageItem: '[role="list"] > [role="listitem"]',
  /** The message header block with its ids (GJS l.4553): expanded .adn, collapsed .adf. */
  messageIds: '.ads[data-message-id]',
  /** Sender with email/name attributes (GJS "from"). */
  sender: 'span.gD[email]',
  /** Recipients, to and cc (GJS "to", SDK-MV l.240). */
  recipients: '.hb span.g2[email]',
  /** Date with the full date in its title (GJS "timestamp", SDK-MV l.294). */
  date: 'span.g3[title]',
  /** Message body of an expanded message (GJS "body", SDK-MV l.210). */
  body: 'div.a3s',
  /** Snippet of a collapsed message. sim. A message with neither body nor snippet is unreadable (SelectorError). */
  snippet: '.iA.g6',
  /** Quoted earlier messages inside a body: Gmail's quote wrapper and its trimmed-content box. */
  quote: '.gmail_quote, .HOEnZb',
  /** Controls inside a body that are not text: the "show trimmed content" toggle. sim. */
  bodyChrome: '.ajU',
  /** Attachment names (SDK attachment card view). */
  attachmentName: '.aQH .aV3',

  /** "Reply" in the reply bar under the last message (SDK-MV l.865). */
  replyLink: '.amn .ams.bkH',
  /** Reply button in a message header (GJS l.4464). */
  replyButton: '[role="button"].aaq',
  /** The open compose's editor (SDK-CV l.281, GJS l.4251). */
  composeEditor: '[g_editable="true"][contenteditable="true"][role="textbox"]',
  /** The quoted history Gmail puts in a reply editor once "show trimmed content" is opened. */
  composeQuote: '.gmail_quote, .gmail_quote_container',
  /** Files attached to a compose: the attachment chips (GJS compose.attachments, `.dL`) and their hidden inputs. Unverified on a saved page. */
  composeAttachment: '.dL, input[name="attach"]',
  /** An open compose (inline reply `.M9`, or a new-mail window). */
  compose: '.M9, [role="dialog"]',
  /** The compose's Send button (SDK-CV l.1218). */
  sendButton: '[role="button"].aoO',
} as const;

export type GmailSelector = keyof typeof GMAIL;
