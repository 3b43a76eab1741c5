// When the webmail changes so that a hook Ackly reads is gone, the sidebar says it cannot read the
// page and gives the details for a bug report (which hook, never email content), and the rest keeps
// working. Each hook that reading a thread depends on is removed from the simulator in turn.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Window } from 'happy-dom';
import { browserName, createController, pageProblemReport } from '@/utils/webmail/controller';
import { createGmailAdapter } from '@/utils/webmail/gmail/adapter';
import { GMAIL } from '@/utils/webmail/gmail/selectors';
import { createOutlookAdapter } from '@/utils/webmail/outlook/adapter';
import { OUTLOOK } from '@/utils/webmail/outlook/selectors';
import { SelectorError, type WebmailAdapter, type WebmailId } from '@/utils/webmail/types';
import type { SimData } from '../fixtures/sim';
import { fakeAdapter, fakeBackground, until } from './helpers';
import { simPage as gmailPage } from './gmail-fixtures';
import { BUDGET, DATA as OUTLOOK_DATA, convPath, simPage as outlookPage, simState } from './outlook-fixtures';

const ME = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };
const ANA = { name: 'Ana Lima', email: 'ana.lima@example.com' };
const THREAD = '18c0de00000000b7';

const GMAIL_DATA: SimData = {
  me: ME,
  threads: [
    {
      id: THREAD,
      subject: 'Budget figures',
      labels: ['INBOX', 'UNREAD'],
      messages: [
        {
          // Older: shown collapsed, with its snippet.
          id: 'm-1',
          from: ANA,
          to: [ME],
          sentAt: '2026-11-23T09:00:00.000Z',
          bodyHtml: '<div>Hi Alex,<br><br>Quick one about the budget.<br><br>Ana</div>',
        },
        {
          // Newest: expanded, with the reply bar.
          id: 'm-2',
          from: ANA,
          to: [ME],
          sentAt: '2026-11-24T09:00:00.000Z',
          bodyHtml:
            '<div>Hi Alex,<br><br>Could you send me the budget figures by Friday?<br><br>Ana</div>' +
            '<div class="gmail_quote">On Monday Ana wrote: Quick one about the budget.</div>',
          attachments: [{ name: 'budget-2026.xlsx', size: '48 KB' }],
        },
      ],
    },
  ],
};

/** Everything personal on the pages: none of it may appear in an error, a log line or a report. */
const EMAIL_CONTENT = [
  'Budget figures',
  'budget',
  'Friday',
  'Ana Lima',
  'Ana',
  'Alex',
  'Piet',
  'Jonas',
  'Mia',
  'ana.lima@',
  'alex.morgan@',
  'piet@',
  '@acme.example',
  '@example.com',
  'invoice',
  '.xlsx',
];

/** Removes every attribute `name` from the elements matching `selector`. */
const dropAttr = (selector: string, name: string) => (doc: Document) => {
  for (const el of doc.querySelectorAll(selector)) el.removeAttribute(name);
};
/** Removes class `name` from the elements matching `selector`. */
const dropClass = (selector: string, name: string) => (doc: Document) => {
  for (const el of doc.querySelectorAll(selector)) el.classList.remove(name);
};
const all =
  (...steps: ((doc: Document) => void)[]) =>
  (doc: Document) => {
    for (const step of steps) step(doc);
  };

/**
 * What removing a hook does: `unreadable` — the sidebar says it cannot read the page, naming the
 * selector; `reads` — an optional hook (or one with a fallback): the thread is still read, a little
 * poorer; `hidden` — the thread view itself is no longer recognised: Ackly stays out of the way.
 */
type Effect = 'unreadable' | 'reads' | 'hidden';

interface HookCase {
  /** The hook's name in the site's selector table. */
  hook: string;
  /** A label when one hook has several cases (e.g. with and without its fallback). */
  label?: string;
  remove: (doc: Document) => void;
  effect: Effect;
  /** The selector the report names (default: the hook's own). */
  selector?: string;
  /**
   * Replying rests on this hook too (Ackly's adapter, or the simulator's own reply code), so it is
   * not expected to keep working without it.
   */
  replyUsesIt?: boolean;
}

interface Site {
  webmail: WebmailId;
  threadId: string;
  table: Record<string, string>;
  open: () => Promise<Window>;
  adapter: (doc: Document) => WebmailAdapter;
  sent: (window: Window) => string[];
  /** The list shows beside the open thread, so its row markers must keep working there. */
  listBesideThread: boolean;
  cases: HookCase[];
  /** Hooks that reading a thread does not use, and what they are for instead. */
  notRead: Record<string, string>;
}

