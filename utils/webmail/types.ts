// What a webmail *is* to Ackly, independent of how one site is read. Each site implements
// WebmailAdapter; everything it hands over is plain, serialisable data.
export type WebmailId = 'gmail' | 'outlook';

export interface Person {
  name: string;
  email: string;
}

/** One message as read from the page. Dates travel as ISO strings so snapshots survive messaging. */
export interface MessageSnapshot {
  messageId: string;
  threadId: string;
  from: Person;
  to: Person[];
  cc: Person[];
  /** ISO 8601 */
  sentAt: string;
  subject: string;
  /** The new text of the message, quoted parts removed where the page marks them. */
  bodyText: string;
  /** Quoted earlier messages, when the page separates them. */
  quotedText?: string;
  hasAttachments: boolean;
  attachmentNames?: string[];
  isFromMe: boolean;
}

export interface ThreadSnapshot {
  webmail: WebmailId;
  threadId: string;
  subject: string;
  /** The page address that opens this thread again. */
  url: string;
  /** The signed-in user, when the page shows it. */
  me: Person | null;
  /** Oldest first. */
  messages: MessageSnapshot[];
}

export type WebmailView = 'inbox' | 'thread' | 'other';

/** A row of the inbox list. Adapters read `subject`, `from` and `unread` when first asked for. */
export interface InboxRow {
  threadId: string;
  readonly subject: string;
  readonly from: Person | null;
  readonly unread: boolean;
  element: HTMLElement;
}

/** A page element the adapter expected and did not find. Carries the selector, never email content. */
export class SelectorError extends Error {
  override name = 'SelectorError';
  constructor(
    readonly selector: string,
    readonly what: string,
  ) {
    super(`Ackly: could not find ${what} (selector: ${selector})`);
  }
}

export interface ComposeInfo {
  history: Element | null;
  hasAttachments: boolean;
}

export interface WebmailAdapter {
  readonly webmail: WebmailId;
  currentView(): WebmailView;
  /** Throws SelectorError when the page is a thread view but a required part is missing. */
  readThread(): ThreadSnapshot;
  inboxRows(): InboxRow[];
  /** Opens the reply box under the newest message; resolves with the editor element. */
  openReply(): Promise<HTMLElement>;
  /** Inserts text at the caret of the open compose editor. */
  insertText(editor: HTMLElement, text: string): void;
  /** Sends the compose that `editor` belongs to. Throws SelectorError when its Send button is missing. */
  send(editor: HTMLElement): void;
  /** Where a row's marker goes, inside the row so the row keeps its layout; null when the row has no such place. */
  rowMarkerSlot(row: InboxRow): HTMLElement | null;
  /** Leaves `px` of room on the right of the open thread for the sidebar (0 gives it back). */
  makeRoom(px: number): void;
  /** The open compose editors (inline replies, new mails). */
  composeEditors(): HTMLElement[];
  /** Of one compose: the quoted history inside its editor (what the user wrote ends there), and whether files are attached. */
  composeInfo(editor: HTMLElement): ComposeInfo;
  /** Calls back (debounced by the caller) when the view or the open thread changes. */
  observe(onChange: () => void, signal: AbortSignal): void;
}
