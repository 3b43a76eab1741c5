// Outlook on the web in real Chromium: the simulator (test/fixtures/outlook/sim/outlook.html) is
// served at outlook.office.com with our own conversations; the same controller and sidebar as in
// Gmail read the conversation, acknowledge in the sender's language, and the popup says Outlook.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { simHtml, type SimData } from '../fixtures/sim';
import { badge, sendFromPage, type Harness } from './harness';
import { withExtension } from './lifecycle';

const MAILBOX = 'https://outlook.office.com/mail/';
const ME = { name: 'Alex Morgan', email: 'alex.morgan@contoso.example' };
const DANA = { name: 'Dana Whitfield', email: 'dana.whitfield@contoso.example' };
const AGNIESZKA = { name: 'Agnieszka Nowak', email: 'agnieszka.nowak@contoso.example' };
const IDS = {
  en: 'AAQkAGI2ZTk0NjZhLTcxZDYtNDhmYy1hOTQxLTQyYjVmNTkxN2Q0MAAQAJtqZ1VLpERAk3y0e2e0001=',
  pl: 'AAQkAGI2ZTk0NjZhLTcxZDYtNDhmYy1hOTQxLTQyYjVmNTkxN2Q0MAAQAJtqZ1VLpERAk3y0e2e0002=',
  auto: 'AAQkAGI2ZTk0NjZhLTcxZDYtNDhmYy1hOTQxLTQyYjVmNTkxN2Q0MAAQAJtqZ1VLpERAk3y0e2e0003=',
};
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

const DATA: SimData = {
  me: ME,
  threads: [
    {
      id: IDS.en,
      subject: 'Q3 vendor figures',
      labels: ['INBOX', 'UNREAD'],
      messages: [
        {
          id: 'AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0Ae2eAAAA0001',
          from: DANA,
          to: [ME],
          sentAt: hoursAgo(2),
          bodyHtml:
            '<div class="elementToProof">Hi Alex,<br><br>Could you please send me the final Q3 spend figures for our three logistics vendors by Friday? Finance locks the quarterly report that afternoon.<br><br>Thanks,<br>Dana</div>',
          attachments: [],
        },
      ],
    },
    {
      id: IDS.pl,
      subject: 'Dostęp do raportu',
      labels: ['INBOX', 'UNREAD'],
      messages: [
        {
          id: 'AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0Ae2eAAAA0002',
          from: AGNIESZKA,
          to: [ME],
          sentAt: hoursAgo(3),
          bodyHtml:
            '<div class="elementToProof">Cześć Alex,<br><br>czy możesz mi proszę nadać dostęp do raportu sprzedaży w panelu?<br><br>Dzięki,<br>Agnieszka</div>',
          attachments: [],
        },
      ],
    },
    {
      id: IDS.auto,
      subject: 'Your weekly storage report',
      labels: ['INBOX'],
      messages: [
        {
          id: 'AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0Ae2eAAAA0003',
          from: { name: 'Contoso IT', email: 'no-reply@it.contoso.example' },
          to: [ME],
          sentAt: hoursAgo(5),
          bodyHtml:
            '<div><p>You are using 41% of your 50 GB mailbox.</p><p>This is an automated message, please do not reply. <a href="https://it.contoso.example/settings">Notification settings</a></p></div>',
          attachments: [],
        },
      ],
    },
  ],
};

type Owed = { value: { id: number; threadId: string; state: string; webmail: string }[] };

function sidebar(page: Page) {
  return page.locator('ackly-sidebar').getByTestId('ackly-sidebar');
}
const status = (page: Page) => sidebar(page).getByTestId('ackly-request-status');
const replyBody = (page: Page) => page.locator('[aria-label="Message body"][contenteditable="true"]');
const sent = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sim: { sent: { text: string }[] } }).__sim.sent.map((m) => m.text));

/** Opens the mailbox and clicks the conversation's row, as a person would (History API, no reload). */
async function openConversation(h: Harness, convId: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(MAILBOX);
  await page.locator(`div[role="option"][data-convid="${convId}"]`).click({ timeout: 15_000 });
  await page.waitForURL((url) => url.pathname.includes(encodeURIComponent(convId)), { timeout: 15_000 });
  return page;
}