const SITES: Site[] = [
  {
    webmail: 'gmail',
    threadId: THREAD,
    table: GMAIL,
    open: () => gmailPage(`#inbox/${THREAD}`, GMAIL_DATA),
    adapter: (doc) => createGmailAdapter(doc),
    sent: (w) => (w as unknown as { __sim: { sent: { text: string }[] } }).__sim.sent.map((m) => m.text),
    listBesideThread: false,
    cases: [
      { hook: 'thread', remove: dropClass('.a98.iY', 'a98'), effect: 'hidden', replyUsesIt: true },
      { hook: 'threadSubject', remove: dropClass('h2.hP', 'hP'), effect: 'unreadable' },
      {
        hook: 'threadSubject',
        label: 'thread id',
        remove: all(dropAttr('h2.hP', 'data-legacy-thread-id'), dropAttr('h2.hP', 'data-thread-perm-id')),
        effect: 'unreadable',
        selector: `${GMAIL.threadSubject}[data-legacy-thread-id]`,
      },
      { hook: 'messageItem', remove: dropAttr('[role="listitem"]', 'role'), effect: 'unreadable' },
      { hook: 'messageIds', remove: dropAttr('.ads[data-message-id]', 'data-message-id'), effect: 'unreadable' },
      { hook: 'sender', remove: dropAttr('span.gD[email]', 'email'), effect: 'unreadable' },
      { hook: 'body', remove: dropClass('div.a3s', 'a3s'), effect: 'unreadable' },
      {
        hook: 'snippet',
        remove: dropClass('.iA.g6', 'g6'),
        effect: 'unreadable',
        selector: `${GMAIL.body}, ${GMAIL.snippet}`,
      },
      { hook: 'recipients', remove: dropAttr('.hb span.g2[email]', 'email'), effect: 'reads' },
      { hook: 'date', remove: dropAttr('span.g3[title]', 'title'), effect: 'reads' },
      { hook: 'quote', remove: dropClass('.gmail_quote', 'gmail_quote'), effect: 'reads' },
      { hook: 'bodyChrome', remove: dropClass('.ajU', 'ajU'), effect: 'reads' },
      { hook: 'attachmentName', remove: dropClass('.aQH .aV3', 'aV3'), effect: 'reads' },
      {
        hook: 'account',
        remove: dropAttr('a[href*="SignOutOptions"]', 'aria-label'),
        effect: 'reads',
      },
    ],
    notRead: {
      contentRoot: 'observed for changes',
      main: 'not used by the adapter',
      inboxRow: 'inbox list',
      rowSender: 'inbox list',
      rowThreadId: 'inbox list',
      rowSubject: 'inbox list',
      rowMarkerCell: 'inbox row markers',
      rowUnread: 'inbox list',
      replyLink: 'reply',
      replyButton: 'reply',
      composeEditor: 'reply',
      composeQuote: 'coach',
      composeAttachment: 'coach',
      compose: 'coach',
      sendButton: 'send',
    },
  },
  {
    webmail: 'outlook',
    threadId: BUDGET,
    table: OUTLOOK,
    open: () => outlookPage(convPath(BUDGET), OUTLOOK_DATA),
    adapter: (doc) => createOutlookAdapter(doc),
    sent: (w) => simState(w).sent.map((m) => m.text),
    listBesideThread: true,
    cases: [
      // The conversation container falls back to the reading pane that shows a sender.
      {
        hook: 'conversation',
        remove: all(
          dropAttr('[data-app-section="ConversationContainer"]', 'data-app-section'),
          dropAttr('#ConversationReadingPaneContainer', 'id'),
        ),
        effect: 'reads',
        // The simulator puts its inline reply into that container.
        replyUsesIt: true,
      },
      {
        hook: 'conversation',
        label: 'and the reading pane',
        remove: all(
          dropAttr('[data-app-section="ConversationContainer"]', 'data-app-section'),
          dropAttr('#ConversationReadingPaneContainer', 'id'),
          dropAttr('[data-app-section="MailReadCompose"]', 'data-app-section'),
        ),
        effect: 'hidden',
        replyUsesIt: true,
      },
      // The subject: the reading pane's heading or the generated class; both gone is unreadable.
      { hook: 'subject', label: 'heading only', remove: dropAttr('[role="heading"]', 'role'), effect: 'reads' },
      {
        hook: 'subject',
        remove: all(dropAttr('[role="heading"]', 'role'), dropClass('.f77rj', 'f77rj')),
        effect: 'unreadable',
      },
      {
        hook: 'readingPane',
        remove: dropAttr('[data-app-section="MailReadCompose"]', 'data-app-section'),
        effect: 'reads',
      },
      // The selected row gives the conversation id; the address has it too.
      { hook: 'row', remove: dropAttr('[role="option"][data-convid]', 'aria-selected'), effect: 'reads' },
      { hook: 'messageBox', remove: dropAttr('div[aria-expanded]', 'aria-expanded'), effect: 'reads' },
      { hook: 'messageClass', remove: dropClass('.aVla3', 'aVla3'), effect: 'reads' },
      {
        hook: 'messageBox',
        label: 'and its fallback',
        remove: all(dropAttr('div[aria-expanded]', 'aria-expanded'), dropClass('.aVla3', 'aVla3')),
        effect: 'unreadable',
      },
      {
        hook: 'sender',
        remove: (doc) => {
          for (const el of doc.querySelectorAll('[aria-label^="From: "]')) {
            el.setAttribute('aria-label', el.getAttribute('aria-label')!.replace('From: ', 'Sender: '));
          }
        },
        effect: 'unreadable',
      },
      { hook: 'recipients', remove: dropAttr('[data-testid="RecipientWell"]', 'data-testid'), effect: 'reads' },
      { hook: 'date', remove: dropClass('.sim-date', 'sim-date'), effect: 'reads' },
      {
        hook: 'body',
        remove: all(dropAttr('[role="document"]', 'role'), dropAttr('[id^="UniqueMessageBody"]', 'id')),
        effect: 'reads',
      },
      {
        hook: 'quote',
        remove: all(dropAttr('[id$="appendonsend"]', 'id'), dropAttr('[id$="divRplyFwdMsg"]', 'id')),
        effect: 'reads',
      },
      { hook: 'attachment', remove: dropAttr('[role="listbox"]', 'role'), effect: 'reads' },
      { hook: 'mailboxRoot', remove: dropAttr('[id^="primaryMailboxRoot"]', 'id'), effect: 'reads' },
      { hook: 'accountButton', remove: dropAttr('#O365_MainLink_Me', 'id'), effect: 'reads' },
    ],
    notRead: {
      messageList: 'observed for changes',
      rowUnread: 'message list',
      rowSender: 'message list',
      rowTitled: 'message list row markers',
      replyIcon: 'reply',
      replyButton: 'reply',
      editor: 'reply',
      sendButton: 'send',
    },
  },
];

