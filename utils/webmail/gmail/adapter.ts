// Gmail as a WebmailAdapter: which view is open, the thread as data, opening a reply, inserting
// text and sending, and one narrowly scoped observer for changes.
import { SelectorError, type InboxRow, type ThreadSnapshot, type WebmailAdapter, type WebmailView } from '../types';
import { pageChanged, waitFor } from '../dom';
import { readInboxRows, readThread } from './parse';
import { GMAIL } from './selectors';

/** Gmail's buttons react to the full mouse sequence, not to click() alone. */
function press(el: Element): void {
  const view = el.ownerDocument.defaultView;
  for (const type of ['mousedown', 'mouseup', 'click']) {
    el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view }));
  }
}

export function createGmailAdapter(doc: Document = document): WebmailAdapter {
  function currentView(): WebmailView {
    if (doc.querySelector(GMAIL.thread)) return 'thread';
    if (doc.querySelector(GMAIL.inboxRow)) return 'inbox';
    return 'other';
  }

  return {
    webmail: 'gmail',
    currentView,

    readThread(): ThreadSnapshot {
      return readThread(doc, doc.location?.href ?? '');
    },

    inboxRows(): InboxRow[] {
      return readInboxRows(doc);
    },

    async openReply(): Promise<HTMLElement> {
      const thread = doc.querySelector(GMAIL.thread);
      if (!thread) throw new SelectorError(GMAIL.thread, 'open thread');
      const open = thread.querySelector<HTMLElement>(GMAIL.composeEditor);
      if (open) return open;
      const items = thread.querySelectorAll(GMAIL.messageItem);
      const last = items[items.length - 1];
      const reply = thread.querySelector(GMAIL.replyLink) ?? last?.querySelector(GMAIL.replyButton);
      if (!reply) throw new SelectorError(`${GMAIL.replyLink}, ${GMAIL.replyButton}`, 'reply button');
      press(reply);
      return waitFor<HTMLElement>(thread, GMAIL.composeEditor);
    },

    insertText(editor: HTMLElement, text: string): void {
      editor.focus();
      // execCommand keeps Gmail's editor state (undo, draft saving) in step with the text.
      const inserted = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
      if (!inserted || !(editor.textContent ?? '').includes(text.split('\n')[0] ?? '')) {
        const lines = text.split('\n');
        editor.replaceChildren(
          ...lines.flatMap((line, i) =>
            i === 0 ? [doc.createTextNode(line)] : [doc.createElement('br'), doc.createTextNode(line)],
          ),
        );
        editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
      }
    },

    send(editor: HTMLElement): void {
      const compose = editor.closest('.M9') ?? editor.closest('[role="region"]') ?? doc;
      const button = compose.querySelector(GMAIL.sendButton);
      if (!button) throw new SelectorError(GMAIL.sendButton, 'send button');
      press(button);
    },

    rowMarkerSlot(row: InboxRow): HTMLElement | null {
      // Before the subject, inside Gmail's own subject line.
      return row.element.querySelector<HTMLElement>(GMAIL.rowMarkerCell);
    },

    composeEditors(): HTMLElement[] {
      return Array.from(doc.querySelectorAll<HTMLElement>(GMAIL.composeEditor));
    },

    composeInfo(editor: HTMLElement) {
      const compose = editor.closest(GMAIL.compose) ?? editor.parentElement;
      return {
        history: editor.querySelector(GMAIL.composeQuote),
        hasAttachments: compose?.querySelector(GMAIL.composeAttachment) !== null && compose !== null,
      };
    },

    makeRoom(px: number): void {
      const thread = doc.querySelector<HTMLElement>(GMAIL.thread);
      const padding = px > 0 ? `${px}px` : '';
      // Only a change is written: every sidebar drawing asks, and a write makes the page restyle.
      if (thread && thread.style.paddingRight !== padding) thread.style.paddingRight = padding;
    },

    observe(onChange: () => void, signal: AbortSignal): void {
      // One observer on the view container: list ↔ thread switches, messages expanding or arriving.
      const attach = () => {
        const root = doc.querySelector(GMAIL.contentRoot) ?? doc.body;
        // Only a flag for the controller (its look at the page comes later, once): no DOM read here.
        const observer = new MutationObserver((records) => {
          if (pageChanged(records)) onChange();
        });
        observer.observe(root, { childList: true, subtree: true });
        signal.addEventListener('abort', () => observer.disconnect(), { once: true });
      };
      if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', attach, { once: true, signal });
      else attach();
    },
  };
}
