// The insights page in Chromium: seeded requests become the right headline figures, charts with a
// table behind each, a period picker that changes them, a CSV of what the tables show, and the
// longest-waiting request one click from its thread. Screenshots in light and dark for a look.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../utils/settings/model';
import { launchExtension, requestRow, seedRequests, type Harness } from './harness';

const at = (iso: string) => Date.parse(iso);
const OPEN_URL = 'https://webmail.example.test/thread/insights-open';

// Working hours Mon–Fri 09:00–17:00 in UTC; the default standard: acknowledge within 4 working
// hours, answer within 2 working days. Weeks of Monday 2 and Monday 9 November 2026.
function row(id: string, received: string, fields: Record<string, unknown>) {
  return requestRow({
    messageId: `insights-${id}`,
    threadId: `insights-${id}`,
    subject: `Request ${id}`,
    receivedAt: at(received),
    ...fields,
  });
}
const ANA = { name: 'Ana Lima', email: 'ana@acme.example' };
const BO = { name: 'Bo Berg', email: 'bo@beta.example' };
const CY = { name: 'Cy Chen', email: 'cy@acme.example' };
const ROWS = [
  // 30 min to acknowledge, answered in time.
  row('r1', '2026-11-02T09:00:00Z', {
    sender: ANA,
    state: 'done',
    ackDueAt: at('2026-11-02T13:00:00Z'),
    replyDueAt: at('2026-11-03T17:00:00Z'),
    timestamps: {
      new: at('2026-11-02T09:00:00Z'),
      acknowledged: at('2026-11-02T09:30:00Z'),
      done: at('2026-11-03T10:00:00Z'),
    },
  }),
  // 300 min: late for both.
  row('r2', '2026-11-02T10:00:00Z', {
    sender: ANA,
    state: 'done',
    ackDueAt: at('2026-11-02T14:00:00Z'),
    replyDueAt: at('2026-11-04T10:00:00Z'),
    timestamps: { acknowledged: at('2026-11-02T15:00:00Z'), done: at('2026-11-05T10:00:00Z') },
  }),
  // 10 min.
  row('r3', '2026-11-03T09:00:00Z', {
    sender: BO,
    state: 'acknowledged',
    ackDueAt: at('2026-11-03T13:00:00Z'),
    replyDueAt: at('2026-11-04T17:00:00Z'),
    timestamps: { acknowledged: at('2026-11-03T09:10:00Z') },
  }),
  // Answered in 45 min: the answer is the first reply.
  row('r4', '2026-11-09T11:00:00Z', {
    sender: CY,
    state: 'done',
    ackDueAt: at('2026-11-09T15:00:00Z'),
    replyDueAt: at('2026-11-11T11:00:00Z'),
    timestamps: { done: at('2026-11-09T11:45:00Z') },
  }),
  // 60 min.
  row('r5', '2026-11-11T09:00:00Z', {
    sender: ANA,
    state: 'acknowledged',
    ackDueAt: at('2026-11-11T13:00:00Z'),
    replyDueAt: at('2026-11-12T17:00:00Z'),
    timestamps: { acknowledged: at('2026-11-11T10:00:00Z') },
  }),
  // Still open, long overdue.
  row('r6', '2026-11-12T09:00:00Z', {
    sender: BO,
    subject: 'Quarterly numbers, please',
    threadUrl: OPEN_URL,
    state: 'new',
    ackDueAt: at('2026-11-12T13:00:00Z'),
    replyDueAt: at('2026-11-13T17:00:00Z'),
    timestamps: { new: at('2026-11-12T09:00:00Z') },
  }),
  // Not a request after all: not counted.
  row('r7', '2026-11-12T10:00:00Z', {
    sender: CY,
    state: 'dismissed',
    timestamps: { dismissed: at('2026-11-12T10:05:00Z') },
  }),
];

async function metric(page: Page, name: string): Promise<string | null> {
  return page.locator(`[data-testid="ackly-insight"][data-metric="${name}"]`).getAttribute('data-value');
}

