// The please/thank-you coach in every webmail's compose: a hint line right after each open editor,
// refreshed a moment after the user stops typing (the hints are computed in the background, where
// the coach's lexicons live), dismissible per draft, never blocking Send. Clicking a hint with a
// clear fix inserts it where the coach says.
import { h, render } from 'preact';
import { CoachHints } from '@/components/sidebar/CoachHints';
import type { CoachHint } from '@/utils/coach';
import { t } from '@/utils/i18n/t';
import { sendMessage } from '@/utils/messaging/client';
import { draftText, shadowHost } from './dom';
import type { WebmailAdapter } from './types';

/** Quiet time after the last keystroke before the draft is looked at. */
export const COACH_DEBOUNCE_MS = 400;

const CSS = `:host{all:initial;display:block}
.ackly-coach{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin:4px 0;font:12px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#3c4043}
.ackly-coach-title{font-weight:600;color:#1a73e8}
.ackly-coach-hint{padding:1px 8px;border:1px solid #f9ab00;border-radius:10px;background:#fef7e0;font:inherit;color:inherit}
button.ackly-coach-hint{cursor:pointer}button.ackly-coach-hint:hover,button.ackly-coach-hint:focus-visible{border-color:#1a73e8}
.ackly-coach-close{border:0;background:none;font:inherit;font-size:14px;color:#5f6368;cursor:pointer}
[data-theme=dark] .ackly-coach{color:#e8eaed}[data-theme=dark] .ackly-coach-title{color:#8ab4f8}[data-theme=dark] .ackly-coach-hint{background:#3c3000;border-color:#a86f00}[data-theme=dark] .ackly-coach-close{color:#bdc1c6}
:focus-visible{outline:2px solid #1a73e8;outline-offset:1px}[data-theme=dark] :focus-visible{outline-color:#8ab4f8}`;

interface Slot {
  host: HTMLElement;
  container: HTMLElement;
  timer?: ReturnType<typeof setTimeout>;
  /** Hidden by the user for this draft. */
  dismissed: boolean;
  /** Only the newest answer is shown, whatever order answers arrive in. */
  asked: number;
}

export interface CoachOptions {
  enabled: () => boolean;
  /** The text of the message the open thread's reply answers (null: a new mail). */
  replyTo: () => string | null;
  /** Light or dark, as the sidebar (see pageTheme in ./controller.ts). */
  theme?: () => 'light' | 'dark';
  /** Resolves once the interface strings are there (the controller fetches them when first shown). */
  strings?: () => Promise<void>;
  onError: (error: unknown) => void;
}

export function createCoach(adapter: WebmailAdapter, options: CoachOptions, signal: AbortSignal) {
  const slots = new Map<HTMLElement, Slot>();

  function attach(editor: HTMLElement): Slot {
    const { host, container } = shadowHost(editor.ownerDocument, 'ackly-coach', CSS);
    editor.after(host);
    const slot: Slot = { host, container, dismissed: false, asked: 0 };
    slots.set(editor, slot);
    editor.addEventListener('input', () => schedule(editor), { signal });
    return slot;
  }

  function schedule(editor: HTMLElement): void {
    const slot = slots.get(editor);
    if (!slot) return;
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => void check(editor).catch(options.onError), COACH_DEBOUNCE_MS);
  }

  function show(slot: Slot, hints: CoachHint[], editor: HTMLElement): void {
    slot.container.dataset.theme = options.theme?.() ?? 'light';
    render(
      h(CoachHints, {
        hints,
        t,
        onFix: (hint) => applyFix(editor, hint),
        onDismiss: () => {
          slot.dismissed = true;
          render(null, slot.container);
        },
      }),
      slot.container,
    );
  }

  async function check(editor: HTMLElement): Promise<void> {
    const slot = slots.get(editor);
    if (!slot || signal.aborted) return;
    const asked = ++slot.asked;
    const { history, hasAttachments } = adapter.composeInfo(editor);
    const { text } = draftText(editor, history);
    if (slot.dismissed || !options.enabled() || text.trim() === '') return render(null, slot.container);
    const reply = options.replyTo();
    const hints = await sendMessage('coach.draft', {
      text,
      hasAttachments,
      replyTo: reply === null ? null : { bodyText: reply },
    });
    await options.strings?.();
    if (asked === slot.asked && !slot.dismissed) show(slot, hints, editor);
  }

  function applyFix(editor: HTMLElement, hint: CoachHint): void {
    const fix = hint.fix;
    if (!fix) return;
    const doc = editor.ownerDocument;
    const point = draftText(editor, adapter.composeInfo(editor).history).locate(fix.at);
    editor.focus();
    const range = doc.createRange();
    range.setStart(point.node, point.offset);
    range.collapse(true);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    // execCommand keeps the webmail's editor (undo, draft saving) in step; else insert the text node.
    const inserted = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, fix.text);
    if (!inserted) {
      range.insertNode(doc.createTextNode(fix.text));
      editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    schedule(editor);
  }

  /** Finds new compose editors, forgets closed ones, and refreshes all when the settings change. */
  function scan(recheck = false): void {
    for (const [editor, slot] of slots) {
      if (editor.isConnected) continue;
      clearTimeout(slot.timer);
      slot.host.remove();
      slots.delete(editor);
    }
    if (!options.enabled() && !recheck) return;
    for (const editor of adapter.composeEditors()) {
      if (!slots.has(editor)) {
        attach(editor);
        schedule(editor);
      } else if (recheck) schedule(editor);
    }
  }

  signal.addEventListener('abort', () => {
    for (const [, slot] of slots) {
      clearTimeout(slot.timer);
      slot.host.remove();
    }
    slots.clear();
  });

  return { scan };
}
