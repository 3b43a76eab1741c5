// The writing coach in real Chromium on the Gmail simulator: a bare request typed into a reply
// shows the "please" hint and the language's please-word removes it; "attached" without a file
// shows the attachment hint; hints never block Send; the switch in the options turns them off.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { simHtml, type SimData } from '../fixtures/sim';
import { type Harness } from './harness';
import { withExtension } from './lifecycle';

const URL = 'https://mail.google.com/mail/u/0/';
const ME = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };
const DANA = { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' };
const JONAS = { name: 'Jonas Weber', email: 'jonas.weber@example.com' };
const IDS = { en: '19b0c0d0e0f00001', de: '19b0c0d0e0f00002' };
const ago = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

const DATA: SimData = {
  me: ME,
  threads: [
    {
      id: IDS.en,
      subject: 'Offsite agenda',
      labels: ['INBOX'],
      messages: [
        {
          id: '1910000000000000101',
          from: DANA,
          to: [ME],
          sentAt: ago(2),
          bodyHtml: '<div dir="ltr">Hi Alex,<br><br>The offsite agenda is settled: Tuesday in Leeds.<br><br>Dana</div>',
        },
      ],
    },
    {
      id: IDS.de,
      subject: 'Quartalszahlen',
      labels: ['INBOX'],
      messages: [
        {
          id: '1910000000000000201',
          from: JONAS,
          to: [ME],
          sentAt: ago(3),
          bodyHtml: '<div dir="ltr">Hallo Alex,<br><br>die Zahlen sind fertig.<br><br>Jonas</div>',
        },
      ],
    },
  ],
};

const editor = (page: Page) => page.locator('.M9 div[aria-label="Message Body"]');
const hints = (page: Page) => page.locator('ackly-coach').getByTestId('ackly-coach-hint');
const codes = async (page: Page) =>
  (await hints(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).sort();

async function reply(h: Harness, threadId: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`${URL}#inbox/${threadId}`);
  await page.locator('.a98.iY').waitFor({ timeout: 15_000 });
  await page.locator('.amn .ams.bkH').click();
  await editor(page).waitFor({ timeout: 10_000 });
  await editor(page).click();
  return page;
}

describe('coach', () => {
  let h: Harness;

  withExtension((harness) => (h = harness), { [URL]: simHtml('gmail', DATA) });

  it('asks for a please on a bare request, and the please-word removes it', async () => {
    const page = await reply(h, IDS.en);
    await page.keyboard.type('Send me the venue contract by Friday.');
    await expect.poll(() => codes(page), { timeout: 10_000 }).toContain('please');
    await page.screenshot({ path: '/tmp/coach-please.png' });
    // The hint's fix puts the please-word where the request is.
    await hints(page).and(page.locator('[data-code="please"]')).click();
    await expect.poll(() => editor(page).innerText(), { timeout: 5_000 }).toMatch(/please/i);
    await expect.poll(() => codes(page), { timeout: 10_000 }).not.toContain('please');
    await page.close();
  });

  it('asks for a please in German too, and "bitte" typed by hand removes it', async () => {
    const page = await reply(h, IDS.de);
    await page.keyboard.type('Hallo Jonas, schick mir die Zahlen bis Freitag.');
    await expect.poll(() => codes(page), { timeout: 10_000 }).toContain('please');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Hallo Jonas, schick mir bitte die Zahlen bis Freitag.');
    await expect.poll(() => codes(page), { timeout: 10_000 }).not.toContain('please');
    await page.close();
  });

  it('says when an attachment is mentioned but missing, and never blocks Send', async () => {
    const page = await reply(h, IDS.en);
    await page.keyboard.type('Hi Dana, I attached the updated budget for the offsite. Thanks!');
    await expect.poll(() => codes(page), { timeout: 10_000 }).toEqual(['attachment']);
    await page.screenshot({ path: '/tmp/coach-attachment.png' });
    await page.locator('.M9 [role="button"].aoO').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __sim: { sent: unknown[] } }).__sim.sent.length))
      .toBe(1);
    // The compose is gone, and its hint line with it.
    await expect.poll(() => page.locator('ackly-coach').count(), { timeout: 10_000 }).toBe(0);
    await page.close();
  });

  it('hides the hints for a draft on request, and stays silent when switched off in the options', async () => {
    const page = await reply(h, IDS.en);
    await page.keyboard.type('Send me the venue contract by Friday.');
    await expect.poll(() => codes(page), { timeout: 10_000 }).toContain('please');
    await page.locator('ackly-coach').locator('.ackly-coach-close').click();
    await expect.poll(() => hints(page).count()).toBe(0);
    await page.keyboard.type(' And the catering offer.');
    await page.waitForTimeout(1_000);
    expect(await hints(page).count()).toBe(0);
    await page.close();

    const options = await h.extensionPage('options.html');
    const box = options.getByTestId('ackly-options-coach');
    await box.waitFor({ timeout: 10_000 });
    await box.uncheck();
    // Options save as they change.
    await expect
      .poll(() =>
        options.evaluate(async () => {
          type Local = { get(k: string): Promise<{ settings?: { coach?: boolean } }> };
          const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
          return (await local.get('settings')).settings?.coach;
        }),
      )
      .toBe(false);
    const off = await reply(h, IDS.de);
    await off.keyboard.type('Hallo Jonas, schick mir die Zahlen.');
    await off.waitForTimeout(1_500);
    expect(await hints(off).count()).toBe(0);
    await off.close();
    await options.close();
  });

  it('made no network request outside the routed page', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
