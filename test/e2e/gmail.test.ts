// Gmail in real Chromium: the simulator (test/fixtures/gmail/sim/gmail.html) is served at
// mail.google.com with our own threads; the content script reads the thread, the background
// analyses it, and the sidebar offers the one-click acknowledgement.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { simHtml } from '../fixtures/sim';
import { sendFromPage, type Harness } from './harness';
import { withExtension } from './lifecycle';

const URL = 'https://mail.google.com/mail/u/0/';
const ME = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };
const DANA = { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' };
const PIETER = { name: 'Pieter van Dijk', email: 'pieter.vandijk@example.com' };
const JONAS = { name: 'Jonas Weber', email: 'jonas.weber@example.com' };
const IDS = {
  en: '1957c2a4e8b10f01',
  nl: '1957b8d03c6a2e02',
  news: '1957a11f90d43c03',
  xss: '19579e55b1f07d04',
  de: '19579a0000000005',
};
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

const DATA = {
  me: ME,
  threads: [
    {
      id: IDS.en,
      subject: 'Q3 vendor figures',
      labels: ['INBOX', 'UNREAD'],
      messages: [
        {
          id: '1826104311922810625',
          from: DANA,
          to: [ME],
          sentAt: hoursAgo(2),
          bodyHtml:
            '<div dir="ltr">Hi Alex,<br><br>Could you please send me the final Q3 spend figures for our three logistics vendors by Friday? Finance locks the quarterly report that afternoon.<br><br>Thanks,<br>Dana</div>',
          attachments: [],
        },
      ],
    },
    {
      id: IDS.nl,
      subject: 'Offerte onderhoudscontract',
      labels: ['INBOX', 'UNREAD'],
      messages: [
        {
          id: '1826095377190142978',
          from: PIETER,
          to: [ME],
          sentAt: hoursAgo(3),
          bodyHtml:
            '<div dir="ltr">Hoi Alex,<br><br>Kun je mij uiterlijk vrijdag de offerte voor het onderhoudscontract sturen? Het gaat om twee jaar, inclusief storingsdiensten buiten kantooruren.<br><br>Groet,<br>Pieter</div>',
          attachments: [],
        },
      ],
    },
    {
      id: IDS.news,
      subject: 'Your March product digest',
      labels: ['INBOX'],
      messages: [
        {
          id: '1826071954203518979',
          from: { name: 'Brightline Weekly', email: 'no-reply@news.brightline.example' },
          to: [ME],
          sentAt: hoursAgo(30),
          bodyHtml:
            '<div><h1>March product digest</h1><p>Three things shipped this month: shared dashboards, CSV export and a faster app.</p><p>You receive this email because you subscribed to product news. <a href="https://brightline.example/unsubscribe">Unsubscribe</a></p></div>',
          attachments: [],
        },
      ],
    },
    {
      id: IDS.xss,
      subject: 'Form glitch',
      labels: ['INBOX'],
      messages: [
        {
          id: '1826060248117022980',
          from: DANA,
          to: [ME],
          sentAt: hoursAgo(1),
          bodyHtml:
            '<div dir="ltr">Hi Alex,<br><br>Could you please check why &lt;img src=x onerror="window.__acklyPwned=1"&gt; and &lt;script&gt;window.__acklyPwned=2&lt;/script&gt; show up in the signup form?<br><br>Thanks,<br>Dana</div>',
          attachments: [],
        },
      ],
    },
    {
      id: IDS.de,
      subject: 'Zahlen für das Quartal',
      labels: ['INBOX', 'UNREAD'],
      messages: [
        {
          id: '1826060248117022999',
          from: JONAS,
          to: [ME],
          sentAt: hoursAgo(1),
          bodyHtml:
            '<div dir="ltr">Hallo Alex,<br><br>kannst du mir bitte bis Freitag die Umsatzzahlen für das dritte Quartal schicken?<br><br>Danke,<br>Jonas</div>',
          attachments: [],
        },
      ],
    },
  ],
};

type Owed = { value: { threadId: string; state: string }[] };

/** The sidebar's shadow root, through Playwright's shadow-piercing locators. */
function sidebar(page: Page) {
  return page.locator('ackly-sidebar').getByTestId('ackly-sidebar');
}

async function openThread(h: Harness, threadId: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`${URL}#inbox/${threadId}`);
  await page.locator('.a98.iY').waitFor({ timeout: 15_000 });
  return page;
}

