// The popup with ten thousand owed replies in the real browser, and "acknowledge" from the popup
// handing the webmail tab its intent.
import { describe, expect, it } from 'vitest';
import { BADGE_RED, badge, requestRow, seedRequests, sendFromPage, type Harness } from './harness';
import { withExtension } from './lifecycle';

const H = 3_600_000;
const PAGE = 10;

describe('owed replies at scale', () => {
  let h: Harness;

  withExtension((harness) => (h = harness));

  it('shows 10,000 owed replies a page at a time, with the badge capped at 99+', async () => {
    const now = Date.now();
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      requestRow({
        messageId: `bulk-${i}`,
        subject: `Bulk request ${i}`,
        sender: { name: `Sender ${i}`, email: `s${i}@acme.example` },
        // A quarter overdue, the rest due within the next weeks.
        ackDueAt: i % 4 === 0 ? now - (i + 1) * 60_000 : now + 10 * 24 * H + i * 60_000,
        replyDueAt: now + 20 * 24 * H,
      }),
    );
    await seedRequests(h, rows);
    const popup = await h.openPopup();
    expect(await sendFromPage(popup, 'schedule.check', {})).toEqual({
      ok: true,
      value: { text: '99+', color: '#d93025' },
    });
    expect(await badge(h)).toEqual({ text: '99+', color: BADGE_RED });

    await popup.reload();
    await popup.getByTestId('ackly-owed-item').first().waitFor();
    // For the closing note only (tests never assert timings): when the first items were on screen.
    const shownAt = await popup.evaluate(() => Math.round(performance.now()));
    console.log(`popup with 10,000 requests: items on screen ${shownAt} ms after navigation start`);

    expect(await popup.getByTestId('ackly-group-overdue').textContent()).toContain('2500');
    expect(await popup.getByTestId('ackly-group-upcoming').textContent()).toContain('7500');
    expect(await popup.getByTestId('ackly-owed-item').count()).toBe(2 * PAGE);
    // The most overdue first.
    expect(await popup.getByTestId('ackly-owed-item').first().textContent()).toContain('Sender 9996');

    await popup.locator('.owed-group--overdue .owed-group__more').click();
    await expect
      .poll(() => popup.locator('.owed-group--overdue [data-testid="ackly-owed-item"]').count())
      .toBe(2 * PAGE);

    await popup.getByTestId('ackly-popup-search').fill('s4321@acme');
    await expect.poll(() => popup.getByTestId('ackly-owed-item').count()).toBe(1);
    expect(await popup.getByTestId('ackly-owed-item').textContent()).toContain('Bulk request 4321');
    await popup.screenshot({ path: '/tmp/ackly-popup-10k.png' });
    await popup.close();
    // Seeding ten thousand rows is slow on a busy machine.
  }, 180_000);

  it('acknowledging from the popup leaves an intent for the thread and opens it', async () => {
    const threadUrl = 'https://webmail.example.test/thread/intent-1';
    h.servePage(threadUrl, '<!doctype html><title>Thread</title><p>Thread</p>');
    const [id] = await seedRequests(h, [
      requestRow({
        subject: 'Please acknowledge me',
        threadId: 'intent-thread',
        threadUrl,
        ackDueAt: Date.now() - 40 * 24 * H,
      }),
    ]);
    const popup = await h.openPopup();
    const item = popup.locator(`#owed-${id}`);
    await item.waitFor();
    const opened = h.context.waitForEvent('page');
    await item.getByTestId('ackly-popup-acknowledge').click();
    const tab = await opened;
    await tab.waitForURL(threadUrl);
    const intent = await tab
      .context()
      .serviceWorkers()[0]!
      .evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<object> } } } })
          .chrome;
        return c.storage.local.get('ackly:intent');
      });
    expect(intent).toEqual({
      'ackly:intent': {
        requestId: id,
        webmail: 'gmail',
        threadId: 'intent-thread',
        action: 'acknowledge',
        at: expect.any(Number),
      },
    });
    await tab.close();
  });

  it('made no network request', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
