// Every Outlook on the web selector Ackly uses: what it finds, what it falls back to, where it comes
// from and when it was checked. When Outlook changes, this file changes and
// test/unit/outlook-selectors.test.ts says which selector broke.
//
// Outlook's class names are build-generated tokens (aVla3, OZZZK, …) and its aria-labels are
// translated, so selectors rest on ids, data-* attributes, roles and structure first; a generated
// class is only ever a fallback, and a label is matched in every interface language Ackly supports
// (LABELS). "a → b": parse.ts/adapter.ts try b when a finds nothing. "a, b": one CSS group, the first
// match on the page wins (the parts are alternatives for the same element).
//
// Sources (letters as in test/fixtures/outlook/README.md): M-int and M-mock (Mailvelope's Outlook
// integration and its DOM templates), W (wd-extension-poc), T (toggl track-extension), E
// (evicypher-webmail), L (outlook-addin), P (POW-Capstone2025), PN (PhishingNet); GPL = the GPL
// content script quoted in the README; IDX = several unrelated Outlook scripts in the public code
// index (repositories not named by it). No saved Outlook page exists: every selector was checked on
// the constructed simulator test/fixtures/outlook/sim/outlook.html ("sim"), in English, translated
// (de, nl, pl, nb) and with its generated classes renamed, on 2026-12-05. SIM ONLY marks a hook that
// nothing but the simulator backs: check those first on a real page.

/** Interface words, in the order en, de, nl, pl, nb (a word two languages share appears once). */
export const LABELS = {
  /** aria-label prefix of a message's sender; first line of a quoted header. M-mock (en, de). */
  from: ['From', 'Von', 'Van', 'Od', 'Fra'],
  /** Date line of a quoted header: Outlook's "Sent", other mail programs' "Date". */
  sent: ['Sent', 'Gesendet', 'Verzonden', 'Wysłane', 'Sendt', 'Date', 'Datum', 'Data', 'Dato'],
  messageBody: ['Message body', 'Nachrichtentext', 'Berichttekst', 'Treść wiadomości', 'Meldingstekst'],
  send: ['Send', 'Senden', 'Verzenden', 'Wyślij'],
  reply: ['Reply', 'Antworten', 'Beantwoorden', 'Odpowiedz', 'Svar'],
  /** First word of an unread row's aria-label (GPL). */
  unread: ['Unread', 'Ungelesen', 'Ongelezen', 'Nieprzeczytane', 'Ulest'],
} as const;

/** `prefix[aria-label<op>"<word><suffix>"]` for every word, as one selector group. */
const label = (prefix: string, words: readonly string[], op = '=', suffix = '') =>
  words.map((w) => `${prefix}[aria-label${op}"${w}${suffix}"]`).join(',');

// ── Account ──

/** Folder-tree root of the signed-in mailbox; data-folder-name and title hold the user's address.
 *  M-int l.61-65, M-mock l.627-635. Checked 2026-12-05 (sim: 1). */
export const mailboxRoot = '[id^="primaryMailboxRoot"]';
/** The user's name: the account button, aria-label "Account manager for <name>" (translated; the
 *  name follows for/für/voor/dla). Also the address when the folder tree is hidden and the label has
 *  one. SIM ONLY (README: unverified). Checked 2026-12-05 (sim: 1). */
export const accountButton = '#O365_MainLink_Me';

// ── Message list ──

/** The message list section, #MailList inside it; with the reading pane it bounds the area observe()
 *  watches. M-int l.109, M-mock l.156, W l.10. Checked 2026-12-05 (sim: 2, both). */
export const messageList = '[data-app-section="MessageList"], #MailList';
/** One row per conversation, its id in data-convid; the open one has aria-selected="true" (so do
 *  checked rows, GPL). The list is virtualised. M-int l.114-119, M-mock l.159, W l.11. Checked 2026-12-05 (sim: 1 per thread). */
export const row = '[role="option"][data-convid]';
/** Unread rows: the aria-label starts with "Unread " (translated). GPL (unverified). Checked 2026-12-05. */
export const rowUnread = label(row, LABELS.unread, '^=', ' ');
/** Inside a row, the sender: the first element titled with an address, its text the name. SIM ONLY. Checked 2026-12-05. */
export const rowSender = '[title*="@"]';
/** Inside a row, the subject: the first titled element after the sender whose title is its own text
 *  → the row's second line of text (GPL: senders, then subject). SIM ONLY. Checked 2026-12-05. */
export const rowTitled = '[title]';

// ── Reading pane and conversation ──

