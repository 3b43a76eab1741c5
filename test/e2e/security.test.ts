// Ackly's door and its text in real Chromium. Another extension loaded beside Ackly is refused
// (typed PermissionError) and the data stays; a content script is refused privileged messages and
// the other webmail's threads. Names, subjects, bodies and templates carrying script and HTML show
// as plain text in the sidebar, popup, options and insights: nothing runs, no element is made.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { analysisFixture } from '../fixtures';
import { simHtml } from '../fixtures/sim';
import { launchExtension, requestRow, ROOT, seedRequests, sendFromPage, type Harness } from './harness';

const OTHER_EXTENSION = join(ROOT, 'test/fixtures/other-extension');
const GMAIL = 'https://mail.google.com/mail/u/0/';

// Every payload, if it ever ran, would set window.__xss and say so in the console.
const RUN = "window.__xss=1;console.log('xss-fired')";
const IMG = `<img src=x onerror="${RUN}">`;
const SCRIPT = `<script>${RUN}</script>`;
const SVG = `"><svg onload="${RUN}">`;
const JS_URL = `javascript:${RUN}`;
const ALERT = '<img src=x onerror=alert(document.domain)>';
/** Text with every payload, and placeholders that must not be filled a second time. */
const HOSTILE = `${IMG} ${SCRIPT} ${SVG} ${ALERT} ${JS_URL} {myName} {subject}`;
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const ME = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };
const EVE = { name: `${SVG} ${IMG} Eve {subject}`, email: 'eve@example.com' };
const THREAD = '19579e55b1f0aa01';
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const SIM = simHtml('gmail', {
  me: ME,
  threads: [
    {
      id: THREAD,
      subject: `Budget ${IMG} ${SCRIPT} {myName}`,
      labels: ['INBOX', 'UNREAD'],
      messages: [
        {
          id: '1826060248117aa001',
          from: EVE,
          to: [ME],
          sentAt: hoursAgo(1),
          // The webmail shows these as text (escaped), as Gmail would.
          bodyHtml: `<div dir="ltr">Hi Alex,<br><br>Could you please send me the figures for ${escapeHtml(IMG)} and ${escapeHtml(SVG)} by Friday? Also ${escapeHtml(ALERT)} at ${escapeHtml(JS_URL)} for {firstName} {myName}.<br><br>Thanks,<br>Eve</div>`,
          attachments: [],
        },
      ],
    },
  ],
});

const D = 86_400_000;
const now = Date.now();
/** Stored rows with hostile names, addresses, subjects and sentences, for the popup and insights. */
const ROWS = [
  requestRow({
    messageId: 'hostile-new',
    threadId: 'hostile-new',
    threadUrl: JS_URL,
    sender: { name: HOSTILE, email: `eve@${SVG}.example` },
    subject: HOSTILE,
    analysis: analysisFixture({ requestSentences: [HOSTILE], dueText: HOSTILE }),
  }),
  requestRow({
    messageId: 'hostile-waiting',
    threadId: 'hostile-waiting',
    state: 'waiting',
    sender: { name: `${IMG} Mallory`, email: 'mallory@example.com' },
    subject: `Waiting ${SCRIPT}`,
    analysis: analysisFixture({ requestSentences: [`Could you ${SVG} check?`] }),
    replyDueAt: now + D,
  }),
  requestRow({
    messageId: 'hostile-done',
    threadId: 'hostile-done',
    state: 'done',
    sender: { name: `${SCRIPT} Trudy`, email: `trudy@${IMG}.example` },
    subject: `Done ${ALERT}`,
    receivedAt: now - 3 * D,
    timestamps: { new: now - 3 * D, acknowledged: now - 3 * D + 3_600_000, done: now - D },
    ackDueAt: now - 3 * D + 4 * 3_600_000,
    replyDueAt: now,
  }),
  // A request in the other webmail, which Gmail's content script must not reach.
  requestRow({
    webmail: 'outlook',
    messageId: 'outlook-1',
    threadId: 'outlook-thread',
    threadUrl: 'https://outlook.office.com/mail/id/outlook-thread',
    subject: 'Outlook only',
  }),
];

type Reply = { ok: boolean; value?: unknown; error?: { name: string; message: string } };

/** Records anything a payload could do on a page: console word, page error, dialog. */
function watch(page: Page): string[] {
  const fired: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('xss-fired')) fired.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => fired.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    fired.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return fired;
}

