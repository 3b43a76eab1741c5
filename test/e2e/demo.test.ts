// `npm run demo` in real Chromium (screenshot mode): the sample mailbox is read, the popup lists
// exactly the colleagues' open requests (the overdue one first), the automated mail and the FYI
// ask nothing, the answered thread owes nothing, and the screenshots are written.
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_SITES, openDemoMailbox, openDemoThread, saveScreenshots, sidebarOf } from '../../scripts/demo';
import { demoOutlookThreads, demoThreads } from '../fixtures/demo';
import { launchExtension, type Harness } from './harness';

describe('demo', () => {
  let h: Harness;
  let gmail: Page;
  const now = Date.now();
  const threads = [...demoThreads(now), ...demoOutlookThreads(now)];
  const outlookSubjects = new Set(demoOutlookThreads(now).map((t) => t.subject));

  beforeAll(async () => {
    h = await launchExtension();
    gmail = await h.context.newPage();
    await openDemoMailbox(h, gmail, now);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lists the open requests from both webmails and five languages, the overdue one in its own group', async () => {
    const owed = threads.filter((t) => t.kind === 'request' || t.kind === 'overdue');
    expect(new Set(owed.map((t) => t.lang))).toEqual(new Set(['en', 'nl', 'de', 'pl', 'nb']));
    const popup = await h.openPopup();
    const items = popup.getByTestId('ackly-owed-item');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(owed.length);
    const subjects = await items.allInnerTexts();
    for (const thread of owed) expect(subjects.join('\n')).toContain(thread.subject);
    for (const thread of threads.filter((t) => t.kind !== 'request' && t.kind !== 'overdue'))
      expect(subjects.join('\n')).not.toContain(thread.subject);
    const overdue = threads.find((t) => t.kind === 'overdue')!;
    await expect(popup.getByTestId('ackly-group-overdue').count()).resolves.toBe(1);
    expect(subjects[0]).toContain(overdue.subject);
    // Each row says which webmail it came from.
    const webmails = await popup
      .getByTestId('ackly-owed-item')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector('.owed-item__subject')?.textContent ?? '',
          row.querySelector('[data-testid="ackly-owed-webmail"]')?.textContent ?? '',
        ]),
      );
    for (const [subject, webmail] of webmails)
      expect(webmail).toBe(outlookSubjects.has(subject!) ? 'Outlook' : 'Gmail');
    await popup.close();
  });

  it('offers no acknowledgement for the automated mail or the FYI', async () => {
    for (const thread of threads.filter((t) => t.kind === 'automated' || t.kind === 'fyi')) {
      const site = outlookSubjects.has(thread.subject) ? DEMO_SITES.outlook : DEMO_SITES.gmail;
      await openDemoThread(gmail, site, thread.id);
      const status = sidebarOf(gmail).getByTestId('ackly-request-status');
      await expect
        .poll(() => status.innerText(), { timeout: 15_000 })
        .toMatch(thread.kind === 'automated' ? /automated/i : /no request/i);
      expect(await sidebarOf(gmail).getByTestId('ackly-acknowledge').count()).toBe(0);
    }
  });

  it('saves the screenshots a newcomer sees without a display', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ackly-demo-'));
    const files = await saveScreenshots(h, gmail, dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      'gmail-inbox.png',
      'gmail-thread.png',
      'outlook-thread.png',
      'popup.png',
      'options.png',
    ]);
    for (const file of files) {
      expect(existsSync(file)).toBe(true);
      expect(statSync(file).size).toBeGreaterThan(5_000);
    }
  });
});
