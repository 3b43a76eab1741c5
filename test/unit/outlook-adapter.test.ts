// The Outlook adapter drives the simulator as a person would: which view is open, the list rows and
// where their marker goes, opening the inline reply, writing above the quoted history, sending, and
// noticing navigation — in English and with a translated interface.
import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { SelectorError, type WebmailAdapter } from '@/utils/webmail/types';
import { createOutlookAdapter } from '@/utils/webmail/outlook/adapter';
import { rebuild, translate } from '../fixtures/outlook/translate';
import { ANA, BUDGET, DATA, ME, OFFSITE, convPath, simPage, simState, until } from './outlook-fixtures';

let window: Window | undefined;
afterEach(async () => {
  await window?.happyDOM.close();
  window = undefined;
});

async function open(path: string, rewrite?: (html: string) => string): Promise<[WebmailAdapter, Document]> {
  window = await simPage(path, DATA, rewrite);
  const doc = window.document as unknown as Document;
  return [createOutlookAdapter(doc), doc];
}

/** The editor's text above its quoted history, and the history itself. */
function parts(editor: HTMLElement): { written: string; history: string } {
  const marker = editor.querySelector('#appendonsend')!;
  const range = editor.ownerDocument.createRange();
  range.setStart(editor, 0);
  range.setEndBefore(marker);
  const written = range.toString();
  range.setStartBefore(marker);
  range.setEnd(editor, editor.childNodes.length);
  return { written, history: range.toString() };
}

const variants: [string, ((html: string) => string) | undefined][] = [
  ['English', undefined],
  ['German', (html) => translate(html, 'de')],
  ['Polish, classes renamed', (html) => rebuild(translate(html, 'pl'))],
];

describe('views', () => {
  it('tells the message list from an open conversation', async () => {
    const [adapter, doc] = await open('/mail/inbox');
    expect(adapter.webmail).toBe('outlook');
    expect(adapter.currentView()).toBe('inbox');
    expect(() => adapter.readThread()).toThrow(SelectorError);
    (doc.querySelector(`[data-convid="${BUDGET}"]`) as HTMLElement).click();
    await until(() => adapter.currentView() === 'thread', 'the conversation to open');
    expect(adapter.readThread()).toMatchObject({ threadId: BUDGET, subject: 'Budget figures' });
  });

  it('is neither on a page without Outlook', async () => {
    const [, doc] = await open('/mail/inbox');
    const blank = doc.implementation.createHTMLDocument('');
    blank.body.innerHTML = '<div role="main"><p>Signed out</p></div>';
    expect(createOutlookAdapter(blank).currentView()).toBe('other');
  });
});

describe('list rows', () => {
  it('gives rows with a marker slot on the subject line, inside the row', async () => {
    const [adapter, doc] = await open(convPath(BUDGET));
    const rows = adapter.inboxRows();
    expect(rows.map((r) => r.subject)).toEqual(['Budget figures', 'Invoice 2211', 'Quarterly offsite']);
    for (const row of rows) {
      const slot = adapter.rowMarkerSlot(row)!;
      expect(row.element.contains(slot)).toBe(true);
      expect(slot).not.toBe(row.element);
      const marker = doc.createElement('span');
      slot.prepend(marker);
      // Before the subject, on its line.
      const subject = Array.from(slot.querySelectorAll('[title]')).find((el) => el.textContent === row.subject)!;
      expect(marker.compareDocumentPosition(subject) & 4).toBe(4);
    }
  });

  it('has no slot in a row without a subject line', async () => {
    const [adapter] = await open('/mail/inbox');
    const row = adapter.inboxRows()[0]!;
    row.element.replaceChildren('Ana Lima Budget figures');
    expect(adapter.rowMarkerSlot(row)).toBeNull();
  });
});