/**
 * What a payload would leave behind in `host`'s shadow root (or the whole document when null):
 * elements it made, handler attributes, javascript: links, scripts other than the app's own bundles.
 */
function leftovers(host: Element | null): { made: string[]; handlers: string[]; jsUrls: string[]; scripts: string[] } {
  const root: Document | ShadowRoot = host ? host.shadowRoot! : document;
  const all = [...root.querySelectorAll('*')];
  const show = (el: Element) => el.outerHTML.slice(0, 120);
  return {
    made: [...root.querySelectorAll('img[src="x"], svg[onload], iframe, object, embed')].map(show),
    handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map(show),
    jsUrls: all.filter((el) => [...el.attributes].some((a) => /^\s*javascript:/i.test(a.value))).map(show),
    scripts: [...root.querySelectorAll('script')]
      .filter((el) => !(el.getAttribute('src') ?? '').startsWith('/chunks/'))
      .map(show),
  };
}
const CLEAN = { made: [], handlers: [], jsUrls: [], scripts: [] };

/** The flag in the page's main world (extension pages have only that one). */
const flag = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

/** Runs `expression` in Ackly's content-script world of `page` (its isolated execution context). */
async function inContentScript(page: Page, extensionId: string) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; auxData?: { type?: string } } }) =>
    contexts.push(e.context),
  );
  await cdp.send('Runtime.enable');
  const evaluate = async (contextId: number, expression: string) =>
    (await cdp.send('Runtime.evaluate', { contextId, expression, awaitPromise: true, returnByValue: true })) as {
      result: { value?: unknown };
      exceptionDetails?: unknown;
    };
  let ours: number | undefined;
  await expect
    .poll(
      async () => {
        for (const c of contexts.filter((c) => c.auxData?.type === 'isolated')) {
          const id = await evaluate(c.id, 'globalThis.chrome?.runtime?.id ?? null').catch(() => null);
          if (id?.result.value === extensionId) ours = c.id;
        }
        return ours;
      },
      { timeout: 15_000 },
    )
    .toBeDefined();
  return {
    send: async (message: unknown): Promise<Reply> => {
      const { result, exceptionDetails } = await evaluate(
        ours!,
        `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
      );
      expect(exceptionDetails).toBeUndefined();
      return result.value as Reply;
    },
    flag: async () => (await evaluate(ours!, 'window.__xss')).result.value,
    close: () => cdp.detach(),
  };
}

describe('security', () => {
  let h: Harness;
  let ids: number[];
  let other: Worker;

  beforeAll(async () => {
    h = await launchExtension({ extraExtensions: [OTHER_EXTENSION] });
    h.servePage(GMAIL, SIM);
    ids = await seedRequests(h, ROWS);
    const isOther = (w: Worker) => w.url().endsWith('/other-worker.js');
    other = h.context.serviceWorkers().find(isOther) ?? (await h.context.waitForEvent('serviceworker', isOther));
  });
  afterEach(() => {
    expect(h.strayRequests.splice(0), 'requests that left the browser').toEqual([]);
  });
  afterAll(async () => {
    await h?.close();
  });

  const askFromOther = (message: unknown) =>
    other.evaluate(
      ([id, m]) =>
        (
          globalThis as unknown as { askAckly(id: string, m: unknown): Promise<{ reply?: Reply; sendError?: string }> }
        ).askAckly(id, m),
      [h.extensionId, message] as const,
    );

  it('refuses another extension export, wipe and everything else with a typed error, and the data stays', async () => {
    expect(new URL(other.url()).host).not.toBe(h.extensionId);
    for (const message of [
      { ackly: 1, name: 'data.export', data: {} },
      { ackly: 1, name: 'data.wipe', data: { confirm: 'WIPE' } },
      { ackly: 1, name: 'data.import', data: { file: '{}' } },
      { ackly: 1, name: 'owed.list', data: {} },
      { ackly: 1, name: 'thread.state', data: { webmail: 'gmail', threadId: 'hostile-new' } },
      { hello: 'Ackly' },
    ]) {
      expect(await askFromOther(message)).toEqual({
        reply: { ok: false, error: { name: 'PermissionError', message: expect.any(String) } },
      });
    }
    const page = await h.extensionPage('options.html');
    const exported = (await sendFromPage(page, 'data.export', {})) as { ok: true; value: { requests: unknown[] } };
    expect(exported.ok).toBe(true);
    expect(exported.value.requests).toHaveLength(ROWS.length);
    await page.close();
  });

  it('refuses a content script privileged messages and the other webmail, with typed errors', async () => {
    const page = await h.context.newPage();
    await page.goto(`${GMAIL}#inbox`);
    await page.locator('tr.zA').first().waitFor({ timeout: 15_000 });
    const cs = await inContentScript(page, h.extensionId);
    for (const [name, data] of [
      ['data.export', {}],
      ['data.wipe', { confirm: 'WIPE' }],
      ['data.import', { file: '{}' }],
      ['owed.list', {}],
      ['template.save', { template: { kind: 'acknowledge', language: 'en', title: 'x', body: 'x' } }],
      ['insights.get', { range: { kind: 'week' } }],
    ] as const) {
      expect(await cs.send({ ackly: 1, name, data }), name).toEqual({
        ok: false,
        error: { name: 'PermissionError', message: `${name} is only available to Ackly's own pages` },
      });
    }
    const outlookId = ids[3]!;
    for (const [name, data] of [
      ['thread.state', { webmail: 'outlook', threadId: 'outlook-thread' }],
      ['owed.threads', { webmail: 'outlook' }],
      ['request.act', { id: outlookId, action: 'done' }],
      ['request.history', { id: outlookId }],
      ['request.snoozePreset', { id: outlookId, preset: 'tomorrow' }],
      ['template.used', { id: 'builtin:en:acknowledge', requestId: outlookId }],
      ['template.compose', { kind: 'acknowledge', webmail: 'gmail', requestId: outlookId }],
    ] as const) {
      expect(await cs.send({ ackly: 1, name, data }), name).toMatchObject({
        ok: false,
        error: { name: 'PermissionError' },
      });
    }
    // Malformed: typed errors, never silence.
    expect(await cs.send({ ackly: 1, name: 'data.nuke', data: {} })).toEqual({
      ok: false,
      error: { name: 'TypeError', message: 'Unknown Ackly message' },
    });
    expect(await cs.send({ ackly: 1, name: 'thread.state', data: { webmail: 'gmail' } })).toMatchObject({
      ok: false,
      error: { name: 'ValidationError' },
    });
    // Its own webmail's threads it may ask about.
    expect(await cs.send({ ackly: 1, name: 'owed.threads', data: { webmail: 'gmail' } })).toMatchObject({ ok: true });
    await cs.close();

    const popup = await h.openPopup();
    const exported = (await sendFromPage(popup, 'data.export', {})) as {
      value: { requests: { id: number; state: string }[] };
    };
    expect(exported.value.requests).toHaveLength(ROWS.length);
    expect(exported.value.requests.find((r) => r.id === outlookId)?.state).toBe('new');
    await popup.close();
    await page.close();
  });

  it('shows hostile names, subjects and bodies in the sidebar and the reply as inert text', async () => {
    const page = await h.context.newPage();
    const fired = watch(page);
    await page.goto(`${GMAIL}#inbox/${THREAD}`);
    await page.locator('.a98.iY').waitFor({ timeout: 15_000 });
    const sidebar = page.locator('ackly-sidebar').getByTestId('ackly-sidebar');
    const sentences = sidebar.getByTestId('ackly-request-sentences');
    await expect.poll(() => sentences.textContent(), { timeout: 15_000 }).toContain(IMG);
    expect(await sentences.textContent()).toContain(SVG);

    // The acknowledgement goes into the reply box as text, whatever the sender calls themselves.
    await sidebar.getByTestId('ackly-acknowledge').click();
    const editor = page.locator('.M9 div[aria-label="Message Body"]');
    await expect.poll(() => editor.textContent(), { timeout: 10_000 }).toContain('Thanks for your email');
    expect(await editor.evaluate((el) => el.querySelectorAll('*:not(br):not(div)').length)).toBe(0);

    const host = page.locator('ackly-sidebar');
    expect(await host.evaluate((el) => el.shadowRoot !== null)).toBe(true);
    expect(await host.evaluate(leftovers)).toEqual(CLEAN);
    const inPage = await page.evaluate(() => ({
      made: document.querySelectorAll('img[src="x"], svg[onload]').length,
    }));
    expect(inPage).toEqual({ made: 0 });
    expect(await flag(page)).toBeUndefined();
    const cs = await inContentScript(page, h.extensionId);
    expect(await cs.flag()).toBeUndefined();
    await cs.close();
    expect(fired).toEqual([]);
    await page.close();
  });

  /** Opens an extension page, lets `act` drive it, then checks nothing ran and nothing was made. */
  async function inertPage(path: string, act: (page: Page) => Promise<void>) {
    const page = await h.context.newPage();
    const fired = watch(page);
    await page.goto(`chrome-extension://${h.extensionId}/${path}`);
    await act(page);
    const found = await page.evaluate(leftovers, null);
    expect(found).toEqual(CLEAN);
    expect(await flag(page)).toBeUndefined();
    expect(fired).toEqual([]);
    return page;
  }

  it('would see a payload that ran: the checks themselves catch one on a page of their own', async () => {
    const page = await h.context.newPage();
    const fired = watch(page);
    await page.setContent('<p>canary</p>');
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), `${IMG}${SVG}`);
    await expect.poll(() => flag(page)).toBe(1);
    await expect.poll(() => fired.some((f) => f.includes('xss-fired'))).toBe(true);
    const found = await page.evaluate(leftovers, null);
    expect(found.made.length).toBeGreaterThan(0);
    expect(found.handlers.length).toBeGreaterThan(0);
    await page.close();
  });

  it('shows hostile rows in the popup as inert text', async () => {
    const page = await inertPage('popup.html', async (popup) => {
      // The seeded row, and Eve's request tracked from the webmail in the sidebar's test.
      const hostile = popup.getByTestId('ackly-owed-item').filter({ hasText: 'onerror' });
      await expect.poll(() => hostile.count(), { timeout: 15_000 }).toBe(2);
      const item = hostile.filter({ hasText: HOSTILE });
      expect(await item.count()).toBe(1);
      const text = (await item.textContent()) ?? '';
      expect(text).toContain(IMG);
      expect(text).toContain(SCRIPT);
      expect(await hostile.filter({ hasText: `Budget ${IMG} ${SCRIPT} {myName}` }).count()).toBe(1);
      expect(text).toContain('{myName}');
      await expect
        .poll(() => popup.getByTestId('ackly-waiting-item').allTextContents(), { timeout: 10_000 })
        .toEqual([expect.stringContaining(`Waiting ${SCRIPT}`)]);
    });
    await page.close();
  });

  it('shows a hostile template and name in the options’ editor and preview as inert text', async () => {
    const setup = await h.extensionPage('options.html');
    const saved = (await sendFromPage(setup, 'template.save', {
      template: { kind: 'acknowledge', language: 'en', title: `Evil ${IMG}`, body: `Hi {firstName}, ${HOSTILE}` },
    })) as Reply;
    expect(saved.ok).toBe(true);
    await setup.evaluate(
      (name) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({ settings: { myName: name } }),
      `${SVG} Me`,
    );
    await setup.close();
    const page = await inertPage('options.html', async (options) => {
      await options.getByTestId('ackly-options-template-filter').selectOption('en');
      const item = options.getByTestId('ackly-options-template-item').filter({ hasText: 'Evil' });
      await item.click();
      expect(await item.textContent()).toContain(IMG);
      const preview = options.getByTestId('ackly-options-template-preview');
      await expect.poll(() => preview.textContent(), { timeout: 10_000 }).toContain(SCRIPT);
      const text = (await preview.textContent()) ?? '';
      expect(text).toContain(IMG);
      // {myName} is filled once, with the setting's text as text; {subject} likewise.
      expect(text).toContain(`${SVG} Me`);
      expect(await options.getByTestId('ackly-options-template-body').inputValue()).toContain(HOSTILE);
    });
    await page.close();
  });

  it('shows hostile colleagues and domains in insights as inert text', async () => {
    const page = await inertPage('insights.html', async (insights) => {
      await insights.getByTestId('ackly-insights').waitFor({ timeout: 15_000 });
      await insights.getByTestId('ackly-insights-range').getByLabel('Last 4 weeks').check();
      const toggles = insights.getByTestId('ackly-chart-toggle');
      await expect.poll(() => toggles.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      for (const toggle of await toggles.all()) await toggle.click();
      const colleagues = insights.locator('[data-testid="ackly-table"][data-table="colleagues"]');
      await expect.poll(() => colleagues.textContent(), { timeout: 10_000 }).toContain(`${SCRIPT} Trudy`);
      const body = (await insights.locator('body').textContent()) ?? '';
      expect(body).toContain(`trudy@${IMG}.example`);
      expect(body).toContain(HOSTILE);
    });
    await page.close();
  });
});
