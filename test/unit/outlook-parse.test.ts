// parse.ts turns Outlook conversations into snapshots: people, dates, new text without quoted
// history, in every interface language and whatever Outlook's build calls its classes; broken pages
// give a SelectorError naming the selector, never a crash.
import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { SelectorError } from '@/utils/webmail/types';
import {
  conversationUrl,
  openConversationId,
  parseOutlookDate,
  readInboxRows,
  readMe,
  readThread,
  splitQuotedHeaders,
} from '@/utils/webmail/outlook/parse';
import { rebuild, translate, type SimLanguage } from '../fixtures/outlook/translate';
import {
  ANA,
  BUDGET,
  DATA,
  INVOICE,
  JONAS,
  ME,
  MIA,
  OFFSITE,
  ORIGIN,
  convPath,
  simPage,
  until,
} from './outlook-fixtures';

let window: Window | undefined;
afterEach(async () => {
  await window?.happyDOM.close();
  window = undefined;
});

const docOf = (w: Window) => w.document as unknown as Document;
const read = (w: Window) => readThread(docOf(w), w.location.href);

async function openBudget(rewrite?: (html: string) => string): Promise<Window> {
  window = await simPage(convPath(BUDGET), DATA, rewrite);
  return window;
}

/** Clicks every collapsed message open and waits until all bodies are drawn. */
async function expandAll(w: Window): Promise<void> {
  const doc = docOf(w);
  for (const box of Array.from(doc.querySelectorAll<HTMLElement>('[aria-expanded="false"][tabindex]'))) box.click();
  await until(() => doc.querySelectorAll('[role="document"]').length === 4, 'every message to expand');
}

const LANGUAGES: SimLanguage[] = ['de', 'nl', 'pl', 'nb'];