describe.each(variants)('reply and send (%s)', (_name, rewrite) => {
  it('opens the inline reply and resolves with its editor', async () => {
    const [adapter, doc] = await open(convPath(BUDGET), rewrite);
    const editor = await adapter.openReply();
    expect(editor.isContentEditable || editor.getAttribute('contenteditable')).toBeTruthy();
    expect(editor.closest('[data-app-section="MailReadCompose"]')).not.toBeNull();
    expect(editor.querySelector('#divRplyFwdMsg')).not.toBeNull();
    // Reply to the newest message: the compose answers Ana.
    expect(doc.querySelector('[data-sim-compose]')!.getAttribute('data-sim-compose')).toBe('reply');
    expect(doc.querySelector('.sim-well')!.textContent).toContain(ANA.name);
    // A second call finds the open compose instead of opening another.
    expect(await adapter.openReply()).toBe(editor);
    expect(doc.querySelectorAll('[data-sim-compose]').length).toBe(1);
  });

  it('writes at the caret on the first line, above the quoted history, and sends that text', async () => {
    const [adapter, doc] = await open(convPath(BUDGET), rewrite);
    const editor = await adapter.openReply();
    const historyBefore = parts(editor).history;
    expect(historyBefore).toContain('Also, please attach the invoice.');
    adapter.insertText(editor, 'Thanks Ana,\nthe invoice follows today.');
    expect(parts(editor).written).toBe('Thanks Ana,the invoice follows today.');
    expect(editor.firstElementChild!.innerHTML).toBe('Thanks Ana,<br>the invoice follows today.<br>');
    expect(parts(editor).history).toBe(historyBefore);

    adapter.send(editor);
    const sim = simState(window!);
    await until(() => sim.sent.length === 1, 'the simulator to send');
    expect(sim.sent[0]).toMatchObject({ kind: 'reply', threadId: BUDGET });
    // Only what was written above the history is new text (happy-dom's innerText drops the <br>).
    expect(sim.sent[0]!.text).toMatch(/^Thanks Ana,\n?the invoice follows today\.$/);
    expect(sim.sent[0]!.html).toContain('Thanks Ana,<br>the invoice follows today.');
    expect(doc.querySelector('[data-sim-compose]')).toBeNull();

    // The sent reply shows up as the user's newest message, its history kept apart.
    await until(() => adapter.readThread().messages.length === 5, 'the sent message to appear');
    const sent = adapter.readThread().messages.at(-1)!;
    expect(sent).toMatchObject({ isFromMe: true, from: ME, bodyText: 'Thanks Ana,\nthe invoice follows today.' });
    expect(sent.quotedText).toContain('Also, please attach the invoice.');
  });
});

describe('insertText', () => {
  it('moves a caret that sits in the history (or nowhere) back above it', async () => {
    const [adapter, doc] = await open(convPath(BUDGET));
    const editor = await adapter.openReply();
    // What the controller does today: caret at the very end of the editor, below the history.
    const range = doc.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    adapter.insertText(editor, 'First.');
    expect(parts(editor).written).toBe('First.');
    doc.getSelection()!.removeAllRanges();
    adapter.insertText(editor, ' Second.');
    expect(parts(editor).written).toBe('First. Second.');
    expect(parts(editor).history.startsWith('From: Ana Lima')).toBe(true);
  });

  it('drops leading line breaks when only the history is there, keeps them below written text', async () => {
    const [adapter] = await open(convPath(BUDGET));
    const editor = await adapter.openReply();
    // The controller sees the history as written text and asks for a paragraph break.
    adapter.insertText(editor, '\n\nThanks, on it.');
    expect(editor.firstElementChild!.innerHTML).toBe('Thanks, on it.<br>');
    adapter.insertText(editor, '\n\nPiet');
    expect(editor.firstElementChild!.innerHTML).toBe('Thanks, on it.<br><br>Piet<br>');
  });

  it('keeps text at the caret when the person already wrote something', async () => {
    const [adapter, doc] = await open(convPath(BUDGET));
    const editor = await adapter.openReply();
    const line = editor.firstElementChild!;
    line.replaceChildren('Hello Ana, see you soon.');
    const range = doc.createRange();
    range.setStart(line.firstChild!, 'Hello Ana,'.length);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    adapter.insertText(editor, ' thanks!');
    expect(parts(editor).written).toBe('Hello Ana, thanks! see you soon.');
  });

  it('writes into an editor without history, and tells the editor about it', async () => {
    const [adapter, doc] = await open(convPath(BUDGET));
    const editor = doc.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    doc.body.append(editor);
    const inputs: string[] = [];
    editor.addEventListener('input', (e) => inputs.push((e as InputEvent).data ?? ''));
    adapter.insertText(editor, 'Plain text <b>not bold</b>');
    expect(editor.textContent).toBe('Plain text <b>not bold</b>');
    expect(editor.querySelector('b')).toBeNull();
    expect(inputs).toEqual(['Plain text <b>not bold</b>']);
  });
});

