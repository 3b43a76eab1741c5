// What the writing coach costs while the user types, in Chromium: the Gmail simulator's reply box,
// the same 240 keystrokes typed with Ackly loaded and without it, alternating; script time on the
// page (CDP Performance.getMetrics ScriptDuration, which counts content scripts too) divided by the
// keystrokes. The background's coach work runs in the service worker, off the page's thread.
import type { Page } from 'playwright-core';
import { simHtml, type SimData } from '../test/fixtures/sim';
import { launchExtension } from '../test/e2e/harness';

const URL = 'https://mail.google.com/mail/u/0/';
const THREAD = '19c0d0e0f0000001';
const ME = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };
const DANA = { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' };
const DATA: SimData = {
  me: ME,
  threads: [
    {
      id: THREAD,
      subject: 'Offsite',
      labels: ['INBOX'],
      messages: [
        {
          id: '1920000000000000001',
          from: DANA,
          to: [ME],
          sentAt: new Date(Date.now() - 3_600_000).toISOString(),
          bodyHtml: '<div dir="ltr">Hi Alex,<br><br>The offsite is settled: Tuesday in Leeds.<br><br>Dana</div>',
        },
      ],
    },
  ],
};
const TEXT =
  'Hi Dana, send me the venue contract and the catering offer by Friday. I attached the budget. ' +
  'Also check whether the room has a projector, and book the train for the whole team. Thanks a lot!';

/** Reads the page's total script time (seconds) from one CDP session, enabled once. */
async function scriptClock(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  };
}

/** Script milliseconds on the page for typing TEXT into a reply, with or without the extension. */
async function typingScriptMs(extension: boolean): Promise<number> {
  const h = await launchExtension({ extension });
  try {
    h.servePage(URL, simHtml('gmail', DATA));
    const page = await h.context.newPage();
    await page.goto(`${URL}#inbox/${THREAD}`);
    await page.locator('.a98.iY').waitFor({ timeout: 15_000 });
    await page.locator('.amn .ams.bkH').click();
    const editor = page.locator('.M9 div[aria-label="Message Body"]');
    await editor.waitFor({ timeout: 10_000 });
    await editor.click();
    // Let the page and Ackly settle before measuring.
    await page.waitForTimeout(1_000);
    const scriptSeconds = await scriptClock(page);
    const before = await scriptSeconds();
    for (const key of TEXT) await page.keyboard.type(key, { delay: 30 });
    // The last debounced coach check included.
    await page.waitForTimeout(1_000);
    return (await scriptSeconds()) - before;
  } finally {
    await h.close();
  }
}

export async function benchTyping(runs = 3): Promise<Record<string, number>> {
  const added: number[] = [];
  for (let run = 0; run < runs; run++) {
    const without = await typingScriptMs(false);
    const withAckly = await typingScriptMs(true);
    added.push(((withAckly - without) * 1000) / TEXT.length);
  }
  added.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    typing_ms_added_per_keystroke: round(added[Math.floor(added.length / 2)]!),
    typing_ms_added_per_keystroke_max: round(added.at(-1)!),
  };
}