describe('outlook', () => {
  let h: Harness;

  withExtension((harness) => (h = harness), { [MAILBOX]: simHtml('outlook', DATA) });

  it('shows a colleague’s request, acknowledges in one click and counts it once sent', async () => {
    const page = await openConversation(h, IDS.en);
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toContain('new');
    await expect(sidebar(page).getByTestId('ackly-request-sentences').textContent()).resolves.toContain(
      'Q3 spend figures',
    );
    await page.screenshot({ path: '/tmp/outlook-thread-request.png' });
    // Its style sheet came from the background when it first showed: docked at the right, and shown.
    const look = await page.locator('ackly-sidebar').evaluate((host) => {
      const panel = host.shadowRoot!.querySelector('.ackly-sidebar')!;
      const style = getComputedStyle(panel);
      return { position: style.position, width: style.width, hostVisibility: (host as HTMLElement).style.visibility };
    });
    expect(look).toEqual({ position: 'fixed', width: '280px', hostVisibility: '' });

    await sidebar(page).getByTestId('ackly-acknowledge').click();
    await expect.poll(() => replyBody(page).innerText(), { timeout: 10_000 }).toContain('Thanks for your email');
    expect(await replyBody(page).innerText()).toMatch(/^Hi Dana,/);
    await page.screenshot({ path: '/tmp/outlook-thread-ack-draft.png' });

    await page.locator('button[aria-label="Send"]').click();
    await expect.poll(() => sent(page), { timeout: 10_000 }).toHaveLength(1);
    expect((await sent(page))[0]).toMatch(/^Hi Dana,/);
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toContain('acknowledged');

    const popup = await h.openPopup();
    const owed = (await sendFromPage(popup, 'owed.list', {})) as Owed;
    expect(owed.value.find((r) => r.threadId === IDS.en)).toMatchObject({ state: 'acknowledged', webmail: 'outlook' });
    await expect.poll(async () => (await badge(h)).text, { timeout: 10_000 }).toBe(String(owed.value.length));

    // The popup says where it came from, and Open opens it there.
    const row = popup.getByTestId('ackly-owed-item').filter({ hasText: 'Q3 vendor figures' });
    await expect(row.getByTestId('ackly-owed-webmail').textContent()).resolves.toBe('Outlook');
    await expect(row.getByTestId('ackly-popup-open').getAttribute('aria-label')).resolves.toBe('Open in Outlook');
    await popup.screenshot({ path: '/tmp/outlook-popup.png' });
    const opened = h.context.waitForEvent('page');
    await row.getByTestId('ackly-popup-open').click();
    const reopened = await opened;
    await reopened.waitForURL((url) => url.host === 'outlook.office.com' && url.pathname.includes('/id/'), {
      timeout: 15_000,
    });
    expect(decodeURIComponent(new URL(reopened.url()).pathname)).toContain(IDS.en);
    await expect.poll(() => status(reopened).textContent(), { timeout: 15_000 }).toContain('acknowledged');
    await reopened.close();
    await page.close();
  });

  it('acknowledges in the sender’s language, by first name, with the template below', async () => {
    const page = await openConversation(h, IDS.pl);
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toContain('new');
    await sidebar(page).getByTestId('ackly-acknowledge').click();
    await expect.poll(() => replyBody(page).innerText(), { timeout: 10_000 }).toMatch(/^Cześć Agnieszka,/);
    expect(await replyBody(page).innerText()).toContain('dzięki za wiadomość');
    await page.close();
  });

  it('offers no acknowledgement for an automated mail', async () => {
    const page = await openConversation(h, IDS.auto);
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/automated/);
    expect(await sidebar(page).getByTestId('ackly-acknowledge').count()).toBe(0);
    await page.close();
  });

  it('marks list rows of conversations with an owed reply', async () => {
    const page = await h.context.newPage();
    await page.goto(MAILBOX);
    const row = (id: string) => page.locator(`div[role="option"][data-convid="${id}"]`);
    await expect.poll(() => row(IDS.en).getByTestId('ackly-row-marker').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => row(IDS.pl).getByTestId('ackly-row-marker').count(), { timeout: 15_000 }).toBe(1);
    expect(await row(IDS.auto).getByTestId('ackly-row-marker').count()).toBe(0);
    await page.screenshot({ path: '/tmp/outlook-list-markers.png' });
    await page.close();
  });

  it('says it cannot read a page without the conversation hooks, and breaks nothing else', async () => {
    // The same app after a redesign: the conversation is there, the sender hooks are gone.
    const url = 'https://outlook.office365.com/mail/';
    h.servePage(url, simHtml('outlook', DATA).replace(/aria-label="From: /g, 'aria-label="Sender: '));
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.locator(`div[role="option"][data-convid="${IDS.pl}"]`).click({ timeout: 15_000 });
    await expect.poll(() => status(page).getAttribute('data-status'), { timeout: 15_000 }).toBe('unreadable');
    await expect(status(page).textContent()).resolves.toMatch(/can't read this page/);
    // The webmail itself still works: replying and sending go on as before.
    await page.locator('[data-icon-name="ArrowReplyRegular"]').first().click();
    await replyBody(page).waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.screenshot({ path: '/tmp/outlook-unreadable.png' });
    await page.close();
  });

  it('made no network request outside the routed pages', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
