// Accessibility in the real browser: axe-core on the popup, the options page, the insights page and
// the Gmail sidebar (inside its shadow root), in English and Polish; the keyboard's way through each
// page; a visible focus ring; and the dark theme setting reaching the popup and the sidebar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { simHtml } from '../fixtures/sim';
import { focusVisible, runAxe, type AxeViolation } from './axe';
import { launchExtension, requestRow, seedRequests, sendFromPage, type Harness } from './harness';

const H = 3_600_000;
const URL = 'https://mail.google.com/mail/u/0/';
const THREAD = '1957c2a4e8b1a001';
const ME = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };
const DANA = { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' };
const DATA = {
  me: ME,
  threads: [
    {
      id: THREAD,
      subject: 'Q3 vendor figures',
      labels: ['INBOX', 'UNREAD'],
      messages: [
        {
          id: '1826104311922811001',
          from: DANA,
          to: [ME],
          sentAt: new Date(Date.now() - 2 * H).toISOString(),
          bodyHtml:
            '<div dir="ltr">Hi Alex,<br><br>Could you please send me the final Q3 spend figures for our three logistics vendors by Friday?<br><br>Thanks,<br>Dana</div>',
          attachments: [],
        },
      ],
    },
  ],
};

const NAME_RULES = ['button-name', 'label', 'select-name', 'input-button-name', 'link-name', 'aria-input-field-name'];

/** axe counts by impact, per page and language: printed at the end (and kept in /tmp for the report). */
const report: Record<string, Record<string, number>> = {};

const describeViolations = (list: AxeViolation[]) => list.map((v) => `${v.id} (${v.impact}): ${v.targets.join(' ')}`);

/** Runs axe and returns what must not be there: serious or critical violations, controls without a name. */
async function checkAxe(page: Page, name: string, within?: string): Promise<string[]> {
  const { violations, counts } = await runAxe(page, within);
  report[name] = counts;
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || NAME_RULES.includes(v.id));
  return describeViolations(bad).map((text) => `${name}: ${text}`);
}

interface Stop {
  id: string;
  top: number;
  left: number;
  bottom: number;
}

/** Presses Tab `count` times and notes where the focus lands (into shadow roots), with its box. */
async function tabStops(page: Page, count: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        const box = el!.getBoundingClientRect();
        const id =
          el!.getAttribute('data-testid') ??
          `${el!.tagName.toLowerCase()}:${(el!.getAttribute('aria-label') ?? el!.textContent ?? '').trim().slice(0, 24)}`;
        return { id, top: box.top + scrollY, left: box.left + scrollX, bottom: box.bottom + scrollY };
      }),
    );
  }
  return stops;
}

/** Each stop is below the one before, or on the same line and to its right: the order a person reads. */
function expectVisualOrder(stops: Stop[], name: string): void {
  for (let i = 1; i < stops.length; i++) {
    const [a, b] = [stops[i - 1]!, stops[i]!];
    const sameLine = b.top < a.bottom - 2 && a.top < b.bottom - 2;
    const ok = sameLine ? b.left > a.left : b.top >= a.top;
    expect(ok, `${name}: ${a.id} → ${b.id} (${JSON.stringify(stops.map((s) => s.id))})`).toBe(true);
  }
}

async function setLanguage(h: Harness, lang: string): Promise<void> {
  const page = await h.extensionPage('options.html');
  await page.getByTestId('ackly-options-ui-language').selectOption(lang);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toMatch(lang === 'auto' ? /^en/ : lang);
  await page.close();
}

async function setTheme(h: Harness, theme: string): Promise<void> {
  const page = await h.extensionPage('options.html');
  await page.getByTestId('ackly-options-theme').selectOption(theme);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? 'system')).toBe(theme);
  await page.close();
}

async function openPopup(h: Harness): Promise<Page> {
  const popup = await h.openPopup();
  await popup.getByTestId('ackly-owed-item').first().waitFor();
  await popup.getByTestId('ackly-waiting-item').first().waitFor();
  return popup;
}

async function openOptions(h: Harness): Promise<Page> {
  const page = await h.extensionPage('options.html');
  await page.getByTestId('ackly-options-data').waitFor();
  await page.getByTestId('ackly-options-template-item').first().waitFor();
  return page;
}

