// `npm run demo`: Ackly working without a webmail account. Opens Chromium with the built extension
// on the simulated Gmail, filled with sample threads from colleagues in five languages (see
// test/fixtures/demo.ts), so the sidebar, popup and options can be clicked through. Without a
// display (or with --screenshots) it saves screenshots instead and says where.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { demoData, demoThreads } from '../test/fixtures/demo';
import { simHtml } from '../test/fixtures/sim';
import { launchExtension, ROOT, type Harness } from '../test/e2e/harness';

export const DEMO_GMAIL = 'https://mail.google.com/mail/u/0/';

/** The sidebar inside Ackly's shadow root, through Playwright's shadow-piercing locators. */
export const sidebarOf = (page: Page) => page.locator('ackly-sidebar').getByTestId('ackly-sidebar');

/**
 * Serves the sample mailbox and opens each thread once, as a person reading their mail would, so
 * that Ackly has analysed them all and the popup lists what is owed. Leaves `page` on the inbox.
 */
export async function openDemoMailbox(h: Harness, page: Page, now = Date.now()): Promise<void> {
  h.servePage(DEMO_GMAIL, simHtml('gmail', demoData(now)));
  await page.goto(`${DEMO_GMAIL}#inbox`);
  for (const thread of demoThreads(now)) {
    // From the inbox (sidebar idle) into the thread, so the verdict waited for is this thread's.
    await page.locator('ackly-sidebar [data-idle="true"]').waitFor({ state: 'attached', timeout: 15_000 });
    await page.goto(`${DEMO_GMAIL}#inbox/${thread.id}`);
    await sidebarOf(page).getByTestId('ackly-request-status').waitFor({ timeout: 15_000 });
    await page.goto(`${DEMO_GMAIL}#inbox`);
  }
}

function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Saves what a newcomer would look at first: the inbox, a thread with the sidebar, the popup, the options. */
export async function saveScreenshots(h: Harness, gmail: Page, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const saved: string[] = [];
  const shot = async (page: Page, name: string) => {
    const file = join(dir, name);
    await page.screenshot({ path: file });
    saved.push(file);
  };
  await gmail.locator('[data-ackly="marker"]').first().waitFor({ timeout: 15_000 });
  await shot(gmail, 'gmail-inbox.png');
  const first = demoThreads(Date.now())[0]!;
  await gmail.goto(`${DEMO_GMAIL}#inbox/${first.id}`);
  await sidebarOf(gmail).getByTestId('ackly-acknowledge').waitFor({ timeout: 15_000 });
  await shot(gmail, 'gmail-thread.png');
  const popup = await h.openPopup();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.getByTestId('ackly-owed-item').first().waitFor({ timeout: 15_000 });
  await shot(popup, 'popup.png');
  const options = await h.extensionPage('options.html');
  await options.waitForLoadState('load');
  await shot(options, 'options.png');
  return saved;
}

async function main(): Promise<void> {
  const headed = hasDisplay() && !process.argv.includes('--screenshots');
  const h = await launchExtension({ headed });
  const gmail = h.context.pages()[0] ?? (await h.context.newPage());
  console.log('Ackly demo: reading the sample mailbox (8 threads in English, Dutch, German, Polish and Bokmål)…');
  await openDemoMailbox(h, gmail);

  if (!headed) {
    const dir = join(ROOT, '.output', 'demo');
    if (!hasDisplay()) console.log('No display here, so the demo saves screenshots instead of opening a window:');
    for (const file of await saveScreenshots(h, gmail, dir)) console.log(`  ${file}`);
    await h.close();
    return;
  }

  await gmail.goto(`${DEMO_GMAIL}#inbox/${demoThreads(Date.now())[0]!.id}`);
  const popup = await h.openPopup();
  await gmail.bringToFront();
  console.log(
    [
      'The window shows the simulated Gmail with Ackly loaded:',
      '  - the open thread has Ackly’s sidebar on the right: try Acknowledge, Insert template, Snooze;',
      '  - the inbox marks threads with a reply owed (red when overdue);',
      `  - the second tab is the toolbar popup (${popup.url()}), the Options link is at its foot.`,
      'Close the window (or press Ctrl+C) to end the demo.',
    ].join('\n'),
  );
  const closed = new Promise<void>((resolve) => h.context.on('close', () => resolve()));
  process.once('SIGINT', () => void h.close().finally(() => process.exit(0)));
  await closed;
  await h.close().catch(() => undefined);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(`Ackly demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
