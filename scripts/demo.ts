// `npm run demo`: Ackly working without a webmail account. Opens Chromium with the built extension
// on the simulated Gmail and Outlook on the web, filled with sample threads from colleagues in five
// languages (see test/fixtures/demo.ts), so the sidebar, popup and options can be clicked through.
// Without a display (or with --screenshots) it saves screenshots instead and says where.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { demoData, demoOutlookThreads, demoThreads, type DemoThread } from '../test/fixtures/demo';
import { simHtml } from '../test/fixtures/sim';
import { launchExtension, ROOT, type Harness } from '../test/e2e/harness';

export const DEMO_GMAIL = 'https://mail.google.com/mail/u/0/';
export const DEMO_OUTLOOK = 'https://outlook.office.com/mail/';

/** Where each simulated webmail lists its mail and opens one thread. */
export const DEMO_SITES = {
  gmail: { list: `${DEMO_GMAIL}#inbox`, thread: (id: string) => `${DEMO_GMAIL}#inbox/${id}` },
  outlook: { list: DEMO_OUTLOOK, thread: (id: string) => `${DEMO_OUTLOOK}inbox/id/${encodeURIComponent(id)}` },
};
type Site = (typeof DEMO_SITES)[keyof typeof DEMO_SITES];

/** The sidebar inside Ackly's shadow root, through Playwright's shadow-piercing locators. */
export const sidebarOf = (page: Page) => page.locator('ackly-sidebar').getByTestId('ackly-sidebar');

/** Opens one thread from the list (sidebar idle first), so the verdict waited for is this thread's. */
export async function openDemoThread(page: Page, site: Site, id: string): Promise<void> {
  await page.goto(site.list);
  await page.locator('ackly-sidebar [data-idle="true"]').waitFor({ state: 'attached', timeout: 15_000 });
  await page.goto(site.thread(id));
  await sidebarOf(page).getByTestId('ackly-request-status').waitFor({ timeout: 15_000 });
}

/**
 * Serves the sample mailboxes and opens each thread once, as a person reading their mail would, so
 * that Ackly has analysed them all and the popup lists what is owed. Leaves `page` on Gmail's inbox.
 */
export async function openDemoMailbox(h: Harness, page: Page, now = Date.now()): Promise<void> {
  const mailboxes: [Site, string, DemoThread[]][] = [
    [DEMO_SITES.gmail, DEMO_GMAIL, demoThreads(now)],
    [DEMO_SITES.outlook, DEMO_OUTLOOK, demoOutlookThreads(now)],
  ];
  for (const [site, url, threads] of mailboxes) {
    h.servePage(url, simHtml(site === DEMO_SITES.gmail ? 'gmail' : 'outlook', demoData(threads)));
    for (const thread of threads) await openDemoThread(page, site, thread.id);
  }
  await page.goto(DEMO_SITES.gmail.list);
}

function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Saves what a newcomer would look at first: the inbox, a thread in each webmail, the popup, the options. */
export async function saveScreenshots(h: Harness, page: Page, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const saved: string[] = [];
  const shot = async (on: Page, name: string) => {
    const file = join(dir, name);
    await on.screenshot({ path: file });
    saved.push(file);
  };
  await page.goto(DEMO_SITES.gmail.list);
  await page.locator('[data-ackly="marker"]').first().waitFor({ timeout: 15_000 });
  await shot(page, 'gmail-inbox.png');
  await openDemoThread(page, DEMO_SITES.gmail, demoThreads(Date.now())[0]!.id);
  await sidebarOf(page).getByTestId('ackly-acknowledge').waitFor({ timeout: 15_000 });
  await shot(page, 'gmail-thread.png');
  await openDemoThread(page, DEMO_SITES.outlook, demoOutlookThreads(Date.now())[0]!.id);
  await sidebarOf(page).getByTestId('ackly-acknowledge').waitFor({ timeout: 15_000 });
  await shot(page, 'outlook-thread.png');
  const popup = await h.openPopup();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.getByTestId('ackly-owed-item').first().waitFor({ timeout: 15_000 });
  await shot(popup, 'popup.png');
  const options = await h.extensionPage('options.html');
  await options.waitForLoadState('load');
  await shot(options, 'options.png');
  await popup.close();
  await options.close();
  return saved;
}

async function main(): Promise<void> {
  const headed = hasDisplay() && !process.argv.includes('--screenshots');
  const h = await launchExtension({ headed });
  const page = h.context.pages()[0] ?? (await h.context.newPage());
  console.log('Ackly demo: reading the sample mailboxes (Gmail and Outlook, five languages)…');
  await openDemoMailbox(h, page);

  if (!headed) {
    const dir = join(ROOT, '.output', 'demo');
    if (!hasDisplay()) console.log('No display here, so the demo saves screenshots instead of opening a window:');
    for (const file of await saveScreenshots(h, page, dir)) console.log(`  ${file}`);
    await h.close();
    return;
  }

  await openDemoThread(page, DEMO_SITES.gmail, demoThreads(Date.now())[0]!.id);
  const outlook = await h.context.newPage();
  await outlook.goto(DEMO_SITES.outlook.list);
  const popup = await h.openPopup();
  await page.bringToFront();
  console.log(
    [
      'The window shows Ackly in a simulated Gmail (first tab) and Outlook on the web (second tab):',
      '  - an open thread has Ackly’s sidebar on the right: try Acknowledge, Insert template, Snooze;',
      '  - the list marks threads with a reply owed (red when overdue);',
      `  - the third tab is the toolbar popup (${popup.url()}): what you owe, from both webmails;`,
      '    the Options link is at its foot.',
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
