// The one page controller on both webmails: the same code reads Gmail's and Outlook's simulators
// through their adapters, asks the background about the open thread under the right webmail, puts
// the acknowledgement into that site's reply editor, sends it there and marks that site's rows.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Window } from 'happy-dom';
import type { TrackedRequest } from '@/utils/db/types';
import { createController } from '@/utils/webmail/controller';
import { createGmailAdapter } from '@/utils/webmail/gmail/adapter';
import { createOutlookAdapter } from '@/utils/webmail/outlook/adapter';
import type { ThreadSnapshot, WebmailAdapter, WebmailId } from '@/utils/webmail/types';
import type { SimData } from '../fixtures/sim';
import { fakeBackground, trackInput, until } from './helpers';
import { simPage as gmailPage } from './gmail-fixtures';
import { convPath, simPage as outlookPage, simState } from './outlook-fixtures';

const ME = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };
const ANA = { name: 'Ana Lima', email: 'ana.lima@example.com' };
const THREAD = '18c0de00000000a1';
const CONV = 'AAQkADAwATM0MDAAMS1hNjQ5LTFhZmQtMDACLTAwCgAQAHc+/Kx9TkV3nQsites=';
const TEXT = 'Hi Ana,\n\nGot it: you will have my answer by Friday.';

function data(threadId: string): SimData {
  return {
    me: ME,
    threads: [
      {
        id: threadId,
        subject: 'Budget figures',
        labels: ['INBOX', 'UNREAD'],
        messages: [
          {
            id: 'm-1',
            from: ANA,
            to: [ME],
            sentAt: '2026-11-24T09:00:00.000Z',
            bodyHtml: '<div>Hi Alex,<br><br>Could you send me the budget figures by Friday?<br><br>Ana</div>',
          },
        ],
      },
    ],
  };
}

interface Site {
  webmail: WebmailId;
  threadId: string;
  open: () => Promise<Window>;
  adapter: (doc: Document) => WebmailAdapter;
  /** What the simulator recorded as sent. */
  sent: (window: Window) => string[];
}

const SITES: Site[] = [
  {
    webmail: 'gmail',
    threadId: THREAD,
    open: () => gmailPage(`#inbox/${THREAD}`, data(THREAD)),
    adapter: (doc) => createGmailAdapter(doc),
    sent: (w) => (w as unknown as { __sim: { sent: { text: string }[] } }).__sim.sent.map((m) => m.text),
  },
  {
    webmail: 'outlook',
    threadId: CONV,
    open: () => outlookPage(convPath(CONV), data(CONV)),
    adapter: (doc) => createOutlookAdapter(doc),
    sent: (w) => simState(w).sent.map((m) => m.text),
  },
];