describe('send', () => {
  it('falls back to the compose’s primary button, and names the selector when there is none', async () => {
    const [adapter, doc] = await open(convPath(BUDGET), (html) => translate(html, 'nl'));
    const editor = await adapter.openReply();
    const button = doc.querySelector('[data-sim-compose] button.ms-Button--primary')!;
    let clicks = 0;
    button.addEventListener('click', () => clicks++);
    button.removeAttribute('aria-label');
    adapter.send(editor);
    expect(clicks).toBe(1);
    button.remove();
    expect(() => adapter.send(editor)).toThrow(SelectorError);
    expect(() => adapter.send(editor)).toThrow('send button');
  });

  it('cannot reply without a conversation or a reply button', async () => {
    const [adapter, doc] = await open('/mail/inbox');
    await expect(adapter.openReply()).rejects.toThrow('open conversation');
    (doc.querySelector(`[data-convid="${OFFSITE}"]`) as HTMLElement).click();
    await until(() => adapter.currentView() === 'thread', 'the conversation to open');
    for (const b of Array.from(doc.querySelectorAll('[data-app-section="ConversationContainer"] button'))) b.remove();
    await expect(adapter.openReply()).rejects.toThrow('reply button');
  });
});

describe('makeRoom', () => {
  it('pads the reading pane so the sidebar covers no text, and gives the room back', async () => {
    const [adapter, doc] = await open(convPath(BUDGET));
    const pane = doc.querySelector<HTMLElement>('[data-app-section="MailReadCompose"]')!;
    adapter.makeRoom(320);
    expect(pane.style.paddingRight).toBe('320px');
    adapter.makeRoom(0);
    expect(pane.style.paddingRight).toBe('');
  });
});

describe('observe', () => {
  it('calls back when a row is clicked (History API navigation) and stops with its signal', async () => {
    const [adapter, doc] = await open('/mail/inbox');
    const abort = new AbortController();
    let calls = 0;
    adapter.observe(() => calls++, abort.signal);
    (doc.querySelector(`[data-convid="${BUDGET}"]`) as HTMLElement).click();
    expect(window!.location.pathname).toBe(convPath(BUDGET));
    await until(() => calls > 0 && adapter.currentView() === 'thread', 'the callback after navigation');
    // Expanding a collapsed message changes the conversation too.
    const before = calls;
    (doc.querySelector('[aria-expanded="false"][tabindex]') as HTMLElement).click();
    await until(() => calls > before, 'the callback after expanding');
    abort.abort();
    const after = calls;
    (doc.querySelector(`[data-convid="${OFFSITE}"]`) as HTMLElement).click();
    await until(() => adapter.currentView() === 'thread' && adapter.readThread().threadId === OFFSITE, 'navigation');
    expect(calls).toBe(after);
  });

  it('watches only the app area once Outlook has drawn it', async () => {
    const [adapter, doc] = await open('/mail/inbox');
    let calls = 0;
    adapter.observe(() => calls++, new AbortController().signal);
    doc.body.append(doc.createElement('div'));
    await new Promise((r) => setTimeout(r, 30));
    expect(calls).toBe(0);
    doc.querySelector('[role="listbox"]')!.append(doc.createElement('div'));
    await until(() => calls === 1, 'the callback for a change in the list');
  });

  it('starts on the whole page while Outlook boots, then narrows to the app area', async () => {
    const [adapter, doc] = await open('/mail/inbox');
    const app = doc.getElementById('sim-cols')!;
    app.remove();
    let calls = 0;
    adapter.observe(() => calls++, new AbortController().signal);
    doc.body.append(app);
    await until(() => calls === 1, 'the callback when the app appears');
    doc.body.append(doc.createElement('div'));
    await new Promise((r) => setTimeout(r, 30));
    expect(calls).toBe(1);
    doc.querySelector('[role="listbox"]')!.append(doc.createElement('div'));
    await until(() => calls === 2, 'the callback for a change in the list');
  });
});
