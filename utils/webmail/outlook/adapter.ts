// Outlook on the web as a WebmailAdapter: which view is open, the conversation as data, opening the
// inline reply, writing above the quoted history and sending, and one observer on the app area.
import { SelectorError, type WebmailAdapter } from '../types';
import { $, $$, pageChanged, waitFor } from '../dom';
import { findConversation, readInboxRows, readThread, rowMarkerSlot } from './parse';
import * as S from './selectors';

/** The part of the app that changes on navigation: the smallest element holding the message list and the reading pane. */
function appRoot(doc: Document): Element | null {
  const pane = $(doc, S.readingPane);
  let el = pane && $(doc, S.messageList)?.parentElement;
  while (el && !el.contains(pane)) el = el.parentElement;
  return el ?? null;
}

/** The caret, moved to the end of what is written above the quoted history unless it is there already. */
function caretAboveHistory(editor: HTMLElement, history: Element | null): Range {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  const current = selection?.rangeCount ? selection.getRangeAt(0) : null;
  if (current && editor.contains(current.startContainer)) {
    if (!history) return current;
    const start = doc.createRange();
    start.setStartBefore(history);
    if (start.comparePoint(current.startContainer, current.startOffset) < 0) return current;
  }
  // The editor's child that holds the history, and the last line written above it.
  let top: Node | null = history;
  while (top && top.parentNode !== editor) top = top.parentNode;
  let line = top ? top.previousSibling : editor.lastChild;
  if (!line || line.nodeName === 'HR') line = editor.insertBefore(doc.createElement('div'), top);
  const range = doc.createRange();
  // An empty line holds a <br> placeholder: write before it.
  if (line.lastChild?.nodeName === 'BR') range.setStartBefore(line.lastChild);
  else {
    range.selectNodeContents(line);
    range.collapse(false);
  }
  selection?.removeAllRanges();
  selection?.addRange(range);
  return range;
}

/** The text written above the history (all of the editor's text when there is none). */
function writtenText(editor: HTMLElement, history: Element | null): string {
  if (!history) return editor.textContent ?? '';
  const range = editor.ownerDocument.createRange();
  range.setStart(editor, 0);
  range.setEndBefore(history);
  return range.toString();
}

export function createOutlookAdapter(doc: Document = document): WebmailAdapter {
  const pane = () => $(doc, S.readingPane);
  const click = (el: Element) => (el as HTMLElement).click();
  // Re-finds the observed area (set by observe); the controller asks for the view after every navigation.
  let rewatch = () => {};

  return {
    webmail: 'outlook',

    currentView() {
      rewatch();
      if (findConversation(doc)) return 'thread';
      return $(doc, S.row) ? 'inbox' : 'other';
    },

    readThread: () => readThread(doc, doc.location?.href ?? ''),
    inboxRows: () => readInboxRows(doc),
    rowMarkerSlot: (row) => rowMarkerSlot(row.element),

    async openReply() {
      const root = pane() ?? doc.body;
      const open = $(root, S.editor);
      if (open) return open;
      const conversation = findConversation(doc);
      if (!conversation) throw new SelectorError(S.conversation, 'open conversation');
      // The last Reply belongs to the newest open message; its icon is the same in every language.
      const button =
        $$(conversation, S.replyIcon).pop()?.closest('button, [role="button"]') ??
        $$(conversation, S.replyButton).pop();
      if (!button) throw new SelectorError(`${S.replyIcon}, ${S.replyButton}`, 'reply button');
      click(button);
      return waitFor<HTMLElement>(root, S.editor);
    },

    insertText(editor, text) {
      editor.focus();
      const history = $(editor, S.quote);
      const range = caretAboveHistory(editor, history);
      const before = writtenText(editor, history);
      // Callers set their text apart from what is written with leading line breaks; when only the
      // history is there (which they cannot tell from written text) there is nothing to set apart.
      if (!before.trim()) text = text.replace(/^\s*\n/, '');
      // execCommand keeps Outlook's editor (undo, draft saving) in step with the text.
      doc.execCommand?.('insertText', false, text);
      if (writtenText(editor, history).length !== before.length) return;
      const fragment = doc.createDocumentFragment();
      text.split('\n').forEach((line, i) => fragment.append(...(i ? [doc.createElement('br'), line] : [line])));
      const last = fragment.lastChild;
      range.deleteContents();
      range.insertNode(fragment);
      if (last) range.setStartAfter(last);
      range.collapse(true);
      const Input = doc.defaultView?.InputEvent ?? InputEvent;
      editor.dispatchEvent(new Input('input', { bubbles: true, inputType: 'insertText', data: text }));
    },

    send(editor) {
      // The nearest ancestor of the editor that holds a Send button is its compose.
      const stop = editor.closest(S.readingPane);
      for (let el = editor.parentElement; el; el = el.parentElement) {
        const button = $(el, S.sendButton);
        if (button) return click(button);
        if (el === stop) break;
      }
      throw new SelectorError(S.sendButton, 'send button');
    },

    composeEditors: () => $$(doc, S.editor),

    composeInfo(editor) {
      // The compose is the nearest ancestor holding a Send button; its attachment list sits there.
      let compose: Element | null = editor.parentElement;
      while (compose && !$(compose, S.sendButton)) compose = compose.parentElement;
      const files = compose ? $$(compose, S.attachment).filter((a) => !editor.contains(a)) : [];
      return { history: $(editor, S.quote), hasAttachments: files.length > 0 };
    },

    makeRoom(px) {
      const el = pane();
      const padding = px > 0 ? `${px}px` : '';
      // Only a change is written: every sidebar drawing asks, and a write makes the page restyle.
      if (el && el.style.paddingRight !== padding) el.style.paddingRight = padding;
    },

    observe(onChange, signal) {
      // One observer on the app area (message list and reading pane); on the whole body only until
      // Outlook has drawn that area, and again should Outlook draw it anew (currentView looks).
      let root: Element | null = null;
      let observer: MutationObserver | null = null;
      const watch = (rewatch = () => {
        const next = appRoot(doc) ?? doc.body;
        if (signal.aborted || (next === root && next.isConnected)) return;
        observer?.disconnect();
        observer = new MutationObserver((records) => {
          // While Outlook boots (the whole body watched), look for its app area at once; after that
          // the callback only passes a flag on.
          if (root === doc.body) watch();
          if (pageChanged(records)) onChange();
        });
        observer.observe((root = next), { childList: true, subtree: true });
      });
      signal.addEventListener('abort', () => observer?.disconnect(), { once: true });
      if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', watch, { once: true, signal });
      else watch();
    },
  };
}
