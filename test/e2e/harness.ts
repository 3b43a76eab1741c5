// Launches Debian's Chromium with the built extension and a closed network: webmail pages come
// from test/fixtures through request routing, and every other request is recorded and refused.
// Routing sees every context: pages, content scripts, extension pages and the service worker
// (test/e2e/network.test.ts proves it); closing the browser fails when anything went astray.
import { analysisFixture, requestFixture } from '../fixtures';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, process.env.WXT_OUT_DIR || '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: () => Promise<Worker>;
  /**
   * Requests that left the routed pages: anything not served from a fixture, from any context
   * (pages, content scripts, extension pages, the service worker), WebSockets included.
   */
  strayRequests: string[];
  /** Serves `html` for every request whose URL starts with `urlPrefix` (a page, not its subresources). */
  servePage: (url: string, html: string) => void;
  openPopup: () => Promise<Page>;
  extensionPage: (path: string) => Promise<Page>;
  /** Closes the browser; then throws StrayRequestError if any request went astray (not when headed). */
  close: () => Promise<void>;
}

/** The extension (or a page) tried to reach the network: Ackly makes no requests of its own. */
export class StrayRequestError extends Error {
  override name = 'StrayRequestError';
  constructor(readonly urls: readonly string[]) {
    super(`Requests left the browser: ${urls.join(', ')}`);
  }
}

export interface LaunchOptions {
  /**
   * A visible window (the demo); tests run headless. A person at the window may follow links
   * anywhere, so a headed browser records stray requests without failing on close.
   */
  headed?: boolean;
  /** False: the same browser without Ackly, for measuring what the extension adds. */
  extension?: boolean;
  /** More unpacked extensions loaded beside Ackly (test/fixtures/other-extension: another extension's view). */
  extraExtensions?: string[];
}

export async function launchExtension({
  headed = false,
  extension = true,
  extraExtensions = [],
}: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'ackly-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1400, height: 900 },
    args: [
      ...(headed ? [] : ['--headless=new']),
      ...(extension || extraExtensions.length > 0
        ? [
            `--disable-extensions-except=${[...(extension ? [EXTENSION_DIR] : []), ...extraExtensions].join(',')}`,
            `--load-extension=${[...(extension ? [EXTENSION_DIR] : []), ...extraExtensions].join(',')}`,
          ]
        : []),
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
  /** The page served at `url`: the one registered under the longest prefix of its address. */
  const pageAt = (url: string): string | undefined => {
    const address = url.split('#')[0]!;
    let best: string | undefined;
    for (const prefix of pages.keys())
      if (address.startsWith(prefix) && (best === undefined || prefix.length > best.length)) best = prefix;
    return best === undefined ? undefined : pages.get(best);
  };
  const strayRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) {
      await route.continue();
      return;
    }
    const page = route.request().resourceType() === 'document' ? pageAt(url) : undefined;
    if (page !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page });
      return;
    }
    // A webmail page's own missing subresources answer 404; anything else is a stray request.
    const host = new URL(url).hostname;
    if (![...pages.keys()].some((p) => new URL(p).hostname === host)) strayRequests.push(url);
    await route.fulfill({ status: 404, body: '' });
  });
  // Not a single WebSocket leaves either (context.route does not see them).
  await context.routeWebSocket(
    () => true,
    (ws) => {
      strayRequests.push(ws.url());
      void ws.close();
    },
  );

  async function serviceWorker(): Promise<Worker> {
    // Ackly's worker is background.js (other extensions loaded beside it name theirs otherwise).
    const isAckly = (w: Worker) => w.url().startsWith('chrome-extension://') && w.url().endsWith('/background.js');
    const existing = context.serviceWorkers().find(isAckly);
    return existing ?? context.waitForEvent('serviceworker', { predicate: isAckly, timeout: 30_000 });
  }
  const extensionId = extension ? new URL((await serviceWorker()).url()).host : '';

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
      if (!headed && strayRequests.length > 0) throw new StrayRequestError(strayRequests);
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

/** A tracked-request row for seeding the database directly, as the background would store it. */
export function requestRow(overrides: Record<string, unknown>): Record<string, unknown> {
  const now = Date.now();
  return {
    ...requestFixture({
      messageId: `seed-${Math.random().toString(36).slice(2)}`,
      threadId: 'thread-seed',
      threadUrl: 'https://mail.google.com/mail/u/0/#inbox/thread-seed',
      subject: 'Budget figures',
      analysis: analysisFixture({ requestSentences: ['Could you send me the budget figures?'] }),
      receivedAt: now - 3_600_000,
      createdAt: now,
      updatedAt: now,
      timestamps: { new: now },
      ackDueAt: now + 3_600_000,
      replyDueAt: now + 48 * 3_600_000,
    }),
    ...overrides,
  };
}

/**
 * Stops the extension's service worker, as Chrome does when it is idle, and wakes a fresh one with
 * a message: the background then knows only what is stored.
 */
/** The target ids of an extension's running service worker, as the browser lists them (CDP). */
export async function serviceWorkerTargets(cdp: CDPSession, extensionId: string): Promise<string[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  return targetInfos
    .filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`))
    .map((t) => t.targetId);
}

export async function restartServiceWorker(h: Harness): Promise<void> {
  const page = await h.extensionPage('options.html');
  try {
    const cdp = await h.context.newCDPSession(page);
    const [worker] = await serviceWorkerTargets(cdp, h.extensionId);
    if (!worker) throw new Error('No service worker to stop');
    await cdp.send('Target.closeTarget', { targetId: worker });
    // The next message wakes a fresh one.
    await sendFromPage(page, 'templates.list', {});
  } finally {
    await page.close();
  }
}

/**
 * Puts rows straight into the background's IndexedDB and returns their ids. The service worker is restarted afterwards,
 * so the background reads them as if they had always been stored.
 */
export async function seedRequests(h: Harness, rows: Record<string, unknown>[]): Promise<number[]> {
  // The background creates the database with its first message.
  const page = await h.extensionPage('options.html');
  await sendFromPage(page, 'templates.list', {});
  await page.close();
  const sw = await h.serviceWorker();
  const ids = await sw.evaluate(async (items) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('ackly');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('requests', 'readwrite');
    const store = tx.objectStore('requests');
    const ids = await Promise.all(
      items.map(
        (item) =>
          new Promise<number>((resolve, reject) => {
            const add = store.add(item);
            add.onsuccess = () => resolve(add.result as number);
            add.onerror = () => reject(add.error);
          }),
      ),
    );
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    return ids;
  }, rows);
  await restartServiceWorker(h);
  return ids;
}

/** The badge's red (overdue) as Chrome reports it, RGBA. */
export const BADGE_RED = [217, 48, 37, 255];

/** The toolbar badge as Chrome shows it. */
export async function badge(h: Harness): Promise<{ text: string; color: number[] }> {
  const sw = await h.serviceWorker();
  return sw.evaluate(async () => {
    type Action = { getBadgeText(d: object): Promise<string>; getBadgeBackgroundColor(d: object): Promise<number[]> };
    const api = (globalThis as unknown as { chrome: { action: Action } }).chrome.action;
    return { text: await api.getBadgeText({}), color: await api.getBadgeBackgroundColor({}) };
  });
}

/** The toolbar button's tooltip as Chrome shows it. */
export async function toolbarTitle(h: Harness): Promise<string> {
  const sw = await h.serviceWorker();
  return sw.evaluate(async () => {
    type Action = { getTitle(d: object): Promise<string> };
    return (globalThis as unknown as { chrome: { action: Action } }).chrome.action.getTitle({});
  });
}