describe.each(SITES)('a hook gone from $webmail', (site) => {
  it('every selector is either removed below or not needed to read a thread', () => {
    const covered = new Set([...site.cases.map((c) => c.hook), ...Object.keys(site.notRead)]);
    expect([...Object.keys(site.table)].filter((k) => !covered.has(k))).toEqual([]);
    expect(site.cases.filter((c) => !(c.hook in site.table))).toEqual([]);
  });

  let window: Window;
  let abort: AbortController;
  let container: HTMLElement;
  let warnings: string[];
  beforeEach(() => {
    abort = new AbortController();
    container = document.createElement('div');
    warnings = [];
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.join(' ')));
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key) as never);
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn(async () => {}) },
      configurable: true,
    });
  });
  afterEach(async () => {
    abort.abort();
    vi.restoreAllMocks();
    await window?.happyDOM.close();
  });

  const name = (c: HookCase) => `${c.hook}${c.label ? ` (${c.label})` : ''}: ${c.effect}`;

  it.each(site.cases.map((c) => [name(c), c] as const))('%s', async (_name, hook) => {
    window = await site.open();
    const doc = window.document as unknown as Document;
    const adapter = site.adapter(doc);
    hook.remove(doc);
    const selector = hook.selector ?? site.table[hook.hook]!;

    // The adapter: a named SelectorError without email content, a thread read anyway, or no thread view.
    if (hook.effect === 'unreadable') {
      let error: unknown;
      try {
        adapter.readThread();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SelectorError);
      const { selector: named, what, message } = error as SelectorError;
      expect(named).toContain(selector);
      for (const text of EMAIL_CONTENT) expect(`${named} ${what} ${message}`).not.toContain(text);
    } else if (hook.effect === 'reads') {
      expect(adapter.currentView()).toBe('thread');
      expect(adapter.readThread().threadId).toBe(site.threadId);
    } else {
      expect(adapter.currentView()).not.toBe('thread');
    }

    // The controller: what the sidebar says.
    fakeBackground(
      { webmail: site.webmail, threadId: site.threadId, requests: [], newest: null },
      { owedThreads: [{ threadId: site.threadId, overdue: false }] },
    );
    const controller = createController(adapter, container, abort.signal);
    await controller.start();
    await controller.refresh();
    const status = () => container.querySelector<HTMLElement>('[data-testid="ackly-request-status"]');
    if (hook.effect === 'unreadable') {
      await until(() => status()?.dataset.status === 'unreadable');
      expect(status()!.textContent).toBe('sidebarUnreadable');
      const report = container.querySelector('[data-testid="ackly-report"]')!.textContent!;
      expect(report).toContain(`Webmail: ${site.webmail}`);
      expect(report).toContain(`Selector: ${selector}`);
      expect(report).toMatch(/^Ackly \S+\nWebmail: \w+\nMissing: [a-z ]+\nSelector: .+\nBrowser: .+$/);
      for (const text of EMAIL_CONTENT) expect(report).not.toContain(text);
      // The copy button puts exactly that on the clipboard.
      container.querySelector<HTMLElement>('[data-testid="ackly-report-copy"]')!.click();
      await until(() => vi.mocked(navigator.clipboard.writeText).mock.calls.length === 1);
      expect(vi.mocked(navigator.clipboard.writeText).mock.calls[0]![0]).toBe(report);
    } else if (hook.effect === 'reads') {
      await until(() => status() !== null);
      expect(status()!.dataset.status).toBeUndefined();
    } else {
      expect(container.querySelector('[data-testid="ackly-sidebar"]')?.getAttribute('data-idle')).toBe('true');
    }
    // Whatever was logged names a selector or an error, never email content.
    for (const line of warnings) for (const text of EMAIL_CONTENT) expect(line).not.toContain(text);

    // Row markers in a list shown beside the thread do not depend on reading it.
    if (site.listBesideThread) {
      const row = () => adapter.inboxRows().find((r) => r.threadId === site.threadId)?.element;
      await until(() => row()?.querySelector('[data-testid="ackly-row-marker"]') != null);
    }

    // Replying, writing and sending go on as before.
    if (!hook.replyUsesIt) {
      const editor = await adapter.openReply();
      adapter.insertText(editor, 'Sending them today.');
      adapter.send(editor);
      for (let i = 0; i < 150 && site.sent(window).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(site.sent(window)).toHaveLength(1);
      expect(site.sent(window)[0]).toContain('Sending them today.');
    }
  });
});

