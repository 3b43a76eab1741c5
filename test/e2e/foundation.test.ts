// The extension loads in Chromium, its content script mounts in Gmail, the popup renders from the
// database, and nothing leaves the machine.
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../fixtures/sim';
import { sendFromPage, type Harness } from './harness';
import { withExtension } from './lifecycle';

const INBOX_URL = 'https://mail.google.com/mail/u/0/';

describe('foundation', () => {
  let h: Harness;

  withExtension((harness) => (h = harness), { [INBOX_URL]: fixtureText('gmail/injected-thread-identifier.html') });

  it('mounts the sidebar host in a shadow root on Gmail', async () => {
    const page = await h.context.newPage();
    await page.goto(INBOX_URL);
    const host = page.locator('ackly-sidebar');
    await host.waitFor({ state: 'attached', timeout: 15_000 });
    const hasSidebar = await host.evaluate(
      (el) => el.shadowRoot?.querySelector('[data-testid="ackly-sidebar"]') !== null,
    );
    expect(hasSidebar).toBe(true);
    // Gmail's own page is untouched: its inbox rows are still there.
    expect(await page.locator('tr.zA').count()).toBe(16);
    await page.close();
  });

  it('shows the empty state in the popup, read from the database', async () => {
    const popup = await h.openPopup();
    await expect
      .poll(() => popup.getByTestId('ackly-empty-state').textContent(), { timeout: 10_000 })
      .toContain('No owed replies');
    await popup.close();
  });

  it('answers a privileged message from its own popup page', async () => {
    const popup = await h.openPopup();
    const reply = await sendFromPage(popup, 'owed.list', {});
    expect(reply).toEqual({ ok: true, value: [] });
    await popup.close();
  });

  it('made no network request outside the routed page', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