describe.each(SITES)('the controller on $webmail', (site) => {
  let abort: AbortController;
  let window: Window;
  let container: HTMLElement;

  beforeEach(async () => {
    abort = new AbortController();
    container = document.createElement('div');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key) as never);
    window = await site.open();
  });
  afterEach(async () => {
    abort.abort();
    vi.restoreAllMocks();
    await window.happyDOM.close();
  });

  it('reads the thread, acknowledges into the site’s editor and sends it there', async () => {
    const request = {
      ...trackInput({ webmail: site.webmail, threadId: site.threadId }),
      id: 3,
      state: 'new',
      stateBeforeSnooze: null,
      timestamps: {},
    } as TrackedRequest;
    const calls = fakeBackground(
      { webmail: site.webmail, threadId: site.threadId, requests: [request], newest: null },
      { composed: { templateId: 'builtin:en:acknowledge', language: 'en', text: TEXT } },
    );
    await fakeBrowser.storage.local.set({ settings: { acknowledgeBehaviour: 'send' } });
    const adapter = site.adapter(window.document as unknown as Document);
    const controller = createController(adapter, container, abort.signal);
    await controller.start();
    await controller.refresh();

    const analysed = calls.find((c) => c.name === 'thread.analyze')?.data as ThreadSnapshot;
    expect(analysed).toMatchObject({ webmail: site.webmail, threadId: site.threadId, subject: 'Budget figures' });
    expect(analysed.messages.at(-1)).toMatchObject({ from: ANA, isFromMe: false });
    expect(analysed.messages.at(-1)!.bodyText).toContain('Could you send me the budget figures by Friday?');

    await until(() => container.querySelector('[data-testid="ackly-acknowledge"]') !== null);
    container.querySelector<HTMLElement>('[data-testid="ackly-acknowledge"]')!.click();
    await until(() => calls.some((c) => c.name === 'template.used'));
    expect(calls.find((c) => c.name === 'template.compose')?.data).toMatchObject({
      kind: 'acknowledge',
      webmail: site.webmail,
      requestId: 3,
    });
    // Sent through the site's own Send button: the simulator records the text that was typed.
    for (let i = 0; i < 100 && site.sent(window).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(site.sent(window)).toHaveLength(1);
    expect(site.sent(window)[0]).toMatch(/^Hi Ana,\s*Got it: you will have my answer by Friday\./);
  });

  it('marks the row of a thread that owes a reply, in the site’s own list', async () => {
    fakeBackground(
      { webmail: site.webmail, threadId: site.threadId, requests: [], newest: null },
      { owedThreads: [{ threadId: site.threadId, overdue: true }] },
    );
    // The list: Gmail's inbox, Outlook's message list (shown beside the conversation too).
    if (site.webmail === 'gmail') window.location.hash = '#inbox';
    const adapter = site.adapter(window.document as unknown as Document);
    await until(() => adapter.inboxRows().length > 0);
    const controller = createController(adapter, container, abort.signal);
    await controller.start();
    await controller.refresh();
    const row = adapter.inboxRows().find((r) => r.threadId === site.threadId)!;
    await until(() => row.element.querySelector('[data-testid="ackly-row-marker"]') !== null);
    await controller.refresh();
    expect(markerCount(row.element)).toBe(1);
  });
});

describe.each(SITES)('the coach on $webmail', (site) => {
  it('puts a hint line after the reply editor with the background’s hints for what was typed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key) as never);
    const window = await site.open();
    const abort = new AbortController();
    try {
      const calls = fakeBackground(
        { webmail: site.webmail, threadId: site.threadId, requests: [], newest: null },
        {
          coachHints: [{ code: 'please', messageKey: 'coachPlease', fix: { kind: 'insert', at: 0, text: 'Please ' } }],
        },
      );
      const adapter = site.adapter(window.document as unknown as Document);
      const controller = createController(adapter, document.createElement('div'), abort.signal);
      await controller.start();
      await controller.refresh();
      const editor = await adapter.openReply();
      expect(adapter.composeEditors()).toContain(editor);
      adapter.insertText(editor, 'Send me the budget figures.');
      editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await controller.refresh();
      const hint = () =>
        (editor.nextElementSibling as HTMLElement | null)?.shadowRoot?.querySelector<HTMLElement>(
          '[data-testid="ackly-coach-hint"]',
        );
      for (let i = 0; i < 100 && !hint(); i++) await new Promise((r) => setTimeout(r, 20));
      expect(hint()?.dataset.code).toBe('please');
      const asked = calls.find((c) => c.name === 'coach.draft')?.data as { text: string; hasAttachments: boolean };
      expect(asked.text).toContain('Send me the budget figures.');
      expect(asked.hasAttachments).toBe(false);
      // The fix goes in where the coach says: here, at the start of the draft.
      hint()!.click();
      expect(editor.textContent).toMatch(/^Please Send me the budget figures\./);
    } finally {
      abort.abort();
      vi.restoreAllMocks();
      await window.happyDOM.close();
    }
  });
});

/** How many markers a row holds (a second refresh must not add another). */
function markerCount(row: HTMLElement): number {
  return row.querySelectorAll('[data-testid="ackly-row-marker"]').length;
}
