// Reliability in real Chromium: the service worker stopped in the middle of a big import leaves
// all of it or none of it (one transaction), and importing again gives one copy of each; a
// webmail page that lost one of the hooks Ackly reads says so in the sidebar, with the details for
// a bug report, while the webmail's own reply and send keep working.
import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { requestFixture } from '../fixtures';
import { simHtml } from '../fixtures/sim';
import { badge, sendFromPage, toolbarTitle, type Harness } from './harness';
import { withExtension } from './lifecycle';

const GMAIL = 'https://mail.google.com/mail/u/0/';
const GMAIL_INTACT = 'https://mail.google.com/mail/u/1/';
const ME = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };
const DANA = { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' };
const THREAD = '1957c2a4e8b10f77';
const SUBJECT = 'Q3 vendor figures';
const BODY = 'Could you please send me the final Q3 spend figures for our three logistics vendors by Friday?';

const DATA = {
  me: ME,
  threads: [
    {
      id: THREAD,
      subject: SUBJECT,
      labels: ['INBOX', 'UNREAD'],
      messages: [
        {
          id: '1826104311922810777',
          from: DANA,
          to: [ME],
          sentAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
          bodyHtml: `<div dir="ltr">Hi Alex,<br><br>${BODY}<br><br>Thanks,<br>Dana</div>`,
          attachments: [],
        },
      ],
    },
  ],
};

/** The same Gmail after a redesign: the thread subject's hook (h2.hP) is gone, the rest is as it was. */
const WITHOUT_SUBJECT_HOOK = simHtml('gmail', DATA).replace('class="hP" tabindex="-1"', 'class="hP2" tabindex="-1"');

type Reply<T> = { ok: true; value: T } | { ok: false; error: { name: string; message: string } } | undefined;
type Exported = { requests: { messageId: string; id: number }[]; events: { requestId: number | null; type: string }[] };

const IMPORT_SIZE = 5_000;

/**
 * An export file with `n` answered requests (ids from 1; answered, so the badge and popup of the
 * next test stay small) and one "tracked" event each, as Ackly writes it.
 */
function bigExport(base: Record<string, unknown>, n: number, prefix: string): Record<string, unknown> {
  const now = Date.now();
  const requests = Array.from({ length: n }, (_, i) =>
    requestFixture({
      id: i + 1,
      messageId: `${prefix}-${i}`,
      threadId: `${prefix}-thread-${i}`,
      receivedAt: now - 3_600_000,
      createdAt: now - 3_600_000,
      updatedAt: now - 3_600_000,
      state: 'done',
      timestamps: { new: now - 3_600_000, done: now - 3_600_000 },
    }),
  );
  const events = requests.map((r) => ({ id: r.id, requestId: r.id, type: 'tracked', at: r.createdAt, to: 'new' }));
  return { ...base, requests, events, templates: [] };
}

async function exported(page: Page): Promise<Exported> {
  const reply = (await sendFromPage(page, 'data.export', {})) as Reply<Exported>;
  if (!reply?.ok) throw new Error(`export failed: ${JSON.stringify(reply)}`);
  return reply.value;
}

/** The target id of the extension's service worker, to stop it as Chrome does when it is idle. */
async function workerTarget(cdp: CDPSession, extensionId: string): Promise<string> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
  if (!worker) throw new Error('No service worker to stop');
  return worker.targetId;
}

/**
 * Waits until Chromium applies a lowered quota to Ackly's database. It checks writes against space
 * it granted the open database earlier, so the worker is stopped until the database has closed
 * (Chromium keeps an idle one open a few seconds); a write that puts and deletes the same row in one
 * transaction tells whether the quota holds now.
 */
async function untilWritesRefused(h: Harness, cdp: CDPSession, page: Page): Promise<void> {
  for (let attempt = 0; attempt < 6; attempt++) {
    await cdp.send('Target.closeTarget', { targetId: await workerTarget(cdp, h.extensionId) });
    await new Promise((r) => setTimeout(r, 3_000));
    await sendFromPage(page, 'templates.list', {});
    const sw = await h.serviceWorker();
    const refused = await sw.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('ackly');
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('templates', 'readwrite');
            const store = tx.objectStore('templates');
            store.put({ id: 'user:quota-probe', body: 'x'.repeat(10_000) });
            store.delete('user:quota-probe');
            tx.oncomplete = () => (db.close(), resolve(false));
            tx.onabort = () => (db.close(), resolve(tx.error?.name === 'QuotaExceededError'));
          };
          open.onerror = () => resolve(false);
        }),
    );
    if (refused) return;
  }
  throw new Error('Chromium did not apply the lowered quota');
}