/** The reading pane (role=main, aria-label translated); makeRoom pads it. W l.9, M-mock l.167. Checked 2026-12-05 (sim: 1). */
export const readingPane = '[data-app-section="MailReadCompose"]';
/** The open conversation, #ConversationReadingPaneContainer around it → a reading pane that shows a
 *  sender (M-mock's single-message pane). M-mock l.299-300. Checked 2026-12-05 (sim: 2 in a thread). */
export const conversation = '[data-app-section="ConversationContainer"], #ConversationReadingPaneContainer';
/** Conversation subject: the reading pane's heading (the conversation's own comes first), or the
 *  generated .f77rj (P). T l.10. Checked 2026-12-05 (sim: 1). */
export const subject = `${readingPane} [role="heading"], .f77rj`;
/** One message, expanded (aria-expanded=true) or collapsed: the outermost div[aria-expanded] in the
 *  conversation that is no compose and holds a sender, body or date → the generated wrapper .aVla3
 *  (M-int getMessageIndex). M-mock l.169, 303. Checked 2026-12-05 (sim: 1 per message). */
export const messageBox = 'div[aria-expanded]';
export const messageClass = '.aVla3';
/** Sender: aria-label "From: <address>" (prefix translated), its text the display name (span.OZZZK).
 *  M-mock l.177-178 ("Von: "), 311-312. Checked 2026-12-05 (sim: 1 per message, collapsed too). */
export const sender = label('', LABELS.from, '^=', ': ');
/** Recipients as text lines "To: a; b" / "Cc: c" (prefixes translated; names, sometimes addresses).
 *  M-mock l.261. Checked 2026-12-05 (sim: 1 per expanded message). */
export const recipients = '[data-testid="RecipientWell"]';
/** Date, the full date in title or text: SentReceivedSavedTime (IDX, unverified), or the simulator's
 *  .sim-date (SIM ONLY, no source). Checked 2026-12-05 (sim: 1 per message). */
export const date = '[data-testid="SentReceivedSavedTime"], .sim-date[title]';
/** Body of an expanded message, #UniqueMessageBody_<n> inside it (counts renders: no id to keep).
 *  M-int l.263, 274, 304; M-mock l.267, 336; P. Checked 2026-12-05 (sim: 1 per expanded message). */
export const body = '[role="document"], [id^="UniqueMessageBody"]';
/** Where quoted history starts in a body or an editor: Outlook's #appendonsend / #divRplyFwdMsg
 *  (x_-prefixed in the reading pane), Gmail's quote, Apple Mail/Thunderbird cite blocks. Plain
 *  "From: … Sent: …" lines are found in the text (parse.ts). Mail archives, IDX. Checked 2026-12-05. */
export const quote =
  '[id$="appendonsend"], [id$="divRplyFwdMsg"], .gmail_quote, .x_gmail_quote, blockquote[type="cite"]';
/** Inside a message, its attachments (the listbox's label is translated, so by role); the name is the
 *  first [title] of each (.VlyYV). M-int l.321-325, M-mock l.445-461. Checked 2026-12-05. */
export const attachment = '[role="listbox"] [role="option"]';

// ── Reply and compose ──

/** Reply: the locale-independent icon → its button; the last one in the conversation belongs to the
 *  newest open message (quick actions under it). M-int l.338, 364, 390-404; M-mock l.318-321. Checked 2026-12-05 (sim: 2). */
export const replyIcon = '[data-icon-name="ArrowReplyRegular"]';
/** → a button labelled Reply (translated). M-mock l.318 ("Antworten"). Checked 2026-12-05 (sim: 2). */
export const replyButton = label('button', LABELS.reply);
/** The inline compose's editor (label translated), or any contenteditable textbox. E; IDX. Checked 2026-12-05 (sim: 1 while replying). */
export const editor = `${label('[contenteditable="true"]', LABELS.messageBody)},[role="textbox"][contenteditable="true"]`;
/** Send, in the compose that holds the editor: name="Send" (T l.22), labelled Send (L; translated),
 *  or the compose's primary button (E). Checked 2026-12-05 (sim: 1 while replying). */
export const sendButton = `button[name="Send"],${label('button', LABELS.send)},button.ms-Button--primary`;

/** Every selector by name, for the selectors test (the content script imports them one by one). */
export const OUTLOOK = {
  mailboxRoot,
  accountButton,
  messageList,
  row,
  rowUnread,
  rowSender,
  rowTitled,
  readingPane,
  conversation,
  subject,
  messageBox,
  messageClass,
  sender,
  recipients,
  date,
  body,
  quote,
  attachment,
  replyIcon,
  replyButton,
  editor,
  sendButton,
} as const;

export type OutlookSelector = keyof typeof OUTLOOK;