describe('gmail', () => {
  let h: Harness;

  withExtension((harness) => (h = harness), { [URL]: simHtml('gmail', DATA) });

  it('says a colleague asks something, acknowledges in one click, and tracks it once sent', async () => {
    const page = await openThread(h, IDS.en);
    const status = sidebar(page).getByTestId('ackly-request-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('new');
    await expect(sidebar(page).getByTestId('ackly-request-sentences').textContent()).resolves.toContain(
      'Q3 spend figures',
    );
    await page.screenshot({ path: '/tmp/gmail-thread-request.png' });

    await sidebar(page).getByTestId('ackly-acknowledge').click();
    const editor = page.locator('.M9 div[aria-label="Message Body"]');
    await expect.poll(() => editor.textContent(), { timeout: 10_000 }).toContain('Thanks for your email');
    const draft = (await editor.textContent()) ?? '';
    expect(draft).toMatch(/^Hi Dana,/);
    expect(draft).toContain('answer by');
    await page.screenshot({ path: '/tmp/gmail-thread-ack-draft.png' });

    // Send (as the user would): Gmail appends the reply; the request moves to acknowledged.
    await page.locator('.M9 [role="button"].aoO').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __sim: { sent: unknown[] } }).__sim.sent.length))
      .toBe(1);
    const popup = await h.openPopup();
    await expect
      .poll(
        async () => {
          const reply = (await sendFromPage(popup, 'owed.list', {})) as {
            value: { threadId: string; state: string }[];
          };
          return reply.value.find((r) => r.threadId === IDS.en)?.state;
        },
        { timeout: 15_000 },
      )
      .toBe('acknowledged');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('acknowledged');
    await page.screenshot({ path: '/tmp/gmail-thread-acknowledged.png' });

    await popup.reload();
    await expect
      .poll(() => popup.getByTestId('ackly-owed-item').allTextContents(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('Q3 vendor figures')]));

    // The user's real answer later in the thread: the request is done by itself.
    await page.locator('.amn .ams.bkH').click();
    const answer = page.locator('.M9 div[aria-label="Message Body"]');
    await answer.waitFor({ timeout: 10_000 });
    await answer.fill('Here are the figures, one line per vendor.');
    await page.locator('.M9 [role="button"].aoO').click();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('done');
    const owed = (await sendFromPage(popup, 'owed.list', {})) as Owed;
    expect(owed.value.find((r) => r.threadId === IDS.en)).toBeUndefined();
    await popup.close();
    await page.close();
  });

  it('acknowledges in the sender’s language', async () => {
    const page = await openThread(h, IDS.nl);
    await expect
      .poll(() => sidebar(page).getByTestId('ackly-request-status').textContent(), { timeout: 15_000 })
      .toContain('new');
    await sidebar(page).getByTestId('ackly-acknowledge').click();
    const editor = page.locator('.M9 div[aria-label="Message Body"]');
    await expect.poll(() => editor.textContent(), { timeout: 10_000 }).toContain('Dank je voor je mail');
    expect(await editor.textContent()).toMatch(/^Hoi Pieter,/);
    // Templates follow the email's language too, added below what is already written.
    await sidebar(page).getByTestId('ackly-template').selectOption('progress');
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain('Even een tussenstand');
    const both = await editor.innerText();
    expect(both).toMatch(/^Hoi Pieter,/);
    // The second text starts on its own paragraph, not glued to the first one's signature.
    expect(both).toMatch(/Alex Morgan\n+Hoi Pieter,/);
    await page.screenshot({ path: '/tmp/gmail-thread-nl-template.png' });
    await page.close();
  });

  it('says "no request" for a newsletter', async () => {
    const page = await openThread(h, IDS.news);
    await expect
      .poll(() => sidebar(page).getByTestId('ackly-request-status').textContent(), { timeout: 15_000 })
      .toMatch(/No request/);
    await expect(sidebar(page).getByTestId('ackly-acknowledge').count()).resolves.toBe(0);
    await page.screenshot({ path: '/tmp/gmail-thread-newsletter.png' });
    await page.close();
  });

  it('shows HTML and script payloads from an email as inert text', async () => {
    const page = await openThread(h, IDS.xss);
    const sentences = sidebar(page).getByTestId('ackly-request-sentences');
    await expect.poll(() => sentences.textContent(), { timeout: 15_000 }).toContain('<img src=x');
    const inShadow = await page
      .locator('ackly-sidebar')
      .evaluate((host) => host.shadowRoot?.querySelectorAll('img, script').length ?? -1);
    expect(inShadow).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __acklyPwned?: number }).__acklyPwned)).toBeUndefined();
    await page.close();
  });

  it('carries out "acknowledge" chosen in the popup when the thread opens', async () => {
    const popup = await h.openPopup();
    const owed = (await sendFromPage(popup, 'owed.list', {})) as { value: { id: number; threadId: string }[] };
    const target = owed.value.find((r) => r.threadId === IDS.xss);
    expect(target).toBeDefined();
    const opened = h.context.waitForEvent('page');
    await sendFromPage(popup, 'request.openThread', { id: target!.id, intent: 'acknowledge' });
    const page = await opened;
    await page.waitForURL((url) => url.hash === `#inbox/${IDS.xss}`, { timeout: 15_000 });
    const editor = page.locator('.M9 div[aria-label="Message Body"]');
    await expect.poll(() => editor.textContent().catch(() => ''), { timeout: 15_000 }).toMatch(/^Hi Dana,/);

    // "Not a request" is kept as feedback: the request leaves the owed list, marked dismissed.
    await sidebar(page).getByTestId('ackly-not-request').click();
    await expect
      .poll(() => sidebar(page).getByTestId('ackly-request-status').textContent(), { timeout: 10_000 })
      .toContain('not a request');
    const after = (await sendFromPage(popup, 'owed.list', {})) as Owed;
    expect(after.value.find((r) => r.threadId === IDS.xss)).toBeUndefined();
    await popup.close();
    await page.close();
  });

  it('marks inbox rows of threads with an owed reply, and collapses the sidebar for good', async () => {
    const page = await h.context.newPage();
    await page.goto(`${URL}#inbox`);
    await page.locator('tr.zA').first().waitFor({ timeout: 15_000 });
    // Pieter's request is still owed; Dana's first one is done by now and the newsletter asks nothing.
    const row = page.locator(`tr.zA:has([data-legacy-thread-id="${IDS.nl}"])`);
    await expect.poll(() => row.getByTestId('ackly-row-marker').count(), { timeout: 15_000 }).toBe(1);
    const news = page.locator(`tr.zA:has([data-legacy-thread-id="${IDS.news}"])`);
    expect(await news.getByTestId('ackly-row-marker').count()).toBe(0);
    const done = page.locator(`tr.zA:has([data-legacy-thread-id="${IDS.en}"])`);
    expect(await done.getByTestId('ackly-row-marker').count()).toBe(0);
    await page.screenshot({ path: '/tmp/gmail-inbox-markers.png' });

    // No conversation open: the sidebar covers nothing of the list.
    await expect(sidebar(page).isVisible()).resolves.toBe(false);

    // Navigate in-page to a thread, fold the sidebar away: it stays folded after a reload.
    await page.evaluate((id) => (location.hash = `#inbox/${id}`), IDS.nl);
    await page.locator('.a98.iY').waitFor({ timeout: 15_000 });
    await sidebar(page).getByTestId('ackly-toggle').click({ timeout: 15_000 });
    await expect.poll(() => sidebar(page).getAttribute('data-collapsed')).toBe('true');
    await page.reload();
    await expect.poll(() => sidebar(page).getAttribute('data-collapsed'), { timeout: 15_000 }).toBe('true');
    await page.screenshot({ path: '/tmp/gmail-thread-collapsed.png' });
    await sidebar(page).getByTestId('ackly-toggle').click();
    await expect
      .poll(() => sidebar(page).getByTestId('ackly-request-status').textContent(), { timeout: 15_000 })
      .toContain('new');

    // Snooze: until the next working morning; the request is still owed, just quiet.
    await sidebar(page).getByTestId('ackly-snooze').click();
    await expect
      .poll(() => sidebar(page).getByTestId('ackly-request-status').textContent(), { timeout: 10_000 })
      .toContain('snoozed');
    await page.close();
  });

  // Last: it changes the settings.
  it('also sends the acknowledgement when the settings say so', async () => {
    const popup = await h.openPopup();
    await popup.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({ settings: { version: 1, acknowledgeBehaviour: 'send' } }),
    );
    const page = await openThread(h, IDS.de);
    await expect
      .poll(() => sidebar(page).getByTestId('ackly-request-status').textContent(), { timeout: 15_000 })
      .toContain('new');
    await sidebar(page).getByTestId('ackly-acknowledge').click();
    const sent = () =>
      page.evaluate(() => (window as unknown as { __sim: { sent: { text: string }[] } }).__sim.sent.map((m) => m.text));
    await expect.poll(sent, { timeout: 10_000 }).toHaveLength(1);
    const [text] = await sent();
    expect(text).toMatch(/^Hallo Jonas,/);
    expect(text).toContain('danke für deine Mail');
    await expect
      .poll(() => sidebar(page).getByTestId('ackly-request-status').textContent(), { timeout: 15_000 })
      .toContain('acknowledged');
    await sidebar(page).getByTestId('ackly-done').click();
    await expect
      .poll(() => sidebar(page).getByTestId('ackly-request-status').textContent(), { timeout: 10_000 })
      .toContain('done');
    await popup.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }
      ).chrome.storage.local.remove('settings'),
    );
    await popup.close();
    await page.close();
  });

  it('made no network request outside the routed page', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
