// A database that an earlier release wrote, opened by today's Ackly in real Chromium: version 2 (as
// released: requests with six indexes, events with three, templates, the insights' cache) is
// upgraded in place. Every row is kept, the popup lists the owed ones, the indexes no query used are
// gone from IndexedDB itself, and tracking a stored message again adds nothing.
import { describe, expect, it } from 'vitest';
import { requestFixture } from '../fixtures';
import { restartServiceWorker, sendFromPage, type Harness } from './harness';
import { withExtension } from './lifecycle';

const H = 3_600_000;

describe('database upgrade in Chromium', () => {
  let h: Harness;
  withExtension((harness) => (h = harness));

  it('opens a version-2 database with every row kept and the unused indexes dropped', async () => {
    const now = Date.now();
    const rows = [
      requestFixture({ id: 1, messageId: 'old-1', threadId: 't-1', subject: 'Old owed one', state: 'new' }),
      requestFixture({
        id: 2,
        messageId: 'old-2',
        threadId: 't-2',
        subject: 'Old acknowledged one',
        state: 'acknowledged',
      }),
      requestFixture({ id: 3, messageId: 'old-3', threadId: 't-3', subject: 'Old closed one', state: 'done' }),
    ].map((r) => ({ ...r, receivedAt: now - 5 * H, replyDueAt: now + 20 * H, updatedAt: now - H }));
    // The background's first message creates today's database; replace it with one as version 2
    // wrote it (Dexie stores version n as IndexedDB version 10·n). Dexie closes its connection when
    // asked to (versionchange), and the worker is restarted afterwards.
    const options = await h.extensionPage('options.html');
    await sendFromPage(options, 'templates.list', {});
    await options.close();
    const worker = await h.serviceWorker();
    await worker.evaluate(
      async ({ requests }) => {
        await new Promise((resolve, reject) => {
          const deletion = indexedDB.deleteDatabase('ackly');
          deletion.onsuccess = resolve;
          deletion.onerror = () => reject(deletion.error);
        });
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('ackly', 20);
          open.onupgradeneeded = () => {
            const d = open.result;
            const r = d.createObjectStore('requests', { keyPath: 'id', autoIncrement: true });
            r.createIndex('[webmail+messageId]', ['webmail', 'messageId'], { unique: true });
            for (const index of ['state', 'threadId', 'receivedAt', 'replyDueAt', 'updatedAt'])
              r.createIndex(index, index);
            const t = d.createObjectStore('templates', { keyPath: 'id' });
            for (const index of ['kind', 'language']) t.createIndex(index, index);
            const e = d.createObjectStore('events', { keyPath: 'id', autoIncrement: true });
            for (const index of ['requestId', 'at', 'type']) e.createIndex(index, index);
            d.createObjectStore('cache', { keyPath: 'key' });
          };
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const tx = db.transaction(['requests', 'events'], 'readwrite');
        for (const row of requests) tx.objectStore('requests').put(row);
        for (const row of requests)
          tx.objectStore('events').put({ requestId: row.id, type: 'tracked', at: row.receivedAt, to: row.state });
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { requests: rows },
    );
    await restartServiceWorker(h);

    // What a person sees: the two owed requests in the popup, the closed one not.
    const popup = await h.openPopup();
    await popup.getByTestId('ackly-owed-item').first().waitFor();
    const items = await popup.getByTestId('ackly-owed-item').allTextContents();
    expect(items).toHaveLength(2);
    expect(items.join(' ')).toContain('Old owed one');
    expect(items.join(' ')).toContain('Old acknowledged one');
    // A stored request's history survived the upgrade.
    const history = await sendFromPage(popup, 'request.history', { id: 2 });
    expect(history).toMatchObject({ ok: true, value: [{ type: 'tracked', requestId: 2 }] });
    await popup.close();

    // In IndexedDB itself: version 3 (30), the same rows, the indexes no query uses gone.
    const stored = await (
      await h.serviceWorker()
    ).evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('ackly');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['requests', 'events'], 'readonly');
      const count = (store: string) =>
        new Promise<number>((resolve) => {
          const c = tx.objectStore(store).count();
          c.onsuccess = () => resolve(c.result);
        });
      const result = {
        version: db.version,
        requests: await count('requests'),
        events: await count('events'),
        requestIndexes: [...tx.objectStore('requests').indexNames].sort(),
        eventIndexes: [...tx.objectStore('events').indexNames].sort(),
      };
      db.close();
      return result;
    });
    expect(stored).toEqual({
      version: 30,
      requests: 3,
      events: 3,
      requestIndexes: ['[webmail+messageId]', 'state', 'threadId', 'updatedAt'],
      eventIndexes: ['requestId', 'type'],
    });
  });
});
