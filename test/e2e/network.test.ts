// The harness's network check can fail: a request to the outside from any of the extension's
// contexts is recorded as stray (and refused), and closing the browser then throws. Every other
// e2e file relies on this check to prove that Ackly makes no requests of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simHtml } from '../fixtures/sim';
import { launchExtension, restartServiceWorker, StrayRequestError, type Harness } from './harness';

const URL = 'https://mail.google.com/mail/u/0/';
const OUTSIDE = 'https://collector.example.net';

describe('no network: the harness records every request that leaves the browser', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    h.servePage(URL, simHtml('gmail'));
  });
  afterAll(async () => {
    // Each test clears what it made on purpose; anything else fails here.
    await h?.close();
  });

  /** Status of a fetch of `url` in the service worker: the harness answers 404 to what it refuses. */
  async function fetchFromWorker(url: string): Promise<number> {
    const worker = await h.serviceWorker();
    return worker.evaluate(async (u) => (await fetch(u)).status, url);
  }

  it('the webmail page it is on and the extension files pass', async () => {
    const page = await h.context.newPage();
    await page.goto(`${URL}#inbox`);
    await page.locator('tr.zA').first().waitFor();
    const popup = await h.openPopup();
    await popup.locator('body').waitFor();
    await popup.close();
    await page.close();
    expect(h.strayRequests).toEqual([]);
  });

  it('a fetch from the service worker is recorded and refused', async () => {
    expect(await fetchFromWorker(`${OUTSIDE}/worker`)).toBe(404);
    expect(h.strayRequests.splice(0)).toEqual([`${OUTSIDE}/worker`]);
  });

  it('a fetch from a service worker woken after Chrome stopped it is recorded too', async () => {
    await restartServiceWorker(h);
    expect(await fetchFromWorker(`${OUTSIDE}/restarted`)).toBe(404);
    expect(h.strayRequests.splice(0)).toEqual([`${OUTSIDE}/restarted`]);
  });

  it('a fetch and a WebSocket from an extension page are recorded', async () => {
    const page = await h.extensionPage('options.html');
    const status = await page.evaluate(async (u) => (await fetch(u)).status, `${OUTSIDE}/page`);
    expect(status).toBe(404);
    await page.evaluate(
      (u) =>
        new Promise<void>((resolve) => {
          const ws = new WebSocket(u);
          ws.onclose = () => resolve();
          ws.onerror = () => resolve();
        }),
      'wss://collector.example.net/socket',
    );
    await page.close();
    expect(h.strayRequests.splice(0)).toEqual([`${OUTSIDE}/page`, 'wss://collector.example.net/socket']);
  });

  it("a webmail page's request to another host is recorded", async () => {
    const page = await h.context.newPage();
    await page.goto(`${URL}#inbox`);
    await page.evaluate((u) => fetch(u).then((r) => r.status), `${OUTSIDE}/pixel.gif`);
    await page.close();
    expect(h.strayRequests.splice(0)).toEqual([`${OUTSIDE}/pixel.gif`]);
  });
});

describe('closing the browser', () => {
  it('fails when a request went astray', async () => {
    const h = await launchExtension();
    const worker = await h.serviceWorker();
    await worker.evaluate((u) => fetch(u).then((r) => r.status), `${OUTSIDE}/unnoticed`);
    const closing = h.close();
    await expect(closing).rejects.toThrow(StrayRequestError);
    await expect(closing).rejects.toThrow(`${OUTSIDE}/unnoticed`);
  });
});
