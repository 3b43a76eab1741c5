// parse.ts turns Gmail threads into snapshots: people, dates, new text without quotes; broken
// pages give a SelectorError, never a crash.
import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { SelectorError } from '@/utils/webmail/types';
import { parseGmailDate, readInboxRows, readMe, readThread } from '@/utils/webmail/gmail/parse';
import { textOf } from '@/utils/webmail/dom';
import { createGmailAdapter } from '@/utils/webmail/gmail/adapter';
import { savedPage, simPage, type SimData } from './gmail-fixtures';

const ME = { name: 'Piet de Vries', email: 'piet@acme.example' };
const ANA = { name: 'Ana Lima', email: 'ana.lima@acme.example' };

const DATA: SimData = {
  me: ME,
  threads: [
    {
      id: '19a0000000000001',
      subject: 'Budget figures',
      labels: ['INBOX', 'UNREAD'],
      messages: [
        {
          id: '1826104311922810001',
          from: ANA,
          to: [ME],
          sentAt: '2026-11-23T09:14:00Z',
          bodyHtml:
            '<div dir="ltr">Hi Piet,<br><br>Could you send me the budget figures by Friday?<br><br>Thanks,<br>Ana</div>',
        },
        {
          id: '1826104311922810002',
          from: ME,
          to: [ANA],
          sentAt: '2026-11-23T10:00:00Z',
          bodyHtml:
            '<div dir="ltr">Sure, on it.</div><div class="gmail_quote"><div class="gmail_attr">On Mon, Nov 23, 2026 at 9:14 AM Ana Lima wrote:</div><blockquote class="gmail_quote">Could you send me the budget figures by Friday?</blockquote></div>',
        },
        {
          id: '1826104311922810003',
          from: ANA,
          to: [ME],
          cc: [{ name: 'Jonas Berg', email: 'jonas@acme.example' }],
          sentAt: '2026-11-23T11:30:00Z',
          bodyHtml:
            '<div dir="ltr">Also, please attach the <b>invoice</b>.<img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script>&lt;script&gt;alert(1)&lt;/script&gt;</div><div class="gmail_quote"><div class="gmail_attr">On Mon, Nov 23, 2026 at 10:00 AM Piet de Vries wrote:</div><blockquote class="gmail_quote">Sure, on it.</blockquote></div>',
          attachments: [{ name: 'template.xlsx', size: '12 KB' }],
        },
      ],
    },
  ],
};

let window: Window | undefined;
afterEach(async () => {
  await window?.happyDOM.close();
  window = undefined;
});

describe('readThread on the simulator', () => {
  it('reads every message with people, dates and new text only', async () => {
    window = await simPage('#inbox/19a0000000000001', DATA);
    const thread = readThread(window.document as never, window.location.href);
    expect(thread).toMatchObject({ webmail: 'gmail', threadId: '19a0000000000001', subject: 'Budget figures', me: ME });
    expect(thread.messages.map((m) => m.messageId)).toEqual([
      'msg-f:1826104311922810001',
      'msg-f:1826104311922810002',
      'msg-f:1826104311922810003',
    ]);
    expect(thread.messages.map((m) => m.isFromMe)).toEqual([false, true, false]);
    expect(thread.messages.map((m) => m.sentAt)).toEqual([
      '2026-11-23T09:14:00.000Z',
      '2026-11-23T10:00:00.000Z',
      '2026-11-23T11:30:00.000Z',
    ]);
    const last = thread.messages[2]!;
    expect(last.from).toEqual({ name: 'Ana Lima', email: 'ana.lima@acme.example' });
    expect(last.to.map((p) => p.email)).toEqual(['piet@acme.example', 'jonas@acme.example']);
    expect(last.bodyText).toBe('Also, please attach the invoice.<script>alert(1)</script>');
    expect(last.quotedText).toContain('Sure, on it.');
    expect(last.bodyText).not.toContain('Sure, on it.');
    expect(last.attachmentNames).toEqual(['template.xlsx']);
    expect(last.hasAttachments).toBe(true);
  });

  it('keeps hostile HTML inert: only text is read and nothing runs', async () => {
    window = await simPage('#inbox/19a0000000000001', DATA);
    readThread(window.document as never, window.location.href);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('finds the signed-in user', async () => {
    window = await simPage('#inbox', DATA);
    expect(readMe(window.document as never)).toEqual(ME);
  });

  it('reads inbox rows with their thread ids', async () => {
    window = await simPage('#inbox', DATA);
    const rows = readInboxRows(window.document as never);
    expect(rows.map((r) => [r.threadId, r.subject, r.unread])).toEqual([['19a0000000000001', 'Budget figures', true]]);
  });
});

describe('broken pages', () => {
  it('says which part is missing', async () => {
    window = await simPage('#inbox/19a0000000000001', DATA);
    const doc = window.document as unknown as Document;
    doc.querySelector('span.gD')!.remove();
    expect(() => readThread(doc, '')).toThrow(SelectorError);
    expect(() => readThread(doc, '')).toThrow('message sender');
    doc.querySelector('h2.hP')!.removeAttribute('data-legacy-thread-id');
    doc.querySelector('h2.hP')!.removeAttribute('data-thread-perm-id');
    expect(() => readThread(doc, '')).toThrow('thread id');
  });

  it('is not a thread view on the inbox or an empty page', () => {
    window = savedPage('injected-thread-identifier.html');
    const doc = window.document as unknown as Document;
    expect(() => readThread(doc, '')).toThrow(new SelectorError('.a98.iY', 'open thread'));
    expect(createGmailAdapter(doc).currentView()).toBe('inbox');
    // 2014 rows carry no thread id in the DOM: no rows to mark rather than wrong ones.
    expect(readInboxRows(doc)).toEqual([]);
  });

  it('reads malformed markup without throwing', () => {
    window = savedPage('gmail-2017-06-22-gmail-addon-sidebar.html');
    const doc = window.document as unknown as Document;
    const div = doc.createElement('div');
    div.innerHTML = '<div><p>Hello<b>there</p><br><<<>>>unclosed <i>text';
    const text = textOf(div);
    expect(text.startsWith('Hellothere')).toBe(true);
    expect(text.endsWith('unclosed text')).toBe(true);
    expect(createGmailAdapter(doc).currentView()).toBe('other');
  });
});

describe('parseGmailDate', () => {
  it.each([
    ['Mon, Mar 3, 2025, 10:42 AM', new Date(2025, 2, 3, 10, 42)],
    ['Mon, Mar 3, 2025 at 10:42 PM', new Date(2025, 2, 3, 22, 42)],
    ['Tue, Nov 24, 2026, 12:05 PM', new Date(2026, 10, 24, 12, 5)],
    ['Sun, Dec 7, 2025, 12:30 AM', new Date(2025, 11, 7, 0, 30)],
  ])('%s', (title, expected) => {
    expect(parseGmailDate(title)).toEqual(expected);
  });
  it('gives null for text that is no date', () => {
    expect(parseGmailDate('yesterday-ish')).toBeNull();
  });
});
