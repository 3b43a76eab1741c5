// The insights page with 10,000 tracked requests in Chromium: from opening insights.html to the
// charts on screen (the page marks 'ackly-insights-drawn' once they are drawn), the background's
// aggregation included. Also the size of the page's own script, charts and all.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchExtension, requestRow, restartServiceWorker, seedRequests } from '../test/e2e/harness';

const H = 3_600_000;
const D = 24 * H;

export function rows(count: number): Record<string, unknown>[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => {
    // Spread over the last 13 weeks: most answered, some acknowledged, some still new.
    const receivedAt = now - (i % 91) * D - (i % 9) * H;
    const acknowledged = receivedAt + ((i * 37) % 600) * 60_000;
    const done = acknowledged + ((i * 53) % 40) * H;
    const state = i % 20 < 12 ? 'done' : i % 20 < 17 ? 'acknowledged' : 'new';
    return requestRow({
      messageId: `bench-insights-${i}`,
      subject: `Request ${i}`,
      sender: { name: `Colleague ${i % 400}`, email: `c${i % 400}@org${i % 12}.example` },
      receivedAt,
      state,
      ackDueAt: receivedAt + 4 * H,
      replyDueAt: receivedAt + 2 * D,
      timestamps:
        state === 'new'
          ? { new: receivedAt }
          : state === 'acknowledged'
            ? { new: receivedAt, acknowledged: Math.min(acknowledged, now) }
            : { new: receivedAt, acknowledged: Math.min(acknowledged, now), done: Math.min(done, now) },
    });
  });
}

function pageScriptSize(): { insights_page_js_bytes: number; insights_page_js_gzip_bytes: number } {
  const dir = join(EXTENSION_DIR, 'chunks');
  const files = readdirSync(dir).filter((f) => /^insights-.*\.js$/.test(f));
  const data = Buffer.concat(files.map((f) => readFileSync(join(dir, f))));
  return { insights_page_js_bytes: data.length, insights_page_js_gzip_bytes: gzipSync(data, { level: 9 }).length };
}

export async function benchInsights(count = 10_000): Promise<Record<string, number>> {
  const h = await launchExtension();
  try {
    await seedRequests(h, rows(count));
    const times: number[] = [];
    const starts: number[] = [];
    // The first open also wakes the service worker (as after Chrome stopped it); then warm opens;
    // the last one after the worker was stopped again (it finds its stored copy of the rows).
    for (let run = 0; run < 7; run++) {
      if (run === 6) await restartServiceWorker(h);
      const page = await h.extensionPage('insights.html');
      const drawn = await page.waitForFunction(
        () => performance.getEntriesByName('ackly-insights-drawn')[0]?.startTime ?? null,
        null,
        { timeout: 30_000 },
      );
      const received = await page.locator('[data-metric="received"]').getAttribute('data-value');
      if (received === null) throw new Error('The insights page drew no figures');
      times.push(Number(await drawn.jsonValue()));
      starts.push(await page.evaluate(() => performance.getEntriesByName('ackly-insights-script')[0]?.startTime ?? 0));
      await page.close();
    }
    const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return {
      insights_render_ms_10k: Number(middle(times.slice(1, 6)).toFixed(1)),
      // Ackly's own part of a warm open: from the first line of the page's script to the charts.
      insights_render_ms_10k_own: Number(middle(times.slice(1, 6).map((t, i) => t - starts[i + 1]!)).toFixed(1)),
      insights_render_ms_10k_cold: Number(times[0]!.toFixed(1)),
      insights_render_ms_10k_restarted: Number(times[6]!.toFixed(1)),
      ...pageScriptSize(),
    };
  } finally {
    await h.close();
  }
}