async function openInsights(h: Harness): Promise<Page> {
  const page = await h.extensionPage('insights.html');
  await page.locator('[data-testid="ackly-insights"][data-state="ready"]').waitFor();
  return page;
}

async function openThread(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`${URL}#inbox/${THREAD}`);
  await page.locator('.a98.iY').waitFor({ timeout: 15_000 });
  await expect
    .poll(() => page.locator('ackly-sidebar').getByTestId('ackly-request-status').textContent(), { timeout: 15_000 })
    .toMatch(/\S/);
  await page.locator('ackly-sidebar').getByTestId('ackly-acknowledge').waitFor({ timeout: 15_000 });
  return page;
}

const background = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);

describe('accessibility', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launchExtension();
    h.servePage(URL, simHtml('gmail', DATA));
    const now = Date.now();
    await seedRequests(h, [
      requestRow({
        subject: 'Late one',
        ackDueAt: now - H,
        sender: { name: 'Bob Overdue', email: 'bob@acme.example' },
      }),
      requestRow({ subject: 'Due today', state: 'acknowledged', ackDueAt: now - 2 * H, replyDueAt: now + 2 * H }),
      requestRow({ subject: 'Later one', ackDueAt: now + 30 * 24 * H, replyDueAt: now + 40 * 24 * H }),
      requestRow({ subject: 'Sleeping one', state: 'snoozed', stateBeforeSnooze: 'new', snoozedUntil: now + 24 * H }),
      requestRow({
        subject: 'Our offer',
        state: 'waiting',
        ackDueAt: null,
        replyDueAt: now + 24 * H,
        sender: { name: 'Cy Chen', email: 'cy@acme.example' },
      }),
      requestRow({
        subject: 'Answered one',
        state: 'done',
        receivedAt: now - 5 * H,
        timestamps: { new: now - 5 * H, acknowledged: now - 4 * H, done: now - 3 * H },
      }),
    ]);
  });
  afterAll(async () => {
    console.log(`axe violations by impact (nodes):\n${JSON.stringify(report, null, 1)}`);
    writeFileSync('/tmp/ackly-axe-report.json', JSON.stringify(report, null, 1));
    await h?.close();
  });

  for (const lang of ['en', 'pl']) {
    it(`has no serious violations and names every control (${lang})`, async () => {
      if (lang !== 'en') await setLanguage(h, lang);
      const found: string[] = [];
      const popup = await openPopup(h);
      found.push(...(await checkAxe(popup, `popup ${lang}`)));
      await popup.close();
      const options = await openOptions(h);
      await options.getByTestId('ackly-options-template-item').first().click();
      found.push(...(await checkAxe(options, `options ${lang}`)));
      await options.close();
      const insights = await openInsights(h);
      found.push(...(await checkAxe(insights, `insights ${lang}`)));
      await insights.close();
      const gmail = await openThread(h);
      found.push(...(await checkAxe(gmail, `sidebar ${lang}`, 'ackly-sidebar')));
      await gmail.close();
      if (lang !== 'en') await setLanguage(h, 'auto');
      expect(found).toEqual([]);
    });
  }

  it('moves the focus in reading order, with a visible ring', async () => {
    const popup = await openPopup(h);
    const popupStops = await tabStops(popup, 8);
    expect(popupStops[0]!.id).toBe('ackly-popup-search');
    expect(popupStops.map((s) => s.id)).toContain('ackly-popup-open');
    expectVisualOrder(popupStops, 'popup');
    await popup.getByTestId('ackly-popup-done').first().focus();
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Tab');
    expect(await focusVisible(popup)).toBe(true);
    await popup.close();

    const options = await openOptions(h);
    const optionStops = await tabStops(options, 10);
    expectVisualOrder(optionStops, 'options');
    expect(await focusVisible(options)).toBe(true);
    await options.getByTestId('ackly-options-template-new').focus();
    await options.keyboard.press('Shift+Tab');
    await options.keyboard.press('Tab');
    expect(await focusVisible(options)).toBe(true);
    await options.close();

    const insights = await openInsights(h);
    const insightStops = await tabStops(insights, 4);
    expectVisualOrder(insightStops, 'insights');
    expect(await focusVisible(insights)).toBe(true);
    await insights.close();

    const gmail = await openThread(h);
    await gmail.locator('ackly-sidebar').getByTestId('ackly-toggle').focus();
    const sidebarStops = await tabStops(gmail, 3);
    expect(sidebarStops[0]!.id).toBe('ackly-acknowledge');
    expectVisualOrder(sidebarStops, 'sidebar');
    expect(await focusVisible(gmail)).toBe(true);
    await gmail.close();
  });

  it('follows the dark theme setting in the popup and the sidebar', async () => {
    const shots = async (theme: string) => {
      const popup = await openPopup(h);
      await popup.screenshot({ path: `/tmp/ackly-popup-${theme}.png` });
      const popupBg = await background(popup, 'body');
      await popup.close();
      const options = await openOptions(h);
      await options.getByTestId('ackly-options-template-item').first().click();
      await options.screenshot({ path: `/tmp/ackly-options-${theme}.png`, fullPage: true });
      await options.close();
      const insights = await openInsights(h);
      await insights.screenshot({ path: `/tmp/ackly-insights-${theme}.png`, fullPage: true });
      await insights.close();
      const gmail = await openThread(h);
      await gmail.screenshot({ path: `/tmp/ackly-sidebar-${theme}.png` });
      const sidebarBg = await background(gmail, 'ackly-sidebar [data-testid="ackly-sidebar"]');
      await gmail.close();
      return { popupBg, sidebarBg };
    };
    const light = await shots('light');
    expect(light).toEqual({ popupBg: 'rgb(255, 255, 255)', sidebarBg: 'rgb(255, 255, 255)' });
    await setTheme(h, 'dark');
    const dark = await shots('dark');
    expect(dark).toEqual({ popupBg: 'rgb(32, 33, 36)', sidebarBg: 'rgb(32, 33, 36)' });
    // Dark pages pass axe's contrast checks too.
    const found: string[] = [];
    for (const [name, open] of [
      ['popup', openPopup],
      ['options', openOptions],
      ['insights', openInsights],
    ] as const) {
      const page = await open(h);
      found.push(...(await checkAxe(page, `${name} en dark`)));
      await page.close();
    }
    const gmail = await openThread(h);
    found.push(...(await checkAxe(gmail, 'sidebar en dark', 'ackly-sidebar')));
    await gmail.close();
    await setTheme(h, 'system');
    expect(found).toEqual([]);
  });

  it('puts the template list beside the editor on wide windows, above it on narrow ones', async () => {
    const page = await openOptions(h);
    const title = 'Thank you so much for the quarterly figures and the very detailed vendor breakdown you sent';
    await sendFromPage(page, 'template.save', {
      template: { kind: 'thanks', language: 'en', title, body: 'Thanks, {firstName}!' },
    });
    await page.reload();
    const item = page.getByTestId('ackly-options-template-item').filter({ hasText: 'quarterly figures' });
    await item.click();
    const box = async (testId: string) => (await page.getByTestId(testId).boundingBox())!;
    // Wide: list left of the editor, the text left of its preview, the long name shown whole.
    let [list, editor] = [await item.boundingBox(), await box('ackly-options-template-editor')];
    expect(list!.x + list!.width).toBeLessThanOrEqual(editor.x);
    const [body, preview] = [await box('ackly-options-template-body'), await box('ackly-options-template-preview')];
    expect(body.x + body.width).toBeLessThanOrEqual(preview.x);
    expect(Math.abs(body.y - preview.y)).toBeLessThan(60);
    expect(
      await item.evaluate((el) => el.scrollWidth <= el.clientWidth && (el.textContent ?? '').length),
    ).toBeGreaterThan(title.length);
    await page.getByTestId('ackly-options-templates').screenshot({ path: '/tmp/ackly-options-templates-wide.png' });
    // Narrow: stacked.
    await page.setViewportSize({ width: 600, height: 900 });
    [list, editor] = [await item.boundingBox(), await box('ackly-options-template-editor')];
    expect(editor.y).toBeGreaterThanOrEqual(list!.y + list!.height);
    await page.getByTestId('ackly-options-templates').screenshot({ path: '/tmp/ackly-options-templates-narrow.png' });
    await page.close();
  });
});
