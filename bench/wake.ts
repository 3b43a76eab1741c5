// Waking the background: Chrome stops an idle extension service worker after about 30 seconds, so
// the first message after a pause (a webmail page opening a thread, the popup) starts it anew: the
// worker's script is loaded and run before it can answer. background_wake_ms is the median of nine
// round trips from Ackly's options page, each with the worker stopped before it (CDP), of a message
// the background refuses at once; background_wake_ms_floor the same for an extension whose worker
// only answers (test/fixtures/floor-extension); background_message_ms the same message to a running
// worker.
import type { CDPSession, Page } from 'playwright-core';
import { launchExtension, serviceWorkerTargets } from '../test/e2e/harness';
import { FLOOR_EXTENSION } from './page';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => Number(value.toFixed(1));

/** Stops the extension's worker and waits until the browser lists it no more. */
async function stopWorker(cdp: CDPSession, extensionId: string): Promise<void> {
  for (const targetId of await serviceWorkerTargets(cdp, extensionId))
    await cdp.send('Target.closeTarget', { targetId });
  for (let i = 0; i < 200 && (await serviceWorkerTargets(cdp, extensionId)).length > 0; i++)
    await new Promise((resolve) => setTimeout(resolve, 25));
  // Let the browser finish tearing the old worker down.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/** One round trip of a message from `page` to its extension's worker, timed in the page. */
function roundTrip(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
      .chrome.runtime;
    const start = performance.now();
    await runtime.sendMessage({ ackly: 1, name: 'bench.nothing', data: null });
    return performance.now() - start;
  });
}

async function wakes(cdp: CDPSession, page: Page, extensionId: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await stopWorker(cdp, extensionId);
    times.push(await roundTrip(page));
  }
  return times;
}

export async function benchWake(runs = 9): Promise<Record<string, number>> {
  const h = await launchExtension({ extraExtensions: [FLOOR_EXTENSION] });
  try {
    const floorWorker =
      h.context.serviceWorkers().find((w) => w.url().endsWith('/floor-worker.js')) ??
      (await h.context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().endsWith('/floor-worker.js'),
        timeout: 30_000,
      }));
    const floorId = new URL(floorWorker.url()).host;
    const ackly = await h.extensionPage('options.html');
    const floor = await h.context.newPage();
    await floor.goto(`chrome-extension://${floorId}/page.html`);
    const cdp = await h.context.newCDPSession(ackly);
    // Let the options page's own first messages settle, then alternate: Ackly, floor, Ackly, …
    await ackly.waitForTimeout(1000);
    const acklyTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      acklyTimes.push(...(await wakes(cdp, ackly, h.extensionId, 1)));
      floorTimes.push(...(await wakes(cdp, floor, floorId, 1)));
    }
    const running: number[] = [];
    for (let run = 0; run < 21; run++) running.push(await roundTrip(ackly));
    return {
      background_wake_ms: ms(median(acklyTimes)),
      background_wake_ms_floor: ms(median(floorTimes)),
      background_message_ms: ms(median(running.slice(1))),
    };
  } finally {
    await h.close();
  }
}