async function pickCustom(page: Page, from: string, to: string) {
  await page.getByTestId('ackly-insights-range').getByLabel('Custom').check();
  await page.getByTestId('ackly-insights-from').fill(from);
  await page.getByTestId('ackly-insights-to').fill(to);
  await page.getByTestId('ackly-insights-apply').click();
  await expect
    .poll(() => page.getByTestId('ackly-insights-period').textContent())
    .toContain(
      new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${from}T00:00:00Z`),
      ),
    );
}

/** A table's cells as the page shows them ('–' for nothing). */
async function tableCells(page: Page, id: string): Promise<string[][]> {
  return page
    .locator(`[data-testid="ackly-table"][data-table="${id}"] tbody tr`)
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));
}

/** One CSV line's cells (quoted cells may hold commas and doubled quotes; no line breaks here). */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** The rows of one table in the CSV, by its title. */
function csvSection(csv: string, title: string): string[][] {
  const lines = csv.replace(/^\ufeff/, '').split('\r\n');
  const start = lines.findIndex((l) => l === title || l === `"${title}"`);
  expect(start).toBeGreaterThan(0);
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i] !== ''; i++) {
    rows.push(parseCsvLine(lines[i]!));
  }
  return rows;
}

describe('insights page', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await launchExtension();
    await seedRequests(h, ROWS);
    const sw = await h.serviceWorker();
    await sw.evaluate(
      async (settings) => {
        const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } })
          .chrome;
        await c.storage.local.set({ settings });
      },
      { ...DEFAULT_SETTINGS, timeZone: 'UTC' },
    );
    h.servePage(OPEN_URL, '<!doctype html><title>Thread</title><p>Thread</p>');
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('opens from the popup and from the options page', async () => {
    const popup = await h.openPopup();
    const [fromPopup] = await Promise.all([
      h.context.waitForEvent('page'),
      popup.getByTestId('ackly-popup-insights').click(),
    ]);
    await fromPopup.getByTestId('ackly-insights').waitFor();
    expect(fromPopup.url()).toMatch(/\/insights\.html$/);
    await fromPopup.close();
    await popup.close();
    const options = await h.extensionPage('options.html');
    await options.getByTestId('ackly-options-insights').click();
    await options.getByTestId('ackly-insights').waitFor();
    await options.close();
  });

  it('shows this week (nothing yet), then a chosen period with the right figures, charts and tables', async () => {
    page = await h.extensionPage('insights.html');
    await page.locator('[data-testid="ackly-insights"][data-state="ready"]').waitFor();
    expect(await page.title()).toBe('Your insights');
    // Seeded weeks are in the past: this week is empty, but three requests still wait for a reply.
    expect(await metric(page, 'received')).toBe('0');
    expect(await metric(page, 'ack_within_standard_share')).toBe('');
    expect(await page.getByTestId('ackly-insights-open-item').count()).toBe(3);

    await pickCustom(page, '2026-11-02', '2026-11-15');
    await expect.poll(() => metric(page, 'received')).toBe('6');
    expect(await metric(page, 'acknowledged')).toBe('5');
    expect(await metric(page, 'answered')).toBe('3');
    expect(await metric(page, 'ack_within_standard_share')).toBe('0.8');
    expect(await metric(page, 'reply_within_standard_share')).toBe('0.6667');
    expect(await metric(page, 'ack_median_minutes')).toBe('45');
    const charts = page.locator('figure[data-testid="ackly-chart"]');
    expect(await charts.count()).toBe(5);
    expect(await charts.locator('svg[role="img"]').count()).toBe(5);
    expect(await page.locator('figure[data-chart="ack"] figcaption').textContent()).toBe(
      '4 of 5 first replies were within your standard (80%). Half went out within 45 min, nine in ten within 5 hr of working time.',
    );

    // The table behind the colleagues chart.
    await page.locator('figure[data-chart="colleagues"] [data-testid="ackly-chart-toggle"]').click();
    expect(await tableCells(page, 'colleagues')).toEqual([
      ['Ana Lima', 'ana@acme.example', '3', '3', '66.7', '2', '50', '1'],
      ['Bo Berg', 'bo@beta.example', '2', '1', '100', '0', '–', '0.2'],
      ['Cy Chen', 'cy@acme.example', '1', '1', '100', '1', '100', '0.8'],
    ]);
    await page.locator('figure[data-chart="ack"] [data-testid="ackly-chart-toggle"]').click();
    // 30, 300, 10, 45 and 60 working minutes; the 300 was late.
    expect((await tableCells(page, 'ack')).map((r) => r.slice(1))).toEqual([
      ['2', '0', '2'],
      ['2', '0', '2'],
      ['0', '0', '0'],
      ['0', '0', '0'],
      ['0', '1', '1'],
      ['0', '0', '0'],
      ['0', '0', '0'],
      ['0', '0', '0'],
    ]);

    // Keyboard: Tab reaches a chart, arrow keys read its bars.
    await page.locator('figure[data-chart="ack"] svg').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('figure[data-chart="ack"] .chart__readout').textContent()).toBe(
      '≤ 1 hr: 2 within your standard, 0 took longer',
    );

    await page.screenshot({ path: '/tmp/ackly-insights-light.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: '/tmp/ackly-insights-dark.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('changes the figures with the period', async () => {
    await pickCustom(page, '2026-11-09', '2026-11-15');
    await expect.poll(() => metric(page, 'received')).toBe('3');
    expect(await metric(page, 'acknowledged')).toBe('2');
    expect(await metric(page, 'answered')).toBe('1');
    expect(await metric(page, 'ack_within_standard_share')).toBe('1');
    expect(await metric(page, 'reply_within_standard_share')).toBe('1');
    const before = await page.getByTestId('ackly-insights-period').textContent();
    await page.getByTestId('ackly-insights-range').getByLabel('Last 4 weeks').check();
    await expect.poll(() => page.getByTestId('ackly-insights-period').textContent()).not.toBe(before);
  });

  it('downloads a CSV of what the tables show', async () => {
    await pickCustom(page, '2026-11-02', '2026-11-15');
    await expect.poll(() => metric(page, 'received')).toBe('6');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ackly-insights-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe('ackly-insights-2026-11-02-2026-11-15.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    for (const [id, title] of [
      ['colleagues', 'Colleagues who asked you'],
      ['ack', 'Time to first reply'],
      ['weeks', 'Within your standard, week by week'],
    ] as const) {
      const toggle = page.locator(`figure[data-chart="${id}"] [data-testid="ackly-chart-toggle"]`);
      if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
      const shown = (await tableCells(page, id)).map((r) => r.map((c) => (c === '–' ? '' : c)));
      expect(csvSection(csv, title)).toEqual(shown);
    }
    expect(csvSection(csv, 'At a glance').slice(0, 5)).toEqual([
      ['Requests received', '6'],
      ['First replies', '5'],
      ['Answered', '3'],
      ['First replies within your standard', '80'],
      ['Answers within your standard', '66.7'],
    ]);
  });

  it('opens the longest-waiting request’s thread in one click', async () => {
    // Oldest first: the one still unacknowledged came in last.
    const items = page.getByTestId('ackly-insights-open-item');
    expect(await items.allTextContents()).toEqual([
      expect.stringContaining('Request r3'),
      expect.stringContaining('Request r5'),
      expect.stringContaining('Quarterly numbers, please'),
    ]);
    const item = items.last();
    expect(await item.textContent()).toContain('past your standard');
    const [tab] = await Promise.all([
      h.context.waitForEvent('page'),
      item.getByTestId('ackly-insights-open-thread').click(),
    ]);
    await tab.waitForURL(OPEN_URL);
    await tab.close();
  });

  it('made no network request', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
