// The popup with 10,000 owed replies in Chromium, opened as a click on Ackly's toolbar button opens
// it (the worker calls action.openPopup): from the start of the popup's page to the first page of
// each group drawn (it marks 'ackly-popup-drawn' then), the background's search, grouping and paging
// over the real database included; also from the click itself. Beside it the same for the floor
// extension's popup (one line drawn), and the page opened in a tab as earlier benches did.
import type { CDPSession, Worker } from 'playwright-core';
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

/** A page target's own CDP session, reached through another page's session (Target domain). */
async function attachTo(cdp: CDPSession, urlEnd: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const target = targetInfos.find((t) => t.type === 'page' && t.url.endsWith(urlEnd));
    if (target) {
      const { sessionId } = (await cdp.send('Target.attachToTarget', {
        targetId: target.targetId,
        flatten: false,
      })) as {
        sessionId: string;
      };
      let next = 1;
      const evaluate = async <T>(expression: string): Promise<T> => {
        const id = next++;
        const reply = new Promise<T>((resolve, reject) => {
          const on = (e: { sessionId: string; message: string }) => {
            if (e.sessionId !== sessionId) return;
            const m = JSON.parse(e.message) as {
              id?: number;
              result?: { result?: { value?: T }; exceptionDetails?: unknown };
              error?: { message: string };
            };
            if (m.id !== id) return;
            cdp.off('Target.receivedMessageFromTarget', on);
            if (m.error || m.result?.exceptionDetails) reject(new Error(m.error?.message ?? 'evaluation failed'));
            else resolve(m.result?.result?.value as T);
          };
          cdp.on('Target.receivedMessageFromTarget', on);
        });
        await cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
        });
        return reply;
      };
      return { evaluate, detach: () => cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {}) };
    }
    if (Date.now() > deadline) throw new Error(`No page ${urlEnd} appeared`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The toolbar popup as a click on the extension's button opens it (action.openPopup from its
 * worker), read through CDP: milliseconds from the popup page's start (its navigation, the page's
 * time origin) to its `drawn` mark and to its script's first line (`script` mark), and from the
 * click to `drawn` (the browser making the popup window first). Closed afterwards.
 */
async function openToolbarPopup(
  cdp: CDPSession,
  worker: Worker,
  file: string,
  marks: { script: string; drawn: string },
  expectItems: boolean,
): Promise<{ drawn: number; script: number; fromClick: number }> {
  const clickedAt = await worker.evaluate(async () => {
    const at = Date.now();
    await (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup();
    return at;
  });
  const popup = await attachTo(cdp, `/${file}`);
  try {
    const expression = `(() => {
      const drawn = performance.getEntriesByName(${JSON.stringify(marks.drawn)})[0];
      const script = performance.getEntriesByName(${JSON.stringify(marks.script)})[0];
      return drawn ? { origin: performance.timeOrigin, drawn: drawn.startTime, script: script ? script.startTime : 0,
        items: document.querySelectorAll('[id^="owed-"]').length } : null;
    })()`;
    type Seen = { origin: number; drawn: number; script: number; items: number };
    const deadline = Date.now() + 30_000;
    let seen = await popup.evaluate<Seen | null>(expression);
    while (!seen) {
      if (Date.now() > deadline) throw new Error(`The popup ${file} never drew`);
      await new Promise((resolve) => setTimeout(resolve, 10));
      seen = await popup.evaluate<Seen | null>(expression);
    }
    if (expectItems && seen.items === 0) throw new Error('The popup drew no requests');
    await popup.evaluate('setTimeout(() => window.close(), 0), 1');
    return { drawn: seen.drawn, script: seen.script, fromClick: seen.origin + seen.drawn - clickedAt };
  } finally {
    await popup.detach();
    // Until the popup has gone: the next click would otherwise find it still open.
    for (let i = 0; i < 100; i++) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] };
      if (!targetInfos.some((t) => t.url.endsWith(`/${file}`))) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const ACKLY_MARKS = { script: 'ackly-popup-script', drawn: 'ackly-popup-drawn' };
const FLOOR_MARKS = { script: 'floor-script', drawn: 'floor-drawn' };
const ms = (value: number) => Number(value.toFixed(1));

export async function benchPopup(count = 10_000, warmRuns = 7): Promise<Record<string, number>> {
  const h = await launchExtension({ extraExtensions: [FLOOR_EXTENSION] });
  try {
    const isFloor = (w: { url(): string }) => w.url().endsWith('/floor-worker.js');
    const floorWorker =
      h.context.serviceWorkers().find(isFloor) ??
      (await h.context.waitForEvent('serviceworker', { predicate: isFloor, timeout: 30_000 }));
    // Popups open over the browser window's tab; its CDP session reaches them (Playwright does not
    // list extension popups as pages).
    const tab = await h.context.newPage();
    const cdp = await h.context.newCDPSession(tab);
    const toolbar = (worker: Worker, expectItems: boolean) =>
      openToolbarPopup(cdp, worker, 'popup.html', ACKLY_MARKS, expectItems);
    // What opening any extension's popup costs in this browser, then Ackly's with nothing owed.
    const floor: { drawn: number; script: number; fromClick: number }[] = [];
    for (let run = 0; run < 5; run++)
      floor.push(await openToolbarPopup(cdp, floorWorker, 'page.html', FLOOR_MARKS, false));
    const empty: number[] = [];
    for (let run = 0; run < 4; run++) empty.push((await toolbar(await h.serviceWorker(), false)).drawn);
    await seedRequests(h, owedRows(count));
    // The first open after the service worker started (seeding restarts it, as Chrome does when it
    // wakes one): it reads the owed rows from IndexedDB. Then warm opens.
    const worker = await h.serviceWorker();
    const cold = (await toolbar(worker, true)).drawn;
    const warm: { drawn: number; script: number; fromClick: number }[] = [];
    for (let run = 0; run < warmRuns; run++) warm.push(await toolbar(worker, true));
    // The same page opened in a tab, as earlier benches measured it (a tab adds a process swap).
    const inTab: number[] = [];
    for (let run = 0; run < 5; run++) inTab.push((await openPopup(h, true)).drawn);
    return {
      // The toolbar popup, from the start of its page to the first page of groups drawn.
      popup_render_ms_10k: ms(median(warm.map((w) => w.drawn))),
      // The same from the click on the toolbar button (the browser makes the popup window first).
      popup_render_ms_10k_from_click: ms(median(warm.map((w) => w.fromClick))),
      // Ackly's own part: from the first line of the popup's script to the list drawn.
      popup_render_ms_10k_own: ms(median(warm.map((w) => w.drawn - w.script))),
      popup_script_start_ms: ms(median(warm.map((w) => w.script))),
      popup_render_ms_10k_cold: ms(cold),
      popup_render_ms_10k_tab: ms(median(inTab)),
      popup_render_ms_empty: ms(median(empty.slice(1))),
      // Any extension's popup in this browser (the first open left out, as for the empty popup).
      popup_floor_ms: ms(median(floor.slice(1).map((f) => f.drawn))),
      popup_floor_script_start_ms: ms(median(floor.slice(1).map((f) => f.script))),
      popup_floor_ms_from_click: ms(median(floor.slice(1).map((f) => f.fromClick))),
    };
  } finally {
    await h.close();
  }
}