describe('reliability', () => {
  let h: Harness;

  withExtension((harness) => (h = harness), {
    [GMAIL]: WITHOUT_SUBJECT_HOOK,
    // The second account: the simulator as it is.
    [GMAIL_INTACT]: simHtml('gmail', DATA),
  });

  it('keeps an import all or nothing when the service worker is stopped while it writes, and imports once', async () => {
    const page = await h.extensionPage('options.html');
    // Something stored before, which must come through untouched.
    const base = (await exported(page)) as unknown as Record<string, unknown>;
    const before = bigExport(base, 3, 'kept');
    expect(((await sendFromPage(page, 'data.import', { file: JSON.stringify(before) })) as Reply<unknown>)?.ok).toBe(
      true,
    );
    const file = JSON.stringify(bigExport(base, IMPORT_SIZE, 'bulk'));

    // Count the worker's writes to the requests store and its committed write transactions on it,
    // to stop the worker between the import's first write and its commit.
    const sw = await h.serviceWorker();
    await sw.evaluate(() => {
      const g = globalThis as unknown as { __writes: number; __commits: number };
      g.__writes = 0;
      g.__commits = 0;
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
          if (this.name === 'requests') g.__writes += 1;
          return original.apply(this, args);
        };
      }
      const transaction = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
        const tx = transaction.apply(this, args);
        if (tx.mode === 'readwrite' && tx.objectStoreNames.contains('requests')) {
          tx.addEventListener('complete', () => (g.__commits += 1));
        }
        return tx;
      };
    });
    const cdp = await h.context.newCDPSession(page);
    const target = await workerTarget(cdp, h.extensionId);

    let replied = false;
    const outcome = sendFromPage(page, 'data.import', { file }).then(
      (reply) => {
        replied = true;
        return reply as Reply<unknown>;
      },
      (error: unknown) => ({ ok: false as const, error: { name: 'NoReply', message: String(error) } }),
    );
    // Poll until the import is writing and has not committed.
    let writing = false;
    for (let i = 0; i < 2_000 && !writing && !replied; i++) {
      const { __writes, __commits } = await sw.evaluate(
        () => globalThis as unknown as { __writes: number; __commits: number },
      );
      writing = __writes > 0 && __commits === 0;
      if (!writing) await new Promise((r) => setTimeout(r, 5));
    }
    expect(writing).toBe(true);
    expect(replied).toBe(false);
    await cdp.send('Target.closeTarget', { targetId: target });
    await cdp.detach();
    const reply = await outcome;
    // The import never answered: the worker was gone before it could.
    expect(reply?.ok).not.toBe(true);

    // A fresh worker reads only what was committed: all of the import or none of it.
    const after = await exported(page);
    const bulk = after.requests.filter((r) => r.messageId.startsWith('bulk-'));
    expect([0, IMPORT_SIZE]).toContain(bulk.length);
    expect(new Set(bulk.map((r) => r.messageId)).size).toBe(bulk.length);
    const bulkIds = new Set(bulk.map((r) => r.id));
    expect(after.events.filter((e) => e.requestId !== null && bulkIds.has(e.requestId))).toHaveLength(bulk.length);
    expect(after.requests.filter((r) => r.messageId.startsWith('kept-')).map((r) => r.messageId)).toEqual([
      'kept-0',
      'kept-1',
      'kept-2',
    ]);

    // Importing again gives exactly one copy of each request and of each event.
    const again = (await sendFromPage(page, 'data.import', { file })) as Reply<{ requestsAdded: number }>;
    expect(again?.ok).toBe(true);
    const final = await exported(page);
    const messageIds = final.requests.map((r) => r.messageId);
    expect(new Set(messageIds).size).toBe(messageIds.length);
    expect(messageIds.filter((m) => m.startsWith('bulk-'))).toHaveLength(IMPORT_SIZE);
    expect(messageIds.filter((m) => m.startsWith('kept-'))).toHaveLength(3);
    const finalBulk = new Set(final.requests.filter((r) => r.messageId.startsWith('bulk-')).map((r) => r.id));
    expect(final.events.filter((e) => e.requestId !== null && finalBulk.has(e.requestId))).toHaveLength(IMPORT_SIZE);
    await sendFromPage(page, 'data.wipe', { confirm: 'WIPE' });
    await page.close();
  }, 180_000);

  it('says it cannot read a page that lost a hook, gives the selector for a bug report, and Gmail still works', async () => {
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://mail.google.com' });
    await page.goto(`${GMAIL}#inbox/${THREAD}`);
    await page.locator('.a98.iY').waitFor({ timeout: 15_000 });
    const sidebar = page.locator('ackly-sidebar').getByTestId('ackly-sidebar');
    const status = sidebar.getByTestId('ackly-request-status');
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 15_000 }).toBe('unreadable');
    await expect(status.textContent()).resolves.toMatch(/can't read this page/);

    // The details name the missing part and nothing of the email.
    const report = (await sidebar.getByTestId('ackly-report').textContent()) ?? '';
    expect(report).toContain('Webmail: gmail');
    expect(report).toContain('Selector: h2.hP');
    expect(report).toContain('Missing: thread subject');
    expect(report).toMatch(/^Ackly \d+\.\d+\.\d+/);
    expect(report).toMatch(/Browser: Chrome \d+/);
    for (const text of [SUBJECT, DANA.name, DANA.email, ME.email, 'Q3', 'Dana', 'Alex']) {
      expect(report).not.toContain(text);
    }
    await sidebar.getByTestId('ackly-report-copy').click();
    await expect.poll(() => sidebar.getByTestId('ackly-notice').textContent(), { timeout: 5_000 }).toContain('Copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(report);
    await page.screenshot({ path: '/tmp/reliability-unreadable.png' });

    // Gmail's own reply and send work as before.
    await page.locator('.amn .ams.bkH').click();
    const editor = page.locator('.M9 div[aria-label="Message Body"]');
    await editor.waitFor({ timeout: 10_000 });
    await editor.click();
    await page.keyboard.type('Sending them today.');
    await page.locator('.M9 [role="button"].aoO').click();
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { __sim: { sent: { text: string }[] } }).__sim.sent.map((m) => m.text),
        ),
      )
      .toEqual([expect.stringContaining('Sending them today.')]);
    // Nothing was tracked from a page Ackly could not read.
    const popup = await h.openPopup();
    const owed = (await sendFromPage(popup, 'owed.list', {})) as Reply<{ threadId: string }[]>;
    expect(owed?.ok && owed.value.some((r) => r.threadId === THREAD)).toBe(false);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('says so when the storage is full: the import, the sidebar and the toolbar, and loses nothing', async () => {
    const page = await h.extensionPage('options.html');
    const base = (await exported(page)) as unknown as Record<string, unknown>;
    const before = bigExport(base, 3, 'kept');
    expect(((await sendFromPage(page, 'data.import', { file: JSON.stringify(before) })) as Reply<unknown>)?.ok).toBe(
      true,
    );
    const stored = await exported(page);

    // A real quota: Chromium holds Ackly's origin to less than it already uses (its service worker
    // script alone is more), so every new write is refused.
    const origin = `chrome-extension://${h.extensionId}`;
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    await untilWritesRefused(h, cdp, page);
    try {
      // The import says it in words, and changes nothing.
      await page.getByTestId('ackly-options-import').setInputFiles({
        name: 'backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(bigExport(base, 200, 'more'))),
      });
      await expect
        .poll(() => page.getByTestId('ackly-options-data-status').textContent(), { timeout: 15_000 })
        .toMatch(/^Not enough storage: the browser's storage for Ackly is full/);
      await expect.poll(async () => (await toolbarTitle(h)).includes('storage is full')).toBe(true);
      expect((await badge(h)).text).toBe('!');

      // A colleague's request in Gmail cannot be stored: the sidebar says so.
      const gmail = await h.context.newPage();
      const errors: string[] = [];
      gmail.on('pageerror', (e) => errors.push(e.message));
      await gmail.goto(`${GMAIL_INTACT}#inbox/${THREAD}`);
      const status = gmail.locator('ackly-sidebar').getByTestId('ackly-sidebar').getByTestId('ackly-request-status');
      await expect.poll(() => status.getAttribute('data-status'), { timeout: 15_000 }).toBe('storage-full');
      await expect(status.textContent()).resolves.toMatch(/^Ackly couldn't save this request: the browser's storage/);
      await gmail.screenshot({ path: '/tmp/reliability-storage-full.png' });
      expect(errors).toEqual([]);
      await gmail.close();
    } finally {
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
      await cdp.detach();
    }
    // Nothing stored before was lost, and nothing of the refused import is there.
    expect(await exported(page)).toMatchObject({ requests: stored.requests });
    expect((await exported(page)).events.filter((e) => e.type !== 'imported')).toEqual(
      stored.events.filter((e) => e.type !== 'imported'),
    );
    await sendFromPage(page, 'data.wipe', { confirm: 'WIPE' });
    await page.close();
  });
});
