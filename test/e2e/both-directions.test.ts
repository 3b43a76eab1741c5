// Both directions and all three phases in real Chromium on the Gmail simulator: the user's own
// request waits for the colleague (an FYI waits for nothing), the colleague's reply turns it
// answered and offers the thank-you in their language, a request past its follow-up time gets a
// nudge from the popup, and the stepper follows a colleague's request from opening to closing.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { simHtml, type SimData, type SimThread } from '../fixtures/sim';
import { sendFromPage, type Harness } from './harness';
import { withExtension } from './lifecycle';

const URL = 'https://mail.google.com/mail/u/0/';
const ME = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };
const PIETER = { name: 'Pieter van Dijk', email: 'pieter.vandijk@example.com' };
const JONAS = { name: 'Jonas Weber', email: 'jonas.weber@example.com' };
const DANA = { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' };
const IDS = { ask: '19a0b0c0d0e0f001', fyi: '19a0b0c0d0e0f002', old: '19a0b0c0d0e0f003', dana: '19a0b0c0d0e0f004' };
const ago = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const html = (...p: string[]) => `<div dir="ltr">${p.join('<br><br>')}</div>`;

const ASK: SimThread = {
  id: IDS.ask,
  subject: 'Planning voorjaarscampagne',
  labels: ['INBOX'],
  messages: [
    {
      id: '1900000000000000101',
      from: ME,
      to: [PIETER],
      sentAt: ago(3),
      bodyHtml: html('Hoi Pieter,', 'Kun je me de planning voor de voorjaarscampagne sturen?', 'Groet,<br>Alex'),
    },
  ],
};
const PIETER_ANSWERS = {
  id: '1900000000000000102',
  from: PIETER,
  to: [ME],
  sentAt: ago(1),
  bodyHtml: html('Hoi Alex,', 'Hierbij de planning, met de drie fases erin.', 'Groet,<br>Pieter'),
};

function data(askAnswered: boolean): SimData {
  return {
    me: ME,
    threads: [
      askAnswered ? { ...ASK, messages: [...ASK.messages, PIETER_ANSWERS] } : ASK,
      {
        id: IDS.fyi,
        subject: 'Kantoor dicht',
        labels: ['INBOX'],
        messages: [
          {
            id: '1900000000000000201',
            from: ME,
            to: [PIETER],
            sentAt: ago(2),
            bodyHtml: html(
              'Hoi Pieter,',
              'Ter info: het kantoor is maandag dicht vanwege de verbouwing.',
              'Groet,<br>Alex',
            ),
          },
        ],
      },
      {
        id: IDS.old,
        subject: 'Zugang zum Testsystem',
        labels: ['INBOX'],
        messages: [
          {
            id: '1900000000000000301',
            from: ME,
            to: [JONAS],
            sentAt: ago(6 * 24),
            bodyHtml: html(
              'Hallo Jonas,',
              'kannst du mir bitte einen Zugang zum Testsystem einrichten?',
              'Danke dir!<br>Alex',
            ),
          },
        ],
      },
      {
        id: IDS.dana,
        subject: 'Budget review',
        labels: ['INBOX', 'UNREAD'],
        messages: [
          {
            id: '1900000000000000401',
            from: DANA,
            to: [ME],
            sentAt: ago(1),
            bodyHtml: html('Hi Alex,', 'Could you please review the budget plan for next year?', 'Thanks,<br>Dana'),
          },
        ],
      },
    ],
  };
}

type Rows = { value: { total: number; items: { threadId: string; state: string }[] } };
const sidebar = (page: Page) => page.locator('ackly-sidebar').getByTestId('ackly-sidebar');
const status = (page: Page) => sidebar(page).getByTestId('ackly-request-status');
const editor = (page: Page) => page.locator('.M9 div[aria-label="Message Body"]');

async function open(h: Harness, threadId: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`${URL}#inbox/${threadId}`);
  await page.locator('.a98.iY').waitFor({ timeout: 15_000 });
  await status(page).waitFor({ timeout: 15_000 });
  return page;
}