describe('the bug report', () => {
  it('names the browser by its name and major version only', () => {
    expect(
      browserName(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.7339.185 Safari/537.36',
      ),
    ).toBe('Chrome 140');
    expect(browserName('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe(
      'Firefox 140',
    );
    expect(
      browserName(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
      ),
    ).toBe('Edge 131');
    expect(browserName('something else')).toBe('unknown');
  });

  it('opens the details to copy by hand when the clipboard is refused', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key) as never);
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn(async () => Promise.reject(new DOMException('Denied', 'NotAllowedError'))) },
      configurable: true,
    });
    fakeBackground({ webmail: 'gmail', threadId: 'thread-1', requests: [], newest: null });
    const { adapter } = fakeAdapter('thread', () => {
      throw new SelectorError('h2.hP', 'thread subject');
    });
    const container = document.createElement('div');
    const abort = new AbortController();
    try {
      const controller = createController(adapter, container, abort.signal);
      await controller.start();
      await controller.refresh();
      const details = () => container.querySelector<HTMLDetailsElement>('[data-testid="ackly-report-details"]');
      await until(() => details() !== null);
      expect(details()!.open).toBe(false);
      container.querySelector<HTMLElement>('[data-testid="ackly-report-copy"]')!.click();
      await until(() => details()!.open);
      expect(container.querySelector('[data-testid="ackly-report"]')!.textContent).toContain('Selector: h2.hP');
    } finally {
      abort.abort();
      vi.restoreAllMocks();
    }
  });

  it('holds the version, the webmail, the missing part, its selector and the browser, nothing else', () => {
    const report = pageProblemReport(new SelectorError('h2.hP', 'thread subject'), 'gmail', '1.2.3', 'Firefox/140.0');
    expect(report).toBe('Ackly 1.2.3\nWebmail: gmail\nMissing: thread subject\nSelector: h2.hP\nBrowser: Firefox 140');
  });
});