describe('readThread on the simulator', () => {
  it('reads every message, collapsed ones included, with people, dates and new text only', async () => {
    const thread = read(await openBudget());
    expect(thread).toMatchObject({
      webmail: 'outlook',
      threadId: BUDGET,
      subject: 'Budget figures',
      url: `${ORIGIN}/mail/inbox/id/${encodeURIComponent(BUDGET)}`,
      me: ME,
    });
    expect(thread.messages.map((m) => [m.from.email, m.sentAt, m.isFromMe])).toEqual([
      [ANA.email, '2026-11-23T09:14:00.000Z', false],
      [ME.email, '2026-11-23T10:02:00.000Z', true],
      [JONAS.email, '2026-11-23T10:40:00.000Z', false],
      [ANA.email, '2026-11-23T11:30:00.000Z', false],
    ]);
    const [first, own, plain, last] = thread.messages;
    // Collapsed messages give what they show: sender, date and the preview line.
    expect(first).toMatchObject({
      from: ANA,
      bodyText: 'Hi Piet, Could you send me the budget figures by Friday? Thanks, Ana',
      to: [],
      cc: [],
    });
    expect(own!.bodyText).toBe('Sure, on it.');
    // A preview runs a plain-text quoted header into one line; it is still cut off.
    expect(plain!.bodyText).toBe('Adding the Q4 numbers too, see below.');
    expect(plain!.quotedText).toMatch(/^_{10,} From: Ana Lima <ana\.lima@acme\.example> Sent: /);
    // The open message: recipients resolved to addresses (Mia's from the quoted header), history apart.
    expect(last).toMatchObject({
      threadId: BUDGET,
      subject: 'Budget figures',
      from: ANA,
      to: [ME],
      cc: [JONAS, MIA],
      bodyText: 'Also, please attach the invoice.<script>alert(1)</script>',
      hasAttachments: true,
      attachmentNames: ['template.xlsx'],
    });
    expect(last!.quotedText).toMatch(/^From: Jonas Berg <jonas@acme\.example>\nSent: Monday, November 23, 2026/);
    expect(last!.quotedText).toContain('Adding the Q4 numbers too, see below.');
    expect(last!.bodyText).not.toContain('Q4');
  });

  it('reads expanded older messages: the own reply and a plain-text reply keep their history apart', async () => {
    const w = await openBudget();
    const before = read(w);
    await expandAll(w);
    const after = read(w);
    // Ids do not depend on a message being expanded.
    expect(after.messages.map((m) => m.messageId)).toEqual(before.messages.map((m) => m.messageId));
    const [first, own, plain] = after.messages;
    expect(first).toMatchObject({
      bodyText: 'Hi Piet,\n\nCould you send me the budget figures by Friday?\n\nThanks,\nAna',
      to: [ME],
      cc: [JONAS],
      attachmentNames: ['budget-2025.xlsx'],
      hasAttachments: true,
    });
    expect(first!.quotedText).toBeUndefined();
    expect(own).toMatchObject({ isFromMe: true, bodyText: 'Sure, on it.', to: [ANA], cc: [JONAS] });
    expect(own!.quotedText).toMatch(/^From: Ana Lima <ana\.lima@acme\.example>\nSent: .*\nTo: Piet de Vries/);
    expect(own!.quotedText).toContain('Could you send me the budget figures by Friday?');
    expect(plain).toMatchObject({ bodyText: 'Adding the Q4 numbers too, see below.', to: [ME, ANA], cc: [] });
    expect(plain!.quotedText).toMatch(/^_{10,}\n+From: Ana Lima <ana\.lima@acme\.example>\nSent: /);
  });

  it('gives every message an id that is unique and survives a reload', async () => {
    const first = read(await openBudget());
    await window!.happyDOM.close();
    const again = read(await openBudget());
    const ids = first.messages.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^owa-[0-9a-z]+$/);
    expect(again.messages.map((m) => m.messageId)).toEqual(ids);
  });

  it('tells apart two messages from one sender in the same minute', async () => {
    const twice = structuredClone(DATA);
    const budget = twice.threads[0]!;
    budget.messages.push({ ...budget.messages[3]!, id: 'm5', bodyHtml: '<div>And the receipts.</div>' });
    window = await simPage(convPath(BUDGET), twice);
    const ids = read(window).messages.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(5);
    expect(ids[4]).toBe(`${ids[3]}~2`);
  });

  it('keeps hostile HTML inert: only text is read and nothing runs', async () => {
    const w = await openBudget();
    await expandAll(w);
    read(w);
    expect((w as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('lists the oldest message first when the reading pane shows the newest on top', async () => {
    const w = await openBudget();
    const expected = read(w);
    const boxes = Array.from(docOf(w).querySelectorAll('.aVla3'));
    const parent = boxes[0]!.parentElement!;
    for (const box of boxes.reverse()) parent.append(box);
    expect(read(w)).toEqual(expected);
  });
});

describe('the same snapshot in every interface language and build', () => {
  const variants: [string, (html: string) => string][] = [
    ...LANGUAGES.map((lang): [string, (html: string) => string] => [lang, (html) => translate(html, lang)]),
    ['en, classes renamed', rebuild],
    ['de, classes renamed', (html) => rebuild(translate(html, 'de'))],
  ];

  it.each(variants)('%s', async (_name, rewrite) => {
    const english = read(await openBudget());
    await expandAll(window!);
    const englishExpanded = read(window!);
    await window!.happyDOM.close();
    const w = await openBudget(rewrite);
    expect(read(w)).toEqual(english);
    await expandAll(w);
    expect(read(w)).toEqual(englishExpanded);
  });

  it('translates the simulator for real (no English label left to lean on)', async () => {
    window = await openBudget((html) => translate(html, 'de'));
    const doc = docOf(window);
    expect(doc.documentElement.lang).toBe('de');
    expect(doc.querySelector('[aria-label^="Von: "]')).not.toBeNull();
    expect(doc.querySelector('[aria-label^="From: "]')).toBeNull();
    expect(doc.querySelector('[aria-label="Antworten"]')).not.toBeNull();
    expect(doc.querySelector('[aria-label="Reply"]')).toBeNull();
    expect(doc.querySelector('[data-testid="RecipientWell"]')!.textContent).toMatch(/^An: /);
    expect(doc.querySelector('.sim-date[title]')!.getAttribute('title')).toMatch(
      /\d{1,2}\.\d{1,2}\.2026 \d{1,2}:\d{2}$/,
    );
  });
});

describe('the signed-in user', () => {
  it('comes from the folder tree, with the name from the account button', async () => {
    window = await simPage('/mail/inbox', DATA);
    expect(readMe(docOf(window))).toEqual(ME);
  });

  it('falls back to the account button label, in another language too', async () => {
    window = await simPage('/mail/inbox', DATA, (html) => translate(html, 'pl'));
    const doc = docOf(window);
    doc.querySelector('[id^="primaryMailboxRoot"]')!.remove();
    expect(readMe(doc)).toEqual({ name: ME.name, email: '' });
  });

  it('still marks own messages by name when only the name is known', async () => {
    const w = await openBudget();
    docOf(w).querySelector('[id^="primaryMailboxRoot"]')!.remove();
    expect(read(w).messages.map((m) => m.isFromMe)).toEqual([false, true, false, false]);
  });
});

describe('message list rows', () => {
  it('reads conversation ids, subjects, senders and unread state', async () => {
    window = await simPage('/mail/inbox', DATA);
    const rows = readInboxRows(docOf(window));
    expect(rows.map((r) => [r.threadId, r.subject, r.unread, r.from?.email])).toEqual([
      [BUDGET, 'Budget figures', true, ANA.email],
      [INVOICE, 'Invoice 2211', true, 'billing@vendor.example'],
      [OFFSITE, 'Quarterly offsite', false, MIA.email],
    ]);
    expect(rows[1]!.from).toEqual({ name: 'billing@vendor.example', email: 'billing@vendor.example' });
    for (const row of rows) expect(row.element.getAttribute('data-convid')).toBe(row.threadId);
  });

  it.each(LANGUAGES)('tells unread rows in %s', async (lang) => {
    window = await simPage('/mail/inbox', DATA, (html) => rebuild(translate(html, lang)));
    expect(readInboxRows(docOf(window)).map((r) => [r.subject, r.unread])).toEqual([
      ['Budget figures', true],
      ['Invoice 2211', true],
      ['Quarterly offsite', false],
    ]);
  });
});

describe('the conversation id and address', () => {
  it('comes from the selected row, else from the address', async () => {
    const w = await openBudget();
    const doc = docOf(w);
    expect(openConversationId(doc, `${ORIGIN}/mail/inbox`)).toBe(BUDGET);
    for (const row of Array.from(doc.querySelectorAll('[aria-selected="true"]')))
      row.setAttribute('aria-selected', 'false');
    expect(openConversationId(doc, w.location.href)).toBe(BUDGET);
    expect(openConversationId(doc, `${ORIGIN}/mail/inbox`)).toBeNull();
    expect(openConversationId(doc, `${ORIGIN}/mail/inbox/id/%E0%A4%A`)).toBeNull();
  });

  it('reads a conversation that has no row in the list (deep link)', async () => {
    const hidden = structuredClone(DATA);
    hidden.threads[0]!.labels = [];
    window = await simPage(convPath(BUDGET), hidden);
    expect(docOf(window).querySelector('[data-convid]')?.getAttribute('data-convid')).not.toBe(BUDGET);
    expect(read(window).threadId).toBe(BUDGET);
  });

  it('builds an address that opens the conversation again', () => {
    const here = `${ORIGIN}/mail/0/inbox/id/${encodeURIComponent(BUDGET)}?x=1`;
    expect(conversationUrl(here, BUDGET)).toBe(here);
    expect(conversationUrl('https://outlook.live.com/mail/0/', BUDGET)).toBe(
      `https://outlook.live.com/mail/0/inbox/id/${encodeURIComponent(BUDGET)}`,
    );
    expect(conversationUrl('https://outlook.cloud.microsoft/mail/', 'AAQk+/=')).toBe(
      'https://outlook.cloud.microsoft/mail/inbox/id/AAQk%2B%2F%3D',
    );
  });
});

describe('broken pages', () => {
  it('says which part is missing, never the email text', async () => {
    const w = await openBudget();
    const doc = docOf(w);
    const catchError = (): SelectorError => {
      try {
        read(w);
      } catch (error) {
        return error as SelectorError;
      }
      throw new Error('readThread did not throw');
    };
    doc.querySelector('[aria-label^="From: "]')!.removeAttribute('aria-label');
    const error = catchError();
    expect(error).toBeInstanceOf(SelectorError);
    expect(error.what).toBe('message sender');
    expect(error.selector).toContain('[aria-label^="From: "],[aria-label^="Von: "]');
    expect(error.message).not.toMatch(/Budget|Ana|Piet|acme/);
    for (const el of Array.from(doc.querySelectorAll('[aria-label^="From: "]'))) el.removeAttribute('aria-label');
    expect(catchError().what).toBe('message sender');
    doc.querySelector('[role="heading"]')!.remove();
    expect(catchError().what).toBe('conversation subject');
  });

  it('needs a conversation id', async () => {
    const w = await openBudget();
    const doc = docOf(w);
    for (const row of Array.from(doc.querySelectorAll('[aria-selected="true"]')))
      row.setAttribute('aria-selected', 'false');
    expect(() => readThread(doc, `${ORIGIN}/mail/inbox`)).toThrow(
      new SelectorError('[role="option"][data-convid][aria-selected="true"]', 'conversation id'),
    );
  });

  it('is not a conversation on the list or on a page without Outlook', async () => {
    window = await simPage('/mail/inbox', DATA);
    expect(() => read(window!)).toThrow(SelectorError);
    expect(() => read(window!)).toThrow('open conversation');
    const blank = docOf(window).implementation.createHTMLDocument('');
    blank.body.innerHTML = '<div role="main"><h1>Hello</h1><div aria-expanded="true">text</div></div>';
    expect(() => readThread(blank, `${ORIGIN}/mail/inbox/id/x`)).toThrow('open conversation');
  });

  it('gives no messages an error instead of an empty thread', async () => {
    const w = await openBudget();
    for (const box of Array.from(docOf(w).querySelectorAll('.aVla3'))) box.remove();
    expect(() => read(w)).toThrow(new SelectorError('div[aria-expanded]', 'messages'));
  });

  it('reads a huge, malformed body without throwing', async () => {
    const w = await openBudget();
    const body = docOf(w).querySelector('[id^="UniqueMessageBody"]')!;
    const deep = '<div>deeper'.repeat(300);
    const wide = '<p>Line of a very long report.</p>'.repeat(20_000);
    body.innerHTML = `<div><p>Hello<b>there</p><br><<<>>>unclosed <i>text${deep}${wide}`;
    const last = read(w).messages.at(-1)!;
    expect(last.bodyText.startsWith('Hellothere')).toBe(true);
    expect(last.bodyText.length).toBeGreaterThan(200_000);
    expect(last.quotedText).toBeUndefined();
  });
});

describe('parseOutlookDate', () => {
  it.each([
    ['Mon 3/3/2025 10:31 AM', 'en', new Date(2025, 2, 3, 10, 31)],
    ['Mon 11/23/2026 12:05\u202fPM', 'en-US', new Date(2026, 10, 23, 12, 5)],
    ['Sun 12/7/2025 12:30 AM', '', new Date(2025, 11, 7, 0, 30)],
    ['Mon 03/11/2025 10:31', 'en-GB', new Date(2025, 10, 3, 10, 31)],
    ['Mon 23/11/2026 09:14', 'en', new Date(2026, 10, 23, 9, 14)],
    ['Mo 3.3.2025 9:14', 'de', new Date(2025, 2, 3, 9, 14)],
    ['ma 23-11-2026 17:40', 'nl', new Date(2026, 10, 23, 17, 40)],
    ['pon. 3.03.2025 9:14', 'pl', new Date(2025, 2, 3, 9, 14)],
    ['man. 03.03.2025 10.31', 'nb', new Date(2025, 2, 3, 10, 31)],
    ['2025-03-03 10:31', 'en', new Date(2025, 2, 3, 10, 31)],
    ['Monday, March 3, 2025 10:31 AM', 'en', new Date(2025, 2, 3, 10, 31)],
  ])('%s (%s)', (text, lang, expected) => {
    expect(parseOutlookDate(text, lang)).toEqual(expected);
  });

  it.each([['Mon 3/3'], ['yesterday'], ['31.02.2025 10:00'], ['']])('gives null for %j', (text) => {
    expect(parseOutlookDate(text, 'de')).toBeNull();
  });
});

describe('splitQuotedHeaders', () => {
  it.each<[string, string, string | undefined]>([
    [
      'Thanks!\n\nFrom: Ana <a@b.example>\nSent: Monday\nTo: Piet\n\nold',
      'Thanks!',
      'From: Ana <a@b.example>\nSent: Monday\nTo: Piet\n\nold',
    ],
    [
      'Danke!\n\nVon: Ana\nGesendet: Montag\nAn: Piet\nBetreff: x\nalt',
      'Danke!',
      'Von: Ana\nGesendet: Montag\nAn: Piet\nBetreff: x\nalt',
    ],
    [
      'Dzięki\n-----Wiadomość oryginalna-----\nOd: Ana\nWysłane: pon.\nold',
      'Dzięki',
      '-----Wiadomość oryginalna-----\nOd: Ana\nWysłane: pon.\nold',
    ],
    [
      'Takk ________________________________ Fra: Ana Sendt: mandag Til: Piet old',
      'Takk',
      '________________________________ Fra: Ana Sendt: mandag Til: Piet old',
    ],
    ['Bedankt\n\nVan: Ana\nDatum: maandag\noud', 'Bedankt', 'Van: Ana\nDatum: maandag\noud'],
    ['From: the team, with love.\nSee you Monday.', 'From: the team, with love.\nSee you Monday.', undefined],
  ])('%j', (text, body, quoted) => {
    expect(splitQuotedHeaders(text)).toEqual([body, quoted]);
  });
});