describe('both directions', () => {
  let h: Harness;

  withExtension((harness) => (h = harness), { [URL]: simHtml('gmail', data(false)) });

  it('tracks the user’s own request as waiting, and an FYI as nothing', async () => {
    const page = await open(h, IDS.ask);
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toContain('waiting');
    await expect(sidebar(page).getByTestId('ackly-follow-up').count()).resolves.toBe(1);
    await expect(sidebar(page).getByTestId('ackly-nudge').count()).resolves.toBe(1);
    await page.screenshot({ path: '/tmp/both-waiting-sidebar.png' });
    const fyi = await open(h, IDS.fyi);
    await expect.poll(() => status(fyi).textContent(), { timeout: 15_000 }).toMatch(/No request/);
    const popup = await h.openPopup();
    const waiting = (await sendFromPage(popup, 'waiting.list', {})) as Rows;
    expect(waiting.value.items.map((r) => r.threadId)).toEqual([IDS.ask]);
    await expect.poll(() => popup.getByTestId('ackly-waiting-item').count(), { timeout: 10_000 }).toBe(1);
    await popup.close();
    await fyi.close();
    await page.close();
  });

  it('turns answered when the colleague replies, and thanks in their language in one click', async () => {
    h.servePage(URL, simHtml('gmail', data(true)));
    const page = await open(h, IDS.ask);
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toContain('answered');
    await sidebar(page).getByTestId('ackly-thank').click();
    await expect.poll(() => editor(page).innerText(), { timeout: 10_000 }).toMatch(/^Hoi Pieter,/);
    expect(await editor(page).innerText()).toContain('bedankt voor je hulp');
    await page.screenshot({ path: '/tmp/both-thank-you.png' });
    const popup = await h.openPopup();
    expect(((await sendFromPage(popup, 'waiting.list', {})) as Rows).value.total).toBe(0);
    await popup.close();
    await page.close();
  });

  it('nudges from the popup once the follow-up time has passed, in the colleague’s language', async () => {
    // Sent six days ago and never answered: the follow-up time (two working days) has passed.
    const reader = await open(h, IDS.old);
    await expect.poll(() => status(reader).textContent(), { timeout: 15_000 }).toContain('waiting');
    await reader.close();
    const popup = await h.openPopup();
    const item = popup.getByTestId('ackly-waiting-item');
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    await expect(item.getAttribute('data-nudge-due')).resolves.toBe('true');
    await popup.screenshot({ path: '/tmp/both-popup-waiting.png' });
    const opened = h.context.waitForEvent('page');
    await item.getByTestId('ackly-nudge').click();
    const page = await opened;
    await page.waitForURL((url) => url.hash === `#inbox/${IDS.old}`, { timeout: 15_000 });
    await expect
      .poll(
        () =>
          editor(page)
            .innerText()
            .catch(() => ''),
        { timeout: 15_000 },
      )
      .toMatch(/^Hallo Jonas,/);
    const nudge = await editor(page).innerText();
    expect(nudge).toContain('Ich hatte gefragt: „kannst du mir bitte einen Zugang zum Testsystem einrichten?“');
    expect(nudge).toMatch(/Danke dir!/);
    await page.screenshot({ path: '/tmp/both-nudge.png' });
    await page.close();
  });

  it('shows the three phases: opening done after Acknowledge, closing done after the answer', async () => {
    const page = await open(h, IDS.dana);
    const phase = (name: string) => sidebar(page).locator(`[data-testid="ackly-phase"][data-phase="${name}"]`);
    await expect.poll(() => phase('opening').getAttribute('data-done'), { timeout: 15_000 }).toBe('false');
    await sidebar(page).getByTestId('ackly-acknowledge').click();
    await expect.poll(() => editor(page).textContent(), { timeout: 10_000 }).toContain('Thanks for your email');
    await page.locator('.M9 [role="button"].aoO').click();
    await expect.poll(() => phase('opening').getAttribute('data-done'), { timeout: 15_000 }).toBe('true');
    expect(await phase('closing').getAttribute('data-done')).toBe('false');
    await expect(sidebar(page).getByTestId('ackly-progress').count()).resolves.toBe(1);
    await page.screenshot({ path: '/tmp/both-stepper-opening.png' });
    await page.locator('.amn .ams.bkH').click();
    await editor(page).waitFor({ timeout: 10_000 });
    await editor(page).fill('Here is my review: two lines to cut, the rest is fine.');
    await page.locator('.M9 [role="button"].aoO').click();
    await expect.poll(() => phase('closing').getAttribute('data-done'), { timeout: 15_000 }).toBe('true');
    expect(await phase('opening').getAttribute('data-done')).toBe('true');
    await page.screenshot({ path: '/tmp/both-stepper-closing.png' });
    await page.close();
  });

  it('made no network request outside the routed page', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
