// Launches Debian's Chromium with the built extension and a closed network: webmail pages come
// from ../shared/fixtures through request routing, and every other request is recorded and refused.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, process.env.WXT_OUT_DIR || '.output', 'chrome-mv3');
export const SHARED = resolve(ROOT, '../shared');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: () => Promise<Worker>;
  /** Requests that left the routed pages: anything not served from a fixture. */
  strayRequests: string[];
  /** Serves `html` for every request whose URL starts with `urlPrefix` (a page, not its subresources). */
  servePage: (url: string, html: string) => void;
  openPopup: () => Promise<Page>;
  extensionPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

export async function readFixture(relative: string): Promise<string> {
  return readFile(join(SHARED, 'fixtures', relative), 'utf8');
}

export async function launchExtension(): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'ackly-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--lang=en-US',
    ],
  });

  const pages = new Map<string, string>();
  const strayRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) {
      await route.continue();
      return;
    }
    const page = pages.get(url.split('#')[0]!);
    if (page !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page });
      return;
    }
    // A webmail page's own missing subresources answer 404; anything else is a stray request.
    const host = new URL(url).hostname;
    if (![...pages.keys()].some((p) => new URL(p).hostname === host)) strayRequests.push(url);
    await route.fulfill({ status: 404, body: '' });
  });

  async function serviceWorker(): Promise<Worker> {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? context.waitForEvent('serviceworker', { timeout: 30_000 });
  }
  const sw = await serviceWorker();
  const extensionId = new URL(sw.url()).host;

  async function extensionPage(path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  }

  return {
    context,
    extensionId,
    serviceWorker,
    strayRequests,
    servePage: (url, html) => pages.set(url, html),
    openPopup: () => extensionPage('popup.html'),
    extensionPage,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Sends a protocol message from an extension page, as the popup or options page would. */
export async function sendFromPage(page: Page, name: string, data: unknown): Promise<unknown> {
  return page.evaluate(
    ([n, d]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ ackly: 1, name: n, data: d }),
    [name, data] as const,
  );
}
