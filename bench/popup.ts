// The popup with 10,000 owed replies in Chromium: from opening popup.html to the first page of each
// group drawn (the page marks 'ackly-popup-drawn' then), the background's search, grouping and
// paging over the real database included.
import type { Page } from 'playwright-core';
import { launchExtension, requestRow, seedRequests, type Harness } from '../test/e2e/harness';
import { FLOOR_EXTENSION } from './page';

const H = 3_600_000;

/** Owed requests with a realistic spread: a quarter overdue, some due today, most upcoming, a few snoozed. */
export function owedRows(count: number): Record<string, unknown>[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => {
    // Received over the last 90 days, last changed when received; due times spread around now.
    const receivedAt = now - (i % 90) * 24 * H - (i % 7) * 60_000;
    const ackDueAt = now + ((i % 8) - 2) * 6 * H;
    const snoozed = i % 20 === 0;
    return requestRow({
      messageId: `bench-popup-${i}`,
      threadId: `thread-popup-${i}`,
      threadUrl: `https://mail.google.com/mail/u/0/#inbox/thread-popup-${i}`,
      subject: `Request ${i}`,
      sender: { name: `Colleague ${i % 300}`, email: `c${i % 300}@org${i % 9}.example` },
      receivedAt,
      ackDueAt,
      replyDueAt: ackDueAt + 2 * 24 * H,
      createdAt: receivedAt,
      updatedAt: receivedAt,
      // Reminded already: the one-time overdue notification is not what this measures.
      overdueNotifiedAt: ackDueAt < now ? now : null,
      ...(snoozed
        ? { state: 'snoozed', stateBeforeSnooze: 'new', snoozedUntil: now + 24 * H, timestamps: { new: receivedAt } }
        : { state: 'new', timestamps: { new: receivedAt } }),
    });
  });
}

/**
 * Milliseconds from opening popup.html to its list drawn, and to the first line of its script
 * (before it, the time is the browser's: making the page and loading its files).
 */
async function openPopup(h: Harness, expectItems: boolean): Promise<{ drawn: number; script: number }> {
  const page = await h.openPopup();
  try {
    const drawn = await page.waitForFunction(
      () => performance.getEntriesByName('ackly-popup-drawn')[0]?.startTime ?? null,
      null,
      { timeout: 30_000 },
    );
    if (expectItems && (await page.locator('[id^="owed-"]').count()) === 0)
      throw new Error('The popup drew no requests');
    const script = await page.evaluate(() => performance.getEntriesByName('ackly-popup-script')[0]?.startTime ?? 0);
    return { drawn: Number(await drawn.jsonValue()), script };
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * What opening any extension page costs in this browser: the floor extension's page, whose one
 * script draws one line (milliseconds from opening it to its script's first line and to that line
 * drawn, the same marks as the popup's).
 */
async function openFloorPage(h: Harness, floorId: string): Promise<{ drawn: number; script: number }> {
  const page: Page = await h.context.newPage();
  try {
    await page.goto(`chrome-extension://${floorId}/page.html`);
    const drawn = await page.waitForFunction(
      () => performance.getEntriesByName('floor-drawn')[0]?.startTime ?? null,
      null,
      { timeout: 30_000 },
    );
    const script = await page.evaluate(() => performance.getEntriesByName('floor-script')[0]?.startTime ?? 0);
    return { drawn: Number(await drawn.jsonValue()), script };
  } finally {
    await page.close();
  }
}

export async function benchPopup(count = 10_000, warmRuns = 7): Promise<Record<string, number>> {
  const h = await launchExtension({ extraExtensions: [FLOOR_EXTENSION] });
  try {
    const isFloor = (w: { url(): string }) => w.url().endsWith('/floor-worker.js');
    const floorWorker =
      h.context.serviceWorkers().find(isFloor) ??
      (await h.context.waitForEvent('serviceworker', { predicate: isFloor, timeout: 30_000 }));
    const floorId = new URL(floorWorker.url()).host;
    const floor: { drawn: number; script: number }[] = [];
    for (let run = 0; run < 5; run++) floor.push(await openFloorPage(h, floorId));
    // What opening Ackly's popup costs with nothing owed.
    const empty: number[] = [];
    for (let run = 0; run < 4; run++) empty.push((await openPopup(h, false)).drawn);
    await seedRequests(h, owedRows(count));
    // The first open also wakes the service worker (stopped after seeding, as Chrome stops it when
    // idle), which reads the owed rows from IndexedDB. Then warm opens.
    const cold = (await openPopup(h, true)).drawn;
    const warm: { drawn: number; script: number }[] = [];
    for (let run = 0; run < warmRuns; run++) warm.push(await openPopup(h, true));
    return {
      popup_render_ms_10k: Number(median(warm.map((w) => w.drawn)).toFixed(1)),
      // Ackly's own part: from the first line of the popup's script to the list drawn.
      popup_render_ms_10k_own: Number(median(warm.map((w) => w.drawn - w.script)).toFixed(1)),
      popup_script_start_ms: Number(median(warm.map((w) => w.script)).toFixed(1)),
      popup_render_ms_10k_cold: Number(cold.toFixed(1)),
      popup_render_ms_empty: Number(median(empty.slice(1)).toFixed(1)),
      // Any extension page in this browser (the first open left out, as for the empty popup).
      popup_floor_ms: Number(median(floor.slice(1).map((f) => f.drawn)).toFixed(1)),
      popup_floor_script_start_ms: Number(median(floor.slice(1).map((f) => f.script)).toFixed(1)),
    };
  } finally {
    await h.close();
  }
}
